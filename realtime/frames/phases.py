"""The phase, its prompt, writing open or closed, private writing and its reveal, the room
closed or its verslag shared: small frames, whatever the number of notes.

What these change lives in a few elements: the phase status (#phase-status: steps, prompt,
writing, timer, the console's controls), the heads of the phases (#phase-head-<key>: which phase
is current, its waiting count, the console's theme bar), the action list and the phones' link to
the verslag. Notes never depend on the phase (the console's "Maak er een actie van" shows by CSS
in the actions' phase), so a phase change sends no note at all."""

from django.template.loader import render_to_string

from sessions_app.audience import Audience
from sessions_app.reads import board
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, marker
from .presence import people_frame
from .themes import render_sections


def state_frames(
    room_id: int, version: int | None, heads=(), actions: bool = False, report: bool = False
) -> dict[str, str]:
    """For each audience: the version (None: without it), the phase status, the given phases'
    heads (True: all of them) and, if asked, the action list and the phones' link to the verslag."""
    frames = {}
    for audience in AUDIENCES:
        context = board.board_without_notes(room_id, audience)
        parts = [marker(version) if version is not None else "", render_to_string("partials/phase_status.html", context)]
        for phase in context["phases"]:
            if heads is True or phase.key in heads:
                parts.append(render_to_string("partials/phase_head.html", {**context, "phase": phase, "oob": True}))
        if actions and context["actions_phase"]:
            parts.append(render_to_string("partials/actions_slot.html", {**context, "oob": True}))
        if report:  # the room closed or opened again, or its verslag is shared: also the event's banner
            parts.append(render_to_string("partials/event_banner.html", context))
            if audience == Audience.PARTICIPANTS:
                parts.append(render_to_string("partials/report_link.html", context))
        frames[audience] = "".join(parts)
    return frames


@builds(Change.PHASE_SET)
def phase_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    """Every phase's head (a phone folds the phases before the current one and hides those after
    it, so a jump over a phase changes that one too); the action list when either is the actions'
    phase (its form shows only there); the console's rows of whoever was ready (marks belong to a phase)."""
    frames = state_frames(room_id, version, True, actions=True)
    if data.get("unready"):
        frames[Audience.FACILITATORS] += people_frame(room_id, data["unready"])
    return frames


@builds(Change.PHASE_PROMPT, Change.WRITING_SET, Change.WRITING_MODE, Change.TIMER_EXPIRED)
def status_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    return state_frames(room_id, version)


@builds(Change.ROOM_CLOSED, Change.ROOM_REOPENED, Change.REPORT_SHARE)
def room_state(room_id: int, version: int, data: dict) -> dict[str, str]:
    return state_frames(room_id, version, report=True)


@builds(Change.NOTES_REVEALED)
def notes_revealed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The revealed notes must travel: that phase's section, and the status (its reveal button)."""
    sections, status = render_sections(room_id, {data["phase"]}), state_frames(room_id, None)
    return {audience: sections[audience] + status[audience] for audience in AUDIENCES}
