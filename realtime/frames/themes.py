"""Small frames for theming and the spotlight: only the phase sections that changed.

Theming 20 notes is 20 changes in a minute; a full board for each (three audiences) would make
every socket of the process wait for the renders. A theme change touches one phase, so each
audience gets that phase's section (#phase-notes-<phase>, swapped whole, out of band) and the
spotlight slot (a spotlit theme shows its notes). Each frame is labelled with the version the
board was read at, like a whole board, so a page skips updates the section already contains.

The section is the same template a snapshot uses (partials/phase_notes.html), so what a page
builds from snapshot + frames is what a fresh snapshot would show."""

from django.template.loader import render_to_string

from sessions_app.audience import Audience
from sessions_app.reads import board, frames as frame_reads
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, marker, whole_board
from .core import with_core


def harvest(context: dict) -> str:
    """The console's harvest panel (an event room's themes and actions to highlight)."""
    if context["audience"] != Audience.FACILITATORS or not context["room"].event_id:
        return ""
    return render_to_string("partials/harvest_panel.html", context)


def render_sections(room_id: int, phase_keys: set[str]) -> dict[str, str]:
    """For each audience: the version marker, the spotlight slot and the given phases' sections."""
    frames = {}
    for audience in AUDIENCES:
        context = board.board(room_id, audience)
        parts = [
            marker(context["version"]),
            render_to_string("partials/spotlight_slot.html", {**context, "swap_section": True}),
        ]
        for phase in context["phases"]:
            if phase.key in phase_keys:
                parts.append(render_to_string("partials/phase_notes.html", {**context, "phase": phase, "swap_section": True}))
        parts.append(harvest(context))
        frames[audience] = "".join(parts)
    return frames


def render_moves(room_id: int, phase_key: str, theme_ids: set, from_ungrouped: list, to_ungrouped: bool) -> dict[str, str]:
    """Notes moved between themes: only the themes they left and joined; a note that left the
    ungrouped list is deleted there, and the list is swapped when a note comes back into it."""
    frames = {}
    for audience in AUDIENCES:
        context = board.board(room_id, audience)
        phase = next(phase for phase in context["phases"] if phase.key == phase_key)
        shown = {note.pk for note in phase.notes}
        parts = [
            marker(context["version"]),
            # First out of the list, then into the theme: never two elements with one id on the page.
            *(f'<li id="note-{pk}" hx-swap-oob="delete"></li>' for pk in from_ungrouped if pk in shown),
            render_to_string("partials/spotlight_slot.html", {**context, "swap_section": True}),
        ]
        for theme in phase.themes:
            if theme.pk in theme_ids:
                parts.append(render_to_string("partials/theme.html", {**context, "phase": phase, "theme": theme, "swap_theme": True}))
        if to_ungrouped:
            parts.append(render_to_string("partials/ungrouped_notes.html", {**context, "phase": phase, "swap_list": True}))
        parts.append(harvest(context))
        frames[audience] = "".join(parts)
    return frames


@builds(Change.THEME_CREATED, Change.THEME_CHANGED, Change.THEME_MERGED, Change.THEME_DISSOLVED, Change.THEME_PROPOSED)
def theme_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The theme's phase (and the actions' phase, whose list names themes). Dots on themes are
    counted in the vote panel: then the whole board."""
    room = frame_reads.room(room_id)
    if room.vote_phase and room.vote_target == "themes":
        return whole_board(room_id)
    phase_key = (
        data.get("phase") or frame_reads.phase_of_theme(data.get("theme")) or frame_reads.phase_of_note(data.get("note"))
    )
    if "from_themes" in data and phase_key:  # notes moved (theme.add, theme.remove): a few elements
        theme_ids = {*data["from_themes"], data.get("theme")}
        return render_moves(room_id, phase_key, theme_ids, data.get("from_ungrouped", []), bool(data.get("to_ungrouped")))
    phases = {phase_key} - {None}
    if not phases:  # the theme is gone and the change did not say where it was: every phase
        phases = frame_reads.phase_keys(room)
    if frame_reads.has_actions(room):
        phases.add(board.actions_phase(room))
    # A renamed, merged or dissolved theme may be in the core or in a droomzin's roots.
    return with_core(room_id, render_sections(room_id, phases), deleted=True)


@builds(Change.SPOTLIGHT_SET)
def spotlight_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The spotlight slot, and the phases of what was and what is in the spotlight (its mark)."""
    phases = {
        frame_reads.phase_of_note(data.get("note")), frame_reads.phase_of_theme(data.get("theme")),
        frame_reads.phase_of_note(data.get("was_note")), frame_reads.phase_of_theme(data.get("was_theme")),
    }
    return render_sections(room_id, phases - {None})


@builds(Change.THEME_PROPOSALS)
def proposals(room_id: int, version: int, data: dict) -> dict[str, str]:
    """Proposing opened or closed: the phones' form and the console's switch, in the current phase."""
    return render_sections(room_id, {frame_reads.current_phase_key(room_id)})
