"""How the domain tells the world that a room changed, without knowing who listens.

Services call `room_changed(room, kind, **data)` inside their transaction; receivers (the
realtime broadcaster) run only after the commit, so nobody ever sees a change that was rolled
back, and a reconnect snapshot never contradicts what was just sent."""

from functools import partial

from django.db import transaction
from django.dispatch import Signal

room_change = Signal()  # sender: "room", kwargs: room_id, version, kind, data
event_change = Signal()  # sender: "event", kwargs: event_id, kind, data
participant_change = Signal()  # sender: "participant", kwargs: participant_id, room_id, kind, data


def room_changed(room, kind: str, **data) -> None:
    transaction.on_commit(
        partial(room_change.send, sender="room", room_id=room.pk, version=room.version, kind=kind, data=data)
    )


def event_changed(event, kind: str, **data) -> None:
    transaction.on_commit(partial(event_change.send, sender="event", event_id=event.pk, kind=kind, data=data))


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
