"""What the pages share: finding the room from the code in its URL and the actor allowed to act
in it, the one-sentence message page, the board with its join code for the console and the
presenter view, and the join flow of a room's and an event's join page."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from .. import links, permissions, throttle
from ..identity import actor_for_request, set_device_cookie
from ..models import Perspective, new_device_id
from ..reads import board as board_reads
from ..services import rooms
from ..services.errors import DomainError


def message(request, heading, text, status):
    """A page with one plain sentence: a refusal, a confirmation, a dead link."""
    return render(request, "message.html", {"heading": heading, "message": text}, status=status)


def unknown_code(request, refusal: DomainError):
    return message(request, _("Deze code kennen we niet"), refusal.message, 404)


def with_room(view):
    """Calls `view(request, room, …)` with the room of the URL's code; an unknown code gets a
    plain Dutch page (404) instead."""

    @wraps(view)
    def resolved(request, code, *args, **kwargs):
        try:
            room = rooms.room_by_code(code)
        except DomainError as refusal:
            return unknown_code(request, refusal)
        return view(request, room, *args, **kwargs)

    return resolved


def acting(action, heading, status):
    """Under @with_room: calls `view(request, room, actor, …)` for an actor allowed `action`. A
    refusal, of the permission or of the service the view calls, gets the message page."""

    def decorate(view):
        @wraps(view)
        def checked(request, room, *args, **kwargs):
            actor = actor_for_request(request, room)
            try:
                permissions.require(actor, action)
                return view(request, room, actor, *args, **kwargs)
            except DomainError as refusal:
                return message(request, heading, refusal.message, status)

        return checked

    return decorate


def board_page(request, room, action, audience, template, **extra):
    """The console and the presenter view: the board as `audience` sees it with the actor, the
    join link and its QR code (and `extra`); the log-in page for someone not allowed `action`."""
    actor = actor_for_request(request, room)
    if not permissions.can(actor, action):
        return redirect_to_login(request.get_full_path())
    context = board_reads.board(room.pk, audience)
    join_url = links.join_url(room, request.build_absolute_uri("/"))
    context.update(actor=actor, join_url=join_url, qr_svg=links.qr_svg(join_url), **extra)
    return render(request, template, context)


def join_page(request, device_id, existing, *, already_in, form, join, done):
    """The join flow of a room and of an event. GET: the form, or on to `done()` for a phone that is
    `already_in` (unless ?opnieuw). POST: a newcomer passes the join throttle, then
    `join(device_id, name, perspective)`; the redirect of `done()` sets the device cookie.
    `form(error=..., status=...)` renders the page with a refusal."""
    if request.method == "GET":
        if already_in and "opnieuw" not in request.GET:
            return done()
        return form()
    if existing is None and not throttle.take_join(throttle.client_address(request)):
        return form(error=throttle.too_many_joins_text(), status=429)
    device_id = device_id or new_device_id()
    try:
        join(device_id, request.POST.get("name", ""), request.POST.get("perspective", ""))
    except DomainError as refusal:
        return form(error=refusal.message, status=400)
    response = done()
    set_device_cookie(response, device_id)
    return response


def join_fields(request, existing) -> dict:
    """The name and perspective fields: as sent, else as the phone already is (`existing`)."""
    return {
        "perspectives": Perspective.choices,
        "name": request.POST.get("name", existing.name if existing else ""),
        "perspective": request.POST.get("perspective", existing.perspective if existing else ""),
    }
def speak_language_of(request, language: str) -> bool:
    """Pages that the room shares (the presenter view, the phones) speak the room's or event's
    language, not the browser's; a person who chose a language with the switch keeps it.
    True when the page follows the room (and so should follow a change of its language)."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or language not in dict(settings.LANGUAGES):
        return False
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return True
