"""Writing notes on the board."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import participant_changed
from ..methods import WRITING_PRIVATE
from ..models import Note, Participant, Room
from .. import text as typed
from . import rooms, timer
from .errors import DomainError, NotAllowed
from .reveal import OWN_NOTES

CLIENT_ID_MAX_LENGTH = 64


def clean_text(text: str, client_id: str = "") -> str:
    text = typed.clean(text, multiline=True)
    if not text:
        raise DomainError(_("Je briefje is nog leeg. Schrijf eerst iets op."), client_id)
    if len(text) > settings.NOTE_MAX_LENGTH:
        raise DomainError(
            _("Dat is iets te lang. Maak het korter (max. %(max)s tekens).") % {"max": settings.NOTE_MAX_LENGTH},
            client_id,
        )
    return text


def clean_client_id(client_id: str) -> str:
    client_id = (client_id or "").strip()
    # Printable only: a NUL or a lone surrogate cannot be stored (PostgreSQL refuses, SQLite errors).
    if not client_id or len(client_id) > CLIENT_ID_MAX_LENGTH or not client_id.isprintable():
        raise DomainError(_("Dit briefje mist een kenmerk. Laad de pagina opnieuw."))
    return client_id


def phase_accepts_notes(room: Room, phase: str, now) -> bool:
    """A note lands in the phase it was written for: the current one, or the one just before it
    when the facilitator moved on while the phone was still typing (within the grace period)."""
    if phase == room.phase:
        return True
    grace = timedelta(seconds=settings.NOTE_PHASE_GRACE_SECONDS)
    return phase == room.previous_phase and room.phase_changed_at is not None and now - room.phase_changed_at <= grace


def add_note(room: Room, participant: Participant, *, phase: str, text: str, client_id: str) -> tuple[Note, bool]:
    """Stores a note once per (participant, client_id). Returns (note, created); a resend of a
    stored note returns that note and changes nothing."""
    client_id = clean_client_id(client_id)
    stored = Note.objects.filter(participant=participant, client_id=client_id).first()
    if stored:
        return stored, False
    text = clean_text(text, client_id)
    timer.expire_if_due(room)  # the time may be up with nobody having pressed anything (toolkit: timer)
    return _store(room, participant, phase or room.phase, text, client_id)


@transaction.atomic
def _store(room, participant, phase, text, client_id) -> tuple[Note, bool]:
    room = rooms.lock(room)
    # Checked again under the lock: a resend may have raced the first send.
    stored = Note.objects.filter(participant=participant, client_id=client_id).first()
    if stored:
        return stored, False
    now = timezone.now()
    if timer.blocks_writing(room, now):
        raise NotAllowed(timer.TIME_IS_UP, client_id)
    if not room.writing_open or room.closed_at:
        raise NotAllowed(_("Schrijven is nu even dicht. Luister mee."), client_id)
    if not phase_accepts_notes(room, phase, now):
        raise NotAllowed(_("Deze fase is voorbij. Schrijf je idee bij de fase van nu."), client_id)
    _check_rate(participant, now, client_id)
    room_phase = room.phases.get(key=phase)
    note = Note.objects.create(
        room=room,
        participant=participant,
        phase=phase,
        text=text,
        client_id=client_id,
        perspective=participant.perspective,
        private=room_phase.writing_mode == WRITING_PRIVATE and not room_phase.revealed,
    )
    rooms.publish(room, "note.added", note=note.pk)
    if note.private:  # only its author's phone shows it until the reveal: tell that phone alone
        participant_changed(participant, OWN_NOTES)
    return note, True


def _check_rate(participant: Participant, now, client_id: str) -> None:
    recent = Note.objects.filter(participant=participant, created_at__gte=now - timedelta(minutes=1)).count()
    if recent >= settings.NOTES_PER_MINUTE:
        raise NotAllowed(_("Je schrijft heel snel. Wacht even en stuur het dan opnieuw."), client_id)
