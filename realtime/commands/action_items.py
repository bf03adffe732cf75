"""Commands on the action list of verwezenlijken (wat / wie / wanneer)."""

from dataclasses import dataclass

from sessions_app.services import actions

from .base import Command, Id, Text, command


@command("action.add")
@dataclass(frozen=True)
class ActionAdd(Command):
    what: str = Text(required=False, max_length=2000)
    who: str = Text(required=False, max_length=1000)
    when: str = Text(required=False, max_length=40)
    note_id: int | None = Id(required=False)
    theme_id: int | None = Id(required=False)

    def perform(self, actor):
        actions.add_action(
            actor.room, what=self.what, who=self.who, when=self.when, note_id=self.note_id, theme_id=self.theme_id
        )


@command("action.edit")
@dataclass(frozen=True)
class ActionEdit(Command):
    action_id: int = Id()
    what: str = Text(required=False, max_length=2000)
    who: str = Text(required=False, max_length=1000)
    when: str = Text(required=False, max_length=40)

    def perform(self, actor):
        actions.edit_action(actor.room, self.action_id, what=self.what, who=self.who, when=self.when)


@command("action.delete")
@dataclass(frozen=True)
class ActionDelete(Command):
    action_id: int = Id()

    def perform(self, actor):
        actions.delete_action(actor.room, self.action_id)
