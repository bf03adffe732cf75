"""Commands of the positive core and the droomzinnen (issue 15): core.set, proposition.add,
proposition.endorse, proposition.link."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sessions_app.services import core, propositions

from ..protocol import ProtocolError
from .base import Command, Flag, Id, Text, command

ITEM_KINDS = ("note", "theme")


def with_item(payload: dict) -> dict:
    """A form's select sends `item` = "note:<id>" or "theme:<id>"; read as `note_id` or `theme_id`."""
    item = payload.get("item")
    if item in (None, ""):
        return payload
    kind, _sep, pk = item.partition(":") if isinstance(item, str) else ("", "", "")
    if kind not in ITEM_KINDS:
        raise ProtocolError(_("Kies één briefje of één thema."))
    rest = {key: value for key, value in payload.items() if key not in ("note_id", "theme_id")}
    return {**rest, f"{kind}_id": pk}


@command("core.set")
@dataclass(frozen=True)
class CoreSet(Command):
    note_id: int | None = Id(required=False)
    theme_id: int | None = Id(required=False)
    on: bool = Flag()

    @classmethod
    def parse(cls, payload):
        return super().parse(with_item(payload))

    def perform(self, actor):
        core.set_core(actor.room, note_id=self.note_id, theme_id=self.theme_id, on=self.on)


@command("proposition.add")
@dataclass(frozen=True)
class PropositionAdd(Command):
    text: str = Text(required=False)
    client_id: str = Text(required=False, max_length=200)

    def perform(self, actor):
        proposition, created = propositions.add_proposition(
            actor.room, actor.participant, text=self.text, client_id=self.client_id
        )
        # A resend is acknowledged to the sender only, as for notes.
        return None if created else {"ack": proposition.client_id}


@command("proposition.endorse")
@dataclass(frozen=True)
class PropositionEndorse(Command):
    proposition_id: int = Id()

    def perform(self, actor):
        propositions.endorse(actor.room, actor.participant, self.proposition_id)


@command("proposition.link")
@dataclass(frozen=True)
class PropositionLink(Command):
    proposition_id: int = Id()
    note_id: int | None = Id(required=False)
    theme_id: int | None = Id(required=False)
    on: bool = Flag(absent=True)

    @classmethod
    def parse(cls, payload):
        return super().parse(with_item(payload))

    def perform(self, actor):
        propositions.link(actor.room, self.proposition_id, note_id=self.note_id, theme_id=self.theme_id, on=self.on)
