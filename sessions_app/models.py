"""The data of Vierluik. Models hold state and small derived facts; every change goes through
a function in sessions_app/services/."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .methods import DEFAULT_METHOD, WRITING_OPEN, method_for


class Perspective(models.TextChoices):
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige", _("ervaringsdeskundige")
    BELEID = "beleid", _("beleid")
    PRAKTIJK = "praktijk", _("praktijk")
    ONDERWIJS = "onderwijs", _("onderwijs of onderzoek")
    INWONER = "inwoner", _("inwoner")
    ANDERS = "anders", _("anders")


class Condition(models.TextChoices):
    """The four conditions of sociale kwaliteit, an optional lens on notes."""

    ZEKERHEID = "zekerheid", _("sociaal-economische zekerheid")
    INCLUSIE = "inclusie", _("sociale inclusie")
    COHESIE = "cohesie", _("sociale cohesie")
    EMPOWERMENT = "empowerment", _("sociaal empowerment")


class Event(models.Model):
    slug = models.SlugField(_("korte naam"), max_length=80, unique=True)
    code = models.CharField(_("code"), max_length=6, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("ondertitel"), max_length=200, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    programme = models.TextField(_("programma"), blank=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    starts_at = models.TimeField(_("begint om"), null=True, blank=True)
    ends_at = models.TimeField(_("eindigt om"), null=True, blank=True)
    location = models.CharField(_("plaats of online"), max_length=200, blank=True)
    online_link = models.URLField(_("link voor online"), blank=True)
    # The language of its rooms' shared screens and phones (each person may still switch their own).
    language = models.CharField(_("taal"), max_length=8, choices=settings.LANGUAGES, default="nl")
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="organised_events", verbose_name=_("organisatoren")
    )
    retention_days = models.PositiveIntegerField(_("bewaartermijn in dagen"), default=90)
    current_round = models.ForeignKey(
        "Round", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("huidige ronde")
    )
    message = models.CharField(_("bericht aan alle ruimtes"), max_length=280, blank=True)
    message_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    # What the organiser puts in the spotlight on the plenary board: a highlighted note, theme or action.
    spotlight_kind = models.CharField(max_length=10, blank=True)
    spotlight_id = models.PositiveBigIntegerField(null=True, blank=True)
    # The method a new room of this event starts with (each room may choose another when it is made).
    method = models.CharField(_("werkvorm"), max_length=20, default=DEFAULT_METHOD)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["-date", "title"]

    def __str__(self):
        return self.title


class Round(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("bijeenkomst"))
    title = models.CharField(_("titel"), max_length=200)
    position = models.PositiveIntegerField(_("volgorde"), default=0)
    starts_at = models.DateTimeField(_("begint om"), null=True, blank=True)
    ends_at = models.DateTimeField(_("eindigt om"), null=True, blank=True)

    class Meta:
        verbose_name = _("ronde")
        verbose_name_plural = _("rondes")
        ordering = ["event", "position", "id"]

    def __str__(self):
        return self.title


class Room(models.Model):
    """A deelsessie: one themed group working through the phases of a method."""

    code = models.CharField(_("code"), max_length=6, unique=True)
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="rooms", verbose_name=_("bijeenkomst")
    )
    round = models.ForeignKey(
        Round, null=True, blank=True, on_delete=models.SET_NULL, related_name="rooms", verbose_name=_("ronde")
    )
    slug = models.SlugField(_("korte naam"), max_length=80, blank=True)
    position = models.PositiveIntegerField(_("volgorde"), default=0)
    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("ondertitel"), max_length=200, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    facilitator_name = models.CharField(_("gespreksleider"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("maximaal aantal deelnemers"), null=True, blank=True)
    # The shared screen and the phones speak it, unless a person switched their own screen.
    language = models.CharField(_("taal"), max_length=8, choices=settings.LANGUAGES, default="nl")
    method = models.CharField(_("werkvorm"), max_length=20, default=DEFAULT_METHOD)

    phase = models.CharField(_("fase"), max_length=30, default="verkennen")
    previous_phase = models.CharField(max_length=30, blank=True)
    phase_changed_at = models.DateTimeField(null=True, blank=True)
    writing_open = models.BooleanField(_("schrijven open"), default=True)
    # Bumped in the same transaction as every change the room's screens show; phones use it
    # to notice a missed broadcast and ask for a fresh snapshot.
    version = models.PositiveBigIntegerField(default=0)
    facilitator_token = models.CharField(max_length=64)

    timer_ends_at = models.DateTimeField(null=True, blank=True)
    timer_remaining = models.PositiveIntegerField(null=True, blank=True)  # seconds left while paused
    timer_closes_writing = models.BooleanField(default=False)
    vote_open = models.BooleanField(default=False)
    vote_phase = models.CharField(max_length=30, blank=True)
    vote_target = models.CharField(max_length=10, default="notes")  # notes or themes
    vote_budget = models.PositiveIntegerField(default=3)
    vote_max_per_item = models.PositiveIntegerField(default=3)
    vote_counts_visible = models.BooleanField(default=True)
    spotlight_note = models.ForeignKey("Note", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    spotlight_theme = models.ForeignKey("Theme", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    lens_enabled = models.BooleanField(_("sociale-kwaliteitlens"), default=False)
    participants_propose_themes = models.BooleanField(default=False)
    # The facilitator can close a room to newcomers; phones that already joined keep working.
    joining_open = models.BooleanField(_("nieuwe deelnemers welkom"), default=True)
    report_names = models.BooleanField(_("namen in het verslag"), default=False)
    # The waarderend interview in tweetallen (services/interviews.py). The guide is one question
    # per line; empty means the method's default guide.
    interview_guide = models.TextField(_("interviewvragen"), blank=True)
    interviews_running = models.BooleanField(default=False)
    interview_turn = models.PositiveIntegerField(default=0)  # 0 until the first "wissel", then 1, 2, …

    summary = models.TextField(_("samenvatting"), blank=True)
    quotes = models.TextField(_("opvallende uitspraken"), blank=True)
    share_token = models.CharField(max_length=64, blank=True)

    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("deelsessie")
        verbose_name_plural = _("deelsessies")
        ordering = ["event", "round", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "slug"], condition=~models.Q(slug=""), name="room_slug_unique_in_event"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.code})"

    @property
    def method_definition(self):
        return method_for(self.method)

    @property
    def current_phase(self) -> "RoomPhase":
        return self.phases.get(key=self.phase)


class RoomPhase(models.Model):
    """One phase of one room, with the room's own prompt and writing mode."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="phases")
    key = models.CharField(max_length=30)
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(_("titel"), max_length=100)
    prompt = models.TextField(_("vraag"), blank=True)
    writing_mode = models.CharField(max_length=10, default=WRITING_OPEN)
    revealed = models.BooleanField(default=False)

    class Meta:
        ordering = ["room", "position"]
        constraints = [models.UniqueConstraint(fields=["room", "key"], name="room_phase_unique")]

    def __str__(self):
        return f"{self.room.code} {self.key}"


class Attendee(models.Model):
    """One phone at one event, so it keeps its name and perspective from round to round."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="attendees")
    device_id = models.UUIDField()
    name = models.CharField(_("naam"), max_length=60, blank=True)
    perspective = models.CharField(_("perspectief"), max_length=30, choices=Perspective.choices, blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "device_id"], name="attendee_once_per_event")]


class Participant(models.Model):
    """One phone in one room. No account: the phone is known by a signed cookie (device_id)."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="participants")
    attendee = models.ForeignKey(Attendee, null=True, blank=True, on_delete=models.SET_NULL, related_name="participations")
    device_id = models.UUIDField()
    name = models.CharField(_("naam"), max_length=60, blank=True)
    perspective = models.CharField(_("perspectief"), max_length=30, choices=Perspective.choices, blank=True)
    ready = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    # Counted per room from 1 at joining: a nameless participant is "Deelnemer 3", never a database id.
    number = models.PositiveIntegerField(null=True, blank=True)
    # Set while interviews run: the phones of one group (a pair, or one trio) share a number;
    # the seat orders them within it (services/interviews.py says who talks in which turn).
    interview_group = models.PositiveIntegerField(null=True, blank=True)
    interview_seat = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["room", "device_id"], name="participant_once_per_room")]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        """How screens name this participant: their own name, or their number in the room."""
        return self.name or _("Deelnemer %(number)s") % {"number": self.number or self.pk}


class Theme(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="themes")
    phase = models.CharField(max_length=30)
    title = models.CharField(_("titel"), max_length=120)
    position = models.PositiveIntegerField(default=0)
    highlighted = models.BooleanField(default=False)
    proposed_by = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["room", "position", "id"]

    def __str__(self):
        return self.title


class NoteKind(models.TextChoices):
    NOTE = "note", _("briefje")
    STORY = "story", _("verhaal")  # what an interviewer heard from their partner


class Note(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="notes")
    participant = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.CASCADE, related_name="notes")
    phase = models.CharField(max_length=30)
    text = models.TextField()
    # Generated by the phone for each note; a resend with the same id returns the stored note.
    client_id = models.CharField(max_length=64)
    perspective = models.CharField(max_length=30, choices=Perspective.choices, blank=True)
    private = models.BooleanField(default=False)  # written in private mode: only its author sees it until reveal
    hidden = models.BooleanField(default=False)
    edited_at = models.DateTimeField(null=True, blank=True)
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes")
    tags = models.JSONField(default=list, blank=True)
    highlighted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # A story is written by the interviewer (participant) about their partner (about); it speaks
    # from the partner's perspective, and the partner may correct it.
    kind = models.CharField(max_length=10, choices=NoteKind.choices, default=NoteKind.NOTE)
    about = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="stories_about")
    about_perspective = models.CharField(max_length=30, choices=Perspective.choices, blank=True)
    corrected_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "client_id"], name="note_once_per_client_id"),
        ]
        indexes = [models.Index(fields=["room", "phase"])]

    def __str__(self):
        return self.text[:40]


class Vote(models.Model):
    """One dot. A participant may put several dots on one item, up to the room's maximum."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="votes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    note = models.ForeignKey(Note, null=True, blank=True, on_delete=models.CASCADE, related_name="votes")
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.CASCADE, related_name="votes")
    created_at = models.DateTimeField(auto_now_add=True)


class Action(models.Model):
    """A commitment from verwezenlijken: wat, wie, wanneer."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="actions")
    what = models.CharField(_("wat"), max_length=280)
    who = models.CharField(_("wie"), max_length=120, blank=True)
    when = models.DateField(_("wanneer"), null=True, blank=True)
    note = models.ForeignKey(Note, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    highlighted = models.BooleanField(default=False)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["room", "position", "id"]


# The positive core and the droomzinnen live in their own module (issue 15).
from .core_models import CoreMark, Endorsement, Proposition, PropositionLink  # noqa: E402, F401


def new_device_id() -> uuid.UUID:
    return uuid.uuid4()
