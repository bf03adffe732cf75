"""Read side of dot voting, perspectives and the sociale-kwaliteit lens: counts, rankings and
groupings that the board shows. Nothing here writes."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from .audience import Audience
from .models import Condition, Note, Participant, Perspective, Room, Theme

from .services.votes import NOTES, THEMES, remaining, scope

RESULTS_SHOWN = 10


@dataclass
class Ranked:
    kind: str  # "note" or "theme"
    pk: int
    label: str
    count: int
    perspective: str = ""


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


def mark_notes(room: Room, notes) -> None:
    """Gives each note of the vote's phase its dot count (`note.vote_count`)."""
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


def perspective_counts(room: Room) -> list[dict]:
    """Participants in the room per perspective, most first; 'zonder rol' for those who chose none."""
    rows = (
        Participant.objects.filter(room=room, removed_at__isnull=True)
        .values("perspective")
        .annotate(n=Count("id"))
    )
    labels = dict(Perspective.choices)
    found = [{"key": row["perspective"], "label": labels.get(row["perspective"], ""), "count": row["n"]} for row in rows]
    found.sort(key=lambda row: (-row["count"], row["key"] == "", row["key"]))
    return found


def lens_groups(room: Room, notes) -> list[dict]:
    """The visible notes grouped by condition (a note with two tags is in two groups)."""
    if not room.lens_enabled:
        return []
    groups = [{"key": key, "label": label, "notes": []} for key, label in Condition.choices]
    by_key = {group["key"]: group for group in groups}
    for note in notes:
        for tag in note.tags or []:
            if tag in by_key:
                by_key[tag]["notes"].append(note)
    return groups


def lens_groups_of(room: Room, audience: str) -> list[dict]:
    """The grouped view on its own (after a tag changed), without reading the whole board."""
    if not room.lens_enabled:
        return []
    notes = Note.objects.filter(room=room).order_by("created_at", "id")
    if audience != Audience.FACILITATORS:
        notes = notes.filter(hidden=False, private=False)
    return lens_groups(room, [note for note in notes if note.tags])


def board_extras(room: Room, phases, audience: str, viewer: int | None = None) -> dict:
    """What queries.board adds for voting, perspectives and the lens. With `viewer` (a phone's
    own page or connect snapshot) it adds that phone's dots (`my_votes`)."""
    notes = [note for phase in phases for note in phase.notes]
    mark_notes(room, notes)
    participant = Participant.objects.filter(pk=viewer).first() if viewer and room.vote_open else None
    return {
        "my_votes": my_votes(room, participant) if participant else None,
        "show_counts": show_counts(room, audience),
        "vote_results": results(room, audience),
        "vote_themes": vote_themes(room),
        "perspective_counts": perspective_counts(room) if audience == Audience.FACILITATORS else [],
        "lens_groups": lens_groups(room, notes),
    }
