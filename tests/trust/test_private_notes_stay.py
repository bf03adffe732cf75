"""A note written privately and not yet revealed never leaves its room: it cannot be marked as a
highlight or put in the event's spotlight, and the plenary board (page, projector view, socket)
and the krant leave it out, as they leave out hidden notes."""

import pytest
from channels.db import database_sync_to_async

from sessions_app.reads import event as event_reads, votes as vote_reads
from sessions_app.models import Event, Note, Room
from sessions_app.services import harvest, moderation, notes, reveal, votes
from sessions_app.services.errors import DomainError
from tests.helpers import SocketClient
from tests.trust.matrix_cast import build_scene, participant_of

SECRET = "Nog niet voor iedereen"


def private_note(scene) -> Note:
    reveal.set_writing_mode(scene.room, "private")
    anna = participant_of(scene, "participant")
    return notes.add_note(scene.room, anna, phase=scene.room.phase, text=SECRET, client_id="geheim-1")[0]


@pytest.mark.django_db(transaction=True)
async def test_a_facilitator_cannot_highlight_a_private_note_over_the_socket(sockets):
    scene = await database_sync_to_async(build_scene)()
    note = await database_sync_to_async(private_note)(scene)
    console = await sockets(scene.room, scene.clients["facilitator"])

    await console.send("highlight.set", note_id=str(note.pk), on="true")

    assert "Laat het eerst zien" in await console.receive_until("Laat het eerst zien")
    assert not (await Note.objects.aget(pk=note.pk)).highlighted


@pytest.mark.django_db(transaction=True)
async def test_the_organiser_cannot_spotlight_a_private_note(sockets):
    scene = await database_sync_to_async(build_scene)()
    note = await database_sync_to_async(private_note)(scene)
    await Note.objects.filter(pk=note.pk).aupdate(highlighted=True)  # as stored by an older version
    plenary = SocketClient(None, scene.clients["organiser"], path=f"/ws/event/{scene.event.slug}/plenair/")
    await plenary.connect()
    assert SECRET not in plenary.snapshot

    await plenary.send("event.spotlight", kind="note", id=str(note.pk))

    assert "Laat het eerst zien" in await plenary.receive_until("Laat het eerst zien")
    assert (await Event.objects.aget(pk=scene.event.pk)).spotlight_id is None
    await plenary.communicator.disconnect()


@pytest.mark.django_db
def test_the_plenary_pages_and_the_krant_leave_out_private_notes():
    scene = build_scene()
    note = private_note(scene)
    Note.objects.filter(pk=note.pk).update(highlighted=True)
    Event.objects.filter(pk=scene.event.pk).update(spotlight_kind="note", spotlight_id=note.pk)
    organiser = scene.clients["organiser"]
    for path in ("plenair/", "plenair/presenter/", "krant/", "krant.md"):
        response = organiser.get(f"/e/{scene.event.slug}/{path}")
        assert response.status_code == 200, path
        assert SECRET not in response.content.decode(), path
    assert event_reads.spotlight(Event.objects.get(pk=scene.event.pk)) is None

    reveal.reveal(scene.room)
    assert SECRET in organiser.get(f"/e/{scene.event.slug}/plenair/").content.decode()


@pytest.mark.django_db
def test_the_service_refuses_a_private_highlight_in_dutch():
    scene = build_scene()
    note = private_note(scene)
    with pytest.raises(DomainError, match="Laat het eerst zien"):
        harvest.set_highlight(scene.room, "note", note.pk, True)


@pytest.mark.django_db
def test_a_note_hidden_after_a_phone_voted_on_it_is_gone_from_that_phones_own_votes():
    scene = build_scene()
    room, anna = scene.room, participant_of(scene, "participant")
    insult = notes.add_note(room, anna, phase=room.phase, text="Iets kwetsends", client_id="k-1")[0]
    kind = notes.add_note(room, anna, phase=room.phase, text="Iets aardigs", client_id="k-2")[0]
    votes.open_vote(Room.objects.get(pk=room.pk), budget=3)
    votes.add_vote(Room.objects.get(pk=room.pk), anna, note_id=insult.pk)
    votes.add_vote(Room.objects.get(pk=room.pk), anna, note_id=kind.pk)

    moderation.set_hidden(Room.objects.get(pk=room.pk), insult.pk, True)

    mine = vote_reads.my_votes(Room.objects.get(pk=room.pk), anna)
    assert [item["label"] for item in mine["items"]] == ["Iets aardigs"]
    assert "Iets kwetsends" not in scene.clients["participant"].get(f"/r/{room.code}/").content.decode()
