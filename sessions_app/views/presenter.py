"""The presenter view /p/<CODE>/: the room on the shared screen or projector, read-only, in
large type. It shows what the phones see (never a hidden or unrevealed note, only the names
participants chose to give) plus the join QR code and code.

Only the room's facilitator, an organiser of its event or staff may open it: the page is meant to
be shared on a screen by the person who steers, and leaving it open to anyone with the code would
let an outsider watch a room without joining it (and without being counted)."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .. import links, permissions
from ..reads import board as board_reads
from ..audience import Audience
from ..identity import actor_for_request
from .common import with_room


@require_GET
@with_room
def presenter(request, room):
    actor = actor_for_request(request, room)
    if not permissions.can(actor, "presenter.view"):
        return redirect_to_login(request.get_full_path())
    context = board_reads.board(room.pk, Audience.PRESENTERS)
    join_url = links.join_url(room, request.build_absolute_uri("/"))
    context.update(actor=actor, join_url=join_url, join_host=request.get_host(), qr_svg=links.qr_svg(join_url))
    return render(request, "presenter.html", context)
