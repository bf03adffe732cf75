from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import votes

from .. import protocol
from ..protocol import Command, action


def _flag(payload, key: str, default: bool) -> bool:
    # An unticked checkbox is simply absent from a form; absent means the default.
    return default if key not in payload else protocol.boolean(payload, key)


def _item(payload) -> dict:
    return {
        "note_id": protocol.integer(payload, "note_id", required=False, minimum=1),
        "theme_id": protocol.integer(payload, "theme_id", required=False, minimum=1),
    }


@action("vote.open")
@dataclass(frozen=True)
class VoteOpen(Command):
    budget: int
    max_per_item: int | None
    counts_visible: bool
    target: str

    @classmethod
    def parse(cls, payload):
        return cls(
            budget=protocol.integer(payload, "budget", minimum=1, maximum=votes.MAX_BUDGET),
            max_per_item=protocol.integer(payload, "max_per_item", required=False, minimum=1, maximum=votes.MAX_BUDGET),
            counts_visible=_flag(payload, "counts_visible", True),
            target=protocol.choice(payload, "target", votes.TARGETS) if payload.get("target") else votes.NOTES,
        )

    def perform(self, actor):
        permissions.require(actor, "vote.open")
        votes.open_vote(
            actor.room,
            budget=self.budget,
            max_per_item=self.max_per_item,
            counts_visible=self.counts_visible,
            target=self.target,
        )


@action("vote.close")
@dataclass(frozen=True)
class VoteClose(Command):
    def perform(self, actor):
        permissions.require(actor, "vote.close")
        votes.close_vote(actor.room)


@dataclass(frozen=True)
class _DotOnItem(Command):
    """A dot on one note or one theme: what vote.add and vote.remove both carry."""

    note_id: int | None
    theme_id: int | None

    @classmethod
    def parse(cls, payload):
        return cls(**_item(payload))


@action("vote.add")
@dataclass(frozen=True)
class VoteAdd(_DotOnItem):
    def perform(self, actor):
        permissions.require(actor, "vote.add")
        votes.add_vote(actor.room, actor.participant, note_id=self.note_id, theme_id=self.theme_id)


@action("vote.remove")
@dataclass(frozen=True)
class VoteRemove(_DotOnItem):
    def perform(self, actor):
        permissions.require(actor, "vote.remove")
        votes.remove_vote(actor.room, actor.participant, note_id=self.note_id, theme_id=self.theme_id)
