"""Who may still come into a room: the facilitator can close it to newcomers (phones that already
joined keep working), and new phones per room per minute are limited (docs/limits.md)."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .. import throttle
from ..changes import Change
from ..models import Room
from . import rooms
from .errors import NotAllowed

CLOSED = _("Deze deelsessie laat nu geen nieuwe deelnemers toe. Vraag de gespreksleider of je mee mag doen.")
TOO_MANY = _("Er komen nu heel veel mensen tegelijk binnen. Wacht een minuut en probeer het dan opnieuw.")


@transaction.atomic
def set_joining(room: Room, is_open: bool) -> Room:
    """Opens or closes the room to newcomers. A no-op when it already is; otherwise saved,
    published (the console's toggle and the join page follow) and logged by the version."""
    return rooms.switch(room, "joining_open", is_open, Change.JOINING_SET, open=is_open)


def admit_newcomer(room: Room) -> None:
    """Asked under the room's lock before a new participant is made."""
    if not room.joining_open:
        raise NotAllowed(CLOSED)
    if not throttle.take_room_join(room.pk):
        raise NotAllowed(TOO_MANY)
