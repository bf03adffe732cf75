"""The way in for a phone: a code on the home page, or the join link a QR code points to."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .. import throttle
from ..identity import device_id_from, set_device_cookie
from ..models import Perspective, new_device_id
from ..services import events, joining, participants
from . import events as event_views
from ..services.codes import normalise
from ..services.errors import DomainError
from ..services.rooms import room_by_code
from .common import message


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
    device_id = device_id_from(request.COOKIES)
    existing = participants.participant_for(room, device_id)
    if existing is None and not room.joining_open:  # closed to newcomers: no form, one plain sentence
        return message(request, room.title, joining.CLOSED, 403)
    if existing and existing.removed_at:  # no form to fill in again: it could only be refused
        return render(request, "removed.html", {"room": room}, status=400 if request.method == "POST" else 200)
    if request.method == "GET":
        if existing and not existing.removed_at and "opnieuw" not in request.GET:
            return redirect("room", code=room.code)
        return _join_form(request, room, existing)
    if existing is None and not throttle.take_join(throttle.client_address(request)):
        return _join_form(request, room, existing, error=throttle.too_many_joins_text(), status=429)
    device_id = device_id or new_device_id()
    try:
        participants.join_room(
            room, device_id, name=request.POST.get("name", ""), perspective=request.POST.get("perspective", "")
        )
    except DomainError as refusal:
        return _join_form(request, room, existing, error=refusal.message, status=400)
    response = redirect("room", code=room.code)
    set_device_cookie(response, device_id)
    return response


def _join_form(request, room, existing, error="", status=200):
    context = {
        "room": room,
        "perspectives": Perspective.choices,
        "name": request.POST.get("name", existing.name if existing else ""),
        "perspective": request.POST.get("perspective", existing.perspective if existing else ""),
        "error": error,
    }
    return render(request, "join.html", context, status=status)
