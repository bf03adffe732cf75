"""Find a note, theme or action of THIS room, or refuse with the one sentence for that refusal
(an id from another room is refused the same as an id that does not exist)."""

from django.utils.translation import gettext_lazy as _

from .errors import NotFound

NOT_IN_ROOM = _("Dat briefje, thema of die actie staat niet (meer) in deze ruimte.")


def in_room(model, room, item_id, *, lock: bool = False):
    """The item, `lock`ed for update if asked; NotFound when it is not (or no longer) in the room."""
    query = model.objects.filter(room=room, pk=item_id)
    item = (query.select_for_update() if lock else query).first() if item_id else None
    if item is None:
        raise NotFound(NOT_IN_ROOM)
    return item


def all_in_room(model, room, item_ids) -> list:
    """Every one of `item_ids` (duplicates once), or NotFound when any is not in the room."""
    ids = list(dict.fromkeys(item_ids or ()))
    items = list(model.objects.filter(room=room, pk__in=ids))
    if len(items) != len(ids):
        raise NotFound(NOT_IN_ROOM)
    return items
