"""The harvest: each facilitator marks the highlights of their room (notes, themes, actions);
the plenary board of the event shows them side by side, and the organiser spotlights one."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change, overview_changed
from ..models import Action, Event, Note, Room, Theme
from ..reads.audience import shown
from . import rooms
from .errors import NotAllowed, NotFound
from .lookup import NOT_IN_ROOM, in_room

KINDS = {"note": Note, "theme": Theme, "action": Action}
NOT_SHOWN = _("Dit briefje ziet nog niet iedereen. Laat het eerst zien.")


@transaction.atomic
def set_highlight(room: Room, kind: str, item_id: int, on: bool):
    """Marks (or unmarks) one item of THIS room as a highlight for the plenary."""
    model = KINDS.get(kind)
    room = rooms.lock(room)
    if model is None:
        raise NotFound(NOT_IN_ROOM)
    item = in_room(model, room, item_id)
    if on and not shown(kind, item):
        raise NotAllowed(NOT_SHOWN)
    if item.highlighted == on:
        return item
    item.highlighted = on
    item.save(update_fields=["highlighted"])
    rooms.publish(room, Change.HIGHLIGHT_SET, item_kind=kind, item=item.pk, on=on)
    if room.event_id:
        if not on:
            _clear_spotlight_of(room.event_id, kind, item.pk)
        overview_changed(room.event, "highlight", room=room.pk)
    return item


def _clear_spotlight_of(event_id: int, kind: str, item_id: int) -> None:
    Event.objects.filter(pk=event_id, spotlight_kind=kind, spotlight_id=item_id).update(spotlight_kind="", spotlight_id=None)


@transaction.atomic
def set_event_spotlight(event: Event, kind: str, item_id: int | None) -> Event:
    """Puts one highlighted item of one of the event's rooms in the spotlight; no id clears it."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if not item_id:
        kind, item_id = "", None
    else:
        model = KINDS.get(kind)
        item = model and model.objects.filter(pk=item_id, room__event=event, highlighted=True).first()
        if not item:
            raise NotFound(_("Dat is geen hoogtepunt van deze bijeenkomst."))
        if not shown(kind, item):
            raise NotAllowed(NOT_SHOWN)
    if (event.spotlight_kind, event.spotlight_id) == (kind, item_id):
        return event
    event.spotlight_kind, event.spotlight_id = kind, item_id
    event.save(update_fields=["spotlight_kind", "spotlight_id"])
    overview_changed(event, "spotlight")
    return event


