"""The organiser's actions for all rooms of an event (on /ws/event/<slug>/) and the
facilitator's harvest action (on the room socket). Each checks permissions, then calls ONE service."""

from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import events, harvest

from .. import protocol
from ..protocol import Command, ProtocolError, action


@action("event.sync")
@dataclass(frozen=True)
class EventSync(Command):
    """Asks for a fresh overview (or plenary board)."""

    wants_snapshot = True

    def perform(self, actor):
        permissions.require(actor, "event.sync")


@action("event.message")
@dataclass(frozen=True)
class EventMessage(Command):
    text: str

    @classmethod
    def parse(cls, payload):
        return cls(text=protocol.text(payload, "text", required=False, max_length=events.MESSAGE_MAX_LENGTH))

    def perform(self, actor):
        permissions.require(actor, "event.message")
        events.send_message(actor.event, self.text)


@action("event.timer")
@dataclass(frozen=True)
class EventTimer(Command):
    seconds: int

    @classmethod
    def parse(cls, payload):
        if payload.get("minutes") not in (None, "") and payload.get("seconds") in (None, ""):
            minutes = protocol.integer(payload, "minutes", minimum=1, maximum=events.TIMER_MAX_SECONDS // 60)
            return cls(seconds=minutes * 60)
        return cls(seconds=protocol.integer(payload, "seconds", minimum=1, maximum=events.TIMER_MAX_SECONDS))

    def perform(self, actor):
        permissions.require(actor, "event.timer")
        events.start_timer_everywhere(actor.event, self.seconds)


@action("event.phase")
@dataclass(frozen=True)
class EventPhase(Command):
    phase: str

    @classmethod
    def parse(cls, payload):
        return cls(phase=protocol.choice(payload, "phase", _all_phases()))

    def perform(self, actor):
        permissions.require(actor, "event.phase")
        events.set_phase_everywhere(actor.event, self.phase)


@action("event.close")
@dataclass(frozen=True)
class EventClose(Command):
    def perform(self, actor):
        permissions.require(actor, "event.close")
        events.close_event(actor.event)


@action("event.round")
@dataclass(frozen=True)
class EventRound(Command):
    round_id: int

    @classmethod
    def parse(cls, payload):
        return cls(round_id=protocol.integer(payload, "round_id", minimum=1))

    def perform(self, actor):
        permissions.require(actor, "event.round")
        events.set_round(actor.event, self.round_id)


@action("event.spotlight")
@dataclass(frozen=True)
class EventSpotlight(Command):
    kind: str
    item_id: int | None

    @classmethod
    def parse(cls, payload):
        item_id = protocol.integer(payload, "id", minimum=0, required=False)
        kind = protocol.choice(payload, "kind", list(harvest.KINDS)) if item_id else ""
        return cls(kind=kind, item_id=item_id or None)

    def perform(self, actor):
        permissions.require(actor, "event.spotlight")
        harvest.set_spotlight(actor.event, self.kind, self.item_id)


@action("highlight.set")
@dataclass(frozen=True)
class HighlightSet(Command):
    """A facilitator marks a note, theme or action of their own room as a highlight (or not)."""

    kind: str
    item_id: int
    on: bool

    @classmethod
    def parse(cls, payload):
        given = [kind for kind in harvest.KINDS if payload.get(f"{kind}_id") not in (None, "")]
        if len(given) != 1:
            raise ProtocolError(_missing())
        kind = given[0]
        return cls(kind=kind, item_id=protocol.integer(payload, f"{kind}_id", minimum=1), on=protocol.boolean(payload, "on"))

    def perform(self, actor):
        permissions.require(actor, "highlight.set")
        harvest.set_highlight(actor.room, self.kind, self.item_id, self.on)


def _missing():
    from django.utils.translation import gettext_lazy as _

    return _("Kies één briefje, thema of actie.")


def _all_phases():
    from sessions_app.methods import METHODS

    return sorted({key for method in METHODS.values() for key in method.phase_keys})

