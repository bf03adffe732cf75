"""The facilitator's own words for the verslag (summary, opvallende uitspraken), whether names
appear in it, and the read-only share link participants can open on their phone."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from .. import text
from ..models import Room
from . import codes, rooms
from .errors import DomainError

SUMMARY_MAX_LENGTH = 6000
QUOTES_MAX_LENGTH = 4000


@transaction.atomic
def edit_report(room: Room, *, summary: str, quotes: str) -> Room:
    summary, quotes = text.clean(summary, multiline=True), text.clean(quotes, multiline=True)
    if len(summary) > SUMMARY_MAX_LENGTH:
        raise DomainError(_("De samenvatting is te lang. Maak hem korter (max. %(max)s tekens).") % {"max": SUMMARY_MAX_LENGTH})
    if len(quotes) > QUOTES_MAX_LENGTH:
        raise DomainError(_("De uitspraken zijn te lang. Maak ze korter (max. %(max)s tekens).") % {"max": QUOTES_MAX_LENGTH})
    room = rooms.lock(room)
    if room.summary == summary and room.quotes == quotes:
        return room
    room.summary, room.quotes = summary, quotes
    room.save(update_fields=["summary", "quotes"])
    # Nobody's screen shows these words, so there is nothing to publish.
    return room


@transaction.atomic
def set_sharing(room: Room, on: bool) -> Room:
    """On: a fresh secret link to the read-only verslag. Off: the link stops working."""
    room = rooms.lock(room)
    if bool(room.share_token) == on:
        return room
    room.share_token = codes.new_token() if on else ""
    room.save(update_fields=["share_token"])
    rooms.publish(room, Change.REPORT_SHARE, on=on)  # phones of a closed room show or drop the link
    return room


@transaction.atomic
def set_report_names(room: Room, on: bool) -> Room:
    """Names in the verslag (every format, and the share link): off unless the facilitator
    switches them on for this room (AVG). Perspectives are always there, as counts."""
    return rooms.switch(room, "report_names", on, None)  # only the verslag shows it: nothing to publish
