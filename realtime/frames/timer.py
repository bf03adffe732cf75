"""The timer: the end time only (phones count down themselves)."""

from django.template.loader import render_to_string

from sessions_app import frame_queries
from sessions_app.changes import Change
from sessions_app.room_tools import timer_view

from ..groups import FACILITATORS, PARTICIPANTS, PRESENTERS
from . import builds
from .common import whole_board


@builds(Change.TIMER_SET)
def timer_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    if data.get("writing"):
        return whole_board(room_id)  # writing opened or closed with it
    room = frame_queries.room(room_id)
    context = {"room": room, "version": version, "timer": timer_view(room)}
    for_all = render_to_string("partials/frame_timer.html", context)
    return {
        PARTICIPANTS: for_all,
        PRESENTERS: for_all,
        FACILITATORS: render_to_string("partials/frame_timer.html", {**context, "controls": True}),
    }


@builds(Change.TIMER_EXPIRED)
def timer_expired(room_id: int, version: int, data: dict) -> dict[str, str]:
    return whole_board(room_id)  # writing closed with it
