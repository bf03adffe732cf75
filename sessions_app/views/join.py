"""The way in for a phone: a code on the home page, or the join link a QR code points to."""

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..identity import device_id_from, set_device_cookie
from ..models import Perspective, new_device_id
from ..services import events, participants
from . import events as event_views
from ..services.codes import normalise
from ..services.errors import DomainError
from ..services.rooms import room_by_code


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
    if request.method == "GET":
        if existing and not existing.removed_at and "opnieuw" not in request.GET:
            return redirect("room", code=room.code)
        return _join_form(request, room, existing)
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
        "error": error or (_("De gespreksleider heeft je uit deze ruimte gehaald.") if existing and existing.removed_at else ""),
    }
    return render(request, "join.html", context, status=status)
