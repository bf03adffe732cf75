"""Serving the verslag and the krant without letting them slow the site down.

- Each rendering is cached (the "reports" cache, per process) under a key that changes whenever
  what it shows can change: the room's version (every published change bumps it), the rows of
  the room, its event and round (title, summary, Room.report_names, ...) and its participants
  (names and perspectives change without a version). The krant's key covers every room of the
  event. A second download of the same thing costs two small queries.
- At most EXPORT_RENDERS_AT_ONCE renderings run at the same time in one process; one more gets
  `Busy` (the view answers 503 "even geduld" with Retry-After) instead of queueing up and
  taking every other request's processor time. A cached rendering is served even then.
- Renderings run in the request's worker thread (Django runs these sync views off the event
  loop under ASGI), and a big PDF is printed by worker processes (report/pdf.py)."""

import hashlib
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches

from ..models import Event, Participant, Room

RETRY_AFTER_SECONDS = 20

_lock = threading.Lock()
_running = 0


class Busy(Exception):
    """Too many renderings at once in this process: try again in a little while."""


@contextmanager
def render_slot():
    global _running
    with _lock:
        if _running >= settings.EXPORT_RENDERS_AT_ONCE:
            raise Busy
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1


def _digest(rows) -> str:
    text = repr([tuple(getattr(row, f.attname) for f in row._meta.concrete_fields) for row in rows])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _people(room_ids) -> str:
    rows = Participant.objects.filter(room_id__in=room_ids).order_by("pk").values_list("pk", "name", "perspective", "removed_at")
    return hashlib.sha256(repr(list(rows)).encode()).hexdigest()[:32]


def room_key(room: Room, fmt: str, language: str, variant: str = "") -> str:
    room = Room.objects.select_related("event", "round").get(pk=room.pk)
    rows = [room] + [row for row in (room.event, room.round) if row is not None]
    return f"verslag:{room.pk}:{room.version}:{fmt}:{language}:{variant}:{_digest(rows)}:{_people([room.pk])}"


def event_key(event: Event, fmt: str, language: str, variant: str = "") -> str:
    event = Event.objects.get(pk=event.pk)
    rooms = list(Room.objects.filter(event=event).select_related("round").order_by("pk"))
    rows = [event, *rooms, *{room.round for room in rooms if room.round is not None}]
    rows.sort(key=lambda row: (type(row).__name__, row.pk))
    return f"krant:{event.pk}:{fmt}:{language}:{variant}:{_digest(rows)}:{_people([room.pk for room in rooms])}"


def rendered(key: str, render) -> bytes | str:
    """The cached rendering under `key`, or `render()` in a free slot (raises Busy if none)."""
    cache = caches["reports"]
    content = cache.get(key)
    if content is not None:
        return content
    with render_slot():
        content = cache.get(key)  # another request may have just finished it
        if content is None:
            content = render()
            cache.set(key, content)
    return content
