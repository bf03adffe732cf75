"""Turning a committed change into HTML frames: each frame is rendered ONCE per audience and
language, then the same text goes to every socket of that group.

Every frame for a room carries the room's version (partials/version.html). A snapshot is the
whole board at one version; an update is what changed at the next version."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string
from django.utils import translation

from sessions_app import queries
from sessions_app.changes import participant_change, room_change
from sessions_app.services.reveal import OWN_NOTES
from sessions_app.models import Note, Theme

from . import listening, snapshots
from .groups import FACILITATORS, PARTICIPANTS, PRESENTERS, languages, participant_group, room_group
from .overview import render_event_banner

logger = logging.getLogger(__name__)
AUDIENCES = (PARTICIPANTS, FACILITATORS, PRESENTERS)


def send(group: str, html: str) -> None:
    try:
        async_to_sync(get_channel_layer().group_send)(group, {"type": "frame", "html": html})
    except Exception:  # noqa: BLE001 - e.g. Redis restarting. The change is committed; phones
        # that missed this frame notice the version gap (or reconnect) and get a snapshot.
        logger.warning("Fan-out to %s failed", group, exc_info=True)


def snapshot(room_id: int, audience: str, language: str, viewer: int | None = None) -> str:
    """The whole board as one frame: sent on every connect and every `sync`. With `viewer` (a
    participant id) it is that phone's own snapshot and also carries its notes that wait for the
    reveal; without, it is the room's, and the phone's own notes (outside #board) stay as they are.
    The room's part is rendered once per room version (snapshots.py); only the phone's own part
    (own notes, dots, ready) is rendered per phone."""
    with translation.override(language):
        html = snapshots.shared(room_id, audience, language, render_shared_snapshot)
        if viewer is None:
            return html
        return html + snapshots.personal(audience, viewer)


def socket_snapshot(room_id: int, audience: str, language: str, viewer: int | None = None) -> str:
    """A socket's snapshot (connect, `sync`): also marks that the room is listened to in its language."""
    listening.listen(room_id, language)
    return snapshot(room_id, audience, language, viewer)


def render_shared_snapshot(room_id: int, audience: str) -> tuple[int, str]:
    context = queries.board(room_id, audience)
    return context["version"], render_to_string("partials/room_snapshot.html", {**context, "snapshot": True, "personal": False})


def render_note_added(room_id: int, version: int, data: dict) -> dict[str, str]:
    note = Note.objects.select_related("participant", "room").get(pk=data["note"])
    context = {"note": note, "version": version, "room": note.room}
    # The console's copy carries the facilitator's menu (themes of the note's phase).
    themes = list(Theme.objects.filter(room_id=room_id, phase=note.phase))
    for_console = render_to_string(
        "partials/frame_note_added.html",
        {
            **context, "show": True, "audience": FACILITATORS, "phase": {"key": note.phase, "themes": themes},
            "actions_phase": queries.actions_phase(note.room),
        },
    )
    if queries.visible_to(PARTICIPANTS, note):
        for_all = render_to_string("partials/frame_note_added.html", {**context, "show": True, "audience": PARTICIPANTS})
        return {PARTICIPANTS: for_all, FACILITATORS: for_console}
    # Written privately: the other phones learn only that one more note waits (never its text);
    # its author gets it through their own group (see on_participant_change).
    waiting = Note.objects.filter(room_id=room_id, phase=note.phase, private=True, hidden=False).count()
    for_phones = render_to_string("partials/frame_note_waiting.html", {**context, "phase_key": note.phase, "waiting": waiting})
    count = render_to_string("partials/phase_waiting.html", {"phase_key": note.phase, "waiting": waiting, "oob": True})
    return {PARTICIPANTS: for_phones, FACILITATORS: for_console + count}


def render_refresh(room_id: int, version: int, data: dict) -> dict[str, str]:
    """For changes that touch much of the board (phase, writing, prompts): a fresh snapshot.
    It is labelled with the version it was read at, which may be newer than `version`; the
    page then simply skips the updates it already contains."""
    return {audience: snapshot_in_active_language(room_id, audience) for audience in AUDIENCES}


def snapshot_in_active_language(room_id: int, audience: str) -> str:
    return snapshot(room_id, audience, translation.get_language())


def render_participants(room_id: int, version: int, data: dict) -> dict[str, str]:
    context = queries.board(room_id, FACILITATORS)
    context.update(participant_row(data))
    return {
        PARTICIPANTS: render_to_string("partials/version.html", {"version": version}),
        FACILITATORS: render_to_string("partials/frame_stats.html", {**context, "version": version}),
    }


def render_room_deleted(room_id: int, version: int, data: dict) -> dict[str, str]:
    """The room is gone (AVG deletion): every open screen says so; there is no board to send."""
    from django.utils.translation import gettext

    html = render_to_string("partials/error.html", {"message": gettext("Deze deelsessie is verwijderd.")})
    return {PARTICIPANTS: html, FACILITATORS: html}


# change kind -> renderer(room_id, version, data) -> {audience: html}. Kinds not listed get a refresh.
RENDERERS = {
    "note.added": render_note_added,
    "participant.joined": render_participants,
    "room.deleted": render_room_deleted,
    "event.banner": render_event_banner,  # events: the organiser's message, next round, event closed
}


def on_room_change(sender, room_id, version, kind, data, **kwargs):
    renderer = RENDERERS.get(kind, render_refresh)
    for language in listening.languages_for(room_id):  # only languages someone listens in
        with translation.override(language):
            frames = renderer(room_id, version, data)
        if PRESENTERS not in frames and PARTICIPANTS in frames:
            frames[PRESENTERS] = frames[PARTICIPANTS]  # the presenter view shows what the phones see
        for audience, html in frames.items():
            send(room_group(room_id, audience, language), html)


def render_own_notes(participant_id: int) -> str:
    """A phone's own notes that wait for the reveal. Sent to that phone's own group only, and
    without the room's version marker: it is not a room update, so the page never drops it."""
    return render_to_string(
        "partials/own_notes.html", {"own_notes": queries.own_waiting_notes(participant_id), "oob": True}
    )


# participant change kind -> renderer(participant_id) -> html, rendered once per language and
# sent to that phone's sockets only (each picks its own language).
PERSONAL_RENDERERS = {
    OWN_NOTES: render_own_notes,
}


def on_participant_change(sender, participant_id, room_id, kind, data, **kwargs):
    """Messages meant for one phone only (all its sockets), such as its removal from a room."""
    if kind in PERSONAL_RENDERERS:
        frames = {}
        for language in languages():
            with translation.override(language):
                frames[language] = PERSONAL_RENDERERS[kind](participant_id)
        async_to_sync(get_channel_layer().group_send)(
            participant_group(participant_id), {"type": "personal.frame", "frames": frames}
        )
        return
    async_to_sync(get_channel_layer().group_send)(
        participant_group(participant_id), {"type": "participant.event", "kind": kind, "data": data}
    )


def connect_receivers() -> None:
    room_change.connect(on_room_change, dispatch_uid="realtime.broadcast.room")
    participant_change.connect(on_participant_change, dispatch_uid="realtime.broadcast.participant")


# --- Dot voting and the lens (toolkit). Vote frames are small: one count per item, plus the
# ranked results for the console; never a snapshot per dot.

def render_vote_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    from sessions_app import tallies
    from sessions_app.models import Room

    room = Room.objects.get(pk=room_id)
    kind, pk = ("note", data["note"]) if "note" in data else ("theme", data["theme"])
    context = {"room": room, "version": version, "kind": kind, "pk": pk, "count": tallies.count_of(room, kind, pk)}
    facilitators = render_to_string(
        "partials/frame_vote_changed.html",
        {**context, "show_counts": True, "results": True, "vote_results": tallies.results(room, FACILITATORS)},
    )
    if tallies.show_counts(room, PARTICIPANTS):
        participants = render_to_string("partials/frame_vote_changed.html", {**context, "show_counts": True})
    else:
        participants = render_to_string("partials/version.html", context)
    return {PARTICIPANTS: participants, FACILITATORS: facilitators}


def render_vote_opened(room_id: int, version: int, data: dict) -> dict[str, str]:
    """A fresh board, and for the phones the full budget (phones that already have dots in this
    vote get their own count through their own group right after)."""
    from sessions_app.models import Room

    frames = render_refresh(room_id, version, data)
    room = Room.objects.get(pk=room_id)
    budget = render_to_string("partials/vote_mine.html", {"my_votes": {"remaining": room.vote_budget, "items": []}})
    frames[PARTICIPANTS] += budget
    return frames


def render_note_tagged(room_id: int, version: int, data: dict) -> dict[str, str]:
    from sessions_app import tallies

    note = Note.objects.select_related("participant", "room").get(pk=data["note"])
    room = note.room
    tallies.mark_notes(room, [note])
    # The console's copy of the note keeps its menu (the themes of its phase, actions).
    menu = {
        "phase": {"key": note.phase, "themes": list(Theme.objects.filter(room_id=room_id, phase=note.phase))},
        "actions_phase": queries.actions_phase(room),
    }
    frames = {}
    for audience in AUDIENCES:
        context = {
            **menu,
            "room": room,
            "lens_groups": tallies.lens_groups_of(room, audience),
            "note": note,
            "version": version,
            "show_counts": tallies.show_counts(room, audience),
            "audience": audience,
            "show_note": queries.visible_to(audience, note),
        }
        frames[audience] = render_to_string("partials/frame_note_tagged.html", context)
    return frames


def render_my_votes(participant_id: int) -> str:
    """One phone's dots left and where they are: sent to that phone's own group only."""
    from sessions_app import tallies
    from sessions_app.models import Participant

    participant = Participant.objects.select_related("room").get(pk=participant_id)
    return render_to_string("partials/vote_mine.html", {"my_votes": tallies.my_votes(participant.room, participant)})


RENDERERS.update({
    "vote.changed": render_vote_changed,
    "vote.opened": render_vote_opened,
    "note.tagged": render_note_tagged,
})
PERSONAL_RENDERERS["votes.mine"] = render_my_votes


# --- Timer, ready, presence, moderation (toolkit). Small frames; a refresh only where much of
# the board changes (writing closes or opens, a hidden note comes back in its place).

def render_timer(room_id: int, version: int, data: dict) -> dict[str, str]:
    if data.get("writing"):
        return render_refresh(room_id, version, data)  # writing opened or closed with it
    from sessions_app.models import Room
    from sessions_app.room_tools import timer_view

    room = Room.objects.get(pk=room_id)
    context = {"room": room, "version": version, "timer": timer_view(room)}
    for_all = render_to_string("partials/frame_timer.html", context)
    return {
        PARTICIPANTS: for_all,
        PRESENTERS: for_all,
        FACILITATORS: render_to_string("partials/frame_timer.html", {**context, "controls": True}),
    }


def _note_frames(room_id: int, version: int, note, template: str) -> dict[str, str]:
    """A changed note as each audience sees it: replaced in place where visible, gone where not."""
    context = {"note": note, "version": version, "room": note.room}
    frames = {}
    for audience in AUDIENCES:
        frames[audience] = render_to_string(
            template, {**context, "audience": audience, "show": queries.visible_to(audience, note)}
        )
    return frames


def render_note_hidden(room_id: int, version: int, data: dict) -> dict[str, str]:
    note = Note.objects.select_related("participant", "room").get(pk=data["note"])
    return _note_frames(room_id, version, note, "partials/frame_note_changed.html")


def render_note_edited(room_id: int, version: int, data: dict) -> dict[str, str]:
    note = Note.objects.select_related("participant", "room").get(pk=data["note"])
    return _note_frames(room_id, version, note, "partials/frame_note_changed.html")


def render_note_deleted(room_id: int, version: int, data: dict) -> dict[str, str]:
    html = render_to_string("partials/frame_note_deleted.html", {"version": version, "note_id": data["note"]})
    return {audience: html for audience in AUDIENCES}


def render_ready_changed(room_id: int, version: int, data: dict) -> dict[str, str]:
    """A ready mark: the console's counts and that participant's row only (a few small queries,
    not the whole board or list); the other screens just move to the new version."""
    from sessions_app.services import presence

    context = {**presence.counts(room_id), **participant_row(data), "version": version}
    return {
        PARTICIPANTS: render_to_string("partials/version.html", {"version": version}),
        FACILITATORS: render_to_string("partials/frame_ready.html", context),
    }


def participant_row(data: dict) -> dict:
    """The console's row of the participant a change is about: appended for a join, replaced
    otherwise (ready, removed, back)."""
    from sessions_app.models import Participant

    person = Participant.objects.filter(pk=data.get("participant")).first() if data.get("participant") else None
    return {"person": person, "append": bool(data.get("joined"))}


def render_ready(participant_id: int) -> str:
    """One phone's own "Ik ben klaar" button, for its own sockets only."""
    from sessions_app.models import Participant

    ready = Participant.objects.filter(pk=participant_id, ready=True).exists()
    return render_to_string("partials/ready.html", {"my_ready": ready, "oob": True})


RENDERERS.update({
    "timer.set": render_timer,
    "timer.expired": render_refresh,
    "ready.set": render_ready_changed,
    "participant.removed": render_participants,  # rare: also the perspective counts
    "participant.readmitted": render_participants,
    "note.hidden": render_note_hidden,
    "note.shown": render_refresh,  # it comes back in its place among the others
    "note.edited": render_note_edited,
    "note.deleted": render_note_deleted,
})
PERSONAL_RENDERERS["ready"] = render_ready


# --- Theming and the spotlight: the changed phase's section only, not a whole board (theme_frames.py).
from .theme_frames import RENDERERS as THEME_RENDERERS  # noqa: E402

RENDERERS.update(THEME_RENDERERS)
