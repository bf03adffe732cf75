"""Reading the positive core and the droomzinnen (issue 15): for the band, the card, the frames,
the plenary board, the verslag and the JSON export. Notes that an audience may not see (hidden,
or written privately and not yet revealed) never show here for it."""

from dataclasses import dataclass, field

from ..audience import Audience
from ..core_models import CoreMark, Endorsement, Proposition, PropositionLink
from ..models import Note, Room, Theme
from .audience import visible_to

FACILITATORS, PARTICIPANTS = Audience.FACILITATORS, Audience.PARTICIPANTS


@dataclass
class Item:
    kind: str  # "note" or "theme"
    id: int
    text: str


@dataclass
class PropositionView:
    id: int
    text: str
    phase: str
    author: str  # "p<participant id>", as data-author on notes: the phone's own shows as its own
    client_id: str  # the author's phone waits for it (static/js/propositions.js)
    endorsements: int
    endorsers: list[str] = field(default_factory=list)  # "p<id>" of each phone that endorsed it
    links: list[Item] = field(default_factory=list)


def _item(kind: str, target) -> Item:
    return Item(kind, target.pk, target.text if kind == "note" else target.title)


def _shown(note, audience: str) -> bool:
    return note is None or visible_to(audience, note)


def positive_core(room: Room | int, audience: str = FACILITATORS) -> list[Item]:
    room_id = room if isinstance(room, int) else room.pk
    marks = CoreMark.objects.filter(room_id=room_id).select_related("note", "theme")
    return [
        _item("note", mark.note) if mark.note_id else _item("theme", mark.theme)
        for mark in marks
        if _shown(mark.note, audience)
    ]


def propositions(room: Room | int, audience: str = FACILITATORS, only: int | None = None) -> list[PropositionView]:
    """The room's droomzinnen in the order they were written (`only`: just that one)."""
    room_id = room if isinstance(room, int) else room.pk
    found = Proposition.objects.filter(room_id=room_id)
    if only is not None:
        found = found.filter(pk=only)
    views = {
        proposition.pk: PropositionView(
            proposition.pk, proposition.text, proposition.phase, f"p{proposition.participant_id}",
            proposition.client_id, 0,
        )
        for proposition in found
    }
    for proposition_id, participant_id in Endorsement.objects.filter(proposition_id__in=views).values_list(
        "proposition_id", "participant_id"
    ).order_by("pk"):
        views[proposition_id].endorsers.append(f"p{participant_id}")
    links = PropositionLink.objects.filter(proposition_id__in=views).select_related("note", "theme")
    for link in links:
        if _shown(link.note, audience):
            views[link.proposition_id].links.append(
                _item("note", link.note) if link.note_id else _item("theme", link.theme)
            )
    for view in views.values():
        view.endorsements = len(view.endorsers)
    return list(views.values())


def by_endorsements(views: list[PropositionView]) -> list[PropositionView]:
    """Most endorsed first (the verslag); ties keep the order they were written in."""
    return sorted(views, key=lambda view: -view.endorsements)


def link_choices(room: Room) -> dict:
    """What the facilitator may link a droomzin to: every theme, and the shown notes of the
    phases with the core or the droomzinnen (where the strengths and the dreams are)."""
    keys = [phase.key for phase in room.method_definition.phases if {"core", "propositions"} & set(phase.tools)]
    notes = Note.objects.filter(room=room, phase__in=keys, hidden=False, private=False).order_by("created_at", "id")
    return {
        "themes": list(Theme.objects.filter(room=room).order_by("position", "id")),
        "notes": list(notes.only("pk", "text")),
    }


@dataclass
class ReportProposition:
    """A droomzin as the verslag shows it."""

    text: str
    endorsements: int
    roots: list[Item] = field(default_factory=list)


def for_report(room: Room) -> tuple[list[Item], list[ReportProposition]]:
    """The verslag's positive core and its droomzinnen, most endorsed first. What everybody saw:
    hidden notes never (a private note cannot be marked or linked before it is revealed)."""
    core = positive_core(room, PARTICIPANTS)
    views = by_endorsements(propositions(room, PARTICIPANTS))
    return core, [ReportProposition(view.text, view.endorsements, view.links) for view in views]


def band_context(room: Room | int, audience: str) -> dict:
    return {"audience": audience, "core": positive_core(room, audience)}


def list_context(room: Room | int, audience: str, only: int | None = None) -> dict:
    """What partials/proposition_list.html (and one partials/proposition.html) show."""
    return {"audience": audience, "propositions": propositions(room, audience, only)}


def linker_context(room: Room) -> dict:
    """The console's form that links a droomzin to a note or theme."""
    return {"propositions": propositions(room), **link_choices(room)}


def has_propositions(room_id: int) -> bool:
    return Proposition.objects.filter(room_id=room_id).exists()


def touches_room(room_id: int) -> bool:
    """Whether a note or theme change may show in the band or in a droomzin's links."""
    return (
        CoreMark.objects.filter(room_id=room_id).exists()
        or PropositionLink.objects.filter(proposition__room_id=room_id).exists()
    )


def export_data(room: Room) -> dict:
    """The JSON export's keys (docs/protocol.md): `positive_core` and `propositions`."""
    return {
        "positive_core": [{"kind": item.kind, "id": item.id, "text": item.text} for item in positive_core(room)],
        "propositions": [
            {
                "id": view.id,
                "text": view.text,
                "endorsements": view.endorsements,
                "links": [{"kind": link.kind, "id": link.id, "text": link.text} for link in view.links],
            }
            for view in propositions(room)
        ],
    }
