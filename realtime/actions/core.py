"""The positive core and the droomzinnen (issue 15): core.set, proposition.add,
proposition.endorse, proposition.link."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sessions_app import permissions
from sessions_app.services import core, propositions

from .. import protocol
from ..protocol import Command, ProtocolError, action

ITEM_KINDS = ("note", "theme")


def _item(payload) -> dict:
    """`note_id` or `theme_id`; a form's select may send `item` = "note:<id>" or "theme:<id>"."""
    item = payload.get("item")
    if item not in (None, ""):
        kind, _sep, pk = item.partition(":") if isinstance(item, str) else ("", "", "")
        if kind not in ITEM_KINDS:
            raise ProtocolError(_("Kies één briefje of één thema."))
        payload = {f"{kind}_id": pk}
    return {
        "note_id": protocol.integer(payload, "note_id", minimum=1, required=False),
        "theme_id": protocol.integer(payload, "theme_id", minimum=1, required=False),
    }


@action("core.set")
@dataclass(frozen=True)
class CoreSet(Command):
    note_id: int | None
    theme_id: int | None
    on: bool

    @classmethod
    def parse(cls, payload):
        return cls(**_item(payload), on=protocol.boolean(payload, "on"))

    def perform(self, actor):
        permissions.require(actor, "core.set")
        core.set_core(actor.room, note_id=self.note_id, theme_id=self.theme_id, on=self.on)


@action("proposition.add")
@dataclass(frozen=True)
class PropositionAdd(Command):
    text: str
    client_id: str

    @classmethod
    def parse(cls, payload):
        return cls(
            text=protocol.text(payload, "text", required=False),
            client_id=protocol.text(payload, "client_id", required=False, max_length=200),
        )

    def perform(self, actor):
        permissions.require(actor, "proposition.add")
        proposition, created = propositions.add_proposition(
            actor.room, actor.participant, text=self.text, client_id=self.client_id
        )
        # A resend is acknowledged to the sender only, as for notes.
        return None if created else {"ack": proposition.client_id}


@action("proposition.endorse")
@dataclass(frozen=True)
class PropositionEndorse(Command):
    proposition_id: int

    @classmethod
    def parse(cls, payload):
        return cls(proposition_id=protocol.integer(payload, "proposition_id", minimum=1))

    def perform(self, actor):
        permissions.require(actor, "proposition.endorse")
        propositions.endorse(actor.room, actor.participant, self.proposition_id)


@action("proposition.link")
@dataclass(frozen=True)
class PropositionLink(Command):
    proposition_id: int
    note_id: int | None
    theme_id: int | None
    on: bool

    @classmethod
    def parse(cls, payload):
        on = True if payload.get("on") in (None, "") else protocol.boolean(payload, "on")
        return cls(proposition_id=protocol.integer(payload, "proposition_id", minimum=1), **_item(payload), on=on)

    def perform(self, actor):
        permissions.require(actor, "proposition.link")
        propositions.link(actor.room, self.proposition_id, note_id=self.note_id, theme_id=self.theme_id, on=self.on)
