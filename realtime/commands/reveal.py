from dataclasses import dataclass

from sessions_app.methods import WRITING_OPEN, WRITING_PRIVATE
from sessions_app.services import reveal

from .base import Choice, Command, Text, command


@command("writing.mode")
@dataclass(frozen=True)
class WritingMode(Command):
    """`mode`: open (notes show at once) or private (only the author and the facilitator see
    them until notes.reveal). `phase` is optional: the current phase."""

    mode: str = Choice((WRITING_OPEN, WRITING_PRIVATE))
    phase: str = Text(required=False, max_length=60)

    def perform(self, actor):
        reveal.set_writing_mode(actor.room, self.mode, self.phase or None)


@command("notes.reveal")
@dataclass(frozen=True)
class NotesReveal(Command):
    phase: str = Text(required=False, max_length=60)

    def perform(self, actor):
        reveal.reveal(actor.room, self.phase or None)
