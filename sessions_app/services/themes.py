"""Grouping notes into themes (clustering), and the spotlight on one note or theme.

Every operation locks the room first, so two facilitator tabs theming at once are applied one
after the other and the board always ends consistent: each note in at most one theme of its own
phase, never in a theme that no longer exists."""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from ..changes import Change
from ..models import Action, Note, Room, Theme, Vote
from . import fields, rooms
from .errors import DomainError, NotAllowed
from .lookup import all_in_room, in_room

TITLE_MAX_LENGTH = 120


def clean_title(title: str) -> str:
    return fields.required(title, TITLE_MAX_LENGTH, _("Geef het thema een naam."), fields.NAME_TOO_LONG)


def _same_phase(notes, phase: str) -> None:
    if any(note.phase != phase for note in notes):
        raise DomainError(_("Deze briefjes horen bij een andere fase. Een thema hoort bij één fase."))


@transaction.atomic
def create_theme(room: Room, title: str, note_ids=(), proposed_by=None) -> Theme:
    """A new theme holding the given notes (taken out of any theme they were in)."""
    title = clean_title(title)
    room = rooms.lock(room)
    notes = all_in_room(Note, room, note_ids)
    phase = notes[0].phase if notes else room.phase
    _same_phase(notes, phase)
    last = room.themes.aggregate(last=Max("position"))["last"]
    theme = Theme.objects.create(
        room=room, phase=phase, title=title, position=0 if last is None else last + 1, proposed_by=proposed_by
    )
    Note.objects.filter(pk__in=[note.pk for note in notes]).update(theme=theme)
    rooms.publish(room, Change.THEME_CREATED, theme=theme.pk)
    return theme


@transaction.atomic
def add_to_theme(room: Room, theme_id, note_ids) -> Theme:
    """Moves notes into a theme (out of the theme they were in, if any)."""
    room = rooms.lock(room)
    theme = in_room(Theme, room, theme_id)
    notes = all_in_room(Note, room, note_ids)
    if not notes:
        raise DomainError(_("Kies eerst een of meer briefjes."))
    _same_phase(notes, theme.phase)
    moving = [note.pk for note in notes if note.theme_id != theme.pk]
    if not moving:
        return theme
    # Where the notes came from, so the screens swap only those themes (realtime/frames/themes.py).
    from_themes = sorted({note.theme_id for note in notes if note.theme_id and note.theme_id != theme.pk})
    from_ungrouped = [note.pk for note in notes if note.theme_id is None]
    Note.objects.filter(pk__in=moving).update(theme=theme)
    rooms.publish(room, Change.THEME_CHANGED, theme=theme.pk, from_themes=from_themes, from_ungrouped=from_ungrouped)
    return theme


@transaction.atomic
def remove_from_theme(room: Room, note_id) -> Note:
    room = rooms.lock(room)
    note = in_room(Note, room, note_id)
    if note.theme_id is None:
        return note
    was_theme = note.theme_id
    note.theme = None
    note.save(update_fields=["theme"])
    rooms.publish(room, Change.THEME_CHANGED, note=note.pk, from_themes=[was_theme], to_ungrouped=True)
    return note


@transaction.atomic
def rename_theme(room: Room, theme_id, title: str) -> Theme:
    title = clean_title(title)
    room = rooms.lock(room)
    theme = in_room(Theme, room, theme_id)
    if theme.title == title:
        return theme
    theme.title = title
    theme.save(update_fields=["title"])
    rooms.publish(room, Change.THEME_CHANGED, theme=theme.pk)
    return theme


@transaction.atomic
def merge_themes(room: Room, theme_id, into_id) -> Theme:
    """Moves everything of one theme (notes, dots, actions, spotlight) into another, then
    removes the first."""
    room = rooms.lock(room)
    theme, target = in_room(Theme, room, theme_id), in_room(Theme, room, into_id)
    if theme.pk == target.pk:
        raise DomainError(_("Kies twee verschillende thema's."))
    if theme.phase != target.phase:
        raise DomainError(_("Deze thema's horen bij verschillende fases."))
    Note.objects.filter(theme=theme).update(theme=target)
    Vote.objects.filter(theme=theme).update(theme=target)
    Action.objects.filter(theme=theme).update(theme=target)
    if room.spotlight_theme_id == theme.pk:
        room.spotlight_theme = target
        room.save(update_fields=["spotlight_theme"])
    theme.delete()
    rooms.publish(room, Change.THEME_MERGED, theme=target.pk)
    return target


@transaction.atomic
def dissolve_theme(room: Room, theme_id) -> None:
    """The theme goes; its notes stay on the board, ungrouped."""
    room = rooms.lock(room)
    theme = in_room(Theme, room, theme_id)
    Note.objects.filter(theme=theme).update(theme=None)
    if room.spotlight_theme_id == theme.pk:
        room.spotlight_theme = None
        room.save(update_fields=["spotlight_theme"])
    theme.delete()
    rooms.publish(room, Change.THEME_DISSOLVED, theme=theme_id, phase=theme.phase)


@transaction.atomic
def set_room_spotlight(room: Room, *, note_id=None, theme_id=None) -> Room:
    """Puts one note or one theme in the spotlight; with neither, the spotlight goes off."""
    if note_id and theme_id:
        raise DomainError(_("Kies één briefje of één thema."))
    room = rooms.lock(room)
    note = in_room(Note, room, note_id) if note_id else None
    theme = in_room(Theme, room, theme_id) if theme_id else None
    if note and (note.private or note.hidden):
        raise DomainError(_("Dit briefje ziet nog niet iedereen. Laat het eerst zien."))
    if room.spotlight_note_id == (note and note.pk) and room.spotlight_theme_id == (theme and theme.pk):
        return room
    was = {"was_note": room.spotlight_note_id, "was_theme": room.spotlight_theme_id}  # its mark goes
    room.spotlight_note, room.spotlight_theme = note, theme
    room.save(update_fields=["spotlight_note", "spotlight_theme"])
    rooms.publish(room, Change.SPOTLIGHT_SET, note=note and note.pk, theme=theme and theme.pk, **was)
    return room


PROPOSALS_PER_PHASE = 3  # per participant: enough to contribute, too few to flood the board


@transaction.atomic
def set_proposals(room: Room, is_open: bool) -> Room:
    """Whether participants may propose themes (the facilitator then fills or dissolves them)."""
    return rooms.switch(room, "participants_propose_themes", is_open, Change.THEME_PROPOSALS, open=is_open)


@transaction.atomic
def propose_theme(room: Room, participant, title: str) -> Theme:
    """A participant's proposal: an empty theme in the current phase, named as its proposer."""
    title = clean_title(title)
    room = rooms.lock(room)
    if not room.participants_propose_themes:
        raise NotAllowed(_("Thema's voorstellen kan nu niet."))
    proposed = room.themes.filter(phase=room.phase, proposed_by=participant).count()
    if proposed >= PROPOSALS_PER_PHASE:
        raise NotAllowed(_("Je hebt al %(count)s thema's voorgesteld in deze fase.") % {"count": proposed})
    if room.themes.filter(phase=room.phase, title__iexact=title).exists():
        raise DomainError(_("Dat thema is er al."))
    last = room.themes.aggregate(last=Max("position"))["last"]
    theme = Theme.objects.create(
        room=room, phase=room.phase, title=title, position=0 if last is None else last + 1, proposed_by=participant
    )
    rooms.publish(room, Change.THEME_PROPOSED, theme=theme.pk)
    return theme


