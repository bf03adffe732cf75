"""The room's pages: the phone's board, the facilitator's console, and the HTTP fallbacks that
call the same services as the socket."""

import uuid

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import links, permissions
from ..reads import board as board_reads
from ..audience import Audience
from ..identity import PARTICIPANT, actor_for_request, remember_facilitator, same_token
from ..services import notes, rooms
from ..services.errors import DomainError
from .common import message, with_room


@require_GET
@with_room
def board(request, room):
    actor = actor_for_request(request, room)
    if actor.steers:
        return redirect("console", code=room.code)
    if actor.role != PARTICIPANT:
        return redirect("join", code=room.code)
    context = board_reads.board(room.pk, Audience.PARTICIPANTS, viewer=actor.participant.pk)
    context.update(actor=actor, client_id=uuid.uuid4(), note_max_length=settings.NOTE_MAX_LENGTH)
    return render(request, "room.html", context)


@require_POST
@with_room
def note_add(request, room):
    """The composer without a socket: same service, then back to the board."""
    actor = actor_for_request(request, room)
    try:
        permissions.require(actor, "note.add")
        notes.add_note(
            room, actor.participant, phase=request.POST.get("phase", ""), text=request.POST.get("text", ""),
            client_id=request.POST.get("client_id", ""),
        )
    except DomainError as refusal:
        return message(request, _("Niet verstuurd"), refusal.message, 400)
    return redirect("room", code=room.code)


@require_GET
@with_room
def facilitator_link(request, room, token):
    """The secret link signs this browser in as the room's facilitator; no account needed."""
    if not same_token(token, room.facilitator_token):
        return message(request, _("Deze link werkt niet meer"), _("Vraag de organisator om een nieuwe link."), 403)
    remember_facilitator(request.session, room)
    return redirect("console", code=room.code)


@require_GET
@with_room
def console(request, room):
    actor = actor_for_request(request, room)
    if not permissions.can(actor, "console.view"):
        return redirect_to_login(request.get_full_path())
    context = board_reads.board(room.pk, Audience.FACILITATORS)
    join_url = links.join_url(room, request.build_absolute_uri("/"))
    context.update(
        actor=actor,
        join_url=join_url,
        qr_svg=links.qr_svg(join_url),
        facilitator_url=links.facilitator_url(room, request.build_absolute_uri("/")),
    )
    return render(request, "console.html", context)


@require_POST
@with_room
def facilitator_link_renew(request, room):
    actor = actor_for_request(request, room)
    try:
        permissions.require(actor, "facilitator_link.renew")
    except DomainError as refusal:
        return message(request, _("Dat mag niet"), refusal.message, 403)
    room = rooms.renew_facilitator_link(room)
    if actor.role == "facilitator":
        remember_facilitator(request.session, room)  # whoever renews it keeps access
    return redirect("console", code=room.code)


@require_GET
def health(request):
    return JsonResponse({"ok": True})
