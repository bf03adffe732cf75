"""AVG pages: the privacy statement, deleting a room's or an event's data at once, and a
participant leaving a room with their own notes."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .. import permissions
from ..identity import actor_for_request, event_actor_for_request
from ..models import Event
from ..services import privacy
from ..services.errors import DomainError
from .common import message, with_room


@require_GET
def privacy_page(request):
    return render(
        request,
        "privacy.html",
        {
            "room_retention_days": settings.ROOM_RETENTION_DAYS,
            "event_retention_days": Event._meta.get_field("retention_days").default,
            "device_cookie_days": settings.DEVICE_COOKIE_AGE // (60 * 60 * 24),
            "session_days": settings.SESSION_COOKIE_AGE // (60 * 60 * 24),
        },
    )


@require_http_methods(["GET", "POST"])
@with_room
def room_delete(request, room):
    """Confirmation first (with the verslag to download), then everything of the room is gone."""
    actor = actor_for_request(request, room)
    if not permissions.can(actor, "room.delete"):
        return redirect_to_login(request.get_full_path())
    if request.method == "GET":
        return render(request, "confirm_delete.html", {"room": room, "rooms": [room]})
    privacy.delete_room(room)
    return message(request, _("Verwijderd"), _("De deelsessie en alles wat erin stond, zijn verwijderd."), 200)


@require_http_methods(["GET", "POST"])
def event_delete(request, slug):
    event = get_object_or_404(Event, slug=slug)
    actor = event_actor_for_request(request, event)
    if not permissions.can(actor, "event.delete"):
        return redirect_to_login(request.get_full_path())
    if request.method == "GET":
        return render(request, "confirm_delete.html", {"event": event, "rooms": list(event.rooms.all())})
    privacy.delete_event(event)
    return message(
        request, _("Verwijderd"), _("De bijeenkomst, alle deelsessies en alles wat erin stond, zijn verwijderd."), 200
    )


@require_http_methods(["GET", "POST"])
@with_room
def room_leave(request, room):
    """A participant leaves the room and deletes their own notes and votes."""
    actor = actor_for_request(request, room)
    if not permissions.can(actor, "room.leave"):  # a removed phone may still leave and delete
        return redirect("join", code=room.code)
    if request.method == "GET":
        return render(request, "leave.html", {"room": room, "notes": actor.participant.notes.count()})
    try:
        privacy.leave_room(actor.participant)
    except DomainError as refusal:
        return message(request, _("Dat lukte niet"), refusal.message, 400)
    return message(request, _("Je bent weg uit de deelsessie"), _("Je briefjes en stemmen zijn verwijderd."), 200)
