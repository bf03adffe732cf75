"""The way in for a phone: a code on the home page, or the join link a QR code points to."""

from functools import partial

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from ..identity import device_id_from
from ..services import events, joining, participants
from . import events as event_views
from ..services.codes import normalise
from ..services.errors import DomainError
from ..services.rooms import room_by_code
from .common import join_fields, join_page, message, speak_language_of


@require_http_methods(["GET", "POST"])
def home(request):
    if request.method == "GET":
        return render(request, "home.html", {"code": request.GET.get("code", "")})
    code = normalise(request.POST.get("code", ""))
    try:
        room_by_code(code)
    except DomainError as refusal:
        if events.event_by_code(code) is None:  # an event code works here too
            return render(request, "home.html", {"code": code, "error": refusal.message}, status=404)
    return redirect("join", code=code)


@require_http_methods(["GET", "POST"])
def join(request, code):
    try:
        room = room_by_code(code)
    except DomainError as refusal:
        event = events.event_by_code(code)
        if event is not None:  # one code for a whole event: join it, then choose a room
            return event_views.event_join(request, event)
        return render(request, "home.html", {"code": normalise(code), "error": refusal.message}, status=404)
    if room.code != code:
        return redirect("join", code=room.code)
    speak_language_of(request, room.language)
    device_id = device_id_from(request.COOKIES)
    existing = participants.participant_for(room, device_id)
    if existing is None and not room.joining_open:  # closed to newcomers: no form, one plain sentence
        return message(request, room.title, joining.CLOSED, 403)
    if existing and existing.removed_at:  # no form to fill in again: it could only be refused
        return render(request, "removed.html", {"room": room}, status=400 if request.method == "POST" else 200)
    return join_page(
        request, device_id, existing,
        already_in=existing is not None,
        form=partial(_join_form, request, room, existing),
        join=lambda device, name, perspective: participants.join_room(room, device, name=name, perspective=perspective),
        done=lambda: redirect("room", code=room.code),
    )


def _join_form(request, room, existing, error="", status=200):
    context = {
        "room": room,
        **join_fields(request, existing),
        "error": error,
    }
    return render(request, "join.html", context, status=status)
