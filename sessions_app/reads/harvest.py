"""What each room brings to the plenary board: the facilitator's own picks first, then what the
room itself rated highest, and its actions. So a room that worked never shows "Nog geen
hoogtepunten" only because nobody picked highlights by hand.

What the room rated highest: its themes with the most dots; without dots on themes, its notes
with the most dots; without any vote, its biggest themes (most notes). Only what everybody in
the room may see leaves the room (reads/audience.py)."""

from dataclasses import dataclass

from django.db.models import Count

from ..models import Action, Event, Note, Room, Theme
from .audience import SHOWN

PICKS_SHOWN = 3  # themes, or notes, per room: the picks by hand, topped up to this many
ACTIONS_SHOWN = 5
KINDS = {"note": Note, "theme": Theme, "action": Action}


@dataclass
class Harvest:
    room: Room
    notes: list
    themes: list
    actions: list

    @property
    def empty(self) -> bool:
        return not (self.notes or self.themes or self.actions)


def _themes(room: Room):
    return Theme.objects.filter(room=room).annotate(dots=Count("votes", distinct=True), size=Count("notes", distinct=True))


def _notes(room: Room):
    return Note.objects.filter(room=room, **SHOWN["note"]).annotate(dots=Count("votes", distinct=True))


def _top_up(picked: list, candidates, room_for: int) -> list:
    taken = {item.pk for item in picked}
    extra = [item for item in candidates if item.pk not in taken][: max(0, room_for - len(picked))]
    for item in extra:
        item.picked = False
    return picked + extra


def _rated(room: Room) -> tuple[list, list]:
    """(themes, notes) the room rated highest, best first; ties keep the board's own order."""
    themes = list(_themes(room).filter(dots__gt=0).order_by("-dots", "position", "id")[:PICKS_SHOWN * 2])
    if themes:
        return themes, []
    notes = list(_notes(room).filter(dots__gt=0).order_by("-dots", "id")[:PICKS_SHOWN * 2])
    if notes:
        return [], notes
    return list(_themes(room).filter(size__gt=0).order_by("-size", "position", "id")[:PICKS_SHOWN * 2]), []


def harvest(room: Room) -> Harvest:
    themes = list(_themes(room).filter(highlighted=True).order_by("position", "id"))
    notes = list(_notes(room).filter(highlighted=True).select_related("participant").order_by("id"))
    actions = list(Action.objects.filter(room=room, highlighted=True).order_by("position", "id"))
    for item in (*themes, *notes, *actions):
        item.picked = True
    rated_themes, rated_notes = _rated(room)
    others = Action.objects.filter(room=room, highlighted=False).order_by("position", "id")[:ACTIONS_SHOWN]
    return Harvest(
        room=room,
        themes=_top_up(themes, rated_themes, PICKS_SHOWN),
        notes=_top_up(notes, rated_notes, PICKS_SHOWN),
        actions=_top_up(actions, others, ACTIONS_SHOWN),
    )


def on_the_board(kind: str, item) -> bool:
    """Shown on the plenary board right now: picked by hand, or among the room's top-rated."""
    if item.highlighted:
        return True
    found = harvest(item.room)
    return item.pk in {other.pk for other in getattr(found, f"{kind}s")}


def spotlight(event: Event):
    model = KINDS.get(event.spotlight_kind)
    if model is None or not event.spotlight_id:
        return None
    item = model.objects.filter(
        pk=event.spotlight_id, room__event=event, **SHOWN.get(event.spotlight_kind, {})
    ).select_related("room").first()
    return item if item is not None and on_the_board(event.spotlight_kind, item) else None



def boards(room_ids) -> list[dict]:
    """The plenary section of each of these rooms that belongs to an event, with the event's
    spotlight (what realtime/overview.py renders when a room's harvest changed)."""
    sections, spotlights = [], {}
    for room in Room.objects.filter(pk__in=list(room_ids), event__isnull=False).select_related("event", "round").order_by("pk"):
        if room.event_id not in spotlights:
            spotlights[room.event_id] = spotlight(room.event)
        sections.append({
            "event_id": room.event_id, "harvest": harvest(room),
            "spotlight": spotlights[room.event_id], "spotlight_kind": room.event.spotlight_kind,
        })
    return sections
