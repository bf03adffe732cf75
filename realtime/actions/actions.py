"""Actions from verwezenlijken (wat / wie / wanneer)."""

from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import actions

from .. import protocol
from ..protocol import Command, action


def _fields(payload) -> dict:
    return {
        "what": protocol.text(payload, "what", required=False, max_length=2000),
        "who": protocol.text(payload, "who", required=False, max_length=1000),
        "when": protocol.text(payload, "when", required=False, max_length=40),
    }


@action("action.add")
@dataclass(frozen=True)
class ActionAdd(Command):
    what: str
    who: str
    when: str
    note_id: int | None
    theme_id: int | None

    @classmethod
    def parse(cls, payload):
        return cls(
            **_fields(payload),
            note_id=protocol.integer(payload, "note_id", minimum=1, required=False),
            theme_id=protocol.integer(payload, "theme_id", minimum=1, required=False),
        )

    def perform(self, actor):
        permissions.require(actor, "action.add")
        actions.add_action(
            actor.room, what=self.what, who=self.who, when=self.when, note_id=self.note_id, theme_id=self.theme_id
        )


@action("action.edit")
@dataclass(frozen=True)
class ActionEdit(Command):
    action_id: int
    what: str
    who: str
    when: str

    @classmethod
    def parse(cls, payload):
        return cls(action_id=protocol.integer(payload, "action_id", minimum=1), **_fields(payload))

    def perform(self, actor):
        permissions.require(actor, "action.edit")
        actions.edit_action(actor.room, self.action_id, what=self.what, who=self.who, when=self.when)


@action("action.delete")
@dataclass(frozen=True)
class ActionDelete(Command):
    action_id: int

    @classmethod
    def parse(cls, payload):
        return cls(action_id=protocol.integer(payload, "action_id", minimum=1))

    def perform(self, actor):
        permissions.require(actor, "action.delete")
        actions.delete_action(actor.room, self.action_id)
