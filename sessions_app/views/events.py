"""An event's pages: the phone's way in with the event code and its room choice per round, and
the organiser's live overview and plenary board. Thin: read, check, call a service, render."""

from django.contrib.auth.views import LoginView, redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import links, permissions, throttle
from ..reads import event as event_reads
from ..identity import device_id_from, event_actor_for_request, set_device_cookie
from ..models import Event, Perspective, new_device_id
from ..services import events
from ..services.errors import DomainError
from .common import message


def _event_or_404(request, slug):
    event = Event.objects.filter(slug=slug).select_related("current_round").first()
    if event is None:
        return None, message(request, _("Deze bijeenkomst kennen we niet"), _("Kijk of de link klopt."), 404)
    return event, None


def _organiser_page(request, slug, action):
    """The event and its actor, or the response for someone who may not see this page. Before
    logging in, every slug gets the log-in page, so the answer tells nothing about the event."""
    if not request.user.is_authenticated:
        return None, None, redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    event, refusal = _event_or_404(request, slug)
    if refusal:
        return None, None, refusal
    actor = event_actor_for_request(request, event)
    if not permissions.can(actor, action):
        return None, None, message(request, _("Dat mag niet"), _("Deze pagina is alleen voor de organisator van deze bijeenkomst."), 403)
    return event, actor, None


# --- The phone ---------------------------------------------------------------------------------

def event_join(request, event):
    """/j/<EVENT-CODE>/: join the event once (name optional, perspective), then choose a room."""
    if event.code != request.resolver_match.kwargs.get("code"):
        return redirect("join", code=event.code)
    device_id = device_id_from(request.COOKIES)
    attendee = events.attendee_for(event, device_id)
    if event.closed_at:
        return message(request, event.title, _("Deze bijeenkomst is afgelopen. Dank je wel!"), 410)
    if request.method == "GET":
        if attendee and "opnieuw" not in request.GET:
            return redirect("event_choose", slug=event.slug)
        return _join_form(request, event, attendee)
    if attendee is None and not throttle.take_join(throttle.client_address(request)):
        return _join_form(request, event, attendee, error=throttle.too_many_joins_text(), status=429)
    device_id = device_id or new_device_id()
    try:
        permissions.require(event_actor_for_request(request, event), "event.join")
        events.join_event(event, device_id, name=request.POST.get("name", ""), perspective=request.POST.get("perspective", ""))
    except DomainError as refusal:
        return _join_form(request, event, attendee, error=refusal.message, status=400)
    response = redirect("event_choose", slug=event.slug)
    set_device_cookie(response, device_id)
    return response


def _join_form(request, event, attendee, error="", status=200):
    context = {
        "event": event,
        "perspectives": Perspective.choices,
        "name": request.POST.get("name", attendee.name if attendee else ""),
        "perspective": request.POST.get("perspective", attendee.perspective if attendee else ""),
        "error": error,
    }
    return render(request, "events/join.html", context, status=status)


@require_http_methods(["GET", "POST"])
def choose(request, slug):
    """The rooms of the current round, with descriptions; full rooms are shown as full."""
    event = Event.objects.filter(slug=slug).select_related("current_round").first()
    if event is None:
        throttle.record_miss(throttle.client_address(request))
    actor = event_actor_for_request(request, event) if event else None
    if actor is None or actor.attendee is None:
        # The same answer for an unknown event and for someone who has not joined it: the home
        # page, where the event's code is asked for (never given away).
        return redirect("home")
    if event.closed_at:
        return message(request, event.title, _("Deze bijeenkomst is afgelopen. Dank je wel!"), 410)
    if request.method == "POST":
        if events.room_in_round(actor.attendee, event.current_round_id) is None and not throttle.take_join(
            throttle.client_address(request)
        ):
            return _choice_page(request, event, actor.attendee, error=throttle.too_many_joins_text(), status=429)
        try:
            permissions.require(actor, "event.choose")
            participant = events.choose_room(actor.attendee, _number(request.POST.get("room")))
        except DomainError as refusal:
            return _choice_page(request, event, actor.attendee, error=refusal.message, status=400)
        return redirect("room", code=participant.room.code)
    return _choice_page(request, event, actor.attendee)


def _number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _choice_page(request, event, attendee, error="", status=200):
    chosen = events.room_in_round(attendee, event.current_round_id)
    context = {
        "event": event,
        "attendee": attendee,
        "choices": event_reads.choices(event),
        "chosen": chosen,
        "error": error,
    }
    return render(request, "events/choose.html", context, status=status)


# --- The organiser -----------------------------------------------------------------------------

class OrganiserLogin(LoginView):
    """Organisers need not be staff, so they log in here rather than in the admin."""

    template_name = "events/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return self.get_redirect_url() or reverse_lazy("event_list")


@require_GET
def event_list(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    mine = Event.objects.all() if request.user.is_staff else request.user.organised_events.all()
    return render(request, "events/list.html", {"events": mine, "may_create": request.user.is_staff or mine.exists()})


@require_GET
def overview(request, slug):
    event, actor, refusal = _organiser_page(request, slug, "event.view")
    if refusal:
        return refusal
    base = request.build_absolute_uri("/")
    join_url = links.event_join_url(event, base)
    context = event_reads.overview(event)
    context.update(
        join_url=join_url,
        qr_svg=links.qr_svg(join_url),
        unplaced=list(events.unplaced(event)[:200]),
        phases=event_reads.phase_choices(),
    )
    return render(request, "events/overview.html", context)


@require_POST
def assign(request, slug):
    event, actor, refusal = _organiser_page(request, slug, "event.assign")
    if refusal:
        return refusal
    try:
        events.assign(event, _number(request.POST.get("attendee")), _number(request.POST.get("room")))
    except DomainError as refusal:
        return message(request, _("Niet gelukt"), refusal.message, 400)
    return redirect("event_overview", slug=event.slug)


@require_GET
def plenary(request, slug, presenter=False):
    event, actor, refusal = _organiser_page(request, slug, "plenary.view")
    if refusal:
        return refusal
    context = event_reads.plenary(event)
    context["presenter"] = presenter
    return render(request, "events/plenary.html", context)
