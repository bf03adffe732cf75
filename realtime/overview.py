"""The organiser's live overview and the plenary board: frames for an event's groups.

Cheap at 1,000 phones: a room change only marks the room dirty; one asyncio task per process
flushes the dirty rooms at most once per OVERVIEW_INTERVAL seconds, rendering one small fragment
per dirty room per language, once, for every organiser at the same time. So 100 notes in a
second in one room give one or two overview frames, not 100 re-renders per organiser.

A room change that can alter what the room brings to the plenary board (dots, actions, themes,
notes shown or hidden: BOARD_CHANGES) also marks the room's plenary section, flushed the same way.

Event-level changes (message, round, rooms set up, close, highlights, spotlight) are rare: they
send a fresh overview body or plenary board at once."""

import asyncio
import contextvars
import os
import time

from asgiref.sync import SyncToAsync, async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from sessions_app.reads import event as event_reads, frames as frame_reads, harvest as harvest_reads
from sessions_app.changes import Change, overview_change, room_change
from sessions_app.models import Event

from .groups import event_group, languages, plenary_group


def interval() -> float:
    return float(getattr(settings, "OVERVIEW_INTERVAL", 1.0))


def send(group: str, html: str) -> None:
    async_to_sync(get_channel_layer().group_send)(group, {"type": "frame", "html": html})


# --- Rendering (sync; runs in a worker thread) -------------------------------------------------

def render_rooms(room_ids) -> dict[int, dict[str, str]]:
    """{event id: {language: frame}} with one fragment per room that still exists."""
    rooms = frame_reads.event_rooms(room_ids)
    if not rooms:
        return {}
    frames: dict[int, dict[str, str]] = {}
    rows = [
        row for row in event_reads.overview_rows(rooms)  # read once, rendered in every language
        if not row.room.event.current_round_id or row.room.round_id == row.room.event.current_round_id
    ]
    for language in languages():
        with translation.override(language):
            for row in rows:
                event = row.room.event
                html = render_to_string("events/partials/overview_room.html", {"row": row, "oob": True})
                frames.setdefault(event.pk, {}).setdefault(language, "")
                frames[event.pk][language] += html
    return frames


def render_boards(room_ids) -> dict[int, dict[str, str]]:
    """{event id: {language: frame}} with each room's section of the plenary board."""
    sections = harvest_reads.boards(room_ids) if room_ids else []
    frames: dict[int, dict[str, str]] = {}
    for language in languages():
        with translation.override(language):
            for context in sections:
                html = render_to_string("events/partials/plenary_room.html", context)
                frames.setdefault(context["event_id"], {}).setdefault(language, "")
                frames[context["event_id"]][language] += html
    return frames


def flush_rooms(room_ids, board_room_ids=()) -> None:
    for event_id, by_language in render_rooms(room_ids).items():
        for language, html in by_language.items():
            send(event_group(event_id, language), html)
    for event_id, by_language in render_boards(board_room_ids).items():
        for language, html in by_language.items():
            send(plenary_group(event_id, language), html)


def overview_body(event: Event, language: str) -> str:
    with translation.override(language):
        context = event_reads.overview(event)
        return render_to_string("events/partials/overview_body.html", context)


def plenary_board(event: Event, language: str) -> str:
    with translation.override(language):
        return render_to_string("events/partials/plenary_board.html", event_reads.plenary(event))


# --- Coalescing --------------------------------------------------------------------------------

class Coalescer:
    """Dirty rooms of one event loop, flushed at most once per interval."""

    def __init__(self, loop):
        self.loop = loop
        self.dirty: set[int] = set()
        self.boards: set[int] = set()  # rooms whose section of the plenary board changed too
        self.task = None
        self.last_flush = 0.0
        self.flushes = 0  # for tests and benchmarks

    def mark(self, room_id: int, board: bool = False) -> None:
        self.dirty.add(room_id)
        if board:
            self.boards.add(room_id)
        if self.task is None or self.task.done():
            self.task = self._start()

    def _start(self):
        # A fresh context: the task must not inherit the committing thread's asgiref state
        # ("already inside a thread-sensitive call"), or its own database call would refuse to run.
        return self.loop.create_task(self._flush_soon(), context=contextvars.Context())

    async def _flush_soon(self):
        await asyncio.sleep(max(0.0, self.last_flush + interval() - time.monotonic()))
        self.last_flush = time.monotonic()
        dirty, self.dirty = self.dirty, set()
        boards, self.boards = self.boards, set()
        self.flushes += 1
        await database_sync_to_async(flush_rooms)(dirty, boards)
        if self.dirty:  # changes that came in while rendering
            self.task = self._start()


_coalescers: dict[int, Coalescer] = {}


def coalescer(loop) -> Coalescer:
    found = _coalescers.get(id(loop))
    if found is None or found.loop is not loop:
        found = _coalescers[id(loop)] = Coalescer(loop)
    return found


def _main_loop():
    """The event loop of this process's ASGI server, seen from a worker thread (None when the
    change was made outside any server: a management command, a plain WSGI request)."""
    if getattr(SyncToAsync.threadlocal, "main_event_loop_pid", None) != os.getpid():
        return None
    loop = getattr(SyncToAsync.threadlocal, "main_event_loop", None)
    return loop if loop is not None and loop.is_running() else None


def mark_dirty(room_id: int, board: bool = False) -> None:
    """Called in the thread that committed the change: never renders there."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = _main_loop()
    if loop is None:
        flush_rooms([room_id], [room_id] if board else [])  # no server loop to coalesce on: send it now
    elif _in_loop(loop):
        coalescer(loop).mark(room_id, board)
    else:
        loop.call_soon_threadsafe(lambda: coalescer(loop).mark(room_id, board), context=contextvars.Context())


def _in_loop(loop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


# --- Receivers ---------------------------------------------------------------------------------

# Room changes that can change what the room shows on the plenary board (reads/harvest.py).
BOARD_CHANGES = frozenset({
    Change.VOTE_CHANGED, Change.VOTE_CLOSED, Change.ACTION_ADDED, Change.ACTION_CHANGED, Change.ACTION_DELETED,
    Change.THEME_CREATED, Change.THEME_CHANGED, Change.THEME_MERGED, Change.THEME_DISSOLVED, Change.THEME_PROPOSED,
    Change.NOTE_EDITED, Change.NOTE_HIDDEN, Change.NOTE_SHOWN, Change.NOTE_DELETED, Change.NOTES_REVEALED,
})


def on_room_change(sender, room_id, version, kind, data, **kwargs):
    if kind != Change.ROOM_DELETED:
        mark_dirty(room_id, board=kind in BOARD_CHANGES)


def on_overview_change(sender, event_id, kind, data, **kwargs):
    event = frame_reads.event(event_id)
    if event is None:
        return
    for language in languages():
        if kind in ("round", "rooms", "message", "closed"):
            send(event_group(event_id, language), overview_body(event, language))
        if kind in ("highlight", "spotlight", "closed", "rooms", "core"):
            send(plenary_group(event_id, language), plenary_board(event, language))


def connect_receivers() -> None:
    room_change.connect(on_room_change, dispatch_uid="realtime.overview.room")
    overview_change.connect(on_overview_change, dispatch_uid="realtime.overview.event")

