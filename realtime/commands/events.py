"""The organiser's commands for all rooms of an event (on /ws/event/<slug>/) and the
facilitator's harvest command (on the room socket)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sessions_app.services import events, harvest

from .. import protocol
from ..protocol import ProtocolError
from .base import Choice, Command, Duration, Id, Text, command


def _all_phases():
    from sessions_app.methods import METHODS

    return sorted({key for method in METHODS.values() for key in method.phase_keys})


@command("event.sync")
@dataclass(frozen=True)
class EventSync(Command):
    """Asks for a fresh overview (or plenary board); the consumer sends it after perform()."""

    wants_snapshot = True

    def perform(self, actor):
        return None


@command("event.message")
@dataclass(frozen=True)
class EventMessage(Command):
    text: str = Text(required=False, max_length=events.MESSAGE_MAX_LENGTH)

    def perform(self, actor):
        events.send_message(actor.event, self.text)


@command("event.timer")
@dataclass(frozen=True)
class EventTimer(Command):
    seconds: int = Duration(maximum=events.TIMER_MAX_SECONDS)

    def perform(self, actor):
        events.start_timer_everywhere(actor.event, self.seconds)


@command("event.phase")
@dataclass(frozen=True)
class EventPhase(Command):
    phase: str = Choice(_all_phases)

    def perform(self, actor):
        events.set_phase_everywhere(actor.event, self.phase)


@command("event.close")
@dataclass(frozen=True)
class EventClose(Command):
    def perform(self, actor):
        events.close_event(actor.event)


@command("event.round")
@dataclass(frozen=True)
class EventRound(Command):
    round_id: int = Id()

    def perform(self, actor):
        events.set_round(actor.event, self.round_id)


@command("event.spotlight")
@dataclass(frozen=True)
class EventSpotlight(Command):
    """`id` (with its `kind`) of a highlight; no id switches the spotlight off."""

    kind: str
    item_id: int | None

    @classmethod
    def parse(cls, payload):
        item_id = protocol.integer(payload, "id", minimum=0, required=False)
        kind = protocol.choice(payload, "kind", list(harvest.KINDS)) if item_id else ""
        return cls(kind=kind, item_id=item_id or None)

    def perform(self, actor):
        harvest.set_event_spotlight(actor.event, self.kind, self.item_id)


@command("highlight.set")
@dataclass(frozen=True)
class HighlightSet(Command):
    """A facilitator marks a note, theme or action of their own room as a highlight (or not):
    exactly one of `note_id`, `theme_id`, `action_id`, and `on`."""

    kind: str
    item_id: int
    on: bool

    @classmethod
    def parse(cls, payload):
        given = [kind for kind in harvest.KINDS if payload.get(f"{kind}_id") not in (None, "")]
        if len(given) != 1:
            raise ProtocolError(_("Kies één briefje, thema of actie."))
        kind = given[0]
        return cls(kind=kind, item_id=protocol.integer(payload, f"{kind}_id", minimum=1), on=protocol.boolean(payload, "on"))

    def perform(self, actor):
        harvest.set_highlight(actor.room, self.kind, self.item_id, self.on)
