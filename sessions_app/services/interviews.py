"""The waarderend interview in tweetallen.

The facilitator starts the interviews: the phones in the room are put in pairs (one trio when
the number is odd; services/pairing.py), each phone sees its partner and the guide, and the one
who asks writes down what they hear as a *story*: a Note of kind "story" about the partner,
carrying the partner's perspective. The partner sees it and may correct it. "Wissel" moves the
turn on (who tells, who asks) and restarts the timer; stop ends the pairs. The stories stay on
the board like any note (themes, dots, verslag)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..models import Note, NoteKind, Participant, Room
from .. import text as typed
# Who is whose partner is a read (the screens need it too); the stories below are written about it.
from ..reads.interviews import ASKS, LISTENS, TELLS, guide, seats  # noqa: F401
from . import fields, pairing, rooms, timer
from .errors import DomainError, NotAllowed
from .notes import NOT_IN_ROOM, TOO_FAST, MinuteBudget, clean_client_id, sent_before
from ..reads.participants import timeout

INTERVIEW = "interview"  # a participant change kind: this phone's interview panel changed
STORY_MAX_LENGTH = 600  # a story is longer than a note: it retells what someone said
GUIDE_MAX_QUESTIONS = 4
QUESTION_MAX_LENGTH = 200
NO_PARTNER = _("Je hebt nu geen partner. Wacht tot de gespreksleider de tweetallen maakt.")



def clean_guide(raw: str) -> str:
    lines = [typed.clean(line) for line in (raw or "").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise DomainError(_("Schrijf minstens één vraag voor het interview."))
    if len(lines) > GUIDE_MAX_QUESTIONS:
        raise DomainError(_("Kies hoogstens %(max)s vragen.") % {"max": GUIDE_MAX_QUESTIONS})
    if any(len(line) > QUESTION_MAX_LENGTH for line in lines):
        raise DomainError(_("Een vraag is te lang. Maak hem korter (max. %(max)s tekens).") % {"max": QUESTION_MAX_LENGTH})
    return "\n".join(lines)


# --- the facilitator steers

def _in_room(room: Room):
    return Participant.objects.filter(room=room, removed_at__isnull=True).order_by("joined_at", "id")


def _phones_to_pair(room: Room) -> list[Participant]:
    """The phones connected now; when fewer than two are (a room run from one shared screen,
    or tests without sockets), everybody who joined."""
    everybody = list(_in_room(room))
    since = timezone.now() - timeout()
    connected = [person for person in everybody if person.last_seen_at and person.last_seen_at >= since]
    return connected if len(connected) >= 2 else everybody


@transaction.atomic
def start(room: Room, guide_text: str | None = None) -> Room:
    """Makes the pairs (again: a second start pairs everyone anew, newcomers too) and starts the
    first turn's timer."""
    cleaned = clean_guide(guide_text) if guide_text is not None and guide_text.strip() else None
    room = rooms.lock(room)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."))
    made = pairing.groups(_phones_to_pair(room))
    if not made:
        raise DomainError(_("Er zijn nog te weinig deelnemers voor tweetallen. Je hebt er minstens twee nodig."))
    was_paired = set(_in_room(room).filter(interview_group__isnull=False).values_list("pk", flat=True))
    _in_room(room).update(interview_group=None, interview_seat=None)
    for number, group in enumerate(made, start=1):
        for seat, person in enumerate(group):
            Participant.objects.filter(pk=person.pk).update(interview_group=number, interview_seat=seat)
    fields = ["interviews_running", "interview_turn"]
    room.interviews_running, room.interview_turn = True, 0
    if cleaned is not None:
        room.interview_guide = cleaned
        fields.append("interview_guide")
    room.save(update_fields=fields)
    rooms.publish(room, Change.INTERVIEWS_SET, running=True)
    _tell(room, was_paired | {person.pk for group in made for person in group})
    return timer.start(room, room.method_definition.turn_minutes * 60)


@transaction.atomic
def swap(room: Room) -> Room:
    """"Wissel": who told now asks, and the timer starts again for the next turn."""
    room = rooms.lock(room)
    if not room.interviews_running:
        raise DomainError(_("Er lopen nu geen interviews. Start ze eerst."))
    room.interview_turn += 1
    room.save(update_fields=["interview_turn"])
    rooms.publish(room, Change.INTERVIEWS_SET, running=True, turn=room.interview_turn)
    _tell(room, set(_in_room(room).filter(interview_group__isnull=False).values_list("pk", flat=True)))
    return timer.start(room, room.method_definition.turn_minutes * 60)


@transaction.atomic
def stop(room: Room) -> Room:
    """The pairs end; the stories stay on the board."""
    room = rooms.lock(room)
    if not room.interviews_running:
        return room
    paired = set(Participant.objects.filter(room=room, interview_group__isnull=False).values_list("pk", flat=True))
    Participant.objects.filter(room=room).update(interview_group=None, interview_seat=None)
    room.interviews_running = False
    room.save(update_fields=["interviews_running"])
    rooms.publish(room, Change.INTERVIEWS_SET, running=False)
    _tell(room, paired)
    return room


def _tell(room: Room, participant_ids: set[int]) -> None:
    """Each phone's own interview panel (its partner, its role) changed."""
    for pk in sorted(participant_ids):
        participant_changed(Participant(pk=pk, room_id=room.pk), INTERVIEW)


# --- stories

def _clean_story(raw: str, client_id: str) -> str:
    empty = _("Je verhaal is nog leeg. Schrijf eerst op wat je hoorde.")
    return fields.required(raw, STORY_MAX_LENGTH, empty, multiline=True, client_id=client_id)


@transaction.atomic
def add_story(room: Room, participant: Participant, *, text: str, client_id: str) -> tuple[Note, bool]:
    """Stores what `participant` heard from their current partner, once per client_id (a resend
    returns the stored story and changes nothing). Returns (story, created)."""
    client_id = clean_client_id(client_id)
    stored = sent_before(Note, participant, client_id)
    if stored is not None:
        return stored, False
    story = _clean_story(text, client_id)
    room = rooms.lock(room)
    participant = Participant.objects.filter(pk=participant.pk, room=room, removed_at__isnull=True).first()
    if participant is None:
        raise NotAllowed(NOT_IN_ROOM, client_id)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."), client_id)
    partner = seats(room, participant)["partner"]
    if partner is None:
        raise NotAllowed(NO_PARTNER, client_id)
    now = timezone.now()
    if not MinuteBudget(participant).allows(now):
        raise NotAllowed(TOO_FAST, client_id)
    note = Note.objects.create(
        room=room, participant=participant, phase=room.phase, text=story, client_id=client_id,
        kind=NoteKind.STORY, about=partner, about_perspective=partner.perspective, perspective=partner.perspective,
    )
    rooms.publish(room, Change.NOTE_ADDED, note=note.pk, notes=[note])
    _tell(room, {participant.pk, partner.pk})
    return note, True


@transaction.atomic
def correct_story(room: Room, participant: Participant, note_id: int, text: str) -> Note:
    """The partner a story is about puts it in their own words."""
    room = rooms.lock(room)
    note = Note.objects.filter(pk=note_id, room=room, kind=NoteKind.STORY).first()
    if note is None:
        raise DomainError(_("Dit verhaal bestaat niet meer."))
    if note.about_id != participant.pk:
        raise NotAllowed(_("Alleen wie het verhaal vertelde, kan het verbeteren."))
    story = _clean_story(text, "")
    if story == note.text:
        return note
    note.text, note.corrected_at = story, timezone.now()
    note.edited_at = note.corrected_at
    note.save(update_fields=["text", "corrected_at", "edited_at"])
    rooms.publish(room, Change.NOTE_EDITED, note=note.pk, phase=note.phase)
    _tell(room, {pk for pk in (note.participant_id, note.about_id) if pk})
    return note
