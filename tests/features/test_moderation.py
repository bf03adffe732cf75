"""Moderation: the facilitator hides, restores and corrects notes and removes a participant;
participants edit and delete their own notes while writing is open, and nobody else's."""

import json

import pytest
from asgiref.sync import sync_to_async
from django.core.management import call_command
from django.test import Client

from sessions_app.models import Note, Participant
from sessions_app.services import notes, phases
from tests.helpers import SocketClient

pytestmark = pytest.mark.django_db(transaction=True)


def write(room, name, text):
    participant = Participant.objects.get(room=room, name=name)
    return notes.add_note(room, participant, phase=room.phase, text=text, client_id=f"c-{text}")[0]


awrite = sync_to_async(write)


async def note_now(pk):
    return await Note.objects.filter(pk=pk).afirst()


async def test_a_hidden_note_leaves_the_phones_but_stays_on_the_console(armoede, anna, bram, fatima, sockets):
    note = await awrite(armoede, "Anna", "Iets kwetsends")
    phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("note.hide", note_id=note.pk)

    gone = await phone.receive_until(f'id="note-{note.pk}"')
    assert 'hx-swap-oob="delete"' in gone and "Iets kwetsends" not in gone
    kept = await console.receive_until(f'id="note-{note.pk}"')
    assert "Iets kwetsends" in kept and "verborgen" in kept and "Laat weer zien" in kept

    # ... and it never comes back in a later snapshot of a phone (or the presenter view).
    await phone.send("sync")
    assert "Iets kwetsends" not in await phone.receive_until('data-snapshot="true"')
    late_phone = await sockets(armoede, anna)
    assert "Iets kwetsends" not in late_phone.snapshot
    page = await sync_to_async(bram.get)(f"/r/{armoede.code}/")
    assert "Iets kwetsends" not in page.content.decode()
    presenter = await sockets(armoede, fatima, path=f"/ws/room/{armoede.code}/presenter/")
    assert "Iets kwetsends" not in presenter.snapshot
    assert "Iets kwetsends" in (await sockets(armoede, fatima)).snapshot


async def test_a_restored_note_comes_back_for_everyone(armoede, anna, bram, fatima, sockets):
    note = await awrite(armoede, "Anna", "Toch goed")
    phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await console.send("note.hide", note_id=note.pk)
    await phone.receive_until('hx-swap-oob="delete"')

    await console.send("note.show", note_id=note.pk)

    assert "Toch goed" in await phone.receive_until("Toch goed")
    assert not (await note_now(note.pk)).hidden


async def test_a_corrected_typo_shows_it_was_edited(armoede, anna, bram, fatima, sockets):
    note = await awrite(armoede, "Anna", "De buurtkamr werkt")
    phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("note.edit", note_id=note.pk, text="De buurtkamer werkt")

    for socket in (phone, console):
        frame = await socket.receive_until("De buurtkamer werkt")
        assert "bewerkt" in frame and 'hx-swap-oob="true"' in frame
    assert (await note_now(note.pk)).edited_at is not None


async def test_participants_edit_and_delete_their_own_notes_while_writing_is_open(armoede, anna, bram, sockets):
    mine = await awrite(armoede, "Anna", "Mijn idee")
    phone = await sockets(armoede, anna)
    other = await sockets(armoede, bram)

    await phone.send("note.edit", note_id=mine.pk, text="Mijn betere idee")
    assert "Mijn betere idee" in await other.receive_until("Mijn betere idee")

    await phone.send("note.delete", note_id=mine.pk)
    frame = await other.receive_until(f'id="note-{mine.pk}"')
    assert 'hx-swap-oob="delete"' in frame
    assert await note_now(mine.pk) is None


async def test_nobody_edits_or_deletes_someone_elses_note(armoede, anna, bram, sockets):
    annas = await awrite(armoede, "Anna", "Van Anna")
    bram_phone = await sockets(armoede, bram)

    await bram_phone.send("note.edit", note_id=annas.pk, text="Van Bram")
    assert "alleen je eigen briefjes" in await bram_phone.receive_until("messages")
    await bram_phone.send("note.delete", note_id=annas.pk)
    assert "alleen je eigen briefjes" in await bram_phone.receive_until("messages")
    assert (await note_now(annas.pk)).text == "Van Anna"


async def test_own_notes_are_fixed_once_writing_closes(armoede, anna, sockets):
    mine = await awrite(armoede, "Anna", "Mijn idee")
    phone = await sockets(armoede, anna)
    await sync_to_async(phases.set_writing)(armoede, False)

    await phone.send("note.edit", note_id=mine.pk, text="Later veranderd")
    assert "Schrijven is nu even dicht" in await phone.receive_until("messages")
    await phone.send("note.delete", note_id=mine.pk)
    assert "Schrijven is nu even dicht" in await phone.receive_until("messages")
    assert (await note_now(mine.pk)).text == "Mijn idee"


async def test_participants_cannot_moderate(armoede, anna, bram, sockets):
    note = await awrite(armoede, "Anna", "Blijft staan")
    bram_phone = await sockets(armoede, bram)
    anna_id = await Participant.objects.filter(room=armoede, name="Anna").values_list("pk", flat=True).aget()

    for action, fields in (
        ("note.hide", {"note_id": note.pk}),
        ("note.show", {"note_id": note.pk}),
        ("participant.remove", {"participant_id": anna_id}),
        ("participant.readmit", {"participant_id": anna_id}),
    ):
        await bram_phone.send(action, **fields)
        assert "alleen de gespreksleider" in await bram_phone.receive_until("messages")
    assert not (await note_now(note.pk)).hidden
    assert (await Participant.objects.aget(pk=anna_id)).removed_at is None


async def test_a_facilitator_of_another_room_cannot_touch_this_one(armoede, sociale_basis, anna, sockets):
    note = await awrite(armoede, "Anna", "Van Armoede")
    other = Client()
    await sync_to_async(other.get)(f"/f/{sociale_basis.code}/{sociale_basis.facilitator_token}/")
    console = await sockets(sociale_basis, other)

    await console.send("note.hide", note_id=note.pk)  # a note id of another room
    assert "staat niet (meer) in deze ruimte" in await console.receive_until("messages")
    assert not (await note_now(note.pk)).hidden


async def test_a_removed_participant_is_closed_refused_and_cannot_rejoin(armoede, anna, bram, fatima, sockets):
    anna_phone = await sockets(armoede, anna)
    anna_id = await Participant.objects.filter(room=armoede, name="Anna").values_list("pk", flat=True).aget()
    console = await sockets(armoede, fatima)

    await console.send("participant.remove", participant_id=anna_id)

    assert await anna_phone.closed() == 4403
    assert any("uit deze ruimte gehaald" in frame for frame in anna_phone.frames)
    again = SocketClient(armoede, anna)
    connected, _ = await again.communicator.connect()
    assert connected
    assert "uit deze ruimte gehaald" in await again.receive()
    assert (await again.communicator.receive_output(timeout=3))["code"] == 4403

    link = await sync_to_async(anna.get)(f"/j/{armoede.code}/")
    assert "uit deze ruimte gehaald" in link.content.decode()
    rejoin = await sync_to_async(anna.post)(f"/j/{armoede.code}/", {"name": "Anna"})
    assert rejoin.status_code == 400
    board = await sync_to_async(anna.get)(f"/r/{armoede.code}/")
    assert board.status_code == 302 and board.url.startswith(f"/j/{armoede.code}/")
    await anna_phone.send("note.add", text="Na verwijderen", client_id="x", phase="verkennen")
    assert not await Note.objects.filter(text="Na verwijderen").aexists()


async def test_a_readmitted_participant_can_come_back(armoede, anna, fatima, sockets):
    anna_id = await Participant.objects.filter(room=armoede, name="Anna").values_list("pk", flat=True).aget()
    console = await sockets(armoede, fatima)
    await console.send("participant.remove", participant_id=anna_id)
    await console.receive_until("Laat weer toe")

    await console.send("participant.readmit", participant_id=anna_id)
    assert "Haal uit de ruimte" in await console.receive_until(f'id="participant-{anna_id}"')

    phone = await sockets(armoede, anna)
    await phone.send("note.add", text="Weer terug", client_id="t-1", phase="verkennen")
    assert "Weer terug" in await phone.receive_until("Weer terug")


def test_export_says_which_notes_are_hidden(armoede, anna, fatima, capsys):
    _shown, hidden = write(armoede, "Anna", "Zichtbaar"), write(armoede, "Anna", "Verborgen")
    from sessions_app.services import moderation

    moderation.set_hidden(armoede, hidden.pk, True)
    call_command("export_room", armoede.code, "--format", "json")
    exported = {n["text"]: n["hidden"] for n in json.loads(capsys.readouterr().out)["phases"][0]["notes"]}
    assert exported == {"Zichtbaar": False, "Verborgen": True}


async def test_an_own_note_written_privately_is_edited_without_reaching_the_others(armoede, anna, bram, sockets):
    from sessions_app.services import reveal

    await sync_to_async(reveal.set_writing_mode)(armoede, "private")
    mine = await awrite(armoede, "Anna", "Nog geheim")
    phone = await sockets(armoede, anna)
    other = await sockets(armoede, bram)
    assert "Pas aan" in phone.snapshot  # on the phone's own waiting notes too

    await phone.send("note.edit", note_id=mine.pk, text="Nog steeds geheim")

    assert "Nog steeds geheim" in await phone.receive_until("Nog steeds geheim")  # its own notes, again
    await other.receive()
    assert all("geheim" not in frame for frame in other.frames)
