"""The room's timer. The server keeps the absolute end time (Room.timer_ends_at), or the seconds
left while paused (Room.timer_remaining); phones count down locally from the end time, so a
reconnect or a reload is right at once.

When the time is up and Room.timer_closes_writing is on, writing closes. The server enforces
it: `expire_if_due` closes writing lazily (before a note is stored, when a socket connects) and
from a small asyncio timer in the steering sockets (realtime/timer_alarms.py); `blocks_writing` refuses
a note that arrives after the end time even before anyone has closed writing."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from ..models import Room
from ..reads.timer import EXPIRED, OFF, PAUSED, PRESETS, RUNNING, blocks_writing, seconds_left, state  # noqa: F401
from . import rooms
from .errors import DomainError

MAX_SECONDS = 4 * 60 * 60  # four hours: longer than any deelsessie
TIME_IS_UP = _("De tijd is om. Schrijven is nu dicht.")


def _check_seconds(seconds) -> int:
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 1 <= seconds <= MAX_SECONDS:
        raise DomainError(_("Kies een tijd tussen 1 seconde en 4 uur."))
    return seconds


def _closed_by_timer(room: Room, now) -> bool:
    return blocks_writing(room, now) and not room.writing_open


def _save(room: Room, fields: list[str], kind: str, **data) -> Room:
    room.save(update_fields=fields)
    rooms.publish(room, kind, **data)
    return room


@transaction.atomic
def start(room: Room, seconds: int, closes_writing: bool | None = None) -> Room:
    """Starts (or restarts) the timer at `seconds`. If the last timer had closed writing, writing
    opens again: a new round of writing time."""
    seconds = _check_seconds(seconds)
    room = rooms.lock(room)
    now = timezone.now()
    reopen = _closed_by_timer(room, now)  # judged on the old timer, before the option changes
    fields = []
    if closes_writing is not None and closes_writing != room.timer_closes_writing:
        room.timer_closes_writing = closes_writing
        fields.append("timer_closes_writing")
    if reopen:
        room.writing_open = True
        fields.append("writing_open")
    room.timer_ends_at, room.timer_remaining = now + timedelta(seconds=seconds), None
    return _save(room, ["timer_ends_at", "timer_remaining", *fields], Change.TIMER_SET, state=RUNNING, writing=reopen)


@transaction.atomic
def add(room: Room, seconds: int) -> Room:
    """More time: on a running or paused timer it adds up; on a timer that ran out (or none) it
    starts a new one of `seconds`."""
    seconds = _check_seconds(seconds)
    room = rooms.lock(room)
    now = timezone.now()
    current = state(room, now)
    if current == RUNNING:
        room.timer_ends_at = min(room.timer_ends_at + timedelta(seconds=seconds), now + timedelta(seconds=MAX_SECONDS))
        return _save(room, ["timer_ends_at"], Change.TIMER_SET, state=RUNNING)
    if current == PAUSED:
        room.timer_remaining = min(room.timer_remaining + seconds, MAX_SECONDS)
        return _save(room, ["timer_remaining"], Change.TIMER_SET, state=PAUSED)
    return _restart(room, seconds, now)


def _restart(room: Room, seconds: int, now, fields=()) -> Room:
    fields = ["timer_ends_at", "timer_remaining", *fields]
    reopen = _closed_by_timer(room, now)
    room.timer_ends_at, room.timer_remaining = now + timedelta(seconds=seconds), None
    if reopen:
        room.writing_open = True
        fields.append("writing_open")
    return _save(room, fields, Change.TIMER_SET, state=RUNNING, writing=reopen)


@transaction.atomic
def pause(room: Room) -> Room:
    room = rooms.lock(room)
    now = timezone.now()
    if state(room, now) != RUNNING:
        raise DomainError(_("De timer loopt niet."))
    room.timer_remaining, room.timer_ends_at = seconds_left(room, now), None
    return _save(room, ["timer_ends_at", "timer_remaining"], Change.TIMER_SET, state=PAUSED)


@transaction.atomic
def resume(room: Room) -> Room:
    room = rooms.lock(room)
    now = timezone.now()
    if state(room, now) != PAUSED:
        raise DomainError(_("De timer staat niet op pauze."))
    room.timer_ends_at = now + timedelta(seconds=max(1, room.timer_remaining))
    room.timer_remaining = None
    return _save(room, ["timer_ends_at", "timer_remaining"], Change.TIMER_SET, state=RUNNING)


@transaction.atomic
def stop(room: Room) -> Room:
    """Clears the timer. Writing stays as it is (the facilitator opens it again if they want)."""
    room = rooms.lock(room)
    if state(room) == OFF:
        return room
    room.timer_ends_at = room.timer_remaining = None
    return _save(room, ["timer_ends_at", "timer_remaining"], Change.TIMER_SET, state=OFF)


@transaction.atomic
def set_closes_writing(room: Room, closes: bool) -> Room:
    room = rooms.lock(room)
    if room.timer_closes_writing == closes:
        return room
    room.timer_closes_writing = closes
    fields = ["timer_closes_writing"]
    closed_now = closes and state(room) == EXPIRED and room.writing_open
    if closed_now:
        room.writing_open = False
        fields.append("writing_open")
    return _save(room, fields, Change.TIMER_SET, state=state(room), writing=closed_now)


def expire_if_due(room: Room) -> bool:
    """Closes writing if the time is up and the timer closes writing. Cheap when nothing is due
    (no lock, no write); safe to call from many places at once. Returns whether it closed."""
    if not (room.timer_closes_writing and room.writing_open and room.timer_ends_at is not None):
        return False
    if room.timer_ends_at > timezone.now():
        return False
    return _expire(room)


@transaction.atomic
def _expire(room: Room) -> bool:
    room = rooms.lock(room)
    if not (blocks_writing(room) and room.writing_open):
        return False  # someone else was first, or the timer changed meanwhile
    room.writing_open = False
    room.save(update_fields=["writing_open"])
    rooms.publish(room, Change.TIMER_EXPIRED, state=EXPIRED, writing=True)
    return True


def forget_if_expired(room: Room) -> list[str]:
    """Called (under the room lock) when the facilitator opens writing again by hand: a timer that
    ran out and closed writing is done, so it must not close writing a second time."""
    if blocks_writing(room):
        room.timer_ends_at = None
        room.timer_remaining = None
        return ["timer_ends_at", "timer_remaining"]
    return []
