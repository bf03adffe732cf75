"""Moderation: the facilitator hides and restores notes, corrects a typo, removes a participant
(and lets them back in). Participants edit and delete their own notes while writing is open."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..models import Note, Participant, Room
from . import rooms, timer
from .errors import NotAllowed, NotFound
from .lookup import in_room
from .notes import clean_text
from .reveal import OWN_NOTES

REMOVED = "removed"  # a participant change kind: close every socket this phone has in the room


def _participant(room: Room, participant_id: int) -> Participant:
    participant = Participant.objects.filter(pk=participant_id, room=room).first()
    if participant is None:
        raise NotFound(_("Die deelnemer is niet in deze ruimte."))
    return participant


def _check_own_while_open(room: Room, note: Note, participant: Participant) -> None:
    if note.participant_id != participant.pk:
        raise NotAllowed(_("Je kunt alleen je eigen briefjes aanpassen."))
    if note.hidden:
        raise NotAllowed(_("De gespreksleider heeft dit briefje verborgen."))
    if not room.writing_open or room.closed_at or timer.blocks_writing(room):
        raise NotAllowed(_("Schrijven is nu even dicht. Je kunt je briefje niet meer aanpassen."))
    if note.phase != room.phase:
        raise NotAllowed(_("Deze fase is voorbij. Je kunt dit briefje niet meer aanpassen."))


@transaction.atomic
def set_hidden(room: Room, note_id: int, hidden: bool) -> Note:
    room = rooms.lock(room)
    note = in_room(Note, room, note_id, lock=True)
    if note.hidden == hidden:
        return note
    note.hidden = hidden
    note.save(update_fields=["hidden"])
    rooms.publish(room, Change.NOTE_HIDDEN if hidden else Change.NOTE_SHOWN, note=note.pk, phase=note.phase)
    return note


@transaction.atomic
def edit_note(room: Room, note_id: int, text: str, *, by: Participant | None = None) -> Note:
    """`by` is the participant editing their own note; None means the facilitator. Either way
    the note then shows that it was edited."""
    room = rooms.lock(room)
    note = in_room(Note, room, note_id, lock=True)
    if by is not None:
        _check_own_while_open(room, note, by)
    text = clean_text(text)
    if text == note.text:
        return note
    note.text, note.edited_at = text, timezone.now()
    note.save(update_fields=["text", "edited_at"])
    rooms.publish(room, Change.NOTE_EDITED, note=note.pk, phase=note.phase)
    if note.private and note.participant_id:
        participant_changed(note.participant, OWN_NOTES)  # the author sees their own unrevealed note
    return note


@transaction.atomic
def delete_note(room: Room, note_id: int, *, by: Participant) -> None:
    room = rooms.lock(room)
    note = in_room(Note, room, note_id, lock=True)
    _check_own_while_open(room, note, by)
    phase, pk, private = note.phase, note.pk, note.private
    note.delete()
    rooms.publish(room, Change.NOTE_DELETED, note=pk, phase=phase)
    if private:
        participant_changed(by, OWN_NOTES)


@transaction.atomic
def remove_participant(room: Room, participant_id: int) -> Participant:
    """Their sockets close with a message; the same phone cannot join this room again until the
    facilitator lets it back in. Their notes stay (hide them one by one if needed)."""
    room = rooms.lock(room)
    participant = _participant(room, participant_id)
    if participant.removed_at:
        return participant
    participant.removed_at, participant.ready, participant.last_seen_at = timezone.now(), False, None
    participant.save(update_fields=["removed_at", "ready", "last_seen_at"])
    rooms.publish(room, Change.PARTICIPANT_REMOVED, participant=participant.pk)
    participant_changed(participant, REMOVED)
    return participant


@transaction.atomic
def readmit_participant(room: Room, participant_id: int) -> Participant:
    room = rooms.lock(room)
    participant = _participant(room, participant_id)
    if not participant.removed_at:
        return participant
    participant.removed_at = None
    participant.save(update_fields=["removed_at"])
    rooms.publish(room, Change.PARTICIPANT_READMITTED, participant=participant.pk)
    return participant
