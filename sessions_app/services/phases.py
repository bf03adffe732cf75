"""Steering a room through the phases of its method."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from ..models import Room
from . import presence, rooms, timer
from .errors import DomainError


@transaction.atomic
def set_phase(room: Room, phase: str) -> Room:
    """Moves the room to `phase` (forward or back). Ready marks reset: they belong to a phase."""
    if phase not in room.method_definition.phase_keys:
        raise DomainError(_("Die fase bestaat niet."))
    room = rooms.lock(room)
    if room.phase == phase:
        return room
    room.previous_phase, room.phase = room.phase, phase
    room.phase_changed_at = timezone.now()
    room.save(update_fields=["phase", "previous_phase", "phase_changed_at"])
    unready = presence.reset_ready(room)  # each phone that was ready is told
    rooms.publish(room, Change.PHASE_SET, phase=phase, was=room.previous_phase, unready=unready)
    return room


@transaction.atomic
def set_writing(room: Room, is_open: bool) -> Room:
    room = rooms.lock(room)
    if room.writing_open == is_open:
        return room
    room.writing_open = is_open
    # A timer that ran out and closed writing is done once writing opens by hand.
    room.save(update_fields=["writing_open", *(timer.forget_if_expired(room) if is_open else [])])
    rooms.publish(room, Change.WRITING_SET, open=is_open)
    return room
