"""Droomzinnen (provocative propositions): in verbeelden and vormgeven a participant writes how
it is when the dream has come true, in the present tense ("Wij …"). Others endorse it with one
tap ("Dit wil ik ook"; a second tap takes it back). The facilitator links each droomzin to the
notes or themes it grew from. Every change takes the room's row lock first, so one phone's two
tabs can never endorse twice."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from ..core_models import Endorsement, Proposition, PropositionLink
from ..models import Note, Participant, Room, Theme
from . import rooms
from .core import one_item, phase_has, phase_names, phases_with
from .errors import NotAllowed, NotFound
from .harvest import NOT_SHOWN
from . import fields, notes
from .notes import NOT_IN_ROOM, sent_before
from .lookup import in_room

PROPOSITIONS_TOOL = "propositions"
MAX_PER_PHONE = 10


def clean_text(value: str, client_id: str = "") -> str:
    empty = _("Je droomzin is nog leeg. Schrijf eerst iets op.")
    return fields.required(value, settings.NOTE_MAX_LENGTH, empty, multiline=True, client_id=client_id)


def clean_client_id(client_id: str) -> str:
    return notes.clean_client_id(client_id, _("Deze droomzin mist een kenmerk. Laad de pagina opnieuw."))


def proposition_in(room: Room, proposition_id) -> Proposition:
    found = Proposition.objects.filter(room=room, pk=proposition_id).first() if proposition_id else None
    if found is None:
        raise NotFound(_("Die droomzin vinden we niet in deze deelsessie."))
    return found


def _open_for_propositions(room: Room) -> None:
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."))
    if not phase_has(room, PROPOSITIONS_TOOL):
        phases = phases_with(room, PROPOSITIONS_TOOL)
        if not phases:
            raise NotAllowed(_("Deze werkvorm heeft geen droomzinnen."))
        raise NotAllowed(_("Droomzinnen zijn er in de fase %(phase)s.") % {"phase": phase_names(phases)})


def _present(room: Room, participant: Participant) -> None:
    if not Participant.objects.filter(pk=participant.pk, room=room, removed_at__isnull=True).exists():
        raise NotAllowed(NOT_IN_ROOM)


@transaction.atomic
def add_proposition(room: Room, participant: Participant, *, text: str, client_id: str) -> tuple[Proposition, bool]:
    """Stores a droomzin once per (participant, client_id). Returns (proposition, created); a
    resend of a stored one returns it and changes nothing, even after the phase moved on."""
    client_id = clean_client_id(client_id)
    stored = sent_before(Proposition, participant, client_id)
    if stored is not None:
        return stored, False
    text = clean_text(text, client_id)
    room = rooms.lock(room)
    _present(room, participant)
    stored = sent_before(Proposition, participant, client_id)
    if stored is not None:  # its twin from another tab got the lock first
        return stored, False
    _open_for_propositions(room)
    if Proposition.objects.filter(room=room, participant=participant).count() >= MAX_PER_PHONE:
        raise NotAllowed(
            _("Je hebt al %(max)s droomzinnen geschreven. Steun nu die van anderen.") % {"max": MAX_PER_PHONE},
            client_id,
        )
    proposition = Proposition.objects.create(
        room=room, participant=participant, phase=room.phase, text=text, client_id=client_id
    )
    rooms.publish(room, Change.PROPOSITION_ADDED, proposition=proposition.pk)
    return proposition, True


@transaction.atomic
def endorse(room: Room, participant: Participant, proposition_id: int) -> bool:
    """"Dit wil ik ook": once per phone; asking again takes it back. Returns whether the phone
    now endorses the droomzin."""
    room = rooms.lock(room)
    _present(room, participant)
    proposition = proposition_in(room, proposition_id)
    _open_for_propositions(room)
    if proposition.participant_id == participant.pk:
        raise NotAllowed(_("Dit is je eigen droomzin. Die telt al mee."))
    mine = Endorsement.objects.filter(proposition=proposition, participant=participant)
    endorsed = not mine.exists()
    if endorsed:
        Endorsement.objects.create(proposition=proposition, participant=participant)
    else:
        mine.delete()
    rooms.publish(room, Change.PROPOSITION_ENDORSED, proposition=proposition.pk)
    return endorsed


@transaction.atomic
def link(room: Room, proposition_id: int, *, note_id: int | None = None, theme_id: int | None = None, on: bool = True) -> bool:
    """The facilitator links a droomzin to a note or theme it grew from (on), or undoes that
    (off). Returns whether anything changed."""
    one_item(note_id, theme_id)
    room = rooms.lock(room)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."))
    proposition = proposition_in(room, proposition_id)
    item = {"note": in_room(Note, room, note_id)} if note_id is not None else {"theme": in_room(Theme, room, theme_id)}
    existing = PropositionLink.objects.filter(proposition=proposition, **item)
    if on == existing.exists():
        return False
    if on:
        note = item.get("note")
        if note is not None and (note.hidden or note.private):
            raise NotAllowed(NOT_SHOWN)
        PropositionLink.objects.create(proposition=proposition, **item)
    else:
        existing.delete()
    rooms.publish(room, Change.PROPOSITION_LINKED, proposition=proposition.pk)
    return True
