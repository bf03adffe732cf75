"""Events: a bijeenkomst with rounds of parallel rooms, one code for everybody, and an organiser
who steers all rooms at once. Every change to a room still goes through the room's own lock and
`rooms.publish`, so each screen of each room updates with the room's version."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, overview_changed
from .. import text as typed
from ..models import Attendee, Event, Participant, Room, Round
from ..reads.event import current_rooms
from . import codes, participants, phases, rooms, timer
from .errors import DomainError, NotAllowed, NotFound
from .rooms import code_taken

TIMER_MAX_SECONDS = timer.MAX_SECONDS  # the socket command checks against this name
# The organiser-broadcast limit (docs/limits.md); never above the column's 280.
MESSAGE_MAX_LENGTH = min(settings.ORGANISER_MESSAGE_MAX_LENGTH, Event._meta.get_field("message").max_length)


@transaction.atomic
def create_event(*, slug: str, title: str, **fields) -> Event:
    return Event.objects.create(slug=slug, title=title, code=codes.new_code(code_taken), **fields)


def add_round(event: Event, *, title: str, position: int = 0, **fields) -> Round:
    return Round.objects.create(event=event, title=title, position=position, **fields)


def event_by_code(raw_code: str) -> Event | None:
    code = codes.normalise(raw_code)
    return Event.objects.filter(code=code).first() if code else None


def lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


# --- Joining and choosing a room -----------------------------------------------------------

def _check_open(event: Event) -> None:
    if event.closed_at:
        raise NotAllowed(_("Deze bijeenkomst is afgelopen. Dank je wel!"))


def join_event(event: Event, device_id, *, name: str = "", perspective: str = "") -> Attendee:
    """The phone's attendee at this event: new, or the one it already has (name and role updated)."""
    name, perspective = participants.clean_name(name), participants.clean_perspective(perspective)
    _check_open(Event.objects.get(pk=event.pk))  # as it is now, not as the caller last read it
    attendee = Attendee.objects.filter(event=event, device_id=device_id).first()
    if attendee is None:
        try:
            with transaction.atomic():
                return Attendee.objects.create(event=event, device_id=device_id, name=name, perspective=perspective)
        except IntegrityError:  # a double tap: the other request created it
            attendee = Attendee.objects.get(event=event, device_id=device_id)
    changed = [f for f, v in (("name", name), ("perspective", perspective)) if v and getattr(attendee, f) != v]
    for field in changed:
        setattr(attendee, field, name if field == "name" else perspective)
    if changed:
        attendee.save(update_fields=changed)
    return attendee


def attendee_for(event: Event, device_id) -> Attendee | None:
    if device_id is None:
        return None
    return Attendee.objects.filter(event=event, device_id=device_id).first()


def room_in_round(attendee: Attendee, round_id) -> Participant | None:
    """The attendee's place in a round (None: not chosen yet)."""
    queryset = Participant.objects.filter(attendee=attendee, room__event_id=attendee.event_id)
    if round_id:
        queryset = queryset.filter(room__round_id=round_id)
    return queryset.select_related("room").first()


def choose_room(attendee: Attendee, room_id) -> Participant:
    """The attendee goes into a room of the current round, as a participant with the same name
    and perspective. The room's own lock and capacity check keep a full room from overfilling."""
    event = Event.objects.get(pk=attendee.event_id)
    _check_open(event)
    room = Room.objects.filter(pk=room_id, event=event).select_related("event").first() if room_id else None
    if room is None:
        raise NotFound(_("Deze deelsessie bestaat niet meer. Kies een andere."))
    if event.current_round_id and room.round_id != event.current_round_id:
        raise NotAllowed(_("Deze deelsessie hoort bij een andere ronde. Kies er een uit de lijst."))
    chosen = room_in_round(attendee, event.current_round_id)
    if chosen and chosen.room_id != room.pk:
        raise NotAllowed(_("Je hebt al een deelsessie gekozen voor deze ronde: %(title)s.") % {"title": chosen.room.title})
    return participants.join_room(
        room, attendee.device_id, name=attendee.name, perspective=attendee.perspective, attendee=attendee
    )


def assign(event: Event, attendee_id, room_id) -> Participant:
    """The organiser puts someone in a room of the current round."""
    attendee = Attendee.objects.filter(pk=attendee_id, event=event).first() if attendee_id else None
    if attendee is None:
        raise NotFound(_("Deze deelnemer kennen we niet."))
    return choose_room(attendee, room_id)


def unplaced(event: Event):
    """Attendees without a room in the current round."""
    placed = Participant.objects.filter(attendee__event=event, removed_at__isnull=True)
    if event.current_round_id:
        placed = placed.filter(room__round_id=event.current_round_id)
    return event.attendees.exclude(pk__in=placed.values("attendee_id")).order_by("joined_at")


# --- The organiser steers all rooms ------------------------------------------------------------

@transaction.atomic
def set_round(event: Event, round_id) -> Event:
    """Starts a round: people choose a room again. Rooms of the old round learn it from their banner."""
    event = lock(event)
    round_ = event.rounds.filter(pk=round_id).first() if round_id else None
    if round_ is None:
        raise DomainError(_("Die ronde bestaat niet."))
    if event.current_round_id == round_.pk:
        return event
    old_round_id = event.current_round_id
    event.current_round = round_
    event.save(update_fields=["current_round"])
    for room in Room.objects.filter(event=event, round_id=old_round_id).order_by("pk") if old_round_id else []:
        rooms.publish(rooms.lock(room), Change.EVENT_BANNER)
    overview_changed(event, "round", round=round_.pk)
    return event


@transaction.atomic
def send_message(event: Event, text: str) -> Event:
    """A banner on every phone, console and presenter view of the event's rooms. Stored on the
    event, so a phone that reconnects sees it too. An empty text takes the banner away."""
    text = typed.clean(text)
    if len(text) > MESSAGE_MAX_LENGTH:
        raise DomainError(_("Dat bericht is te lang. Maak het korter (max. %(max)s tekens).") % {"max": MESSAGE_MAX_LENGTH})
    event = lock(event)
    if event.message == text:
        return event
    event.message = text
    event.message_at = timezone.now() if text else None
    event.save(update_fields=["message", "message_at"])
    for room in current_rooms(event).order_by("pk"):
        rooms.publish(rooms.lock(room), Change.EVENT_BANNER)
    overview_changed(event, "message")
    return event


@transaction.atomic
def start_timer_everywhere(event: Event, seconds: int) -> Event:
    if not 0 < seconds <= TIMER_MAX_SECONDS:
        raise DomainError(_("Kies een tijd tussen 1 seconde en 4 uur."))
    event = lock(event)
    _check_open(event)
    for room in current_rooms(event).order_by("pk"):
        if not room.closed_at:
            timer.start(room, seconds)
    return event


@transaction.atomic
def set_phase_everywhere(event: Event, phase: str) -> Event:
    event = lock(event)
    _check_open(event)
    # Rooms may follow different methods: each room that has this phase moves to it.
    moving = [room for room in current_rooms(event).order_by("pk") if not room.closed_at and phase in room.method_definition.phase_keys]
    if not moving:
        raise DomainError(_("Die fase bestaat niet."))
    for room in moving:
        phases.set_phase(room, phase)
    return event


@transaction.atomic
def close_event(event: Event) -> Event:
    """Closes every room of the event (writing closed, room closed) and then the event."""
    event = lock(event)
    if event.closed_at:
        return event
    for room in Room.objects.filter(event=event).order_by("pk"):
        rooms.close_room(room)
    event.closed_at = timezone.now()
    event.save(update_fields=["closed_at"])
    overview_changed(event, "closed")
    return event
