"""Dot voting: the facilitator opens a vote on the notes or themes of a phase, participants
spend and take back dots, the facilitator closes it.

The budget and the maximum per item are enforced under the room's row lock: every add and
remove of one room runs one after the other, so two tabs of one phone clicking at the same
moment can never spend more dots than the budget."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..changes import Change, participant_changed
from ..models import Note, Participant, Room, Theme, Vote
from ..reads.votes import NOTES, TARGETS, THEMES, remaining, scope, votable  # noqa: F401  (the vote's rules are reads)
from . import rooms
from .errors import DomainError, NotAllowed

MAX_BUDGET = 20


@transaction.atomic
def open_vote(
    room: Room, *, budget: int, max_per_item: int | None = None, counts_visible: bool = True, target: str = NOTES
) -> Room:
    """Opens a vote on the current phase. Dots given earlier in this phase (a vote that was
    closed and opened again) still count."""
    if target not in TARGETS:
        raise DomainError(_("Kies of je stemt op briefjes of op thema's."))
    if not 1 <= budget <= MAX_BUDGET:
        raise DomainError(_("Kies tussen 1 en %(max)s stippen per persoon.") % {"max": MAX_BUDGET})
    max_per_item = budget if max_per_item is None else max_per_item
    if not 1 <= max_per_item <= budget:
        raise DomainError(_("Het maximum per briefje ligt tussen 1 en het aantal stippen."))
    room = rooms.lock(room)
    if room.closed_at:
        raise NotAllowed(_("Deze deelsessie is gesloten."))
    if target == THEMES and not Theme.objects.filter(room=room, phase=room.phase).exists():
        raise DomainError(_("Er zijn nog geen thema's in deze fase. Maak eerst thema's, of stem op de briefjes."))
    room.vote_open = True
    room.vote_phase = room.phase
    room.vote_target = target
    room.vote_budget = budget
    room.vote_max_per_item = max_per_item
    room.vote_counts_visible = counts_visible
    room.save(
        update_fields=[
            "vote_open", "vote_phase", "vote_target", "vote_budget", "vote_max_per_item", "vote_counts_visible"
        ]
    )
    rooms.publish(room, Change.VOTE_OPENED)
    # Only phones that already have dots in this vote need their own count; the rest get the
    # full budget in the room's frame.
    for participant in Participant.objects.filter(pk__in=scope(room).values("participant_id")):
        participant_changed(participant, "votes.mine")
    return room


@transaction.atomic
def close_vote(room: Room) -> Room:
    room = rooms.lock(room)
    if not room.vote_open:
        return room
    room.vote_open = False
    room.save(update_fields=["vote_open"])
    rooms.publish(room, Change.VOTE_CLOSED)
    return room


def _item(room: Room, *, note_id: int | None, theme_id: int | None) -> dict:
    """The note or theme a dot goes on, checked against the open vote."""
    if (note_id is None) == (theme_id is None):
        raise DomainError(_("Kies één briefje of één thema."))
    if room.vote_target == NOTES:
        note = Note.objects.filter(pk=note_id, room=room).first() if note_id is not None else None
        if note is None or not votable(room, note):
            raise NotAllowed(_("Op dit briefje kun je nu geen stip zetten."))
        return {"note": note}
    theme = Theme.objects.filter(pk=theme_id, room=room).first() if theme_id is not None else None
    if theme is None or theme.phase != room.vote_phase:
        raise NotAllowed(_("Op dit thema kun je nu geen stip zetten."))
    return {"theme": theme}


def _locked_open(room: Room) -> Room:
    room = rooms.lock(room)
    if not room.vote_open or room.closed_at:
        raise NotAllowed(_("Stemmen is nu dicht."))
    return room


@transaction.atomic
def add_vote(room: Room, participant: Participant, *, note_id: int | None = None, theme_id: int | None = None) -> Vote:
    room = _locked_open(room)
    item = _item(room, note_id=note_id, theme_id=theme_id)
    mine = scope(room).filter(participant=participant)
    if mine.count() >= room.vote_budget:
        raise NotAllowed(_("Je stippen zijn op. Haal eerst ergens een stip weg."))
    if mine.filter(**item).count() >= room.vote_max_per_item:
        raise NotAllowed(
            _("Je kunt hier maximaal %(max)s stippen op zetten.") % {"max": room.vote_max_per_item}
        )
    vote = Vote.objects.create(room=room, participant=participant, **item)
    _announce(room, participant, item)
    return vote


@transaction.atomic
def remove_vote(room: Room, participant: Participant, *, note_id: int | None = None, theme_id: int | None = None) -> None:
    room = _locked_open(room)
    if (note_id is None) == (theme_id is None):
        raise DomainError(_("Kies één briefje of één thema."))
    item = {"note_id": note_id} if note_id is not None else {"theme_id": theme_id}
    vote = scope(room).filter(participant=participant, **item).order_by("-created_at", "-id").first()
    if vote is None:
        raise NotAllowed(_("Je hebt hier geen stip op gezet."))
    item = {"note": vote.note} if vote.note_id else {"theme": vote.theme}
    vote.delete()
    _announce(room, participant, item)


def _announce(room: Room, participant: Participant, item: dict) -> None:
    if "note" in item:
        rooms.publish(room, Change.VOTE_CHANGED, note=item["note"].pk)
    else:
        rooms.publish(room, Change.VOTE_CHANGED, theme=item["theme"].pk)
    participant_changed(participant, "votes.mine")
