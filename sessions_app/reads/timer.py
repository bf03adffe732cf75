"""The room's timer as the screens show it, and its state (the timer service imports the state
rules from here)."""

import math

from django.utils import timezone

from ..models import Room

PRESETS = (120, 300, 600)
OFF, RUNNING, PAUSED, EXPIRED = "off", "running", "paused", "expired"


def state(room: Room, now=None) -> str:
    now = now or timezone.now()
    if room.timer_ends_at is not None:
        return EXPIRED if room.timer_ends_at <= now else RUNNING
    if room.timer_remaining is not None:
        return PAUSED
    return OFF


def seconds_left(room: Room, now=None) -> int | None:
    now = now or timezone.now()
    if room.timer_ends_at is not None:
        return max(0, math.ceil((room.timer_ends_at - now).total_seconds()))
    return room.timer_remaining


def blocks_writing(room: Room, now=None) -> bool:
    """The time is up and the timer closes writing: no note may land, whatever writing_open says."""
    return room.timer_closes_writing and state(room, now) == EXPIRED


def timer_view(room: Room, now=None) -> dict:
    """What every screen shows of the timer. `ends_at` is absolute (ISO 8601, UTC): pages count
    down from it; `now` is the server's clock when this was rendered, so a page whose clock is
    off can correct for it."""
    now = now or timezone.now()
    return {
        "state": state(room, now),
        "ends_at": room.timer_ends_at.isoformat() if room.timer_ends_at else "",
        "now": now.isoformat(),
        "seconds_left": seconds_left(room, now),
        "clock": clock(seconds_left(room, now)),
        "closes_writing": room.timer_closes_writing,
        "presets": [{"seconds": seconds, "minutes": seconds // 60} for seconds in PRESETS],
    }


def clock(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"
