from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import links
from .models import Action, Event, Note, Participant, Room, RoomPhase, Round, Theme


class RoundsOfThisEvent:
    """The round picker (`round_field`) offers only the rounds of the event being edited (none
    while it is new)."""

    round_field = ""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == self.round_field:
            event_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Round.objects.filter(event_id=event_id) if event_id else Round.objects.none()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RoundInline(admin.TabularInline):
    model = Round
    extra = 0
    fields = ["title", "position", "starts_at", "ends_at"]


class RoomInline(RoundsOfThisEvent, admin.StackedInline):
    round_field = "round"
    model = Room
    extra = 0
    fields = ["round", "title", "subtitle", "description", "facilitator_name", "capacity", "position", "handout"]
    readonly_fields = ["handout"]

    @admin.display(description=_("links om uit te delen"))
    def handout(self, room):
        if not room.pk:
            return _("Bewaar eerst; daarna staan hier de code en de link voor de gespreksleider.")
        return format_html(
            "{} {}<br>{} <a href=\"{}\">{}</a>", _("code"), room.code, _("gespreksleider:"),
            links.facilitator_url(room), links.facilitator_url(room),
        )


class RoomPhaseInline(admin.TabularInline):
    model = RoomPhase
    extra = 0
    fields = ["key", "title", "prompt", "writing_mode"]
    readonly_fields = ["key"]


@admin.register(Event)
class EventAdmin(RoundsOfThisEvent, admin.ModelAdmin):
    round_field = "current_round"
    list_display = ["title", "date", "code", "slug"]
    search_fields = ["title", "slug", "code"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["organisers"]
    inlines = [RoundInline, RoomInline]
    readonly_fields = ["code", "event_links"]
    fields = [
        "title", "subtitle", "slug", "code", "event_links", "date", "starts_at", "ends_at", "location", "online_link",
        "programme", "description", "organisers", "current_round", "retention_days", "message", "closed_at",
    ]

    @admin.display(description=_("links"))
    def event_links(self, event):
        if not event.pk:
            return "—"
        join, overview = links.event_join_url(event), links.event_overview_url(event)
        return format_html('<a href="{}">{}</a><br><a href="{}">{}</a>', join, join, overview, overview)

    def save_model(self, request, obj, form, change):
        if not obj.code:  # a new event gets its join code like every other: from the service's alphabet
            from .services import codes
            from .services.rooms import code_taken

            obj.code = codes.new_code(code_taken)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:  # whoever makes the event organises it (after the form set the organisers)
            form.instance.organisers.add(request.user)

    def save_formset(self, request, form, formset, change):
        """New rooms are made by services.rooms.create_room (code, phases, facilitator link)."""
        if formset.model is not Room:
            return super().save_formset(request, form, formset, change)
        from .services import rooms

        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []  # for the admin's log
        for room_form in formset.forms:
            if not room_form.has_changed() or not hasattr(room_form, "cleaned_data"):
                continue
            if room_form.instance.pk:
                formset.changed_objects.append((room_form.save(), room_form.changed_data))
            else:
                fields = {name: room_form.cleaned_data.get(name) for name in RoomInline.fields if name != "handout"}
                fields["position"] = fields.get("position") or 0
                formset.new_objects.append(rooms.create_room(event=form.instance, **fields))


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["title", "code", "event", "round", "phase", "writing_open"]
    list_filter = ["event"]
    search_fields = ["title", "code"]
    inlines = [RoomPhaseInline]
    readonly_fields = ["code", "version", "facilitator_token"]


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["text", "room", "phase", "perspective", "hidden", "created_at"]
    list_filter = ["room__event", "phase", "hidden"]
    search_fields = ["text"]


admin.site.register([Participant, Theme, Action])
