"""Personal data is kept no longer than needed (AVG).

- `purge_expired()` deletes events past their retention period (counted from the event's date)
  and stand-alone rooms that have been quiet for ROOM_RETENTION_DAYS; run it daily
  (`python manage.py purge_expired`, see docs/deploy.md).
- `delete_room()` / `delete_event()`: a facilitator or organiser deletes everything at once.
- `leave_room()`: a participant leaves and takes with them their notes, votes, the themes they
  proposed and, in an event, their attendee row (name and perspective on the organiser's pages).

Deleting a room deletes, through the foreign keys, its phases, participants, notes, themes,
votes and actions; deleting an event also deletes its rounds, rooms and attendees."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change, overview_changed, room_changed
from ..core_models import Endorsement, Proposition
from ..models import Action, Attendee, Event, Note, Participant, Room, Theme, Vote
from . import rooms
from .errors import NotAllowed

ROOM_DELETED = Change.ROOM_DELETED
PARTICIPANT_LEFT = Change.PARTICIPANT_LEFT


@dataclass
class Deleted:
    """What a deletion removed, for the command's report and for tests."""

    events: int = 0
    rooms: int = 0
    participants: int = 0
    attendees: int = 0
    notes: int = 0
    votes: int = 0
    themes: int = 0
    actions: int = 0
    titles: list[str] = field(default_factory=list)

    def add(self, other: "Deleted") -> None:
        for name in ("events", "rooms", "participants", "attendees", "notes", "votes", "themes", "actions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.titles += other.titles

    def add_personal(self, other: "Deleted") -> None:
        self.themes += other.themes
        self.attendees += other.attendees

    def __bool__(self) -> bool:
        return bool(self.events or self.rooms)


def _count_rooms(room_ids) -> Deleted:
    return Deleted(
        rooms=len(room_ids),
        participants=Participant.objects.filter(room_id__in=room_ids).count(),
        notes=Note.objects.filter(room_id__in=room_ids).count(),
        votes=Vote.objects.filter(room_id__in=room_ids).count(),
        themes=Theme.objects.filter(room_id__in=room_ids).count(),
        actions=Action.objects.filter(room_id__in=room_ids).count(),
    )


def _announce_deleted(room: Room) -> None:
    # Before the delete: the open screens are told after the commit (pk and version are bound now).
    room.version += 1
    room_changed(room, ROOM_DELETED)


@transaction.atomic
def delete_room(room: Room) -> Deleted:
    """The room and everything in it, at once."""
    room = rooms.lock(room)
    deleted = _count_rooms([room.pk])
    deleted.titles.append(str(room))
    _announce_deleted(room)
    room.delete()
    return deleted


@transaction.atomic
def delete_event(event: Event) -> Deleted:
    """The event with its rounds, rooms, attendees and everything in the rooms, at once."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    room_list = list(Room.objects.select_for_update(of=("self",)).filter(event=event).order_by("pk"))
    deleted = _count_rooms([room.pk for room in room_list])
    deleted.events = 1
    deleted.attendees = Attendee.objects.filter(event=event).count()
    deleted.titles.append(event.title)
    for room in room_list:
        _announce_deleted(room)
    event.delete()
    return deleted


@transaction.atomic
def leave_room(participant: Participant) -> Deleted:
    """The participant leaves the room: their notes and votes are deleted, and so is the
    participant itself (the phone may join again later as someone new).

    Also deleted: the themes they proposed (a title is their own words, like a note; notes of
    others in such a theme stay, as loose notes, and the dots on the theme go, as with a deleted
    note), and their Attendee row at the event (their name and perspective on the organiser's
    overview). Their places in rooms of earlier rounds stay (they are those rooms' own rows, and
    the phone can leave each of them the same way)."""
    if participant is None:
        raise NotAllowed(_("Je doet niet mee in deze deelsessie."))
    room = rooms.lock(participant.room)
    participant = Participant.objects.filter(pk=participant.pk).first()
    if participant is None:
        return Deleted()
    deleted = Deleted(
        participants=1,
        notes=Note.objects.filter(participant=participant).count(),
        votes=Vote.objects.filter(participant=participant).count(),
    )
    deleted.add_personal(_delete_what_else_is_theirs(participant))
    if participant.removed_at:
        # Removed by the facilitator: the notes, votes, name and role go, but the device id and
        # the removal stay, or leaving would be a way back in with the same cookie.
        Note.objects.filter(participant=participant).delete()
        Vote.objects.filter(participant=participant).delete()
        Participant.objects.filter(pk=participant.pk).update(name="", perspective="")
    else:
        participant.delete()
    rooms.publish(room, PARTICIPANT_LEFT)
    if room.event_id:  # a highlight of theirs may be on the plenary board
        overview_changed(room.event, "highlight", room=room.pk)
    return deleted


def _delete_what_else_is_theirs(participant: Participant) -> Deleted:
    """The themes they proposed, their droomzinnen and endorsements, and their attendee row; see leave_room."""
    Proposition.objects.filter(participant=participant).delete()
    Endorsement.objects.filter(participant=participant).delete()
    proposed = Theme.objects.filter(room_id=participant.room_id, proposed_by=participant)
    deleted = Deleted(themes=proposed.count(), attendees=1 if participant.attendee_id else 0)
    proposed.delete()
    if participant.attendee_id:
        Attendee.objects.filter(pk=participant.attendee_id).delete()
    return deleted


def expired_events(now=None):
    """Events whose date (or, without a date, creation day) plus retention_days has passed."""
    today = timezone.localdate(now or timezone.now())
    return [
        event
        for event in Event.objects.all()
        if (event.date or timezone.localdate(event.created_at)) + timedelta(days=event.retention_days) < today
    ]


def expired_rooms(now=None):
    """Rooms without an event that nobody has used for ROOM_RETENTION_DAYS."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.ROOM_RETENTION_DAYS)
    return list(
        Room.objects.filter(event__isnull=True)
        .annotate(active_at=Coalesce("last_activity_at", "created_at"))
        .filter(Q(active_at__lt=cutoff))
    )


def purge_expired(now=None, *, dry_run: bool = False) -> Deleted:
    """Deletes everything past its retention period; returns what was (or would be) deleted."""
    total = Deleted()
    for event in expired_events(now):
        if dry_run:
            counted = _count_rooms(list(event.rooms.values_list("pk", flat=True)))
            counted.events, counted.titles = 1, [event.title]
            counted.attendees = event.attendees.count()
            total.add(counted)
        else:
            total.add(delete_event(event))
    for room in expired_rooms(now):
        if dry_run:
            counted = _count_rooms([room.pk])
            counted.titles = [str(room)]
            total.add(counted)
        else:
            total.add(delete_room(room))
    return total
