"""Interviews in tweetallen and a phase's own label (issue 15).

The console and the presenter view show the groups (#interview-status); each phone gets its
own panel (#interview: its partner, its role) through its own group (broadcast.PERSONAL_RENDERERS,
sent by the service), so the room's frame for phones carries only the version."""

from django.template.loader import render_to_string

from sessions_app.changes import Change
from sessions_app.reads import interviews as interview_reads

from sessions_app.audience import Audience
from . import builds
from .common import AUDIENCES, marker
from .phases import state_frames
from .themes import render_sections


@builds(Change.INTERVIEWS_SET)
def interviews_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    room = interview_reads.room(room_id)
    overview = interview_reads.overview(room)
    frames = {Audience.PARTICIPANTS: marker(version)}
    for audience in (Audience.FACILITATORS, Audience.PRESENTERS):
        status = render_to_string(
            "partials/interview_status.html", {"room": room, "interviews": overview, "audience": audience, "oob": True}
        )
        frames[audience] = marker(version) + status
    return frames


@builds(Change.PHASE_TITLE)
def phase_title(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The label shows in the steps and the status, in the phase's section above its notes and
    in the console's harvest panel: that section (labelled with its version) and the status. A
    rename is rare, so the section's notes may travel along."""
    sections, status = render_sections(room_id, {data["phase"]}), state_frames(room_id, None)
    return {audience: sections[audience] + status[audience] for audience in AUDIENCES}
