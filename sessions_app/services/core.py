"""The positive core: in verkennen the facilitator marks the notes or themes that show what
the group is good at. The core then stays in view (a band on every screen) through the phases
that follow, opens the verslag and shows on the organiser's plenary board."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change, overview_changed
from ..core_models import CoreMark
from ..models import Note, Room, Theme
from . import rooms
from .errors import DomainError, NotAllowed
from .harvest import NOT_SHOWN
from .lookup import in_room

CORE_TOOL = "core"
MAX_ITEMS = 12  # a band a phone can still show at a glance


def phases_with(room: Room, tool: str) -> list:
    return [phase for phase in room.method_definition.phases if tool in phase.tools]


def phase_has(room: Room, tool: str) -> bool:
    return any(phase.key == room.phase for phase in phases_with(room, tool))


def phase_names(phases) -> str:
    titles = [str(phase.title) for phase in phases]
    if len(titles) < 2:
        return "".join(titles)
    return _("%(some)s of %(last)s") % {"some": ", ".join(titles[:-1]), "last": titles[-1]}


def one_item(note_id, theme_id) -> None:
    if (note_id is None) == (theme_id is None):
        raise DomainError(_("Kies één briefje of één thema."))


@transaction.atomic
def set_core(room: Room, *, note_id: int | None = None, theme_id: int | None = None, on: bool = True) -> bool:
    """Puts a note or theme of this room in its positive core (on) or takes it out (off).
    Returns whether anything changed; asking for what already is changes nothing."""
    one_item(note_id, theme_id)
    room = rooms.lock(room)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."))
    item = {"note": in_room(Note, room, note_id)} if note_id is not None else {"theme": in_room(Theme, room, theme_id)}
    mark = CoreMark.objects.filter(room=room, **item).first()
    if on:
        if mark:
            return False
        if not phase_has(room, CORE_TOOL):
            phases = phases_with(room, CORE_TOOL)
            if not phases:
                raise NotAllowed(_("Deze werkvorm heeft geen positieve kern."))
            raise NotAllowed(_("De positieve kern kies je in de fase %(phase)s.") % {"phase": phase_names(phases)})
        note = item.get("note")
        if note is not None and (note.hidden or note.private):
            raise NotAllowed(NOT_SHOWN)
        if CoreMark.objects.filter(room=room).count() >= MAX_ITEMS:
            raise NotAllowed(
                _("De positieve kern is vol (max. %(max)s). Haal er eerst iets uit.") % {"max": MAX_ITEMS}
            )
        CoreMark.objects.create(room=room, **item)
    else:
        if not mark:
            return False
        mark.delete()
    kind, pk = ("note", note_id) if note_id is not None else ("theme", theme_id)
    rooms.publish(room, Change.CORE_SET, item_kind=kind, item=pk, on=on)
    if room.event_id:
        overview_changed(room.event, "core", room=room.pk)
    return True
