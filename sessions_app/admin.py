from django.contrib import admin

from .models import Action, Event, Note, Participant, Room, RoomPhase, Round, Theme


class RoundInline(admin.TabularInline):
    model = Round
    extra = 0


class RoomInline(admin.StackedInline):
    model = Room
    extra = 0
    fields = ["round", "title", "subtitle", "description", "facilitator_name", "capacity", "position"]


class RoomPhaseInline(admin.TabularInline):
    model = RoomPhase
    extra = 0
    fields = ["key", "title", "prompt", "writing_mode"]
    readonly_fields = ["key"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "code", "slug"]
    search_fields = ["title", "slug", "code"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["organisers"]
    inlines = [RoundInline, RoomInline]
    readonly_fields = ["code"]


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
