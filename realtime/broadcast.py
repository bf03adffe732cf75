"""The one receiver of committed room changes: each change becomes frames (realtime/frames/,
one builder per kind of sessions_app.changes.Change), rendered ONCE per audience and language,
and the same text goes to every socket of that group.

Every frame for a room carries the room's version (partials/version.html). A snapshot is the
whole board at one version (realtime/snapshots.py); an update is what changed at the next
version."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string
from django.utils import translation

from sessions_app.audience import Audience
from sessions_app.reads import board, frames as frame_reads, votes
from sessions_app.changes import participant_change, room_change
from sessions_app.services.reveal import OWN_NOTES

from . import frames, listening, snapshots
from .groups import languages, participant_group, room_group

logger = logging.getLogger(__name__)


def publish(frames: list[tuple[str, str]]) -> None:
    """Sends a change's frames, (group, html) in order, in one hop into the event loop: the
    database thread waits for that hop, and a hop per frame (three or more per change) was 12 % of
    a 10×100 profile (docs/performance.md)."""
    if frames:
        async_to_sync(_publish)(frames)


async def _publish(frames: list[tuple[str, str]]) -> None:
    layer = get_channel_layer()
    for group, html in frames:
        try:
            await layer.group_send(group, {"type": "frame", "html": html})
        except Exception:  # noqa: BLE001 - e.g. Redis restarting. The change is committed; phones
            # that missed this frame notice the version gap (or reconnect) and get a snapshot.
            logger.warning("Fan-out to %s failed", group, exc_info=True)


def snapshot(room_id: int, audience: Audience, language: str, viewer: int | None = None) -> str:
    return snapshots.board(room_id, audience, language, viewer)


def socket_snapshot(room_id: int, audience: Audience, language: str, viewer: int | None = None) -> str:
    """A socket's snapshot (connect, `sync`) as one text: prefer socket_snapshot_parts."""
    return "".join(socket_snapshot_parts(room_id, audience, language, viewer))


def socket_snapshot_parts(
    room_id: int, audience: Audience, language: str, viewer: int | None = None, known_version: int | None = None
) -> list[str]:
    """A socket's snapshot (connect, `sync`), one message per part (board_parts.py: none over
    256 KiB, the current phase first). Also marks that the room is listened to in its language.

    `known_version`: the version of the board the page already shows (its socket URL says so,
    `?v=`). When the room is still at that version, only a marker goes back: the board travels
    once, in the page."""
    listening.listen(room_id, language)
    if known_version is not None and frame_reads.version_and_code(room_id)[0] == known_version:
        return [render_to_string("partials/version.html", {"version": known_version, "snapshot": True})]
    return snapshots.board_parts(room_id, audience, language, viewer)


def on_room_change(sender, room_id, version, kind, data, **kwargs):
    for language in listening.languages_for(room_id):  # only languages someone listens in
        with translation.override(language):
            built = frames.build(kind, room_id, version, data)
        if Audience.PRESENTERS not in built and Audience.PARTICIPANTS in built:
            built[Audience.PRESENTERS] = built[Audience.PARTICIPANTS]  # the presenter view shows what the phones see
        publish([
            (room_group(room_id, audience, language), part)
            for audience, html in built.items()
            for part in ([html] if isinstance(html, str) else html)  # a whole board comes in parts
        ])


# --- Frames for one phone only (all its sockets), e.g. its own notes before the reveal.

def render_own_notes(participant_id: int) -> str:
    """A phone's own notes that wait for the reveal. Sent without the room's version marker: it
    is not a room update, so the page never drops it."""
    return render_to_string(
        "partials/own_notes.html", {"own_notes": board.own_waiting_notes(participant_id), "oob": True}
    )


def render_my_votes(participant_id: int) -> str:
    """One phone's dots left and where they are."""
    participant = frame_reads.participant(participant_id)
    return render_to_string("partials/vote_mine.html", {"my_votes": votes.my_votes(participant.room, participant)})


def render_ready(participant_id: int) -> str:
    """One phone's own "Ik ben klaar" button."""
    return render_to_string("partials/ready.html", {"my_ready": frame_reads.is_ready(participant_id), "oob": True})


# participant change kind -> renderer(participant_id) -> html, rendered once per language and
# sent to that phone's sockets only (each picks its own language).
PERSONAL_RENDERERS = {
    OWN_NOTES: render_own_notes,
    "votes.mine": render_my_votes,
    "ready": render_ready,
}


def send_personal(participant_id: int, message: dict) -> None:
    async_to_sync(get_channel_layer().group_send)(participant_group(participant_id), message)


def on_participant_change(sender, participant_id, room_id, kind, data, **kwargs):
    """Messages meant for one phone only (all its sockets), such as its removal from a room."""
    if kind in PERSONAL_RENDERERS:
        by_language = {}
        for language in languages():
            with translation.override(language):
                by_language[language] = PERSONAL_RENDERERS[kind](participant_id)
        send_personal(participant_id, {"type": "personal.frame", "frames": by_language})
        return
    send_personal(participant_id, {"type": "participant.event", "kind": kind, "data": data})


def connect_receivers() -> None:
    room_change.connect(on_room_change, dispatch_uid="realtime.broadcast.room")
    participant_change.connect(on_participant_change, dispatch_uid="realtime.broadcast.participant")
