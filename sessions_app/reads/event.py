"""An event:  the room list a phone chooses from, the organiser's overview, the plenary
harvest. Counts are aggregated per query over all rooms, never one query per note."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from ..methods import DEFAULT_METHOD, METHODS
from ..models import Action, Event, Note, Participant, Room, Theme
from .audience import SHOWN
from .participants import connected_since


def current_rooms(event: Event):
    """The rooms people are in now: those of the current round (all rooms if there are no rounds)."""
    queryset = Room.objects.filter(event=event).select_related("event", "round")
    if event.current_round_id:
        queryset = queryset.filter(round_id=event.current_round_id)
    return queryset.order_by("position", "id")


def limit_of(room: Room) -> int:
    return min(filter(None, [room.capacity, settings.ROOM_MAX_PARTICIPANTS]))


def _joined_counts(room_ids) -> dict[int, dict]:
    since = connected_since()  # "connected" as the room's own counts have it
    rows = (
        Participant.objects.filter(room_id__in=room_ids, removed_at__isnull=True)
        .values("room_id")
        .annotate(
            total=Count("id"),
            ready=Count("id", filter=Q(ready=True)),
            connected=Count("id", filter=Q(last_seen_at__gte=since)),
        )
    )
    return {row["room_id"]: row for row in rows}


@dataclass
class Choice:
    room: Room
    joined: int
    limit: int

    @property
    def full(self) -> bool:
        return self.joined >= self.limit

    @property
    def closed(self) -> bool:
        """The facilitator closed the room to newcomers."""
        return not self.room.joining_open

    @property
    def places_left(self) -> int | None:
        return max(0, self.limit - self.joined) if self.room.capacity else None


def choices(event: Event) -> list[Choice]:
    room_list = list(current_rooms(event).filter(closed_at__isnull=True))
    counts = _joined_counts([room.pk for room in room_list])
    return [Choice(room, counts.get(room.pk, {}).get("total", 0), limit_of(room)) for room in room_list]


@dataclass
class PhaseCount:
    key: str
    title: object  # a lazy translation: rows are read once and rendered in every language
    notes: int
    is_current: bool


@dataclass
class RoomRow:
    room: Room
    phase_title: object
    participants: int
    connected: int
    ready: int
    notes: int
    phases: list[PhaseCount] = field(default_factory=list)

    @property
    def timer_ends_at(self):
        ends = self.room.timer_ends_at
        return ends if ends and ends > timezone.now() else None


def overview_rows(rooms: list[Room]) -> list[RoomRow]:
    """One row per room: phase, writing, timer, people, notes per phase, ready, last activity."""
    room_ids = [room.pk for room in rooms]
    people = _joined_counts(room_ids)
    notes = {}
    for row in Note.objects.filter(room_id__in=room_ids).values("room_id", "phase").annotate(n=Count("id")):
        notes.setdefault(row["room_id"], {})[row["phase"]] = row["n"]
    rows = []
    for room in rooms:
        method = room.method_definition
        counts = notes.get(room.pk, {})
        phase_counts = [
            PhaseCount(phase.key, phase.title, counts.get(phase.key, 0), phase.key == room.phase)  # title stays lazy
            for phase in method.phases
        ]
        current = next((p.title for p in phase_counts if p.is_current), room.phase)
        rows.append(
            RoomRow(
                room=room,
                phase_title=current,
                participants=people.get(room.pk, {}).get("total", 0),
                connected=people.get(room.pk, {}).get("connected", 0),
                ready=people.get(room.pk, {}).get("ready", 0),
                notes=sum(counts.values()),
                phases=phase_counts,
            )
        )
    return rows


def overview(event: Event) -> dict:
    event = Event.objects.select_related("current_round").get(pk=event.pk)
    rooms = list(current_rooms(event))
    return {
        "event": event,
        "rounds": list(event.rounds.all()),
        "rows": overview_rows(rooms),
    }


@dataclass
class Harvest:
    room: Room
    notes: list
    themes: list
    actions: list

    @property
    def empty(self) -> bool:
        return not (self.notes or self.themes or self.actions)


def harvest(room: Room) -> Harvest:
    return Harvest(
        room=room,
        notes=list(Note.objects.filter(room=room, highlighted=True, **SHOWN["note"]).select_related("participant")),
        themes=list(Theme.objects.filter(room=room, highlighted=True)),
        actions=list(Action.objects.filter(room=room, highlighted=True)),
    )


def spotlight(event: Event):
    model = {"note": Note, "theme": Theme, "action": Action}.get(event.spotlight_kind)
    if model is None or not event.spotlight_id:
        return None
    return model.objects.filter(
        pk=event.spotlight_id, room__event=event, highlighted=True, **SHOWN.get(event.spotlight_kind, {})
    ).select_related("room").first()


def plenary(event: Event) -> dict:
    event = Event.objects.get(pk=event.pk)
    rooms = Room.objects.filter(event=event).select_related("round").order_by("round__position", "position", "id")
    return {
        "event": event,
        "harvests": [harvest(room) for room in rooms],
        "spotlight": spotlight(event),
        "spotlight_kind": event.spotlight_kind,
    }


def phase_choices() -> list[tuple[str, str]]:
    return [(phase.key, str(phase.title)) for phase in METHODS[DEFAULT_METHOD].phases]
