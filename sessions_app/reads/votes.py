"""Dots: the vote's scope and what the board shows of it (counts, rankings, a phone's own dots).
The services import the vote's rules from here (`scope`, `remaining`, the targets)."""

from ..audience import Audience
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from ..models import Note, Participant, Room, Theme, Vote

NOTES = "notes"
THEMES = "themes"
TARGETS = (NOTES, THEMES)
RESULTS_SHOWN = 10


@dataclass
class Ranked:
    kind: str  # "note" or "theme"
    pk: int
    label: str
    count: int
    perspective: str = ""


def scope(room: Room):
    """The dots of the room's current (or last) vote."""
    votes = Vote.objects.filter(room=room)
    if room.vote_target == THEMES:
        return votes.filter(theme__isnull=False, theme__phase=room.vote_phase)
    return votes.filter(note__isnull=False, note__phase=room.vote_phase)


def remaining(room: Room, participant: Participant) -> int:
    return max(0, room.vote_budget - scope(room).filter(participant=participant).count())


def votable(room: Room, note: Note) -> bool:
    """The note is an item of the room's current (or last) vote: it shows its dots, and takes new
    ones while the vote is open."""
    return bool(
        room.vote_phase and room.vote_target == NOTES and note.phase == room.vote_phase
        and not note.private and not note.hidden
    )


def show_counts(room: Room, audience: str) -> bool:
    """Facilitators always see the counts; participants live only if the facilitator chose so,
    and everyone once the vote is closed."""
    return audience == Audience.FACILITATORS or room.vote_counts_visible or not room.vote_open


def counts(room: Room) -> dict[tuple[str, int], int]:
    """Dots per item in the room's current (or last) vote."""
    field = "theme_id" if room.vote_target == THEMES else "note_id"
    kind = "theme" if room.vote_target == THEMES else "note"
    rows = scope(room).values(field).annotate(n=Count("id"))
    return {(kind, row[field]): row["n"] for row in rows}


def count_of(room: Room, kind: str, pk: int) -> int:
    return scope(room).filter(**{f"{kind}_id": pk}).count()


def dot_tally(room: Room) -> dict:
    """Dots per note and per theme of the room over all its votes, in one query (not one per item)."""
    rows = Vote.objects.filter(room=room).values("note_id", "theme_id").annotate(dots=Count("id"))
    tally = {}
    for row in rows:
        key = ("note", row["note_id"]) if row["note_id"] else ("theme", row["theme_id"])
        tally[key] = tally.get(key, 0) + row["dots"]
    return tally


def results(room: Room, audience: str, limit: int = RESULTS_SHOWN) -> list[Ranked]:
    """The vote's items with dots, most dots first (ties: the earliest item first). Hidden and
    unrevealed notes are left out for participants."""
    tally = counts(room)
    if not tally:
        return []
    if room.vote_target == THEMES:
        items = Theme.objects.filter(pk__in=[pk for _kind, pk in tally])
        ranked = [Ranked("theme", t.pk, t.title, tally[("theme", t.pk)]) for t in items]
    else:
        items = Note.objects.filter(pk__in=[pk for _kind, pk in tally])
        if audience != Audience.FACILITATORS:
            items = items.filter(hidden=False, private=False)
        ranked = [Ranked("note", n.pk, n.text, tally[("note", n.pk)], n.perspective) for n in items]
    ranked.sort(key=lambda item: (-item.count, item.pk))
    return ranked[:limit]


def vote_themes(room: Room) -> list[Theme]:
    """The themes one can put dots on while a vote on themes is open."""
    if not room.vote_open or room.vote_target != THEMES:
        return []
    tally = counts(room)
    themes = list(Theme.objects.filter(room=room, phase=room.vote_phase).order_by("position", "id"))
    for theme in themes:
        theme.vote_count = tally.get(("theme", theme.pk), 0)
    return themes


def mark_votable(room: Room, notes) -> None:
    """Flags each note that takes part in the vote (`note.votable`): partials/note_vote.html
    shows its dots and its button by this flag."""
    for note in notes:
        note.votable = votable(room, note)


def mark_notes(room: Room, notes) -> None:
    """Flags each note that takes part in the vote, and gives each note of the vote's phase its
    dot count (`note.vote_count`)."""
    mark_votable(room, notes)
    if room.vote_target != NOTES or not room.vote_phase:
        return
    tally = counts(room)
    for note in notes:
        note.vote_count = tally.get(("note", note.pk), 0)


def my_votes(room: Room, participant: Participant) -> dict:
    """One phone's own view of the vote: dots left, and where its dots are."""
    mine = scope(room).filter(participant=participant)
    field = "theme_id" if room.vote_target == THEMES else "note_id"
    per_item = Counter(mine.values_list(field, flat=True))
    model = Theme if room.vote_target == THEMES else Note
    found = model.objects.filter(pk__in=per_item)
    if model is Note:  # hidden after the dots went on it: gone from this phone's list too
        found = found.filter(hidden=False)
        per_item = {pk: n for pk, n in per_item.items() if pk in {note.pk for note in found}}
    labels = {obj.pk: (obj.title if model is Theme else obj.text) for obj in found}
    kind = "theme" if model is Theme else "note"
    items = [{"kind": kind, "pk": pk, "label": labels.get(pk, ""), "count": n} for pk, n in per_item.items()]
    items.sort(key=lambda item: item["pk"])
    return {"vote_open": room.vote_open, "remaining": remaining(room, participant), "items": items}


def board_votes(room: Room, notes, audience: str, viewer: int | None = None) -> dict:
    """What a board shows of the vote: the dots on its notes (`note.vote_count`), the results,
    the themes to vote on; with `viewer` (a phone's own page or connect snapshot) that phone's dots."""
    mark_notes(room, notes)
    participant = Participant.objects.filter(pk=viewer).first() if viewer and room.vote_open else None
    return {
        "my_votes": my_votes(room, participant) if participant else None,
        "show_counts": show_counts(room, audience),
        "vote_results": results(room, audience),
        "vote_themes": vote_themes(room),
    }
