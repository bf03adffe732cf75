"""Reading a room as one consistent picture: what each audience may see of it."""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction

from .models import Note, Room

PARTICIPANTS = "participants"
FACILITATORS = "facilitators"


@contextmanager
def consistent_read():
    """One snapshot of the database for the whole read, so a board and the version it is
    labelled with always agree (PostgreSQL reads each statement afresh otherwise)."""
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield
    else:
        with transaction.atomic():
            yield


@dataclass
class PhaseView:
    key: str
    title: str
    question: str
    prompt: str
    writing_mode: str
    revealed: bool
    is_current: bool
    notes: list = field(default_factory=list)


def visible_to(audience: str, note: Note) -> bool:
    if audience == FACILITATORS:
        return True
    return not note.hidden and not note.private


def phase_views(room: Room, audience: str) -> list[PhaseView]:
    method = room.method_definition
    views = {
        phase.key: PhaseView(
            key=phase.key,
            title=method.phase(phase.key).title if phase.key in method.phase_keys else phase.title,
            question=method.phase(phase.key).question if phase.key in method.phase_keys else "",
            prompt=phase.prompt,
            writing_mode=phase.writing_mode,
            revealed=phase.revealed,
            is_current=phase.key == room.phase,
        )
        for phase in room.phases.all()
    }
    for note in room.notes.select_related("participant").order_by("created_at", "id"):
        if note.phase in views and visible_to(audience, note):
            views[note.phase].notes.append(note)
    return list(views.values())


def board(room_id: int, audience: str) -> dict:
    with consistent_read():
        room = Room.objects.select_related("event").get(pk=room_id)
        phases = phase_views(room, audience)
        participants = room.participants.filter(removed_at__isnull=True).count()
    current = next((phase for phase in phases if phase.is_current), phases[0] if phases else None)
    return {
        "room": room,
        "version": room.version,
        "phases": phases,
        "current": current,
        "participant_count": participants,
        "audience": audience,
    }
