"""Actions (verwezenlijken): wat, wie, wanneer, written by the facilitator, on every screen."""

import datetime

import pytest
from asgiref.sync import sync_to_async

from sessions_app.models import Action, Room
from sessions_app.services import actions, notes, phases, themes
from sessions_app.services.errors import DomainError, NotAllowed, NotFound

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def destiny(armoede):
    return phases.set_phase(armoede, "verwezenlijken")


def write(room, name, text):
    participant = room.participants.get(name=name)
    return notes.add_note(room, participant, phase=room.phase, text=text, client_id=f"c-{text}")[0]


def test_an_action_has_what_who_and_when(destiny):
    action = actions.add_action(destiny, what=" Buurtkamer  openen ", who="Gemeente", when="2026-12-01")

    assert (action.what, action.who, action.when) == ("Buurtkamer openen", "Gemeente", datetime.date(2026, 12, 1))


def test_who_and_when_may_stay_empty(destiny):
    action = actions.add_action(destiny, what="Vaker samen eten")
    assert action.who == "" and action.when is None


def test_an_action_can_come_from_a_note_or_a_theme(destiny, anna):
    note = write(destiny, "Anna", "Eén loket")
    theme = themes.create_theme(destiny, "Toegang", [note.pk])

    from_note = actions.add_action(destiny, what=note.text, note_id=note.pk)
    from_theme = actions.add_action(destiny, what=theme.title, theme_id=theme.pk)

    assert from_note.note_id == note.pk and from_theme.theme_id == theme.pk
    assert [a.pk for a in Action.objects.all()] == [from_note.pk, from_theme.pk]  # in the order made


def test_the_facilitator_corrects_and_removes_actions(destiny):
    action = actions.add_action(destiny, what="Buurtkamer", who="Gemeente")

    actions.edit_action(destiny, action.pk, what="Buurtkamer openen", who="Wijkteam", when="2027-01-15")
    action.refresh_from_db()
    assert (action.what, action.who, action.when) == ("Buurtkamer openen", "Wijkteam", datetime.date(2027, 1, 15))

    actions.delete_action(destiny, action.pk)
    assert not Action.objects.exists()


def test_bad_input_is_refused_in_dutch_and_changes_nothing(destiny, sociale_basis, cas):
    other_note = write(sociale_basis, "Cas", "Andere kamer")
    before = Room.objects.get(pk=destiny.pk).version

    with pytest.raises(DomainError, match="wat er gaat gebeuren"):
        actions.add_action(destiny, what="  ")
    with pytest.raises(DomainError, match="datum begrijpen we niet"):
        actions.add_action(destiny, what="Iets", when="volgende week")
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        actions.add_action(destiny, what="Iets", note_id=other_note.pk)
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        actions.edit_action(destiny, 424242, what="Iets")

    assert not Action.objects.exists() and Room.objects.get(pk=destiny.pk).version == before


def test_actions_are_made_in_verwezenlijken(armoede):
    with pytest.raises(NotAllowed, match="Verwezenlijken"):
        actions.add_action(armoede, what="Te vroeg")
    assert not Action.objects.exists()


async def test_an_action_shows_on_every_screen(destiny, anna, fatima, sockets):
    anna_socket = await sockets(destiny, anna)
    console = await sockets(destiny, fatima)

    await console.send("action.add", what="Buurtkamer openen", who="Gemeente", when="2026-12-01")

    for socket in (anna_socket, console):
        frame = await socket.receive_until("Buurtkamer openen")
        assert "Gemeente" in frame and 'datetime="2026-12-01"' in frame
    phone = anna_socket.frames[-1]
    assert 'value="action.edit"' not in phone and 'value="action.add"' not in phone


async def test_the_facilitator_edits_and_deletes_over_the_socket(destiny, anna, fatima, sockets):
    action = await sync_to_async(actions.add_action)(destiny, what="Buurtkamer", who="Gemeente")
    anna_socket = await sockets(destiny, anna)
    console = await sockets(destiny, fatima)

    await console.send("action.edit", action_id=str(action.pk), what="Buurtkamer openen", who="Wijkteam", when="")
    assert "Wijkteam" in await anna_socket.receive_until("Buurtkamer openen")
    await console.send("action.delete", action_id=action.pk)
    frame = await anna_socket.receive_until('id="actions-slot"')
    assert "Buurtkamer openen" not in frame and "Nog geen acties" in frame


async def test_a_phone_cannot_add_edit_or_delete_actions(destiny, anna, sockets):
    action = await sync_to_async(actions.add_action)(destiny, what="Buurtkamer")
    anna_socket = await sockets(destiny, anna)

    await anna_socket.send("action.add", what="Mijn actie", who="", when="")
    assert "alleen de gespreksleider" in await anna_socket.receive()
    await anna_socket.send("action.edit", action_id=action.pk, what="Anders")
    assert "alleen de gespreksleider" in await anna_socket.receive()
    await anna_socket.send("action.delete", action_id=action.pk)
    assert "alleen de gespreksleider" in await anna_socket.receive()

    assert [a.what async for a in Action.objects.all()] == ["Buurtkamer"]


async def test_another_rooms_action_cannot_be_touched(destiny, sociale_basis, fatima, sockets):
    theirs = await sync_to_async(Action.objects.create)(room=sociale_basis, what="Van een andere kamer")
    console = await sockets(destiny, fatima)

    await console.send("action.delete", action_id=theirs.pk)

    assert "staat niet (meer) in deze ruimte" in await console.receive()
    assert await Action.objects.filter(pk=theirs.pk).aexists()
