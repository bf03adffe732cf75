"""How the domain tells the world that a room changed, without knowing who listens.

Services call `room_changed(room, kind, **data)` (and `overview_changed`, `participant_changed`)
inside their transaction; receivers (the realtime broadcaster) run only after the commit, so
nobody ever sees a change that was rolled back, and a reconnect snapshot never contradicts what
was just sent.

Every kind of room change is one member of `Change`. The frame builders (realtime/frames/)
register against these members, and a test walks the enum: a kind without a builder is an
error, never a silent full refresh."""

from enum import StrEnum
from functools import partial

from django.db import transaction
from django.dispatch import Signal

room_change = Signal()  # sender: "room", kwargs: room_id, version, kind, data
# What an event's organiser overview or plenary board shows changed (a round, the banner, a
# highlight, the spotlight, closing). sender: "event", kwargs: event_id, kind, data
overview_change = Signal()
participant_change = Signal()  # sender: "participant", kwargs: participant_id, room_id, kind, data


class Change(StrEnum):
    """What changed in a room (the value is what travels; it equals the old string kinds)."""

    # notes
    NOTE_ADDED = "note.added"
    NOTE_EDITED = "note.edited"
    NOTE_HIDDEN = "note.hidden"
    NOTE_SHOWN = "note.shown"
    NOTE_DELETED = "note.deleted"
    NOTE_RESTORED = "note.restored"
    NOTE_TAGGED = "note.tagged"
    # phases and writing
    PHASE_SET = "phase.set"
    PHASE_PROMPT = "phase.prompt"
    PHASE_TITLE = "phase.title"
    WRITING_SET = "writing.set"
    WRITING_MODE = "writing.mode"
    NOTES_REVEALED = "notes.revealed"
    # themes and the spotlight
    THEME_CREATED = "theme.created"
    THEME_CHANGED = "theme.changed"
    THEME_MERGED = "theme.merged"
    THEME_DISSOLVED = "theme.dissolved"
    THEME_PROPOSED = "theme.proposed"
    THEME_PROPOSALS = "theme.proposals"
    SPOTLIGHT_SET = "spotlight.set"
    # dots and the lens
    VOTE_OPENED = "vote.opened"
    VOTE_CLOSED = "vote.closed"
    VOTE_CHANGED = "vote.changed"
    LENS_SET = "lens.set"
    # timer and people
    TIMER_SET = "timer.set"
    TIMER_EXPIRED = "timer.expired"
    READY_SET = "ready.set"
    PARTICIPANT_JOINED = "participant.joined"
    PARTICIPANT_LEFT = "participant.left"
    PARTICIPANT_REMOVED = "participant.removed"
    PARTICIPANT_READMITTED = "participant.readmitted"
    # interviews in tweetallen (services/interviews.py); a story itself is a NOTE_ADDED
    INTERVIEWS_SET = "interviews.set"
    # actions and the harvest
    ACTION_ADDED = "action.added"
    ACTION_CHANGED = "action.changed"
    ACTION_DELETED = "action.deleted"
    HIGHLIGHT_SET = "highlight.set"
    # the positive core and the droomzinnen (issue 15)
    CORE_SET = "core.set"
    PROPOSITION_ADDED = "proposition.added"
    PROPOSITION_ENDORSED = "proposition.endorsed"
    PROPOSITION_LINKED = "proposition.linked"
    # the room itself
    ROOM_CLOSED = "room.closed"
    ROOM_REOPENED = "room.reopened"
    ROOM_DELETED = "room.deleted"
    JOINING_SET = "joining.set"
    ROOM_LANGUAGE = "room.language"
    REPORT_SHARE = "report.share"
    EVENT_BANNER = "event.banner"
    LINK_RENEWED = "facilitator_link.renewed"


def room_changed(room, kind: Change | str, **data) -> None:
    kind = Change(kind)  # an unknown kind fails here, inside the service's transaction
    transaction.on_commit(
        partial(room_change.send, sender="room", room_id=room.pk, version=room.version, kind=kind, data=data)
    )


def overview_changed(event, kind: str, **data) -> None:
    transaction.on_commit(partial(overview_change.send, sender="event", event_id=event.pk, kind=kind, data=data))


def participant_changed(participant, kind: str, **data) -> None:
    transaction.on_commit(
        partial(
            participant_change.send,
            sender="participant",
            participant_id=participant.pk,
            room_id=participant.room_id,
            kind=kind,
            data=data,
        )
    )
