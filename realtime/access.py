"""Taking back access from open sockets. Renewing a room's facilitator link signs out everyone
who came in through the old one: their pages at the next request, and their open console
and presenter sockets at once (each checks its access again and closes itself if it has lost it)."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from sessions_app.audience import Audience
from sessions_app.changes import Change, room_change

from .groups import languages, room_group

logger = logging.getLogger(__name__)
LINK_RENEWED = Change.LINK_RENEWED


def on_room_change(sender, room_id, version, kind, data, **kwargs):
    if kind != LINK_RENEWED:
        return
    # Consoles and presenter views both came in through the facilitator link.
    for audience, language in ((audience, language) for audience in (Audience.FACILITATORS, Audience.PRESENTERS) for language in languages()):
        try:
            async_to_sync(get_channel_layer().group_send)(room_group(room_id, audience, language), {"type": "access.check"})
        except Exception:  # noqa: BLE001 - the next action on a stale socket is refused anyway
            logger.warning("Access check for room %s failed", room_id, exc_info=True)


def connect_receivers() -> None:
    room_change.connect(on_room_change, dispatch_uid="realtime.access")
