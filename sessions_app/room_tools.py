"""Read side of the timer, ready marks, presence and moderation: what a board shows of them."""

from django.utils import timezone

from .audience import Audience
from .services import presence, timer


def timer_view(room, now=None) -> dict:
    """What every screen shows of the timer. `ends_at` is absolute (ISO 8601, UTC): pages count
    down from it; `now` is the server's clock when this was rendered, so a page whose clock is
    off can correct for it."""
    now = now or timezone.now()
    return {
        "state": timer.state(room, now),
        "ends_at": room.timer_ends_at.isoformat() if room.timer_ends_at else "",
        "now": now.isoformat(),
        "seconds_left": timer.seconds_left(room, now),
        "clock": clock(timer.seconds_left(room, now)),
        "closes_writing": room.timer_closes_writing,
        "presets": [{"seconds": seconds, "minutes": seconds // 60} for seconds in timer.PRESETS],
    }


def clock(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


def board_extras(room, audience: str, viewer: int | None = None) -> dict:
    extras = {"timer": timer_view(room)}
    extras.update(presence.counts(room.pk))
    if viewer is not None:
        extras["my_ready"] = room.participants.filter(pk=viewer, ready=True).exists()
    if audience == Audience.FACILITATORS:
        # A removed person keeps their row in its place: frames swap it there.
        extras["room_participants"] = list(room.participants.order_by("joined_at", "id"))
    return extras
