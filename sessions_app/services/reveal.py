"""Private writing, then reveal: per phase the facilitator chooses whether notes show at once
("open") or only to their author and the facilitator until "Laat alles zien" ("private")."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..methods import WRITING_OPEN, WRITING_PRIVATE
from ..models import Note, Participant, Room, RoomPhase
from . import rooms
from .errors import DomainError

WRITING_MODES = (WRITING_OPEN, WRITING_PRIVATE)
OWN_NOTES = "own_notes"  # a participant change kind: the author's own unrevealed notes changed


def _phase(room: Room, phase_key: str | None) -> RoomPhase:
    phase = room.phases.filter(key=phase_key or room.phase).first()
    if phase is None:
        raise DomainError(_("Die fase bestaat niet."))
    return phase


@transaction.atomic
def set_writing_mode(room: Room, mode: str, phase_key: str | None = None) -> RoomPhase:
    """Switching to private starts a new private round: what is written from now on waits for
    the next reveal. Switching to open shows new notes at once; notes still waiting stay
    private until the facilitator reveals them."""
    if mode not in WRITING_MODES:
        raise DomainError(_("Kies open of privé schrijven."))
    room = rooms.lock(room)
    phase = _phase(room, phase_key)
    revealed = False if mode == WRITING_PRIVATE else phase.revealed
    if phase.writing_mode == mode and phase.revealed == revealed:
        return phase
    phase.writing_mode, phase.revealed = mode, revealed
    phase.save(update_fields=["writing_mode", "revealed"])
    rooms.publish(room, Change.WRITING_MODE, phase=phase.key, mode=mode)
    return phase


@transaction.atomic
def reveal(room: Room, phase_key: str | None = None) -> int:
    """Shows every waiting note of the phase to everyone at once. Returns how many were shown."""
    room = rooms.lock(room)
    phase = _phase(room, phase_key)
    waiting = Note.objects.filter(room=room, phase=phase.key, private=True)
    authors = set(waiting.values_list("participant_id", flat=True))
    shown = waiting.update(private=False)
    if phase.writing_mode == WRITING_PRIVATE and not phase.revealed:
        phase.revealed = True
        phase.save(update_fields=["revealed"])
    elif not shown:
        return 0
    rooms.publish(room, Change.NOTES_REVEALED, phase=phase.key, count=shown)
    for author in Participant.objects.filter(pk__in=authors - {None}):
        participant_changed(author, OWN_NOTES)
    return shown
