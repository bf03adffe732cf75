"""Ready marks and who is connected now.

Ready: a participant taps "Ik ben klaar"; the facilitator sees "12 van 18 klaar". Marks belong
to a phase: set_phase resets them through `reset_ready`.

Connected: a phone counts as connected while Participant.last_seen_at is recent. A socket marks
its phone seen when it connects and then once per PRESENCE_HEARTBEAT_SECONDS (one UPDATE by
primary key, skipped when another tab of the same phone did it lately), and gone when its last
socket in this process closes. The count lives in the database, so it is right across several
Daphne processes; a process that dies simply stops its heartbeats and its phones drop out after
PRESENCE_TIMEOUT_SECONDS."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..changes import Change, participant_changed
from ..models import Participant, Room
from . import rooms

READY = "ready"  # a participant change kind: this phone's own ready mark changed


def heartbeat_seconds() -> float:
    return float(getattr(settings, "PRESENCE_HEARTBEAT_SECONDS", 60))


@transaction.atomic
def set_ready(room: Room, participant: Participant, ready: bool) -> bool:
    """Returns whether anything changed (a second tap on the same state is a no-op)."""
    room = rooms.lock(room)
    changed = Participant.objects.filter(pk=participant.pk, room=room, ready=not ready).update(ready=ready)
    if not changed:
        return False
    participant.ready = ready
    rooms.publish(room, Change.READY_SET, participant=participant.pk, ready=ready)
    participant_changed(participant, READY, ready=ready)
    return True


def reset_ready(room: Room) -> list[int]:
    """Inside the phase change's transaction: every ready mark goes, and each phone that had one
    is told (its own button), once the change commits. Returns their ids (the console's rows)."""
    ready = list(room.participants.filter(ready=True))
    if not ready:
        return []
    room.participants.filter(pk__in=[p.pk for p in ready]).update(ready=False)
    for participant in ready:
        participant_changed(participant, READY, ready=False)
    return [participant.pk for participant in ready]


def seen(participant_id: int) -> None:
    """Marks a phone as connected now, unless another socket of it did so less than half a
    heartbeat ago (coalesced: at most one write per phone per half heartbeat)."""
    now = timezone.now()
    recent = now - timedelta(seconds=heartbeat_seconds() / 2)
    Participant.objects.filter(Q(last_seen_at__isnull=True) | Q(last_seen_at__lt=recent), pk=participant_id).update(
        last_seen_at=now
    )


def gone(participant_id: int) -> None:
    """Its last socket (in this process) closed."""
    Participant.objects.filter(pk=participant_id).update(last_seen_at=None)
