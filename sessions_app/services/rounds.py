"""Setting up an event's programme: its rounds and the rooms in each round.

The organiser's setup page (views/event_setup.py) calls these one change at a time, so nothing
waits for a big "save all". Every function checks what it gets, and says in plain Dutch what
is wrong; the page's forms only turn the typed text into dates and numbers."""

import re
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from .. import text as typed
from ..changes import overview_changed
from ..methods import method_choices
from ..models import Event, Room, Round
from . import fields, rooms
from .errors import DomainError, NotFound
from .privacy import Deleted, delete_room

TITLE_MAX_LENGTH = Round._meta.get_field("title").max_length
ROOM_TITLE_MAX_LENGTH = Room._meta.get_field("title").max_length
ROOMS_PER_PASTE = 40
# A list pasted from a document often starts its lines with a bullet or a number.
BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])(?:\s+|$)")
ROOM_TEXT_FIELDS = ("title", "subtitle", "description", "facilitator_name")


def _event_locked(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _round_of(event: Event, round_id) -> Round:
    round_ = Round.objects.filter(pk=round_id, event=event).first() if round_id else None
    if round_ is None:
        raise NotFound(_("Die ronde bestaat niet (meer). Laad de pagina opnieuw."))
    return round_


def _times(starts_at: datetime | None, ends_at: datetime | None) -> None:
    if starts_at and ends_at and ends_at <= starts_at:
        raise DomainError(_("De ronde moet eindigen na het begin."))


def _round_title(title: str) -> str:
    too_long = _("Die naam is te lang (max. %(max)s tekens).")
    return fields.required(title, TITLE_MAX_LENGTH, _("Geef de ronde een naam."), too_long)


# --- Rounds ------------------------------------------------------------------------------------

@transaction.atomic
def add_round(event: Event, *, title: str = "", starts_at=None, ends_at=None, room_titles: str = "", method: str = "") -> Round:
    """A new round at the end, and at once the rooms whose titles were pasted with it. The first
    round of an event becomes its current round."""
    event = _event_locked(event)
    count = event.rounds.count()
    title = _round_title(title or _("Ronde %(n)s") % {"n": count + 1})
    _times(starts_at, ends_at)
    titles = room_title_lines(room_titles)
    last = event.rounds.aggregate(last=Max("position"))["last"]
    round_ = Round.objects.create(
        event=event, title=title, position=0 if last is None else last + 1, starts_at=starts_at, ends_at=ends_at
    )
    if event.current_round_id is None:
        event.current_round = round_
        event.save(update_fields=["current_round"])
        overview_changed(event, "round", round=round_.pk)
    _create_rooms(event, round_, titles, method)
    return round_


@transaction.atomic
def update_round(event: Event, round_id, *, title: str, starts_at=None, ends_at=None) -> Round:
    round_ = _round_of(event, round_id)
    round_.title = _round_title(title)
    _times(starts_at, ends_at)
    round_.starts_at, round_.ends_at = starts_at, ends_at
    round_.save(update_fields=["title", "starts_at", "ends_at"])
    return round_


@transaction.atomic
def delete_round(event: Event, round_id) -> Deleted:
    """The round with its rooms and everything in them. When it was the current round, the
    first round left takes its place."""
    event = _event_locked(event)
    round_ = _round_of(event, round_id)
    deleted = Deleted()
    for room in Room.objects.filter(round=round_).order_by("pk"):
        deleted.add(delete_room(room))
    was_current = event.current_round_id in (round_.pk, None)
    round_.delete()
    if was_current:
        event.current_round = event.rounds.order_by("position", "id").first()
        event.save(update_fields=["current_round"])
        overview_changed(event, "round", round=event.current_round_id)
    elif deleted.rooms:
        overview_changed(event, "rooms")
    return deleted


# --- Rooms in a round --------------------------------------------------------------------------

def room_title_lines(raw: str) -> list[str]:
    """One title per line; empty lines and leading bullets or numbers are left out."""
    titles = [typed.clean(BULLET.sub("", line)) for line in (raw or "").replace("\r", "\n").split("\n")]
    titles = [title for title in titles if title]
    if len(titles) > ROOMS_PER_PASTE:
        raise DomainError(_("Dat zijn te veel regels. Plak er hoogstens %(max)s tegelijk.") % {"max": ROOMS_PER_PASTE})
    too_long = next((title for title in titles if len(title) > ROOM_TITLE_MAX_LENGTH), None)
    if too_long:
        raise DomainError(
            _("Deze titel is te lang (max. %(max)s tekens): %(title)s") % {"max": ROOM_TITLE_MAX_LENGTH, "title": too_long[:60] + "…"}
        )
    return titles


def _create_rooms(event: Event, round_: Round, titles: list[str], method: str = "") -> list[Room]:
    """`method`: the werkvorm chosen for these rooms, else the event's (chosen once: a room keeps it)."""
    method = method or event.method
    if method not in dict(method_choices()):
        raise DomainError(_("Die werkvorm kennen we niet."))
    last = Room.objects.filter(event=event, round=round_).aggregate(last=Max("position"))["last"]
    start = 0 if last is None else last + 1
    made = [
        rooms.create_room(event=event, round=round_, title=title, position=start + n, language=event.language, method=method)
        for n, title in enumerate(titles)
    ]
    if made and round_.pk == event.current_round_id:
        overview_changed(event, "rooms")
    return made


@transaction.atomic
def add_rooms(event: Event, round_id, titles: str, method: str = "") -> list[Room]:
    """A room for every pasted line, at the end of the round."""
    event = _event_locked(event)
    round_ = _round_of(event, round_id)
    lines = room_title_lines(titles)
    if not lines:
        raise DomainError(_("Schrijf de titel van de deelsessie op. Meer deelsessies: één titel per regel."))
    return _create_rooms(event, round_, lines, method)


def _room_of(event: Event, room_id) -> Room:
    room = Room.objects.filter(pk=room_id, event=event).first() if room_id else None
    if room is None:
        raise NotFound(_("Die deelsessie bestaat niet (meer). Laad de pagina opnieuw."))
    return room


@transaction.atomic
def update_room(event: Event, room_id, **fields) -> Room:
    """The room's own details as the organiser typed them: title, subtitle, description,
    gespreksleider, capacity, its round, and whatever else the setup form offers."""
    room = rooms.lock(_room_of(event, room_id))
    for name in ROOM_TEXT_FIELDS:
        if name in fields:
            fields[name] = typed.clean(fields[name], multiline=name == "description")
    if "title" in fields and not fields["title"]:
        raise DomainError(_("Geef de deelsessie een titel."))
    capacity = fields.get("capacity")
    if capacity is not None and not 1 <= capacity <= settings.ROOM_MAX_PARTICIPANTS:
        raise DomainError(
            _("Kies een aantal deelnemers tussen 1 en %(max)s, of laat het leeg.") % {"max": settings.ROOM_MAX_PARTICIPANTS}
        )
    if fields.get("language"):
        fields["language"] = rooms.valid_language(fields["language"])
    if "round" in fields:
        new_round = fields.pop("round")
        fields["round_id"] = _round_of(event, getattr(new_round, "pk", new_round)).pk
    moved = "round_id" in fields and fields["round_id"] != room.round_id
    for name, value in fields.items():
        setattr(room, name, value)
    room.save(update_fields=list(fields))
    if moved:
        overview_changed(event, "rooms")
    return room


@transaction.atomic
def delete_event_room(event: Event, room_id) -> Deleted:
    """The room and everything in it (notes, names, votes, actions): see services/privacy.py."""
    deleted = delete_room(_room_of(event, room_id))
    overview_changed(event, "rooms")
    return deleted
