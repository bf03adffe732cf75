"""What the setup page shows: the event's form, and per round its form, its rooms (each with a
form, its links and its number of notes) and a box to paste new room titles in. A form that
was just posted comes back bound, with its errors or its "Opgeslagen"."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from .. import links
from ..models import Event, Room, Round
from .event_setup import EventForm, NewRoundForm, RoomForm, RoomTitlesForm, RoundForm


@dataclass
class RoomRow:
    room: Room
    form: RoomForm
    join_url: str
    facilitator_url: str
    saved: bool = False

    @property
    def notes(self) -> int:
        return getattr(self.room, "note_count", 0)


@dataclass
class RoundBlock:
    round: Round
    form: RoundForm
    add_form: RoomTitlesForm
    rooms: list[RoomRow] = field(default_factory=list)
    saved: str = ""  # what was saved in this round: "round" or "rooms"

    @property
    def notes(self) -> int:
        return sum(row.notes for row in self.rooms)


def room_form(event: Event, room: Room | None = None, data=None) -> RoomForm:
    return RoomForm(data, instance=room, event=event, prefix=f"room-{room.pk}")


def round_form(round_: Round, data=None) -> RoundForm:
    return RoundForm(data, instance=round_, prefix=f"round-{round_.pk}")


def titles_form(round_: Round, data=None) -> RoomTitlesForm:
    return RoomTitlesForm(data, prefix=f"add-{round_.pk}", initial={"method": round_.event.method})


def new_round_form(event: Event, data=None) -> NewRoundForm:
    form = NewRoundForm(data, prefix="new-round", initial={"method": event.method})
    form.fields["title"].widget.attrs["placeholder"] = _("Ronde %(n)s") % {"n": event.rounds.count() + 1}
    return form


def _rooms(event: Event, **filters):
    return (
        Room.objects.filter(event=event, **filters)
        .annotate(note_count=Count("notes"))
        .order_by("position", "id")
    )


def room_row(event: Event, room: Room, base: str, *, form=None, saved=False) -> RoomRow:
    if not hasattr(room, "note_count"):
        room = _rooms(event, pk=room.pk).get()
    return RoomRow(
        room=room, form=form or room_form(event, room), saved=saved,
        join_url=links.join_url(room, base), facilitator_url=links.facilitator_url(room, base),
    )


def round_block(event: Event, round_: Round, base: str, *, form=None, add_form=None, saved="") -> RoundBlock:
    return RoundBlock(
        round=round_, form=form or round_form(round_), add_form=add_form or titles_form(round_), saved=saved,
        rooms=[room_row(event, room, base) for room in _rooms(event, round=round_)],
    )


def page(event: Event, base: str, *, event_form=None, bound=None) -> dict:
    """The whole page; `bound` may hold one round's block that was just posted."""
    blocks = [round_block(event, round_, base) for round_ in event.rounds.order_by("position", "id")]
    if bound is not None:
        blocks = [bound if block.round.pk == bound.round.pk else block for block in blocks]
    loose = [room_row(event, room, base) for room in _rooms(event, round__isnull=True)]
    return {
        "event": event,
        "form": event_form or EventForm(instance=event, prefix="event"),
        "rounds": blocks,
        "loose_rooms": loose,
        "new_round_form": new_round_form(event),
        "join_url": links.event_join_url(event, base),
    }
