"""People in a room as the screens count them: joined, ready, connected now, per perspective.

Connected: seen by a socket within PRESENCE_TIMEOUT_SECONDS (services/presence.py keeps
Participant.last_seen_at up to date)."""

from ..audience import Audience
from datetime import timedelta

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from ..models import Participant, Perspective, Room


def timeout() -> timedelta:
    return timedelta(seconds=getattr(settings, "PRESENCE_TIMEOUT_SECONDS", 150))


def connected_since():
    """A phone seen after this moment counts as connected."""
    return timezone.now() - timeout()


def connected_count(room_id: int) -> int:
    return Participant.objects.filter(
        room_id=room_id, removed_at__isnull=True, last_seen_at__gte=connected_since()
    ).count()


def counts(room_id: int) -> dict:
    """What the facilitator sees: joined, ready, connected now."""
    participants = Participant.objects.filter(room_id=room_id, removed_at__isnull=True)
    return {
        "participant_count": participants.count(),
        "ready_count": participants.filter(ready=True).count(),
        "connected_count": connected_count(room_id),
    }


def perspective_counts(room: Room) -> list[dict]:
    """Participants in the room per perspective, most first; 'zonder rol' for those who chose none."""
    rows = (
        Participant.objects.filter(room=room, removed_at__isnull=True)
        .values("perspective")
        .annotate(n=Count("id"))
    )
    labels = dict(Perspective.choices)
    found = [{"key": row["perspective"], "label": labels.get(row["perspective"], ""), "count": row["n"]} for row in rows]
    found.sort(key=lambda row: (-row["count"], row["key"] == "", row["key"]))
    return found


def board_people(room: Room, audience: str, viewer: int | None = None) -> dict:
    """What a board shows of the people: the counts; on the console every row and the
    perspectives; for one phone (`viewer`) its own ready mark."""
    people = counts(room.pk)
    if viewer is not None:
        people["my_ready"] = room.participants.filter(pk=viewer, ready=True).exists()
    if audience == Audience.FACILITATORS:
        people["perspective_counts"] = perspective_counts(room)
        # A removed person keeps their row in its place: frames swap it there.
        people["room_participants"] = list(room.participants.order_by("joined_at", "id"))
    else:
        people["perspective_counts"] = []
    return people
