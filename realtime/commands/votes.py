from dataclasses import dataclass

from sessions_app.services import votes

from .base import Choice, Command, Flag, Id, Integer, command


@command("vote.open")
@dataclass(frozen=True)
class VoteOpen(Command):
    budget: int = Integer(minimum=1, maximum=votes.MAX_BUDGET)
    max_per_item: int | None = Integer(minimum=1, maximum=votes.MAX_BUDGET, required=False)
    counts_visible: bool = Flag(absent=True)
    target: str = Choice(votes.TARGETS, empty=votes.NOTES)

    def perform(self, actor):
        votes.open_vote(
            actor.room,
            budget=self.budget,
            max_per_item=self.max_per_item,
            counts_visible=self.counts_visible,
            target=self.target,
        )


@command("vote.close")
@dataclass(frozen=True)
class VoteClose(Command):
    def perform(self, actor):
        votes.close_vote(actor.room)


@dataclass(frozen=True)
class _DotOnItem(Command):
    """A dot on one note or one theme: what vote.add and vote.remove both carry."""

    note_id: int | None = Id(required=False)
    theme_id: int | None = Id(required=False)


@command("vote.add")
@dataclass(frozen=True)
class VoteAdd(_DotOnItem):
    def perform(self, actor):
        votes.add_vote(actor.room, actor.participant, note_id=self.note_id, theme_id=self.theme_id)


@command("vote.remove")
@dataclass(frozen=True)
class VoteRemove(_DotOnItem):
    def perform(self, actor):
        votes.remove_vote(actor.room, actor.participant, note_id=self.note_id, theme_id=self.theme_id)
