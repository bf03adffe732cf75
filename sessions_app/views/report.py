"""The verslag of a room and the krant of an event: a page to read and print, downloads in six
formats, the facilitator's summary form and the share link. Who may see them: the room's
facilitator, the event's organisers, staff, and (read-only) holders of the share link."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import permissions, report
from ..identity import ANONYMOUS, Actor, actor_for_request, event_actor_for_request
from ..models import Event, Room
from ..report.builder import build_event, build_room
from ..report import serving
from ..report.html import event_html, room_html
from ..services import rooms
from ..services import report as report_service
from ..services.errors import DomainError
from .common import message, unknown_code

PRIVATE = {"Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer"}


def _refuse(request, actor):
    if actor.role == ANONYMOUS and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return message(request, _("Dat mag niet"), _("Alleen de gespreksleider en de organisator kunnen het verslag openen."), 403)


def _steered_room(request, code, action):
    """(room, None) for someone allowed to do `action`, else (None, a response)."""
    try:
        room = rooms.room_by_code(code)
    except DomainError as refusal:
        return None, unknown_code(request, refusal)
    actor = actor_for_request(request, room)
    if not permissions.can(actor, action):
        return None, _refuse(request, actor)
    return room, None


def _formats(url_for) -> list[dict]:
    return [{"key": fmt, "label": report.FORMAT_LABELS[fmt], "url": url_for(fmt)} for fmt in report.FORMATS]


def _respond(content: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=report.FORMATS[fmt][1], headers=PRIVATE)
    response["Content-Disposition"] = f'attachment; filename="{report.filename(name, fmt)}"'
    return response


def _room_name(room: Room) -> str:
    return f"verslag-{slugify(room.title)[:40] or 'deelsessie'}-{room.code}"


def busy(view):
    """Too many verslagen being made at once: a plain "even geduld" (503, Retry-After)."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except serving.Busy:
            response = message(request, _("Even geduld"), _(
                "Er worden nu veel verslagen tegelijk gemaakt. Probeer het over een halve minuut opnieuw."), 503)
            response["Retry-After"] = str(serving.RETRY_AFTER_SECONDS)
            return response

    return guarded


def _room_page(request, room, url_for, back_url=""):
    # The page links its stylesheet (the Content-Security-Policy refuses inline styles); the
    # downloaded .html file carries it inline instead, so it stays complete on its own.
    with_controls = {"controls": True, "formats": _formats(url_for), "back_url": back_url, "css": ""}
    key = serving.room_key(room, "page", get_language(), variant=url_for("html") + back_url)
    html = serving.rendered(key, lambda: room_html(build_room(room), with_controls))
    return HttpResponse(html, headers=PRIVATE)


def _room_file(room, fmt):
    if fmt not in report.FORMATS:
        raise Http404
    language = get_language()
    content = serving.rendered(serving.room_key(room, fmt, language), lambda: report.room_export(room, fmt, language=language))
    return _respond(content, fmt, _room_name(room))


@require_GET
@busy
def room_report(request, code):
    room, refusal = _steered_room(request, code, "report.view")
    if refusal:
        return refusal
    return _room_page(request, room, lambda fmt: reverse("report_download", args=[room.code, fmt]),
                      back_url=reverse("console", args=[room.code]))


@require_GET
@busy
def room_download(request, code, fmt):
    room, refusal = _steered_room(request, code, "report.view")
    return refusal or _room_file(room, fmt)


def _shared_room(token) -> Room:
    room = Room.objects.filter(share_token=token).exclude(share_token="").first() if len(token) >= 16 else None
    if room is None:
        raise Http404
    return room


@require_GET
@busy
def shared_report(request, token):
    room = _shared_room(token)
    return _room_page(request, room, lambda fmt: reverse("report_shared_download", args=[token, fmt]))


@require_GET
@busy
def shared_download(request, token, fmt):
    return _room_file(_shared_room(token), fmt)


@require_POST
def report_edit(request, code):
    room, refusal = _steered_room(request, code, "report.edit")
    if refusal:
        return refusal
    try:
        report_service.edit_report(room, summary=request.POST.get("summary", ""), quotes=request.POST.get("quotes", ""))
    except DomainError as refusal:
        return message(request, _("Niet bewaard"), refusal.message, 400)
    return redirect(reverse("console", args=[room.code]) + "#report-panel")


def _switch(request, code, action, service):
    """The panel's on/off forms (names in the verslag, the share link): `service(room, on)`."""
    room, refusal = _steered_room(request, code, action)
    if refusal:
        return refusal
    service(room, request.POST.get("on") == "1")
    return redirect(reverse("console", args=[room.code]) + "#report-panel")


@require_POST
def report_names(request, code):
    return _switch(request, code, "report.edit", report_service.set_report_names)


@require_POST
def report_share(request, code):
    return _switch(request, code, "report.share", report_service.set_sharing)


def event_actor(request, event: Event) -> Actor:
    """Staff, an organiser of this event, or nobody in particular (a room's facilitator is not
    an organiser of the whole event): the same answer as the event's own pages."""
    return event_actor_for_request(request, event)


def _organised_event(request, slug):
    if not request.user.is_authenticated:  # before the lookup: any slug gets the same answer
        return None, redirect_to_login(request.get_full_path())
    event = get_object_or_404(Event, slug=slug)
    actor = event_actor(request, event)
    if not permissions.can(actor, "krant.view"):
        return None, message(request, _("Dat mag niet"), _("Alleen de organisator kan de krant openen."), 403)
    return event, None


@require_GET
@busy
def krant(request, slug):
    event, refusal = _organised_event(request, slug)
    if refusal:
        return refusal
    extra = {"controls": True, "formats": _formats(lambda fmt: reverse("krant_download", args=[event.slug, fmt])), "css": ""}
    html = serving.rendered(serving.event_key(event, "page", get_language()), lambda: event_html(build_event(event), extra))
    return HttpResponse(html, headers=PRIVATE)


@require_GET
@busy
def krant_download(request, slug, fmt):
    event, refusal = _organised_event(request, slug)
    if refusal:
        return refusal
    if fmt not in report.FORMATS:
        raise Http404
    language = get_language()
    content = serving.rendered(serving.event_key(event, fmt, language), lambda: report.event_export(event, fmt, language=language))
    return _respond(content, fmt, f"krant-{event.slug}")
