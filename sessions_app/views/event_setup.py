"""Setting up an event on one simple page: the event, its rounds, and the parallel rooms of each
round. New rooms get their code, phases and facilitator link from services.rooms.create_room."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.forms import inlineformset_factory
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from .. import links, permissions, text
from ..identity import ORGANISER, STAFF, Actor, event_actor_for_request
from ..methods import DEFAULT_METHOD, method_choices, method_purposes
from ..models import Event, Room, Round
from ..services import events, rooms


class TypedTextForm(forms.ModelForm):
    """Every free-text field goes through the one cleaning function (sessions_app/text.py)."""

    def clean(self):
        data = super().clean()
        for name, field in self.fields.items():
            if type(field) is forms.CharField and isinstance(data.get(name), str):
                data[name] = text.clean(data[name], multiline=isinstance(field.widget, forms.Textarea))
                if field.required and not data[name]:
                    self.add_error(name, field.error_messages["required"])
        return data


class EventForm(TypedTextForm):
    class Meta:
        model = Event
        fields = [
            "title", "subtitle", "slug", "date", "starts_at", "ends_at", "location", "online_link",
            "programme", "description", "retention_days", "method",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "programme": forms.Textarea(attrs={"rows": 4}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "slug": gettext_lazy("Komt in de links, bijvoorbeeld werkplaats-2026. Laat leeg: we maken er een."),
            "retention_days": gettext_lazy("Zo lang bewaren we de briefjes na de bijeenkomst."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["method"] = forms.ChoiceField(
            label=gettext_lazy("Werkvorm van nieuwe deelsessies"), choices=method_choices, initial=DEFAULT_METHOD,
            help_text=" ".join(f"{title}: {purpose}." for title, purpose in method_purposes()), required=False,
        )

    def clean_method(self):
        return self.cleaned_data.get("method") or self.instance.method or DEFAULT_METHOD  # a form without it keeps working

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or slugify(self.cleaned_data.get("title", ""))[:70] or "bijeenkomst"
        base, n = slug, 2
        while Event.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


class RoundForm(TypedTextForm):
    class Meta:
        model = Round
        fields = ["title", "position", "starts_at", "ends_at"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }


# A tuple: the inline formset appends its foreign key to the form's Meta.fields list.
ROOM_FIELDS = ("round", "title", "subtitle", "description", "facilitator_name", "capacity", "position")


class RoomForm(TypedTextForm):
    class Meta:
        model = Room
        fields = list(ROOM_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    method = forms.ChoiceField(label=gettext_lazy("Werkvorm"), choices=method_choices, initial=DEFAULT_METHOD)

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = Round.objects.filter(event=event) if event else Round.objects.none()
        if self.instance.pk:  # a room's phases come from its method: it is chosen once, when the room is made
            self.fields["method"].disabled = True
            self.fields["method"].initial = self.instance.method
            self.fields["method"].help_text = gettext_lazy("De werkvorm kies je als je de deelsessie maakt.")
        elif event is not None:
            self.fields["method"].initial = event.method

    def has_changed(self):
        """An empty new row with only the default method chosen is still empty."""
        return any(name != "method" for name in self.changed_data)


RoundFormSet = inlineformset_factory(Event, Round, form=RoundForm, extra=1, can_delete=False)
RoomFormSet = inlineformset_factory(Event, Room, form=RoomForm, extra=2, can_delete=False)


def _creator(request) -> Actor:
    user = request.user
    if user.is_staff:
        return Actor(STAFF, user_id=user.pk)
    if user.organised_events.exists():
        return Actor(ORGANISER, user_id=user.pk)
    return Actor("anonymous", user_id=user.pk)


@require_http_methods(["GET", "POST"])
def event_new(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    if not permissions.can(_creator(request), "event.create"):
        return render(request, "message.html", {"heading": _("Dat mag niet"), "message": _("Log in als organisator om een bijeenkomst te maken.")}, status=403)
    form = EventForm(request.POST or None)
    first_round = request.POST.get("first_round", "") if request.method == "POST" else _("Ronde 1")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            data = {k: v for k, v in form.cleaned_data.items() if k not in ("slug", "title")}
            event = events.create_event(slug=form.cleaned_data["slug"], title=form.cleaned_data["title"], **data)
            event.organisers.add(request.user)
            round_ = events.add_round(event, title=first_round.strip() or _("Ronde 1"), position=0)
            event.current_round = round_
            event.save(update_fields=["current_round"])
        return redirect("event_edit", slug=event.slug)
    return render(request, "events/new.html", {"form": form, "first_round": first_round}, status=400 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
def event_edit(request, slug):
    if not request.user.is_authenticated:  # before the lookup: any slug gets the same answer
        return redirect_to_login(request.get_full_path(), reverse_lazy("organiser_login"))
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        return render(request, "message.html", {"heading": _("Deze bijeenkomst kennen we niet"), "message": _("Kijk of de link klopt.")}, status=404)
    if not permissions.can(event_actor_for_request(request, event), "event.edit"):
        return render(request, "message.html", {"heading": _("Dat mag niet"), "message": _("Deze pagina is alleen voor de organisator van deze bijeenkomst.")}, status=403)
    data = request.POST if request.method == "POST" else None
    form = EventForm(data, instance=event, prefix="event")
    round_set = RoundFormSet(data, instance=event, prefix="rounds")
    room_set = RoomFormSet(data, instance=event, prefix="rooms", form_kwargs={"event": event})
    if request.method == "POST" and form.is_valid() and round_set.is_valid() and room_set.is_valid():
        with transaction.atomic():
            event = form.save()
            round_set.save()
            for room_form in room_set.forms:
                if not room_form.has_changed():
                    continue
                if room_form.instance.pk:
                    room_form.save()
                else:
                    fields = {name: room_form.cleaned_data.get(name) for name in ROOM_FIELDS}
                    fields["position"] = fields["position"] or 0
                    rooms.create_room(event=event, method=room_form.cleaned_data.get("method") or DEFAULT_METHOD, **fields)
            if event.current_round_id is None and event.rounds.exists():
                event.current_round = event.rounds.first()
                event.save(update_fields=["current_round"])
        return redirect("event_edit", slug=event.slug)
    base = request.build_absolute_uri("/")
    handouts = [
        {"room": room, "join_url": links.join_url(room, base), "facilitator_url": links.facilitator_url(room, base)}
        for room in event.rooms.select_related("round").order_by("round__position", "position", "id")
    ]
    context = {
        "event": event, "form": form, "round_set": round_set, "room_set": room_set, "handouts": handouts,
        "join_url": links.event_join_url(event, base),
    }
    return render(request, "events/edit.html", context, status=400 if request.method == "POST" else 200)
