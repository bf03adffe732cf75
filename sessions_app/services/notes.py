"""Writing notes on the board.

A note costs the database two statements in one transaction (three over HTTP, which counts the
last minute's notes): one UPDATE that takes the room's row lock, gives the change the room's next
version and returns what the checks need (rooms.begin_change), and one INSERT that does nothing
when the phone sent this note before. Notes that wait for the same room are written together
(`add_notes`, group commit: realtime/group_commit.py): still two statements, one version, one frame."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..methods import WRITING_PRIVATE
from ..models import Note, Participant, Room, RoomPhase
from . import fields, rooms, timer
from .errors import DomainError, NotAllowed, NotFound
from .reveal import OWN_NOTES

CLIENT_ID_MAX_LENGTH = 64
TOO_FAST = _("Je schrijft heel snel. Wacht even en stuur het dan opnieuw.")
NOT_IN_ROOM = _("Doe eerst mee met de code of de link.")


def clean_text(text: str, client_id: str = "") -> str:
    empty = _("Je briefje is nog leeg. Schrijf eerst iets op.")
    return fields.required(text, settings.NOTE_MAX_LENGTH, empty, multiline=True, client_id=client_id)


def clean_client_id(client_id: str, missing=_("Dit briefje mist een kenmerk. Laad de pagina opnieuw.")) -> str:
    client_id = (client_id or "").strip()
    # Printable only: a NUL or a lone surrogate cannot be stored (PostgreSQL refuses, SQLite errors).
    if not client_id or len(client_id) > CLIENT_ID_MAX_LENGTH or not client_id.isprintable():
        raise DomainError(missing)
    return client_id


def sent_before(model, participant: Participant, client_id: str):
    """What this phone stored under `client_id` before (the same thing sent again), or None."""
    return model.objects.filter(participant=participant, client_id=client_id).first()


def phase_accepts_notes(room: Room, phase: str, now) -> bool:
    """A note lands in the phase it was written for: the current one, or the one just before it
    when the facilitator moved on while the phone was still typing (within the grace period)."""
    if phase == room.phase:
        return True
    grace = timedelta(seconds=settings.NOTE_PHASE_GRACE_SECONDS)
    return phase == room.previous_phase and room.phase_changed_at is not None and now - room.phase_changed_at <= grace


class MinuteBudget:
    """NOTES_PER_MINUTE, counted in the database: for HTTP posting. A socket brings its own
    budget (realtime/limits.NoteBudget), which costs no query."""

    def __init__(self, participant: Participant):
        self.participant = participant

    def allows(self, now) -> bool:
        recent = Note.objects.filter(participant=self.participant, created_at__gte=now - timedelta(minutes=1)).count()
        return recent < settings.NOTES_PER_MINUTE

    def spend(self) -> None:
        pass  # the stored note itself is what the next count sees


@dataclass
class Draft:
    """A note as a phone sent it, before it is stored."""

    participant: Participant
    phase: str
    text: str
    client_id: str
    budget: object = None  # allows(now) -> bool, spend(); MinuteBudget(participant) when None

    def __post_init__(self):
        self.budget = self.budget or MinuteBudget(self.participant)

    @property
    def key(self) -> tuple:
        return (self.participant.pk, self.client_id)


Result = tuple[Note, bool] | DomainError  # (note, created) or the refusal


def add_note(room: Room, participant: Participant, *, phase: str, text: str, client_id: str, budget=None) -> tuple[Note, bool]:
    """Stores a note once per (participant, client_id). Returns (note, created); a resend of a
    stored note returns that note and changes nothing."""
    (result,) = add_notes(room.pk, [Draft(participant, phase, text, client_id, budget)])
    if isinstance(result, DomainError):
        raise result
    return result


def add_notes(room_id: int, drafts: list[Draft]) -> list[Result]:
    """Stores the notes of one room in one transaction under one new version, announced as one
    change; returns a result per draft, in order. A refusal never hits a note that is already
    stored (a resend gets its note back, even after writing closed), and the same note twice in
    one batch is stored once."""
    results: dict[int, Result] = {}
    first_of: dict[tuple, int] = {}  # (participant, client_id) -> the index of its first copy
    fresh: dict[int, Draft] = {}
    for index, draft in enumerate(drafts):
        try:
            draft.client_id = clean_client_id(draft.client_id)
            if draft.key in first_of:
                continue  # answered like its first copy, below
            first_of[draft.key] = index
            draft.text = clean_text(draft.text, draft.client_id)
            fresh[index] = draft
        except DomainError as refusal:
            results[index] = refusal
    if fresh:
        results.update(_store(room_id, fresh))
    _give_back_stored({index: drafts[index] for index in first_of.values()}, results)
    return [results[index] if index in results else _again(results[first_of[draft.key]]) for index, draft in enumerate(drafts)]


def _again(result: Result) -> Result:
    return (result[0], False) if isinstance(result, tuple) else result


class _NothingNew(Exception):
    """Every note was refused or already stored: the version must not move, so roll back."""


def _store(room_id: int, drafts: dict[int, Draft]) -> dict[int, Result]:
    results: dict[int, Result] = {}
    room, new = None, {}
    try:
        with transaction.atomic():
            room = _begin(room_id, authors={draft.participant.pk for draft in drafts.values()})
            now = timezone.now()
            for index, draft in drafts.items():
                refusal = _refusal(room, draft, now)
                if refusal:
                    results[index] = refusal
                else:
                    new[index] = _note(room, draft)
            stored = _insert_new(list(new.values()))
            if not stored:
                raise _NothingNew
            for index, note in new.items():
                results[index] = (note, True) if note.pk is not None else (None, False)  # None: looked up below
            _announce(room, stored)
    except _NothingNew:
        for index in new:
            results[index] = (None, False)
    for index, draft in drafts.items():
        if isinstance(results[index], tuple) and results[index][1]:
            draft.budget.spend()
    if room is not None:
        timer.expire_if_due(room)  # the time ran out with nobody pressing anything: close writing now
    return results


def _begin(room_id: int, authors: set[int]) -> Room:
    """What rooms.lock and rooms.publish do, in one statement: takes the room's row lock, gives
    the change the room's next version, and returns the room with what the checks need: whether
    a note written now in the current (or previous) phase is private, and which of `authors` are
    still in the room (not removed, not gone)."""
    quote = connection.ops.quote_name
    room_table, people = quote(Room._meta.db_table), quote(Participant._meta.db_table)

    def private_in(phase_column: str) -> str:
        return (
            f"(SELECT {quote('writing_mode')} = %s AND NOT {quote('revealed')} FROM {quote(RoomPhase._meta.db_table)} "
            f"WHERE {quote('room_id')} = {room_table}.{quote('id')} AND {quote('key')} = {room_table}.{quote(phase_column)})"
        )

    sql = (
        f"UPDATE {room_table} SET {quote('version')} = {quote('version')} + 1, {quote('last_activity_at')} = %s "
        f"WHERE {quote('id')} = %s RETURNING *, "
        f"{private_in('phase')} AS current_private, {private_in('previous_phase')} AS previous_private, "
        f"(SELECT COUNT(*) FROM {people} WHERE {quote('room_id')} = {room_table}.{quote('id')} "
        f"AND {quote('removed_at')} IS NULL AND {quote('id')} IN ({', '.join(['%s'] * len(authors))})) AS authors_present"
    )
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    rows = list(Room.objects.raw(sql, [now, room_id, WRITING_PRIVATE, WRITING_PRIVATE, *authors]))
    if not rows:
        raise NotFound(_("Deze deelsessie bestaat niet meer."))
    room = rows[0]
    room.authors = set(authors)
    if room.authors_present < len(authors):  # rare: someone was removed or left meanwhile
        room.authors = set(
            Participant.objects.filter(room_id=room_id, removed_at__isnull=True, pk__in=authors).values_list("pk", flat=True)
        )
    return room


def _refusal(room: Room, draft: Draft, now) -> DomainError | None:
    """Why this note may not land now, checked under the room's lock; None when it may."""
    if draft.participant.pk not in room.authors:
        return NotAllowed(NOT_IN_ROOM)  # removed by the facilitator, or left the room
    if timer.blocks_writing(room, now):
        return NotAllowed(timer.TIME_IS_UP, draft.client_id)
    if not room.writing_open or room.closed_at:
        return NotAllowed(_("Schrijven is nu even dicht. Luister mee."), draft.client_id)
    if not phase_accepts_notes(room, draft.phase or room.phase, now):
        return NotAllowed(_("Deze fase is voorbij. Schrijf je idee bij de fase van nu."), draft.client_id)
    if not draft.budget.allows(now):
        return NotAllowed(TOO_FAST, draft.client_id)
    return None


def _note(room: Room, draft: Draft) -> Note:
    phase = draft.phase or room.phase
    private = room.current_private if phase == room.phase else room.previous_private
    note = Note(
        room=room, participant=draft.participant, phase=phase, text=draft.text, client_id=draft.client_id,
        perspective=draft.participant.perspective, private=bool(private),
    )
    return note


def _insert_new(notes: list[Note]) -> list[Note]:
    """One INSERT for all notes; a note whose (participant, client_id) is already stored is
    skipped by the database. Returns the notes stored now, with their ids."""
    if not notes:
        return []
    quote = connection.ops.quote_name
    fields = [f for f in Note._meta.concrete_fields if not f.primary_key]
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    sql = (
        f"INSERT INTO {quote(Note._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES {', '.join([row] * len(notes))} "
        f"ON CONFLICT ({quote('participant_id')}, {quote('client_id')}) DO NOTHING "
        f"RETURNING {quote('id')}, {quote('participant_id')}, {quote('client_id')}"
    )
    params = [f.get_db_prep_save(f.pre_save(note, True), connection) for note in notes for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = {(participant_id, client_id): pk for pk, participant_id, client_id in cursor.fetchall()}
    stored = []
    for note in notes:
        if (note.participant_id, note.client_id) in ids:
            note.pk = ids.pop((note.participant_id, note.client_id))
            note._state.adding, note._state.db = False, connection.alias
            stored.append(note)
    return stored


def _announce(room: Room, stored: list[Note]) -> None:
    rooms.announce(room, Change.NOTE_ADDED, note=stored[0].pk, notes=stored)
    for author in {note.participant for note in stored if note.private}:
        # Only its author's phone shows a private note until the reveal: tell that phone alone.
        participant_changed(author, OWN_NOTES)


def _give_back_stored(drafts: dict[int, Draft], results: dict[int, Result]) -> None:
    """A resend gets its stored note: also when it would be refused now (writing closed since,
    its text no longer fits), and when the database skipped it as already stored."""
    asked = {
        index: draft for index, draft in drafts.items()
        if isinstance(results[index], DomainError) or results[index][0] is None
    }
    if not asked:
        return
    wanted = Q()
    for draft in asked.values():
        wanted |= Q(participant_id=draft.participant.pk, client_id=draft.client_id)
    found = {(note.participant_id, note.client_id): note for note in Note.objects.filter(wanted)}
    for index, draft in asked.items():
        note = found.get(draft.key)
        if note is not None:
            note.participant = draft.participant
            results[index] = (note, False)
        elif not isinstance(results[index], DomainError):
            results[index] = DomainError(_("Dat lukte niet. Probeer het opnieuw."), draft.client_id)
