"""What every page of a room starts with: finding the room from the code in its URL."""

from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

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


def speak_language_of(request, language: str) -> bool:
    """Pages that the room shares (the presenter view, the phones) speak the room's or event's
    language, not the browser's; a person who chose a language with the switch keeps it.
    True when the page follows the room (and so should follow a change of its language)."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or language not in dict(settings.LANGUAGES):
        return False
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return True
