"""Joining a room from a phone: no account, the phone is known by its device id."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from .. import text
from ..models import Participant, Perspective, Room
from . import joining, rooms
from .errors import DomainError, NotAllowed

NAME_MAX_LENGTH = 60


def clean_name(name: str) -> str:
    name = text.clean(name)
    if len(name) > NAME_MAX_LENGTH:
        raise DomainError(_("Die naam is te lang. Maak hem korter (max. %(max)s tekens).") % {"max": NAME_MAX_LENGTH})
    return name


def clean_perspective(perspective: str) -> str:
    perspective = perspective or ""
    if perspective and perspective not in Perspective.values:
        raise DomainError(_("Kies een rol uit de lijst."))
    return perspective


def participant_for(room: Room, device_id) -> Participant | None:
    if device_id is None:
        return None
    return Participant.objects.filter(room=room, device_id=device_id).first()


def join_room(room: Room, device_id, *, name: str = "", perspective: str = "", attendee=None) -> Participant:
    """The phone's participant in this room: new, or the one it already has (name and role updated)."""
    name, perspective = clean_name(name), clean_perspective(perspective)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is afgelopen."))
    existing = participant_for(room, device_id)
    if existing and existing.removed_at:
        raise NotAllowed(_("De gespreksleider heeft je uit deze ruimte gehaald."))
    if existing:
        return _update(existing, name, perspective)
    try:
        return _create(room, device_id, name, perspective, attendee)
    except IntegrityError:
        # The same phone joined twice at once (a double tap): the other request won.
        return _update(Participant.objects.get(room=room, device_id=device_id), name, perspective)


@transaction.atomic
def _create(room, device_id, name, perspective, attendee) -> Participant:
    room = rooms.lock(room)  # also serialises joins, so concurrent joins never overfill a room
    joining.admit_newcomer(room)  # closed to newcomers, or too many at once
    counts = room.participants.aggregate(
        joined=Count("pk", filter=Q(removed_at__isnull=True)), last_number=Max("number")
    )
    limit = min(filter(None, [room.capacity, settings.ROOM_MAX_PARTICIPANTS]))
    if counts["joined"] >= limit:
        raise NotAllowed(_("Deze deelsessie is vol. Kies een andere."))
    participant = Participant.objects.create(
        room=room, device_id=device_id, name=name, perspective=perspective, attendee=attendee,
        last_seen_at=timezone.now(), number=(counts["last_number"] or 0) + 1,  # under the room's lock: no two alike
    )
    rooms.publish(room, Change.PARTICIPANT_JOINED, participant=participant.pk, joined=True)
    return participant


def _update(participant: Participant, name: str, perspective: str) -> Participant:
    changed = [f for f, v in (("name", name), ("perspective", perspective)) if v and getattr(participant, f) != v]
    for field in changed:
        setattr(participant, field, name if field == "name" else perspective)
    if changed:
        participant.save(update_fields=changed)
    return participant
