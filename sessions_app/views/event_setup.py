"""Setting up an event on one page: the event, its rounds and the parallel rooms of each round.

Every part of the page is its own small form. With htmx a form posts and only its part of the
page comes back (with "Opgeslagen" or with what is wrong); without JavaScript the same form
posts and the page comes back whole. Thin: read, check, call a service (services/events.py,
services/rounds.py), render."""

from django.contrib import messages
from django_htmx.http import HttpResponseClientRedirect
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from .. import permissions
from ..forms import setup_page as setup
from ..forms.event_setup import EventForm
from ..identity import ORGANISER, STAFF, Actor, event_actor_for_request
from ..methods import DEFAULT_METHOD, method_choices, method_purposes
from ..models import Event, Room, Round
from ..services import events, rounds
from ..services.errors import DomainError
from .common import message


def _creator(request) -> Actor:
    user = request.user
    if user.is_staff:
        return Actor(STAFF, user_id=user.pk)
    if user.organised_events.exists():
        return Actor(ORGANISER, user_id=user.pk)
    return Actor("anonymous", user_id=user.pk)


def _own_event(request, slug):
    """(event, None) for the event's own organiser, else (None, the answer for everybody else).
    Before logging in every slug gets the log-in page, so the answer tells nothing."""
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        return None, message(request, _("Deze bijeenkomst kennen we niet"), _("Kijk of de link klopt."), 404)
    if not permissions.can(event_actor_for_request(request, event), "event.edit"):
        return None, message(request, _("Dat mag niet"), _("Deze pagina is alleen voor de organisator van deze bijeenkomst."), 403)
    return event, None


def _base(request) -> str:
    return request.build_absolute_uri("/")


def _part(request, event, template, context, *, status=200, saved="", anchor=""):
    """htmx: the part of the page, and the page's status line says what happened. Without htmx:
    back to the whole page (after a change) or the whole page with the errors."""
    if request.htmx:
        context = {**context, "event": event, "status_text": saved, "oob_status": True}
        return render(request, template, context, status=status)
    if status < 400:
        if saved:
            messages.success(request, saved)
        return redirect(reverse("event_edit", args=[event.slug]) + (f"#{anchor}" if anchor else ""))
    return _page(request, event, status=status, **context.get("page", {}))


def _page(request, event, *, status=200, **bound):
    return render(request, "events/edit.html", setup.page(event, _base(request), **bound), status=status)


def _refused(form, refusal: DomainError):
    form.add_error(None, refusal.message)
    return form


# --- A new event -------------------------------------------------------------------------------

@require_http_methods(["GET", "POST"])
def event_new(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    if not permissions.can(_creator(request), "event.create"):
        return message(request, _("Dat mag niet"), _("Log in als organisator om een bijeenkomst te maken."), 403)
    form = EventForm(request.POST or None)
    first_round = request.POST.get("first_round", "") if request.method == "POST" else _("Ronde 1")
    if request.method == "POST" and form.is_valid():
        try:
            event = events.start_event(request.user, first_round=first_round, **form.cleaned_data)
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            return redirect("event_edit", slug=event.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "events/new.html", {"form": form, "first_round": first_round}, status=status)


# --- The setup page and the event's own details ------------------------------------------------

@require_http_methods(["GET", "POST"])
def event_edit(request, slug):
    event, refusal = _own_event(request, slug)
    if refusal:
        return refusal
    if request.method == "GET":
        return _page(request, event)
    form = EventForm(request.POST, instance=Event.objects.get(pk=event.pk), prefix="event")
    if form.is_valid():
        try:
            event = events.update_event(event, **form.cleaned_data)
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            if event.slug != slug and request.htmx:  # every link on the page has the old slug in it
                return HttpResponseClientRedirect(reverse("event_edit", args=[event.slug]))
            form = EventForm(instance=event, prefix="event")
            return _part(request, event, "events/setup/event_details.html", {"form": form, "saved": True},
                         saved=_("Opgeslagen"), anchor="event-details")
    return _part(request, event, "events/setup/event_details.html", {"form": form, "page": {"event_form": form}}, status=400)


# --- Rounds ------------------------------------------------------------------------------------

@require_POST
def round_add(request, slug):
    event, refusal = _own_event(request, slug)
    if refusal:
        return refusal
    form = setup.new_round_form(event, request.POST)
    if form.is_valid():
        try:
            round_ = rounds.add_round(
                event, title=form.cleaned_data["title"], room_titles=form.cleaned_data["room_titles"],
                method=form.cleaned_data["method"],
            )
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            event.refresh_from_db()
            context = {"part": setup.round_block(event, round_, _base(request)),
                       "new_round_form": setup.new_round_form(event), "added": True}
            return _part(request, event, "events/setup/round_added.html", context,
                         saved=_("Opgeslagen: %(title)s") % {"title": round_.title}, anchor=f"round-{round_.pk}")
    return _part(request, event, "events/setup/round_add.html", {"new_round_form": form}, status=400)


def _own(request, slug, model, pk):
    """(event, its round or room `pk`, None) for the event's own organiser, else (…, the answer)."""
    event, refusal = _own_event(request, slug)
    if refusal:
        return None, None, refusal
    found = model.objects.filter(pk=pk, event=event).first()
    if found is None:
        gone = _("Die ronde bestaat niet (meer)") if model is Round else _("Die deelsessie bestaat niet (meer)")
        return event, None, message(request, gone, _("Laad de pagina opnieuw."), 404)
    return event, found, None


def _delete(request, slug, model, pk, confirm_template, confirm_context, delete):
    """GET: are you sure (`confirm_context(event, found, base)` fills `confirm_template`);
    POST: `delete(event, pk)`, and the page says what went."""
    event, found, refusal = _own(request, slug, model, pk)
    if refusal:
        return refusal
    if request.method == "GET":
        return _confirmation(request, event, confirm_template, confirm_context(event, found, _base(request)))
    deleted = delete(event, found.pk)
    return _part(request, event, "events/setup/deleted.html", {"deleted": deleted},
                 saved=_("Verwijderd: %(title)s") % {"title": found.title}, anchor="rounds")


@require_http_methods(["GET", "POST"])
def round_edit(request, slug, round_id):
    """GET: the round as it is (to undo a "Verwijder" that was not meant); POST: its new name and times."""
    event, round_, refusal = _own(request, slug, Round, round_id)
    if refusal:
        return refusal
    base = _base(request)
    if request.method == "GET":
        return render(request, "events/setup/round.html", {"part": setup.round_block(event, round_, base), "event": event})
    form = setup.round_form(round_, request.POST)
    if form.is_valid():
        try:
            round_ = rounds.update_round(event, round_.pk, **form.cleaned_data)
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            block = setup.round_block(event, round_, base, saved="round")
            return _part(request, event, "events/setup/round_saved.html", {"part": block},
                         saved=_("Opgeslagen: %(title)s") % {"title": round_.title}, anchor=f"round-{round_.pk}")
    block = setup.round_block(event, round_, base, form=form)
    return _part(request, event, "events/setup/round_form.html", {"part": block, "page": {"bound": block}}, status=400)


@require_POST
def rooms_add(request, slug, round_id):
    """One or more rooms at the end of a round: one title per line."""
    event, round_, refusal = _own(request, slug, Round, round_id)
    if refusal:
        return refusal
    form = setup.titles_form(round_, request.POST)
    if form.is_valid():
        try:
            made = rounds.add_rooms(event, round_.pk, form.cleaned_data["titles"], form.cleaned_data["method"])
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            base = _base(request)
            context = {"part": setup.round_block(event, round_, base, saved="rooms"),
                       "new_rows": [setup.room_row(event, room, base) for room in made]}
            return _part(request, event, "events/setup/rooms_added.html", context,
                         saved=ngettext("Opgeslagen: %(n)s nieuwe deelsessie", "Opgeslagen: %(n)s nieuwe deelsessies", len(made)) % {"n": len(made)},
                         anchor=f"round-{round_.pk}")
    block = setup.round_block(event, round_, _base(request), add_form=form)
    return _part(request, event, "events/setup/rooms_add_form.html", {"part": block, "page": {"bound": block}}, status=400)


@require_http_methods(["GET", "POST"])
def round_delete(request, slug, round_id):
    """GET: what would go, with each room's verslag to download first; POST: delete it."""
    return _delete(request, slug, Round, round_id, "events/setup/confirm_round.html",
                   lambda event, round_, base: {"part": setup.round_block(event, round_, base)}, rounds.delete_round)


# --- Rooms -------------------------------------------------------------------------------------

@require_http_methods(["GET", "POST"])
def room_edit(request, slug, room_id):
    """GET: the room's row as it is; POST: its new details."""
    event, room, refusal = _own(request, slug, Room, room_id)
    if refusal:
        return refusal
    base = _base(request)
    if request.method == "GET":
        return render(request, "events/setup/room.html", {"row": setup.room_row(event, room, base), "event": event})
    form = setup.room_form(event, room, request.POST)
    if form.is_valid():
        try:
            room = rounds.update_room(event, room.pk, **{name: form.cleaned_data[name] for name in form.fields})
        except DomainError as refusal:
            _refused(form, refusal)
        else:
            row = setup.room_row(event, room, base, saved=True)
            return _part(request, event, "events/setup/room_saved.html", {"row": row, "moved": room.round_id != form.initial.get("round")},
                         saved=_("Opgeslagen: %(title)s") % {"title": room.title}, anchor=f"room-{room.pk}")
    row = setup.room_row(event, Room.objects.get(pk=room.pk), base, form=form)
    bound = setup.round_block(event, room.round, base) if room.round_id else None
    if bound:
        bound.rooms = [row if other.room.pk == room.pk else other for other in bound.rooms]
    return _part(request, event, "events/setup/room.html", {"row": row, "page": {"bound": bound}}, status=400)


@require_http_methods(["GET", "POST"])
def room_delete(request, slug, room_id):
    """GET: are you sure (with the verslag to download first, when there are notes); POST: delete."""
    return _delete(request, slug, Room, room_id, "events/setup/confirm_room.html",
                   lambda event, room, base: {"row": setup.room_row(event, room, base)}, rounds.delete_event_room)


def _confirmation(request, event, template, context):
    context = {**context, "event": event}
    if request.htmx:
        return render(request, template, context)
    return render(request, "events/setup/confirm_page.html", {**context, "confirm_template": template})

