"""The presenter view /p/<CODE>/: the room on the shared screen, read-only, in large type, for
those who steer the room only. Its frames are rendered once per change for all presenter screens."""

import pytest
from asgiref.sync import sync_to_async
from django.contrib.auth.models import User
from django.test import Client

from sessions_app.models import Participant
from sessions_app.services import notes, reveal
from tests.helpers import SocketClient, join_as

pytestmark = pytest.mark.django_db(transaction=True)


def presenter_path(room):
    return f"/ws/room/{room.code}/presenter/"


def write(room, name, text):
    participant = Participant.objects.get(room=room, name=name)
    return notes.add_note(room, participant, phase=room.phase, text=text, client_id=f"c-{text}")[0]


def test_the_facilitator_opens_it_with_the_join_code_qr_and_prompt(armoede, anna, fatima):
    write(armoede, "Anna", "De buurtkamer werkt")
    page = fatima.get(f"/p/{armoede.code}/")

    html = page.content.decode()
    assert page.status_code == 200
    assert armoede.code in html and "<svg" in html  # join code and QR code
    assert f"/j/{armoede.code}/" in html or "qr-svg" in html
    assert "Denk aan een moment" in html  # the current prompt
    assert "De buurtkamer werkt" in html and "Anna" in html  # only names people chose to give
    assert f'ws-connect="/ws/room/{armoede.code}/presenter/?v=' in html
    assert "note.hide" not in html and "timer.start" not in html  # read-only: no controls


def test_staff_may_open_it_but_participants_and_strangers_may_not(armoede, anna):
    assert anna.get(f"/p/{armoede.code}/").status_code == 302
    assert Client().get(f"/p/{armoede.code}/").status_code == 302
    staff = Client()
    staff.force_login(User.objects.create_user("staf", is_staff=True))
    assert staff.get(f"/p/{armoede.code}/").status_code == 200


def test_a_participant_without_a_name_stays_nameless(armoede, fatima):
    join_as(armoede, "", "inwoner")
    nameless = Participant.objects.get(room=armoede, name="")
    notes.add_note(armoede, nameless, phase="verkennen", text="Zonder naam gezegd", client_id="n-1")

    html = fatima.get(f"/p/{armoede.code}/").content.decode()
    assert "Zonder naam gezegd" in html
    assert "Zonder naam #" not in html  # the console's placeholder never reaches the big screen


async def test_a_participant_cannot_open_the_presenter_socket(armoede, anna):
    socket = SocketClient(armoede, anna, path=presenter_path(armoede))
    connected, _ = await socket.communicator.connect()
    assert connected
    assert "alleen de gespreksleider" in await socket.receive()
    assert (await socket.communicator.receive_output(timeout=3))["code"] == 4403


async def test_notes_timer_and_moderation_reach_the_presenter_live(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    screen = await sockets(armoede, fatima, path=presenter_path(armoede))
    assert "timer-controls" not in screen.snapshot and "participant-rows" not in screen.snapshot

    await phone.send("note.add", text="Samen koken", client_id="p-1", phase="verkennen")
    added = await screen.receive_until("Samen koken")
    assert 'beforeend:#notes-verkennen' in added and "note.hide" not in added

    await console.send("timer.start", seconds=300)
    timer_frame = await screen.receive_until('id="timer"')
    assert 'data-state="running"' in timer_frame and "timer-controls" not in timer_frame

    note_id = await sync_to_async(lambda: armoede.notes.get(text="Samen koken").pk)()
    await console.send("note.hide", note_id=note_id)
    assert 'hx-swap-oob="delete"' in await screen.receive_until(f'id="note-{note_id}"')


async def test_unrevealed_notes_never_reach_the_presenter(armoede, anna, fatima, sockets):
    await sync_to_async(reveal.set_writing_mode)(armoede, "private")
    screen = await sockets(armoede, fatima, path=presenter_path(armoede))
    phone = await sockets(armoede, anna)

    await phone.send("note.add", text="Nog geheim", client_id="g-1", phase="verkennen")
    await phone.receive_until("Nog geheim")
    await screen.receive()
    assert all("Nog geheim" not in frame for frame in screen.frames)


async def test_the_presenter_view_is_read_only_even_for_the_facilitator(armoede, fatima, sockets):
    screen = await sockets(armoede, fatima, path=presenter_path(armoede))
    await screen.send("timer.start", seconds=60)
    assert "alleen om mee te kijken" in await screen.receive_until("messages")
    await screen.send("sync")
    assert 'data-snapshot="true"' in await screen.receive_until("room-version")


async def test_frames_for_presenters_are_rendered_once_per_change(armoede, anna, fatima, sockets, monkeypatch):
    from realtime import frames
    from sessions_app.changes import Change

    screens = [await sockets(armoede, fatima, path=presenter_path(armoede)) for _ in range(3)]
    renders = []
    original = frames.BUILDERS[Change.WRITING_SET]

    def counting(room_id, version, data):
        built = original(room_id, version, data)
        renders.extend(audience for audience in built)
        return built

    monkeypatch.setitem(frames.BUILDERS, Change.WRITING_SET, counting)
    console = await sockets(armoede, fatima)
    renders.clear()
    await console.send("writing.set", open="false")  # a change every screen shows

    for screen in screens:
        await screen.receive_until('data-writing-open="false"')
    assert renders.count("presenters") == 1  # once per language listened in (here only nl), not once per screen
