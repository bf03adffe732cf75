"""Who is asking, in a room: the same answer for an HTTP request and for a socket.

A phone is known by a signed cookie holding its device id; a facilitator by a secret link whose
token is kept in the session (renewing the link signs everybody out); an organiser or staff
member by their Django account."""

import hmac
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from django.db.models import Exists, OuterRef

from .models import Attendee, Event, Note, Participant, Room

FACILITATED_ROOMS = "facilitated_rooms"  # session key: {room id: facilitator token}
DEVICE_SALT = "device"

ANONYMOUS = "anonymous"
PARTICIPANT = "participant"
REMOVED = "removed"
FACILITATOR = "facilitator"
ORGANISER = "organiser"
STAFF = "staff"
ATTENDEE = "attendee"  # a phone that joined an event (with the event code), not yet a room
STEERING_ROLES = (FACILITATOR, ORGANISER, STAFF)


@dataclass(frozen=True)
class Actor:
    role: str
    room: Room | None = None
    participant: Participant | None = None
    user_id: int | None = None
    event: "Event | None" = None  # set for actors on an event's pages and socket, not a room's
    attendee: "Attendee | None" = None

    @property
    def steers(self) -> bool:
        return self.role in STEERING_ROLES

    @property
    def key(self) -> str:
        """What the page's CSS uses to mark this viewer's own notes."""
        return f"p{self.participant.pk}" if self.participant else "facilitator"


def device_id_from(cookies) -> uuid.UUID | None:
    value = cookies.get(settings.DEVICE_COOKIE_NAME)
    if not value:
        return None
    # The same signer HttpResponse.set_signed_cookie uses; sockets have no request to ask.
    signer = signing.get_cookie_signer(salt=signing._cookie_signer_salt(settings.DEVICE_COOKIE_NAME, DEVICE_SALT))
    try:
        return uuid.UUID(signer.unsign(value, max_age=settings.DEVICE_COOKIE_AGE))
    except (signing.BadSignature, ValueError):
        return None


def set_device_cookie(response, device_id: uuid.UUID) -> None:
    response.set_signed_cookie(
        settings.DEVICE_COOKIE_NAME,
        str(device_id),
        salt=DEVICE_SALT,
        max_age=settings.DEVICE_COOKIE_AGE,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )


def same_token(given, expected) -> bool:
    """Compares a secret token in constant time, so its characters cannot be found by timing."""
    return bool(given) and bool(expected) and hmac.compare_digest(str(given).encode(), str(expected).encode())


def facilitates(session, room: Room) -> bool:
    token = (session.get(FACILITATED_ROOMS) or {}).get(str(room.pk)) if session is not None else None
    return same_token(token, room.facilitator_token)


def remember_facilitator(session, room: Room) -> None:
    """A new session key as the rights grow: a key someone planted in this browser beforehand
    (session fixation) does not become a facilitator's session."""
    rooms = dict(session.get(FACILITATED_ROOMS) or {})
    rooms[str(room.pk)] = room.facilitator_token
    session.cycle_key()
    session[FACILITATED_ROOMS] = rooms


def user_role(user, room: Room) -> str | None:
    if user is None or not user.is_authenticated:
        return None
    if user.is_staff:
        return STAFF
    if room.event_id and room.event.organisers.filter(pk=user.pk).exists():
        return ORGANISER
    return None


_READ = object()  # actor_for: the phone's participant is still to be read


def actor_for(room: Room, *, cookies, session, user, participant=_READ) -> Actor:
    user_id = user.pk if user is not None and user.is_authenticated else None
    if facilitates(session, room):
        return Actor(FACILITATOR, room, user_id=user_id)
    role = user_role(user, room)
    if role:
        return Actor(role, room, user_id=user_id)
    if participant is _READ:
        device_id = device_id_from(cookies)
        participant = Participant.objects.filter(room=room, device_id=device_id).first() if device_id else None
    if participant is None:
        return Actor(ANONYMOUS, room, user_id=user_id)
    return Actor(REMOVED if participant.removed_at else PARTICIPANT, room, participant, user_id)


def actor_for_code(raw_code: str, *, cookies, session, user) -> Actor:
    """actor_for, for a socket that has only the room's code. A phone's participant comes with its
    room in one query, and with whether it has notes waiting for the reveal (its snapshot then
    reads them; most phones have none): a whole room reconnecting costs one query per phone here."""
    from .services import codes, rooms

    code = codes.normalise(raw_code)
    device_id = device_id_from(cookies)
    participant = (
        Participant.objects.select_related("room", "room__event")
        .annotate(has_waiting_notes=Exists(Note.objects.filter(participant=OuterRef("pk"), private=True, hidden=False)))
        .filter(room__code=code, device_id=device_id)
        .first()
        if device_id else None
    )
    room = participant.room if participant else rooms.room_by_code(code)
    return actor_for(room, cookies=cookies, session=session, user=user, participant=participant)


def actor_for_request(request, room: Room) -> Actor:
    return actor_for(room, cookies=request.COOKIES, session=request.session, user=request.user)


def refreshed(actor: Actor) -> Actor:
    """The same actor with its room and participant as they are now (a long-lived socket's
    view would otherwise go stale: a phase change, a removal)."""
    from dataclasses import replace

    from django.utils.translation import gettext_lazy as _

    from .services.errors import NotAllowed, NotFound

    room = Room.objects.select_related("event").filter(pk=actor.room.pk).first()
    if room is None:
        raise NotFound(_("Deze deelsessie bestaat niet meer."))
    if actor.role == FACILITATOR and not same_token(room.facilitator_token, actor.room.facilitator_token):
        # The link this socket came in with was renewed: it may no longer steer (or read).
        raise NotAllowed(_("Deze link werkt niet meer. Vraag de organisator om een nieuwe link."))
    if actor.participant is None:
        return replace(actor, room=room)
    participant = Participant.objects.filter(pk=actor.participant.pk).first()
    if participant is None:  # the phone left the room (its notes deleted) while this socket was open
        raise NotAllowed(_("Doe eerst mee met de code of de link."))
    role = REMOVED if participant.removed_at else actor.role
    return replace(actor, room=room, participant=participant, role=role)


def event_actor(event: Event, *, cookies, session, user) -> Actor:
    """Who is asking on an event's pages and socket: an organiser of this event, staff, a phone
    that joined the event (an attendee), or nobody known."""
    user_id = user.pk if user is not None and user.is_authenticated else None
    if user_id is not None:
        if user.is_staff:
            return Actor(STAFF, event=event, user_id=user_id)
        if event.organisers.filter(pk=user_id).exists():
            return Actor(ORGANISER, event=event, user_id=user_id)
    device_id = device_id_from(cookies)
    attendee = Attendee.objects.filter(event=event, device_id=device_id).first() if device_id else None
    if attendee is not None:
        return Actor(ATTENDEE, event=event, user_id=user_id, attendee=attendee)
    return Actor(ANONYMOUS, event=event, user_id=user_id)


def event_actor_for_request(request, event: Event) -> Actor:
    return event_actor(event, cookies=request.COOKIES, session=request.session, user=request.user)
