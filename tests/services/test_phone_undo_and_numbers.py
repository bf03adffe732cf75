"""The phone as people use it live: deleting one's own note can be taken back for a few seconds
(nothing lost, nothing twice), and a participant without a name is "Deelnemer 3" in the room."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from sessions_app.models import Note, Participant, Theme, Vote, new_device_id
from sessions_app.services import moderation, notes, votes
from sessions_app.services.errors import NotAllowed
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db(transaction=True)  # the keepsake is stored after the commit


@pytest.fixture(autouse=True)
def _empty_undo_cache():
    from django.core.cache import caches

    caches[moderation.UNDO_CACHE].clear()


def write(room, who, text, client_id):
    return notes.add_note(room, who, phase=room.phase, text=text, client_id=client_id)[0]


def test_a_deleted_note_comes_back_as_it_was_with_its_dots(armoede):
    anna, bram = join_room(armoede, new_device_id(), name="Anna"), join_room(armoede, new_device_id(), name="Bram")
    first, mine = write(armoede, anna, "Eerste", "a-1"), write(armoede, anna, "Mijn idee", "a-2")
    write(armoede, bram, "Van Bram", "b-1")
    theme = Theme.objects.create(room=armoede, phase=armoede.phase, title="Samen")
    Note.objects.filter(pk=mine.pk).update(theme=theme, tags=["cohesie"])
    votes.open_vote(armoede, budget=3)
    armoede.refresh_from_db()
    votes.add_vote(armoede, bram, note_id=mine.pk)
    before = Note.objects.get(pk=mine.pk)
    armoede.refresh_from_db()
    version = armoede.version

    moderation.delete_note(armoede, mine.pk, by=anna)
    assert not Note.objects.filter(pk=mine.pk).exists() and not Vote.objects.exists()
    back = moderation.restore_note(armoede, mine.pk, by=anna)

    again = Note.objects.get(pk=mine.pk)
    assert (again.text, again.phase, again.client_id, again.theme_id, again.tags, again.created_at) == (
        before.text, before.phase, before.client_id, theme.pk, ["cohesie"], before.created_at)
    assert back.pk == mine.pk and Vote.objects.filter(note=again, participant=bram).count() == 1
    assert list(Note.objects.filter(room=armoede).values_list("text", flat=True)) == ["Eerste", "Mijn idee", "Van Bram"]
    armoede.refresh_from_db()
    assert armoede.version == version + 2  # deleted, restored: each one change the screens follow
    assert first.pk != mine.pk


def test_restoring_twice_keeps_one_note(armoede):
    anna = join_room(armoede, new_device_id(), name="Anna")
    mine = write(armoede, anna, "Mijn idee", "a-1")
    moderation.delete_note(armoede, mine.pk, by=anna)
    moderation.restore_note(armoede, mine.pk, by=anna)
    moderation.restore_note(armoede, mine.pk, by=anna)  # a double tap
    assert Note.objects.filter(participant=anna).count() == 1


def test_only_the_author_and_only_within_the_seconds(armoede):
    anna, bram = join_room(armoede, new_device_id(), name="Anna"), join_room(armoede, new_device_id(), name="Bram")
    mine = write(armoede, anna, "Mijn idee", "a-1")
    moderation.delete_note(armoede, mine.pk, by=anna)

    with pytest.raises(NotAllowed, match="Terugzetten kan nu niet meer"):
        moderation.restore_note(armoede, mine.pk, by=bram)
    later = timezone.now() + timedelta(seconds=moderation.UNDO_SECONDS + 1)
    with mock.patch("sessions_app.services.moderation.timezone.now", return_value=later):
        with pytest.raises(NotAllowed, match="Terugzetten kan nu niet meer"):
            moderation.restore_note(armoede, mine.pk, by=anna)
    with pytest.raises(NotAllowed):
        moderation.restore_note(armoede, 999999, by=anna)  # never deleted
    assert not Note.objects.filter(pk=mine.pk).exists()


def test_a_note_sent_again_meanwhile_is_not_restored_twice(armoede):
    anna = join_room(armoede, new_device_id(), name="Anna")
    mine = write(armoede, anna, "Mijn idee", "a-1")
    moderation.delete_note(armoede, mine.pk, by=anna)
    write(armoede, anna, "Mijn idee", "a-1")  # the outbox sent it again
    with pytest.raises(NotAllowed):
        moderation.restore_note(armoede, mine.pk, by=anna)
    assert Note.objects.filter(participant=anna).count() == 1


def test_nameless_participants_are_numbered_per_room(armoede, sociale_basis):
    first = join_room(armoede, new_device_id())
    named = join_room(armoede, new_device_id(), name="Anna")
    third = join_room(armoede, new_device_id())
    elsewhere = join_room(sociale_basis, new_device_id())

    assert (first.number, named.number, third.number, elsewhere.number) == (1, 2, 3, 1)
    assert (first.label, named.label, third.label, elsewhere.label) == ("Deelnemer 1", "Anna", "Deelnemer 3", "Deelnemer 1")
    assert str(third) == "Deelnemer 3"
    moderation.remove_participant(armoede, first.pk)
    assert join_room(armoede, new_device_id()).number == 4  # a number is never given twice
    assert Participant.objects.filter(room=armoede, number=1).count() == 1
