"""Random frames at a room socket: every action name the protocol knows plus junk, with fields of
every type (huge numbers, nested objects, lists, null, NUL, right-to-left, zero-width, combining
marks, emoji, lone surrogates), from a phone and from the facilitator's console.

After every frame the server has either done something allowed or answered with an error and
changed nothing; the socket never closes, still answers, and a valid note afterwards is stored."""

import asyncio
import json

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from realtime import commands
from sessions_app.models import Action, Note, Participant, Room, Theme, Vote
from sessions_app.services import rooms
from tests.conftest import REAL_SERVICES
from tests.helpers import SocketClient, join_as

pytestmark = pytest.mark.django_db(transaction=True)

FIELDS = sorted({
    "action_id", "budget", "client_id", "closes_writing", "enabled", "id", "kind", "max_per_item", "minutes",
    "mode", "note_id", "on", "open", "participant_id", "phase", "prompt", "ready", "round_id", "seconds", "tag",
    "target", "text", "theme_id", "title", "what", "when", "who", "note_ids", "theme_ids", "HEADERS",
})
EDGE_TEXT = [
    "", " ", "\x00", "a\x00b", "\u202eRTL\u202c", "مرحبا بالعالم", "a\u200bb\u200d", "e\u0301\u0301\u0301",
    "😀👍🏽👨‍👩‍👧", "\ud800", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "verkennen", "true", "1", "-1",
    "9" * 40, "x" * 6000,
]
safe_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70), st.integers(min_value=0, max_value=6),
    st.floats(allow_nan=True, allow_infinity=True),
    safe_text, st.sampled_from(EDGE_TEXT),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(safe_text, inner, max_size=3), max_leaves=6)
action_names = st.one_of(st.sampled_from(sorted(commands.COMMANDS)), st.sampled_from(["", "note", "NOTE.ADD", "sync "]), safe_text, values)
payloads = st.builds(
    lambda name, fields: {"action": name, **fields},
    action_names,
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=5),
)
raw_frames = st.sampled_from(["", "{", "null", "[]", '"sync"', "42", '{"action": null}', "\x00", "{\"action\": \"note.add\"", "\ud800"])
frames = st.one_of(payloads.map(lambda payload: json.dumps(payload)), raw_frames, payloads.map(lambda payload: payload))


def fingerprint(room_id: int):
    """Everything a message could change in a room, apart from presence."""
    room = Room.objects.get(pk=room_id)
    return (
        room.phase, room.writing_open, room.vote_open, room.closed_at, room.summary, room.lens_enabled,
        room.spotlight_note_id, room.spotlight_theme_id, room.timer_ends_at, room.timer_remaining,
        tuple(room.phases.values_list("key", "prompt", "writing_mode", "revealed")),
        tuple(Note.objects.filter(room=room).values_list("pk", "text", "hidden", "theme_id", "tags", "highlighted", "private")),
        tuple(Theme.objects.filter(room=room).values_list("pk", "title", "highlighted")),
        Vote.objects.filter(room=room).count(),
        tuple(Action.objects.filter(room=room).values_list("pk", "what", "who", "when")),
        tuple(Participant.objects.filter(room=room).values_list("pk", "removed_at", "name")),
    )


@pytest.fixture
def fuzz_cast(transactional_db):
    """One room for all examples of a run (each check compares before/after one frame)."""
    room = rooms.create_room(title="Fuzz")
    phone = join_as(room, "Anna", "inwoner")
    console = Client()
    console.get(f"/f/{room.code}/{room.facilitator_token}/")
    return room, phone, console


async def exchange(socket: SocketClient, frame) -> list[str]:
    """Sends one frame, then a sync; returns what came back before the sync's snapshot."""
    if isinstance(frame, dict):
        message = {"text": json.dumps(frame)}
    elif frame == "\ud800":
        message = {"bytes": b"\xff\xfe binary"}
    else:
        message = {"text": frame}
    await socket.communicator.send_input({"type": "websocket.receive", **message})
    await socket.send("sync")
    replies = []
    while True:
        reply = await socket.receive(timeout=10)
        if 'data-snapshot="true"' in reply and 'id="room-version"' in reply[:200]:
            return replies
        replies.append(reply)


def calm_down(room_id: int) -> None:
    """Whatever the console's fuzz did, the phone may write again (or nothing could be checked)."""
    Room.objects.filter(pk=room_id).update(writing_open=True, closed_at=None)
    Participant.objects.filter(room_id=room_id).update(removed_at=None)


async def fuzz(cast, sent: list, as_console: bool, example: int):
    room, phone, console = cast
    socket = SocketClient(room, console if as_console else phone)
    await socket.connect()
    for frame in sent:
        before = await sync_to_async(fingerprint)(room.pk)
        replies = await exchange(socket, frame)
        refused = [reply for reply in replies if 'class="error"' in reply]
        if refused:
            after = await sync_to_async(fingerprint)(room.pk)
            assert after == before, (frame, refused)
        assert not any(message["type"] == "websocket.close" for message in list(socket.communicator.output_queue._queue))
    await socket.disconnect()

    # Still usable: a valid note from the phone is stored.
    await sync_to_async(calm_down)(room.pk)
    writer = SocketClient(room, phone)
    await writer.connect()
    current = (await sync_to_async(Room.objects.get)(pk=room.pk)).phase
    client_id = f"na-de-storm-{example}"
    await writer.send("note.add", text="Na de storm een gewoon idee", client_id=client_id, phase=current)
    await writer.receive_until(client_id, timeout=10)
    assert await Note.objects.filter(room=room, client_id=client_id).acount() == 1
    await writer.disconnect()


EXAMPLES = iter(range(10**6))
# Moderate, so the test stays well under 30 s: every example opens real sockets (on PostgreSQL +
# Redis each round trip costs about twice as much, so fewer examples there).
EXAMPLE_COUNT = 15 if REAL_SERVICES else 40


@hypothesis_settings(max_examples=EXAMPLE_COUNT, deadline=None, suppress_health_check=list(HealthCheck))
@given(sent=st.lists(frames, min_size=1, max_size=4), as_console=st.booleans())
def test_random_frames_never_crash_the_socket_or_half_write(fuzz_cast, sent, as_console, settings):
    settings.NOTES_PER_MINUTE = 10_000
    settings.SOCKET_MESSAGES_PER_SECOND = 1000
    asyncio.run(fuzz(fuzz_cast, sent, as_console, next(EXAMPLES)))


async def test_nul_and_lone_surrogates_never_reach_the_database(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    await phone.send_raw(text_data=json.dumps(
        {"action": "note.add", "text": "voor\x00na \ud800 eind", "client_id": "nul\x00id", "phase": "verkennen"}
    ))
    await phone.receive_until("voor")
    note = await Note.objects.aget()
    assert note.text == "voorna eind" and note.client_id == "nulid"


async def test_unicode_edge_cases_come_back_intact_and_escaped(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    text = "\u202eRTL\u202c مرحبا e\u0301 😀👍🏽 <b>vet</b>"
    await phone.send("note.add", text=text, client_id="u-1", phase="verkennen")
    frame = await phone.receive_until("u-1")
    assert "&lt;b&gt;vet&lt;/b&gt;" in frame and "<b>vet</b>" not in frame
    stored = (await Note.objects.aget()).text
    assert "مرحبا" in stored and "e\u0301" in stored and "😀👍🏽" in stored
