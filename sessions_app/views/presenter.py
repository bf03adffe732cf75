"""The presenter view /p/<CODE>/: the room on the shared screen or projector, read-only, in
large type. It shows what the phones see (never a hidden or unrevealed note, only the names
participants chose to give) plus the join QR code and code.

Only the room's facilitator, an organiser of its event or staff may open it: the page is meant to
be shared on a screen by the person who steers, and leaving it open to anyone with the code would
let an outsider watch a room without joining it (and without being counted)."""

from django.views.decorators.http import require_GET

from ..audience import Audience
from .common import board_page, speak_language_of, with_room


@require_GET
@with_room
def presenter(request, room):
    follows = speak_language_of(request, room.language)
    return board_page(
        request, room, "presenter.view", Audience.PRESENTERS, "presenter.html",
        join_host=request.get_host(), follows_room_language=follows,
    )
