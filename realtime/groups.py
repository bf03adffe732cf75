"""Channel-layer group names. Audiences are disjoint: a socket is in exactly one room audience
group, so no socket ever receives two frames for one change."""

from django.conf import settings

from sessions_app.audience import Audience


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def room_group(room_id: int, audience: Audience, language: str) -> str:
    return f"room-{room_id}-{audience}-{language}"


def participant_group(participant_id: int) -> str:
    return f"participant-{participant_id}"


def event_group(event_id: int, language: str) -> str:
    return f"event-{event_id}-{language}"


def plenary_group(event_id: int, language: str) -> str:
    return f"event-{event_id}-plenary-{language}"


def timer_group(room_id: int) -> str:
    """The room's steering sockets, which keep an alarm for the timer's end (realtime/timer_alarms.py)."""
    return f"room-{room_id}-timer"
