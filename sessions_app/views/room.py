"""The room's pages: the phone's board, the facilitator's console, and the HTTP fallbacks that
call the same services as the socket."""

import uuid

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from .. import links, permissions
from ..reads import board as board_reads
from ..reads import interviews as interview_reads
from ..audience import Audience
from ..identity import PARTICIPANT, actor_for_request, remember_facilitator, same_token
from ..services import notes, rooms
from ..services.errors import DomainError, NotAllowed
from .common import acting, board_page, message, speak_language_of, with_room


@require_GET
@with_room
def board(request, room):
    actor = actor_for_request(request, room)
    if actor.steers:
        return redirect("console", code=room.code)
    if actor.role != PARTICIPANT:
        return redirect("join", code=room.code)
    follows = speak_language_of(request, room.language)
    context = board_reads.board(room.pk, Audience.PARTICIPANTS, viewer=actor.participant.pk)
    context.update(follows_room_language=follows, actor=actor, client_id=uuid.uuid4(), note_max_length=settings.NOTE_MAX_LENGTH)
    context.update(interview=interview_reads.panel(context["room"], actor.participant), story_client_id=uuid.uuid4())
    return render(request, "room.html", context)


@require_POST
@with_room
@acting("note.add", gettext_lazy("Niet verstuurd"), 400)
def note_add(request, room, actor):
    """The composer without a socket: same service, then back to the board."""
    notes.add_note(
        room, actor.participant, phase=request.POST.get("phase", ""), text=request.POST.get("text", ""),
        client_id=request.POST.get("client_id", ""),
    )
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
    facilitator_url = links.facilitator_url(room, request.build_absolute_uri("/"))
    return board_page(request, room, "console.view", Audience.FACILITATORS, "console.html", facilitator_url=facilitator_url)


@require_POST
@with_room
@acting("facilitator_link.renew", gettext_lazy("Dat mag niet"), 403)
def facilitator_link_renew(request, room, actor):
    room = rooms.renew_facilitator_link(room)
    if actor.role == "facilitator":
        remember_facilitator(request.session, room)  # whoever renews it keeps access
    return redirect("console", code=room.code)


@require_POST
@with_room
def room_language(request, room):
    """The console's language choice for the room (services.rooms.set_language)."""
    actor = actor_for_request(request, room)
    try:
        permissions.require(actor, "room.language")
        rooms.set_language(room, request.POST.get("language", ""))
    except DomainError as refusal:
        return message(request, _("Dat lukte niet"), refusal.message, 403 if isinstance(refusal, NotAllowed) else 400)
    return redirect("console", code=room.code)


@require_GET
def health(request):
    return JsonResponse({"ok": True})
