"""Moderation: the facilitator hides and restores notes, corrects a typo, removes a participant
(and lets them back in). Participants edit and delete their own notes while writing is open, and
can take a deletion back for a few seconds (UNDO_SECONDS)."""

from datetime import timedelta

from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..models import Note, Participant, Room, Theme, Vote
from . import rooms, timer
from .errors import NotAllowed, NotFound
from .lookup import in_room
from .notes import clean_text
from .reveal import OWN_NOTES

REMOVED = "removed"  # a participant change kind: close every socket this phone has in the room
UNDO_SECONDS = 10
TOO_LATE = _("Terugzetten kan nu niet meer. Schrijf je idee gerust opnieuw.")
# What a deleted note was, kept UNDO_SECONDS in the cache every process shares (Redis when there
# is one: "throttle", facilitation/settings.py), so "Zet terug" works whichever process answers.
UNDO_CACHE = "throttle"


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
    kept = _keepsake(note, by)
    note.delete()
    rooms.publish(room, Change.NOTE_DELETED, note=pk, phase=phase)
    if private:
        participant_changed(by, OWN_NOTES)
    transaction.on_commit(lambda: caches[UNDO_CACHE].set(_undo_key(room.pk, pk), kept, UNDO_SECONDS + 5))


def _undo_key(room_id: int, note_id: int) -> str:
    return f"undo-note:{room_id}:{note_id}"


def _keepsake(note: Note, by: Participant) -> dict:
    """Everything of a note a restore needs to put it back as it was, its dots included."""
    fields = {
        f.attname: getattr(note, f.attname) for f in Note._meta.concrete_fields if f.attname not in ("room_id", "participant_id")
    }
    votes = list(Vote.objects.filter(note=note).values_list("participant_id", flat=True))
    return {"participant": by.pk, "until": timezone.now() + timedelta(seconds=UNDO_SECONDS), "note": fields, "votes": votes}


@transaction.atomic
def restore_note(room: Room, note_id: int, *, by: Participant) -> Note:
    """Puts one's own note back within UNDO_SECONDS of deleting it: same id, text, phase, theme
    (if it still exists), tags and dots, so nothing is lost and nothing is there twice. A second
    "Zet terug" changes nothing."""
    room = rooms.lock(room)
    existing = Note.objects.filter(pk=note_id, room=room, participant=by).first()
    if existing is not None:  # restored already (a double tap)
        return existing
    key = _undo_key(room.pk, note_id)
    kept = caches[UNDO_CACHE].get(key)
    if not kept or kept["participant"] != by.pk or timezone.now() > kept["until"]:
        raise NotAllowed(TOO_LATE)
    fields = dict(kept["note"])
    if Note.objects.filter(participant=by, client_id=fields["client_id"]).exists():
        raise NotAllowed(TOO_LATE)  # the phone sent the same note again meanwhile: it is there already
    if fields.get("theme_id") and not Theme.objects.filter(pk=fields["theme_id"], room=room).exists():
        fields["theme_id"] = None
    created_at = fields.pop("created_at")
    note = Note(room=room, participant=by, **fields)
    note.save(force_insert=True)
    Note.objects.filter(pk=note.pk).update(created_at=created_at)  # back in its place, not at the end
    note.created_at = created_at
    voters = set(room.participants.filter(pk__in=set(kept["votes"])).values_list("pk", flat=True))
    Vote.objects.bulk_create(Vote(room=room, participant_id=voter, note=note) for voter in kept["votes"] if voter in voters)
    caches[UNDO_CACHE].delete(key)
    rooms.publish(room, Change.NOTE_RESTORED, note=note.pk, phase=note.phase)
    if note.private:
        participant_changed(by, OWN_NOTES)
    return note


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
