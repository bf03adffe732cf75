"""The forms of the organiser's setup page. They only turn what was typed into dates, times and
numbers (with Django's own Dutch messages); the services in services/rounds.py and
services/events.py check the rest and do the writing."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .. import text
from ..methods import DEFAULT_METHOD, method_choices, method_purposes
from ..models import Event, Room, Round

DATETIME = {"type": "datetime-local"}


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

    # Fields shown only after "Meer" is opened; every other declared field is shown at once.
    more: tuple[str, ...] = ()

    def main_fields(self):
        return [field for field in self if field.name not in self.more]

    def more_fields(self):
        return [field for field in self if field.name in self.more]

    def more_has_errors(self) -> bool:
        return any(self.errors.get(name) for name in self.more)


class EventForm(TypedTextForm):
    more = ("subtitle", "slug", "online_link", "programme", "description", "retention_days")

    class Meta:
        model = Event
        fields = [
            "title", "subtitle", "slug", "date", "starts_at", "ends_at", "location", "online_link",
            "programme", "description", "retention_days", "language", "method",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "programme": forms.Textarea(attrs={"rows": 4}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "slug": _("Komt in de links, bijvoorbeeld werkplaats-2026. Laat leeg: we maken er een."),
            "retention_days": _("Zo lang bewaren we de briefjes na de bijeenkomst."),
            "language": _("Het presentatiescherm en de telefoons gebruiken deze taal. Iedereen kan zijn eigen scherm omzetten."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["language"].required = False  # a form without it (older pages, scripts) keeps the language
        self.fields["method"] = forms.ChoiceField(
            label=_("Werkvorm van nieuwe deelsessies"), choices=method_choices, initial=DEFAULT_METHOD,
            help_text=" ".join(f"{title}: {purpose}." for title, purpose in method_purposes()), required=False,
        )

    def clean_method(self):
        return self.cleaned_data.get("method") or self.instance.method or DEFAULT_METHOD  # a form without it keeps working

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or slugify(self.cleaned_data.get("title", ""))[:70] or "bijeenkomst"
        base, n = slug, 2
        while Event.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


class RoundForm(TypedTextForm):
    class Meta:
        model = Round
        fields = ["title", "starts_at", "ends_at"]
        labels = {"title": _("Naam van de ronde")}
        widgets = {
            "starts_at": forms.DateTimeInput(attrs=DATETIME, format="%Y-%m-%dT%H:%M"),
            "ends_at": forms.DateTimeInput(attrs=DATETIME, format="%Y-%m-%dT%H:%M"),
        }


class RoomForm(TypedTextForm):
    class Meta:
        model = Room
        fields = ["title", "subtitle", "description", "facilitator_name", "capacity", "round", "language"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}
        help_texts = {"capacity": _("Is de deelsessie vol, dan kiezen mensen een andere.")}

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = Round.objects.filter(event=event) if event else Round.objects.none()
        self.fields["round"].required = True
        self.fields["round"].empty_label = None
        self.fields["language"].required = False
        self.event = event

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language or getattr(self.event, "language", "")


class RoomTitlesForm(forms.Form):
    titles = forms.CharField(
        label=_("Titels van nieuwe deelsessies"),
        help_text=_("Eén titel per regel. Plak gerust een hele lijst."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    method = forms.ChoiceField(label=_("Werkvorm"), choices=method_choices, required=False)


class NewRoundForm(forms.Form):
    title = forms.CharField(label=_("Naam van de nieuwe ronde"), required=False, max_length=200)
    room_titles = forms.CharField(
        label=_("Deelsessies in deze ronde"),
        help_text=_("Eén titel per regel. Je kunt ze ook later toevoegen."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    method = forms.ChoiceField(label=_("Werkvorm"), choices=method_choices, required=False)
