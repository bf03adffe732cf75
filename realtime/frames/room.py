"""The room itself: deleted, the organiser's banner, open to newcomers or not, its facilitator link renewed (closing and
sharing the verslag are in phases.py: they change the phase status)."""

from django.template.loader import render_to_string
from django.utils.translation import gettext

from sessions_app.audience import Audience
from sessions_app.reads import frames as frame_reads
from sessions_app.changes import Change

from . import builds
from .common import marker


@builds(Change.ROOM_DELETED)
def room_deleted(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The room is gone (AVG deletion): every open screen says so; there is no board to send."""
    html = render_to_string("partials/error.html", {"message": gettext("Deze deelsessie is verwijderd.")})
    return {Audience.PARTICIPANTS: html, Audience.FACILITATORS: html}


@builds(Change.EVENT_BANNER)
def event_banner(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The organiser's banner (message, next round, event closed)."""
    room = frame_reads.room(room_id)
    html = marker(version) + render_to_string("partials/event_banner.html", {"room": room})
    return {Audience.PARTICIPANTS: html, Audience.FACILITATORS: html}


@builds(Change.LINK_RENEWED)
def link_renewed(room_id: int, version: int, data: dict) -> dict[str, str]:
    return {}  # nothing on the board changed; realtime/access.py closes the old link's consoles


@builds(Change.JOINING_SET)
def joining_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    """Open or closed to newcomers: the console's switch; the phones notice nothing."""
    room = frame_reads.room(room_id)
    toggle = render_to_string("partials/joining_toggle.html", {"room": room})
    return {Audience.PARTICIPANTS: marker(version), Audience.PRESENTERS: marker(version), Audience.FACILITATORS: marker(version) + toggle}
