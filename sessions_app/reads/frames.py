"""The small reads realtime/ needs (it makes no ORM calls of its own): mostly for the live frames.

A frame is about one change: these reads fetch what that change touched (one note, one phase's
themes, a count), never the whole board. The board itself is read by reads.board."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from ..models import Event, Note, Participant, Room, Theme


def room(room_id: int) -> Room:
    return Room.objects.select_related("event").get(pk=room_id)


def room_or_none(room_id: int) -> Room | None:
    return Room.objects.select_related("event").filter(pk=room_id).first()


def version_and_code(room_id: int) -> tuple[int | None, str | None]:
    return Room.objects.filter(pk=room_id).values_list("version", "code").first() or (None, None)


def current_phase_key(room_id: int) -> str:
    return Room.objects.values_list("phase", flat=True).get(pk=room_id)


def note(note_or_id) -> Note:
    """A note with what its fragment shows (author, room). Takes the Note a change carries, or
    its id (then it is read back)."""
    if isinstance(note_or_id, Note):
        return note_or_id
    return Note.objects.select_related("participant", "room", "room__event").get(pk=note_or_id)


def phase_themes(room_id: int, phase_key: str) -> list[Theme]:
    """The themes of one phase: the console's menu on each note names them."""
    return list(Theme.objects.filter(room_id=room_id, phase=phase_key))


def waiting_count(room_id: int, phase_key: str) -> int:
    """Notes written privately in a phase and not yet revealed (a count is no secret)."""
    return Note.objects.filter(room_id=room_id, phase=phase_key, private=True, hidden=False).count()


def phase_of_theme(theme_id) -> str | None:
    return Theme.objects.filter(pk=theme_id).values_list("phase", flat=True).first() if theme_id else None


def phase_of_note(note_id) -> str | None:
    return Note.objects.filter(pk=note_id).values_list("phase", flat=True).first() if note_id else None


def phase_keys(room: Room) -> set[str]:
    return set(room.phases.values_list("key", flat=True))


def has_actions(room: Room) -> bool:
    return room.actions.exists()


def participant(participant_id) -> Participant | None:
    if not participant_id:
        return None
    return Participant.objects.select_related("room").filter(pk=participant_id).first()


def is_ready(participant_id: int) -> bool:
    return Participant.objects.filter(pk=participant_id, ready=True).exists()


def event(event_id: int) -> Event | None:
    return Event.objects.filter(pk=event_id).first()


def event_by_slug(slug: str) -> Event | None:
    return Event.objects.filter(slug=slug).first()


def active_user(user):
    """A socket's user as the database has it now (an account can be deactivated while its socket
    is open): anonymous once it is gone or inactive."""
    if user is None or not user.is_authenticated:
        return AnonymousUser()
    return get_user_model().objects.filter(pk=user.pk, is_active=True).first() or AnonymousUser()


def event_rooms(room_ids) -> list[Room]:
    return list(Room.objects.filter(pk__in=room_ids, event__isnull=False).select_related("event", "round"))


def timer_fields(room_id: int) -> Room | None:
    """Only what the timer's alarm needs (every phone of a room reconnects at once after a blip)."""
    return Room.objects.filter(pk=room_id).only(
        "timer_ends_at", "timer_closes_writing", "writing_open", "closed_at"
    ).first()


def participants_by_id(participant_ids) -> list[Participant]:
    return list(Participant.objects.filter(pk__in=list(participant_ids)).order_by("pk"))
