"""Actions from verwezenlijken: wat, wie, wanneer. The facilitator writes them down, often
from a note or a theme, and can correct or remove them."""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from .. import text
from ..models import Action, Note, Room, Theme
from . import fields, rooms
from .errors import DomainError, NotAllowed
from .lookup import in_room

WHAT_MAX_LENGTH = 280
WHO_MAX_LENGTH = 120
ACTIONS_TOOL = "actions"


def clean_what(what: str) -> str:
    return fields.required(what, WHAT_MAX_LENGTH, _("Schrijf op wat er gaat gebeuren."))


def clean_who(who: str) -> str:
    who = text.clean(who)
    if len(who) > WHO_MAX_LENGTH:
        raise DomainError(_("Die naam is te lang. Maak hem korter (max. %(max)s tekens).") % {"max": WHO_MAX_LENGTH})
    return who


def clean_when(when) -> datetime.date | None:
    if isinstance(when, datetime.date):
        return when
    when = (when or "").strip()
    if not when:
        return None
    try:
        return datetime.date.fromisoformat(when)
    except ValueError:
        raise DomainError(_("Die datum begrijpen we niet. Kies een datum, of laat het leeg."))


def phase_has_actions(room: Room) -> bool:
    try:
        return ACTIONS_TOOL in room.method_definition.phase(room.phase).tools
    except KeyError:
        return False


@transaction.atomic
def add_action(room: Room, *, what: str, who: str = "", when="", note_id=None, theme_id=None) -> Action:
    what, who, when = clean_what(what), clean_who(who), clean_when(when)
    room = rooms.lock(room)
    if not phase_has_actions(room):
        raise NotAllowed(_("Acties maak je in de fase Verwezenlijken."))
    note = in_room(Note, room, note_id) if note_id else None
    theme = in_room(Theme, room, theme_id) if theme_id else None
    last = room.actions.aggregate(last=Max("position"))["last"]
    action = Action.objects.create(
        room=room, what=what, who=who, when=when, note=note, theme=theme,
        position=0 if last is None else last + 1,
    )
    rooms.publish(room, Change.ACTION_ADDED, action=action.pk)
    return action


@transaction.atomic
def edit_action(room: Room, action_id, *, what: str, who: str = "", when="") -> Action:
    what, who, when = clean_what(what), clean_who(who), clean_when(when)
    room = rooms.lock(room)
    action = in_room(Action, room, action_id)
    if (action.what, action.who, action.when) == (what, who, when):
        return action
    action.what, action.who, action.when = what, who, when
    action.save(update_fields=["what", "who", "when"])
    rooms.publish(room, Change.ACTION_CHANGED, action=action.pk)
    return action


@transaction.atomic
def delete_action(room: Room, action_id) -> None:
    room = rooms.lock(room)
    action = in_room(Action, room, action_id)
    action.delete()
    rooms.publish(room, Change.ACTION_DELETED, action=action_id)
