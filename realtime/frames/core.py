"""The positive core band and the droomzinnen (issue 15): small frames, one element each.

The band (#core-band) and the list of droomzinnen (#proposition-list) are in every snapshot; a
change swaps the band, appends one droomzin, or replaces one. The console's form that links a
droomzin to a note or theme (#proposition-linker) is on the console page only and is refreshed
with the changes that alter its choices most (a new droomzin, a new mark). A note or theme that
changes while it is in the core or in a droomzin's roots brings the band and the list along
(`with_core`, called by the note and theme builders)."""

from django.template.loader import render_to_string

from sessions_app.audience import Audience
from sessions_app.reads import core as core_reads
from sessions_app.reads import frames as frame_reads
from sessions_app.changes import Change

from . import builds
from .common import AUDIENCES, marker


def band(room_id: int, audience: str) -> str:
    return render_to_string("partials/core_band.html", core_reads.band_context(room_id, audience))


def linker(room_id: int) -> str:
    return render_to_string("partials/proposition_linker.html", core_reads.linker_context(frame_reads.room(room_id)))


def per_audience(render) -> dict[str, str]:
    """`render(audience)` for each audience: the phones endorse, the console links and removes,
    the presenter only shows."""
    return {audience: render(audience) for audience in AUDIENCES}


@builds(Change.CORE_SET)
def core_set(room_id: int, version: int, data: dict) -> dict[str, str]:
    frames = per_audience(lambda audience: marker(version) + band(room_id, audience))
    frames[Audience.FACILITATORS] += linker(room_id)
    return frames


@builds(Change.PROPOSITION_ADDED)
def proposition_added(room_id: int, version: int, data: dict) -> dict[str, str]:
    def render(audience):
        context = core_reads.list_context(room_id, audience, only=data["proposition"])
        items = "".join(
            render_to_string("partials/proposition.html", {**context, "proposition": proposition})
            for proposition in context["propositions"]
        )
        return marker(version) + f'<ul hx-swap-oob="beforeend:#proposition-list">{items}</ul>'

    frames = per_audience(render)
    frames[Audience.FACILITATORS] += linker(room_id)
    return frames


@builds(Change.PROPOSITION_ENDORSED, Change.PROPOSITION_LINKED)
def proposition_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    def render(audience):
        context = core_reads.list_context(room_id, audience, only=data["proposition"])
        return marker(version) + "".join(
            render_to_string("partials/proposition.html", {**context, "proposition": proposition})
            for proposition in context["propositions"]
        )

    return per_audience(render)


def with_core(room_id: int, frames, deleted: bool = False):
    """The band and the droomzinnen added to a note or theme change's frames, when the room has
    a core or linked droomzinnen (a hidden note leaves them; a renamed theme shows its new name).
    After a deletion (`deleted`) the band always comes along: the item may have taken the last
    mark with it. A whole board (a list of parts) already carries them."""
    if not isinstance(frames, dict) or not (deleted or core_reads.touches_room(room_id)):
        return frames
    with_list = core_reads.has_propositions(room_id)

    def render(audience):
        if not with_list:
            return band(room_id, audience)
        listed = render_to_string("partials/proposition_list.html", core_reads.list_context(room_id, audience))
        return band(room_id, audience) + listed

    extra = per_audience(render)
    return {
        audience: frame + extra[audience] if isinstance(frame, str) else frame
        for audience, frame in frames.items()
    }
