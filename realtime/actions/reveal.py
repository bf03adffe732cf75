from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.methods import WRITING_OPEN, WRITING_PRIVATE
from sessions_app.services import reveal

from .. import protocol
from ..protocol import Command, action


@action("writing.mode")
@dataclass(frozen=True)
class WritingMode(Command):
    """`mode`: open (notes show at once) or private (only the author and the facilitator see
    them until notes.reveal). `phase` is optional: the current phase."""

    mode: str
    phase: str

    @classmethod
    def parse(cls, payload):
        return cls(
            mode=protocol.choice(payload, "mode", (WRITING_OPEN, WRITING_PRIVATE)),
            phase=protocol.text(payload, "phase", required=False, max_length=60),
        )

    def perform(self, actor):
        permissions.require(actor, "writing.mode")
        reveal.set_writing_mode(actor.room, self.mode, self.phase or None)


@action("notes.reveal")
@dataclass(frozen=True)
class NotesReveal(Command):
    phase: str

    @classmethod
    def parse(cls, payload):
        return cls(phase=protocol.text(payload, "phase", required=False, max_length=60))

    def perform(self, actor):
        permissions.require(actor, "notes.reveal")
        reveal.reveal(actor.room, self.phase or None)
