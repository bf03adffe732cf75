from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import phases, rooms

from .. import protocol
from ..protocol import Command, action


@action("phase.set")
@dataclass(frozen=True)
class PhaseSet(Command):
    phase: str

    @classmethod
    def parse(cls, payload):
        return cls(phase=protocol.text(payload, "phase", max_length=60))

    def perform(self, actor):
        permissions.require(actor, "phase.set")
        phases.set_phase(actor.room, self.phase)


@action("writing.set")
@dataclass(frozen=True)
class WritingSet(Command):
    open: bool

    @classmethod
    def parse(cls, payload):
        return cls(open=protocol.boolean(payload, "open"))

    def perform(self, actor):
        permissions.require(actor, "writing.set")
        phases.set_writing(actor.room, self.open)


@action("prompt.set")
@dataclass(frozen=True)
class PromptSet(Command):
    phase: str
    prompt: str

    @classmethod
    def parse(cls, payload):
        return cls(
            phase=protocol.text(payload, "phase", max_length=60),
            prompt=protocol.text(payload, "prompt", required=False),
        )

    def perform(self, actor):
        permissions.require(actor, "prompt.set")
        rooms.set_prompt(actor.room, self.phase, self.prompt)
