"""The positive core and the droomzinnen as services: who may, in which phase, how often, and
that every change is stored with a new room version (issue 15, items 2 and 3)."""

import pytest

from sessions_app.changes import Change
from sessions_app.core_models import CoreMark, Endorsement, Proposition, PropositionLink
from sessions_app.models import Note, Room, Theme, new_device_id
from sessions_app.services import core, moderation, notes, phases, privacy, propositions, rooms
from sessions_app.services.errors import DomainError, NotAllowed, NotFound
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(armoede):
    return join_room(armoede, new_device_id(), name="Anna", perspective="ervaringsdeskundige")


@pytest.fixture
def bram(armoede):
    return join_room(armoede, new_device_id(), name="Bram", perspective="beleid")


@pytest.fixture
def parel(armoede, anna) -> Note:
    note, _ = notes.add_note(armoede, anna, phase="verkennen", text="De buurtkamer werkt", client_id="n-1")
    return note


def fresh(room) -> Room:
    return Room.objects.get(pk=room.pk)


def to_phase(room, key) -> Room:
    phases.set_phase(fresh(room), key)
    return fresh(room)


def test_the_facilitator_puts_a_note_and_a_theme_in_the_core_in_verkennen(armoede, parel):
    theme = Theme.objects.create(room=armoede, phase="verkennen", title="Samen doen")
    before = fresh(armoede).version

    assert core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    assert core.set_core(fresh(armoede), theme_id=theme.pk, on=True)

    marks = list(CoreMark.objects.filter(room=armoede).values_list("note_id", "theme_id"))
    assert marks == [(parel.pk, None), (None, theme.pk)]
    assert fresh(armoede).version == before + 2


def test_marking_twice_or_unmarking_what_is_not_there_changes_nothing(armoede, parel):
    core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    version = fresh(armoede).version

    assert not core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    assert CoreMark.objects.count() == 1 and fresh(armoede).version == version
    assert core.set_core(fresh(armoede), note_id=parel.pk, on=False)
    assert not core.set_core(fresh(armoede), note_id=parel.pk, on=False)
    assert CoreMark.objects.count() == 0


def test_the_core_is_chosen_in_verkennen_but_may_be_emptied_later(armoede, parel):
    core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    room = to_phase(armoede, "verbeelden")
    other, _ = notes.add_note(room, parel.participant, phase="verbeelden", text="Iedereen doet mee", client_id="n-2")

    with pytest.raises(NotAllowed, match="De positieve kern kies je in de fase Verkennen"):
        core.set_core(fresh(armoede), note_id=other.pk, on=True)
    assert core.set_core(fresh(armoede), note_id=parel.pk, on=False)


def test_a_hidden_note_or_one_of_another_room_cannot_join_the_core(armoede, sociale_basis, parel):
    moderation.set_hidden(fresh(armoede), parel.pk, True)
    with pytest.raises(NotAllowed, match="ziet nog niet iedereen"):
        core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        core.set_core(fresh(sociale_basis), note_id=parel.pk, on=True)
    with pytest.raises(DomainError, match="Kies één briefje of één thema"):
        core.set_core(fresh(armoede), on=True)


def test_the_core_has_room_for_twelve(armoede, anna):
    for number in range(core.MAX_ITEMS):
        note, _ = notes.add_note(fresh(armoede), anna, phase="verkennen", text=f"Parel {number}", client_id=f"p-{number}")
        core.set_core(fresh(armoede), note_id=note.pk, on=True)
    one_more, _ = notes.add_note(fresh(armoede), anna, phase="verkennen", text="Nog een", client_id="p-x")
    with pytest.raises(NotAllowed, match="De positieve kern is vol"):
        core.set_core(fresh(armoede), note_id=one_more.pk, on=True)


def test_a_closed_room_keeps_its_core(armoede, parel):
    rooms.close_room(fresh(armoede))
    with pytest.raises(NotAllowed, match="gesloten"):
        core.set_core(fresh(armoede), note_id=parel.pk, on=True)


def test_a_droomzin_is_written_in_verbeelden_once_per_client_id(armoede, anna):
    with pytest.raises(NotAllowed, match="Droomzinnen zijn er in de fase Verbeelden of Vormgeven"):
        propositions.add_proposition(fresh(armoede), anna, text="Wij kennen elkaar", client_id="d-1")
    room = to_phase(armoede, "verbeelden")
    version = room.version

    first, created = propositions.add_proposition(room, anna, text="  Wij kennen   elkaar ", client_id="d-1")
    again, created_again = propositions.add_proposition(fresh(room), anna, text="Wij kennen elkaar", client_id="d-1")

    assert created and not created_again and again.pk == first.pk
    assert (first.text, first.phase) == ("Wij kennen elkaar", "verbeelden")
    assert fresh(room).version == version + 1


def test_a_resend_gets_its_droomzin_back_after_the_phase_moved_on(armoede, anna):
    room = to_phase(armoede, "vormgeven")
    first, _ = propositions.add_proposition(room, anna, text="Wij delen wat werkt", client_id="d-1")
    room = to_phase(armoede, "verwezenlijken")
    again, created = propositions.add_proposition(room, anna, text="Wij delen wat werkt", client_id="d-1")
    assert again.pk == first.pk and not created


@pytest.mark.parametrize("text, message", [("   ", "nog leeg"), ("x" * 281, "iets te lang")])
def test_an_empty_or_long_droomzin_is_refused_with_its_client_id(armoede, anna, text, message):
    room = to_phase(armoede, "verbeelden")
    with pytest.raises(DomainError, match=message) as refusal:
        propositions.add_proposition(room, anna, text=text, client_id="d-9")
    assert refusal.value.client_id == "d-9"


def test_one_phone_writes_at_most_ten_droomzinnen(armoede, anna):
    room = to_phase(armoede, "verbeelden")
    for number in range(propositions.MAX_PER_PHONE):
        propositions.add_proposition(fresh(room), anna, text=f"Wij doen {number}", client_id=f"d-{number}")
    with pytest.raises(NotAllowed, match="Steun nu die van anderen"):
        propositions.add_proposition(fresh(room), anna, text="Wij doen meer", client_id="d-x")


def test_dit_wil_ik_ook_once_per_phone_and_again_takes_it_back(armoede, anna, bram):
    room = to_phase(armoede, "verbeelden")
    droom, _ = propositions.add_proposition(room, anna, text="Wij kennen elkaar", client_id="d-1")

    assert propositions.endorse(fresh(room), bram, droom.pk) is True
    assert Endorsement.objects.filter(proposition=droom).count() == 1
    assert propositions.endorse(fresh(room), bram, droom.pk) is False
    assert Endorsement.objects.filter(proposition=droom).count() == 0
    with pytest.raises(NotAllowed, match="eigen droomzin"):
        propositions.endorse(fresh(room), anna, droom.pk)


def test_a_removed_phone_cannot_endorse(armoede, anna, bram):
    room = to_phase(armoede, "verbeelden")
    droom, _ = propositions.add_proposition(room, anna, text="Wij kennen elkaar", client_id="d-1")
    moderation.remove_participant(fresh(room), bram.pk)
    with pytest.raises(NotAllowed, match="Doe eerst mee"):
        propositions.endorse(fresh(room), bram, droom.pk)


def test_the_facilitator_links_a_droomzin_to_what_it_grew_from(armoede, anna, parel):
    theme = Theme.objects.create(room=armoede, phase="verkennen", title="Samen doen")
    room = to_phase(armoede, "verbeelden")
    droom, _ = propositions.add_proposition(room, anna, text="Wij kennen elkaar", client_id="d-1")

    assert propositions.link(fresh(room), droom.pk, note_id=parel.pk)
    assert propositions.link(fresh(room), droom.pk, theme_id=theme.pk)
    assert not propositions.link(fresh(room), droom.pk, theme_id=theme.pk)  # already linked
    assert PropositionLink.objects.filter(proposition=droom).count() == 2
    assert propositions.link(fresh(room), droom.pk, note_id=parel.pk, on=False)
    assert list(PropositionLink.objects.values_list("theme_id", flat=True)) == [theme.pk]


def test_a_link_must_stay_inside_the_room(armoede, sociale_basis, anna, parel):
    room = to_phase(armoede, "verbeelden")
    droom, _ = propositions.add_proposition(room, anna, text="Wij kennen elkaar", client_id="d-1")
    with pytest.raises(NotFound, match="droomzin vinden we niet"):
        propositions.link(fresh(sociale_basis), droom.pk, note_id=parel.pk)
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        propositions.link(fresh(room), droom.pk, theme_id=999999)


def test_leaving_takes_a_phones_droomzinnen_and_endorsements_along(armoede, anna, bram):
    room = to_phase(armoede, "verbeelden")
    mine, _ = propositions.add_proposition(room, anna, text="Wij kennen elkaar", client_id="d-1")
    theirs, _ = propositions.add_proposition(fresh(room), bram, text="Wij helpen elkaar", client_id="d-2")
    propositions.endorse(fresh(room), anna, theirs.pk)

    privacy.leave_room(anna)

    assert list(Proposition.objects.values_list("pk", flat=True)) == [theirs.pk]
    assert not Endorsement.objects.exists()


def test_the_changes_have_kinds_of_their_own():
    assert {Change.CORE_SET, Change.PROPOSITION_ADDED, Change.PROPOSITION_ENDORSED, Change.PROPOSITION_LINKED} <= set(Change)


def test_a_droomzin_is_stored_without_control_bidi_or_zero_width_characters(armoede, anna):
    room = to_phase(armoede, "verbeelden")
    droom, _ = propositions.add_proposition(room, anna, text="Wij\x1b[2J delen\u202e\u200b\r\nalles\x00", client_id="d-1")
    assert droom.text == "Wij[2J delen\nalles"
