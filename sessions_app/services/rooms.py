"""Creating rooms and changing what a room shows about itself."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..changes import Change, room_changed
from ..methods import DEFAULT_METHOD, METHODS, method_for
from ..models import Event, Room, RoomPhase
from . import codes, fields
from .errors import DomainError, NotFound

PROMPT_MAX_LENGTH = 600
TITLE_MAX_LENGTH = 100


def code_taken(code: str) -> bool:
    return Room.objects.filter(code=code).exists() or Event.objects.filter(code=code).exists()


@transaction.atomic
def create_room(*, title: str, prompts: dict[str, str] | None = None, method: str = DEFAULT_METHOD, **fields) -> Room:
    """A room with its phases, each with the method's default prompt unless `prompts` gives one."""
    if method not in METHODS:
        raise DomainError(_("Die werkvorm kennen we niet."))
    room = Room.objects.create(
        title=title,
        method=method,
        code=codes.new_code(code_taken),
        facilitator_token=codes.new_token(),
        phase=method_for(method).phases[0].key,
        **fields,
    )
    prompts = prompts or {}
    RoomPhase.objects.bulk_create(
        RoomPhase(
            room=room,
            key=phase.key,
            position=position,
            title=_dutch(phase.title),  # the default: screens show it in their own language (methods.phase_label)
            prompt=prompts.get(phase.key) or str(phase.prompt),
            writing_mode=phase.writing_mode,
        )
        for position, phase in enumerate(method_for(method).phases)
    )
    return room


def _dutch(title) -> str:
    with translation.override("nl"):
        return str(title)


def room_by_code(raw_code: str) -> Room:
    code = codes.normalise(raw_code)
    room = Room.objects.filter(code=code).select_related("event").first()
    if room is None:
        raise NotFound(_("Deze code kennen we niet. Kijk of je hem goed hebt overgenomen."))
    return room


def lock(room: Room) -> Room:
    """The room's row, locked until this transaction ends.

    Every change to what a room's screens show takes this lock first, so changes to one room
    are serialised and their version numbers follow commit order."""
    return Room.objects.select_for_update(of=("self",)).select_related("event").get(pk=room.pk)


def publish(room: Room, kind: str, **data) -> None:
    """Gives the change the room's next version and announces it once the transaction commits."""
    room.version += 1
    room.last_activity_at = timezone.now()
    Room.objects.filter(pk=room.pk).update(version=room.version, last_activity_at=room.last_activity_at)
    room_changed(room, kind, **data)


def announce(room: Room, kind: str, **data) -> None:
    """Announces, once the transaction commits, a change whose version the room already has
    (a statement that locked the row also bumped it: services/notes.py)."""
    room_changed(room, kind, **data)


def switch(room: Room, field: str, value, kind: str | None, **data) -> Room:
    """One of the room's switches (lens, joining, proposals, names in the verslag) set under the
    room's lock, inside the caller's transaction: nothing happens when it already is so; else it
    is saved and, with a change `kind`, published with `data`."""
    room = lock(room)
    if getattr(room, field) == value:
        return room
    setattr(room, field, value)
    room.save(update_fields=[field])
    if kind:
        publish(room, kind, **data)
    return room


@transaction.atomic
def set_prompt(room: Room, phase_key: str, prompt: str) -> RoomPhase:
    too_long = _("Die vraag is te lang. Maak hem korter (max. %(max)s tekens).")
    prompt = fields.required(prompt, PROMPT_MAX_LENGTH, _("Schrijf een vraag voor deze fase."), too_long, multiline=True)
    return _set_phase_field(room, phase_key, "prompt", prompt, "phase.prompt")


@transaction.atomic
def set_phase_title(room: Room, phase_key: str, title: str) -> RoomPhase:
    """The room's own label for a phase (say "Dromen" for verbeelden); its key stays."""
    title = fields.required(title, TITLE_MAX_LENGTH, _("Geef de fase een naam."), fields.NAME_TOO_LONG)
    return _set_phase_field(room, phase_key, "title", title, Change.PHASE_TITLE)


def _set_phase_field(room: Room, phase_key: str, field: str, value: str, kind: str) -> RoomPhase:
    """Under the room's lock: one field of one phase, published as `kind` only when it changed."""
    room = lock(room)
    phase = room.phases.filter(key=phase_key).first()
    if phase is None:
        raise DomainError(_("Die fase bestaat niet."))
    if getattr(phase, field) == value:
        return phase  # nothing changed, so nothing to announce
    setattr(phase, field, value)
    phase.save(update_fields=[field])
    publish(room, kind, phase=phase_key)
    return phase


@transaction.atomic
def renew_facilitator_link(room: Room) -> Room:
    """A new secret link; everyone who came in through the old one is signed out of the room."""
    room = Room.objects.select_for_update().get(pk=room.pk)
    room.facilitator_token = codes.new_token()
    room.save(update_fields=["facilitator_token"])
    room_changed(room, "facilitator_link.renewed")  # open consoles of the old link are closed
    return room


@transaction.atomic
def close_room(room: Room) -> Room:
    """Ends the deelsessie: writing closes for good and phones show the verslag link (if shared)."""
    room = lock(room)
    if room.closed_at and not room.writing_open:
        return room
    room.closed_at = room.closed_at or timezone.now()
    room.writing_open = False
    room.save(update_fields=["closed_at", "writing_open"])
    publish(room, "room.closed")
    return room


@transaction.atomic
def reopen_room(room: Room) -> Room:
    """Undoes a close made by mistake; writing stays closed until the facilitator opens it."""
    room = lock(room)
    if not room.closed_at:
        return room
    room.closed_at = None
    room.save(update_fields=["closed_at"])
    publish(room, "room.reopened")
    return room


def valid_language(language: str) -> str:
    codes_ = [code for code, _name in settings.LANGUAGES]
    if language not in codes_:
        raise DomainError(_("Kies een van deze talen: %(codes)s.") % {"codes": ", ".join(codes_)})
    return language


@transaction.atomic
def set_language(room: Room, language: str) -> Room:
    """The language of the room's shared screen and phones. Open screens that follow the room load
    again in it (static/js/room-language.js); a person who switched their own screen keeps theirs."""
    language = valid_language(language)
    room = lock(room)
    if room.language != language:
        room.language = language
        room.save(update_fields=["language"])
        publish(room, "room.language")  # the screens that follow the room load again in it
    return room
