"""Steering: the facilitator moves the room through the four V's and opens or closes writing.
Every real change gets the next version number; asking for what is already so changes nothing."""

import pytest

from sessions_app.models import Participant, Room
from sessions_app.models import new_device_id
from sessions_app.services import phases
from sessions_app.services.errors import DomainError
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db

FOUR_V = ["verkennen", "verbeelden", "vormgeven", "verwezenlijken"]


def version(room) -> int:
    return Room.objects.get(pk=room.pk).version


def test_a_new_room_starts_in_verkennen_with_writing_open(armoede):
    assert armoede.phase == "verkennen" and armoede.writing_open
    assert list(armoede.phases.values_list("key", flat=True)) == FOUR_V


def test_the_facilitator_moves_forward_through_all_four_phases(armoede):
    for phase in FOUR_V[1:]:
        phases.set_phase(armoede, phase)
        assert Room.objects.get(pk=armoede.pk).phase == phase


def test_the_facilitator_can_go_back_to_an_earlier_phase(armoede):
    phases.set_phase(armoede, "vormgeven")
    phases.set_phase(armoede, "verkennen")

    room = Room.objects.get(pk=armoede.pk)
    assert (room.phase, room.previous_phase) == ("verkennen", "vormgeven")
    assert room.phase_changed_at is not None


def test_an_unknown_phase_is_refused_and_changes_nothing(armoede):
    before = version(armoede)

    with pytest.raises(DomainError, match="fase bestaat niet"):
        phases.set_phase(armoede, "verdwalen")

    room = Room.objects.get(pk=armoede.pk)
    assert (room.phase, room.version) == ("verkennen", before)


def test_each_phase_change_bumps_the_version_by_exactly_one(armoede):
    before = version(armoede)
    phases.set_phase(armoede, "verbeelden")
    assert version(armoede) == before + 1
    phases.set_phase(armoede, "vormgeven")
    assert version(armoede) == before + 2


def test_choosing_the_phase_the_room_is_already_in_changes_nothing(armoede):
    phases.set_phase(armoede, "verbeelden")
    room = Room.objects.get(pk=armoede.pk)

    phases.set_phase(armoede, "verbeelden")

    again = Room.objects.get(pk=armoede.pk)
    assert (again.version, again.previous_phase, again.phase_changed_at) == (
        room.version, room.previous_phase, room.phase_changed_at
    )


def test_a_phase_change_clears_the_ready_marks(armoede):
    anna = join_room(armoede, new_device_id(), name="Anna")
    Participant.objects.filter(pk=anna.pk).update(ready=True)

    phases.set_phase(armoede, "verbeelden")

    assert not Participant.objects.get(pk=anna.pk).ready


def test_closing_and_opening_writing(armoede):
    before = version(armoede)
    phases.set_writing(armoede, False)
    assert not Room.objects.get(pk=armoede.pk).writing_open
    phases.set_writing(armoede, True)
    assert Room.objects.get(pk=armoede.pk).writing_open
    assert version(armoede) == before + 2


def test_closing_writing_twice_bumps_the_version_once(armoede):
    before = version(armoede)
    phases.set_writing(armoede, False)
    phases.set_writing(armoede, False)
    assert version(armoede) == before + 1


def test_a_stale_room_object_does_not_undo_a_newer_change(armoede):
    stale = Room.objects.get(pk=armoede.pk)
    phases.set_phase(armoede, "vormgeven")

    phases.set_writing(stale, False)

    room = Room.objects.get(pk=armoede.pk)
    assert (room.phase, room.writing_open) == ("vormgeven", False)
