"""Reading a room as one consistent picture: what each audience may see of it."""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, Q

from ..models import Action, Note, Room
from . import lens, participants, timer, votes
from ..audience import Audience
from .audience import visible_to  # noqa: F401  (read as board.visible_to too)


@contextmanager
def consistent_read():
    """One snapshot of the database for the whole read, so a board and the version it is
    labelled with always agree (PostgreSQL reads each statement afresh otherwise)."""
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield
    else:
        with transaction.atomic():
            yield


@dataclass
class PhaseView:
    key: str
    title: str
    question: str
    prompt: str
    writing_mode: str
    revealed: bool
    is_current: bool
    notes: list = field(default_factory=list)
    themes: list = field(default_factory=list)  # ThemeView, each with its visible notes
    ungrouped: list = field(default_factory=list)  # visible notes in no theme
    waiting: int = 0  # notes written privately and not yet revealed (a count is no secret)
    tools: tuple = ()  # the method's tools for this phase (methods.py); the console shows these first
    has_notes: bool = False  # any note this audience sees (read without the notes by board_without_notes)


@dataclass
class ThemeView:
    theme: object
    notes: list = field(default_factory=list)

    @property
    def pk(self):
        return self.theme.pk

    @property
    def title(self):
        return self.theme.title


def phase_views(room: Room, audience: str, with_notes: bool = True) -> list[PhaseView]:
    """The room's phases as this audience sees them. Without notes: only their counts (for the
    phase status and the phase heads, which never show a note)."""
    method = room.method_definition
    views = {
        phase.key: PhaseView(
            key=phase.key,
            title=method.phase(phase.key).title if phase.key in method.phase_keys else phase.title,
            question=method.phase(phase.key).question if phase.key in method.phase_keys else "",
            prompt=phase.prompt,
            writing_mode=phase.writing_mode,
            revealed=phase.revealed,
            is_current=phase.key == room.phase,
            tools=method.phase(phase.key).tools if phase.key in method.phase_keys else (),
        )
        for phase in room.phases.all()
    }
    themes = {}
    for theme in room.themes.select_related("proposed_by"):
        if theme.phase in views:
            themes[theme.pk] = ThemeView(theme)
            views[theme.phase].themes.append(themes[theme.pk])
    if not with_notes:
        _count_notes(room, audience, views)
        return list(views.values())
    for note in room.notes.select_related("participant").order_by("created_at", "id"):
        if note.phase not in views:
            continue
        if note.private and not note.hidden:
            views[note.phase].waiting += 1
        if visible_to(audience, note):
            views[note.phase].has_notes = True
            views[note.phase].notes.append(note)
            if note.theme_id in themes:
                themes[note.theme_id].notes.append(note)
            else:
                views[note.phase].ungrouped.append(note)
    return list(views.values())


def _count_notes(room: Room, audience: str, views: dict) -> None:
    visible = Q() if audience == Audience.FACILITATORS else Q(hidden=False, private=False)
    rows = room.notes.values("phase").annotate(
        waiting=Count("id", filter=Q(private=True, hidden=False)), visible=Count("id", filter=visible)
    )
    for row in rows:
        if row["phase"] in views:
            views[row["phase"]].waiting = row["waiting"]
            views[row["phase"]].has_notes = bool(row["visible"])


def current_phase(phases: list[PhaseView]) -> PhaseView | None:
    return next((phase for phase in phases if phase.is_current), phases[0] if phases else None)


def own_waiting_notes(participant_id: int | None) -> list[Note]:
    """A participant's own notes that only they (and the facilitator) see until the reveal."""
    if participant_id is None:
        return []
    notes = Note.objects.filter(participant_id=participant_id, private=True).select_related("participant")
    return [note for note in notes.order_by("created_at", "id") if visible_to(Audience.PARTICIPANTS, note, participant_id)]


def spotlight_of(room: Room, phases: list[PhaseView]) -> dict | None:
    """The note or theme in the spotlight, as this audience sees it (a note it may not see is
    no spotlight for it)."""
    for phase in phases:
        for note in phase.notes:
            if note.pk == room.spotlight_note_id:
                return {"note": note, "theme": None}
        for theme in phase.themes:
            if theme.pk == room.spotlight_theme_id:
                return {"note": None, "theme": theme}
    return None


def actions_phase(room: Room) -> str | None:
    """The phase whose tools include actions (verwezenlijken in the 4V method)."""
    return next((phase.key for phase in room.method_definition.phases if "actions" in phase.tools), None)


def _room_and_phases(room_id: int, audience: str, with_notes: bool) -> dict:
    room = Room.objects.select_related("event").get(pk=room_id)
    phases = phase_views(room, audience, with_notes=with_notes)
    return {
        "room": room,
        "version": room.version,
        "phases": phases,
        "current": current_phase(phases),
        "audience": audience,
        "actions": list(Action.objects.filter(room=room).select_related("note", "theme")),
        "actions_phase": actions_phase(room),
    }


def board(room_id: int, audience: str, viewer: int | None = None) -> dict:
    """Everything a board shows. `viewer`: the participant id of a phone, for the one render that
    is only for that phone (its page and its connect snapshot): it adds the phone's own notes
    still waiting for the reveal, its dots and its ready mark."""
    with consistent_read():
        context = _room_and_phases(room_id, audience, with_notes=True)
        room, phases = context["room"], context["phases"]
        notes = [note for phase in phases for note in phase.notes]
        context.update(
            viewer=viewer,
            own_notes=own_waiting_notes(viewer) if audience == Audience.PARTICIPANTS else [],
            spotlight=spotlight_of(room, phases),
            timer=timer.timer_view(room),
            lens_groups=lens.lens_groups(room, notes),
            **votes.board_votes(room, notes, audience, viewer),
            **participants.board_people(room, audience, viewer),
        )
    return context


def board_without_notes(room_id: int, audience: str) -> dict:
    """What the phase status, the phase heads and the action list show: the room, its phases
    (with their themes and note counts) and the timer; never the notes. A few small queries,
    whatever the size of the board: the read behind the small frames."""
    with consistent_read():
        context = _room_and_phases(room_id, audience, with_notes=False)
    context["timer"] = timer.timer_view(context["room"])
    return context
