"""The timer: the end time only (phones count down themselves)."""

from django.template.loader import render_to_string

from sessions_app.audience import Audience
from sessions_app.reads import frames as frame_reads
from sessions_app.changes import Change
from sessions_app.reads.timer import timer_view

from . import builds


@builds(Change.TIMER_SET)
def timer_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    if data.get("writing"):
        from .phases import state_frames

        return state_frames(room_id, version)  # writing opened or closed with it: the whole status
    room = frame_reads.room(room_id)
    context = {"room": room, "version": version, "timer": timer_view(room)}
    for_all = render_to_string("partials/frame_timer.html", context)
    return {
        Audience.PARTICIPANTS: for_all,
        Audience.PRESENTERS: for_all,
        Audience.FACILITATORS: render_to_string("partials/frame_timer.html", {**context, "controls": True}),
    }
