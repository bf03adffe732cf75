from dataclasses import dataclass

from sessions_app.services import phases, rooms

from .base import Command, Flag, Text, command


@command("phase.set")
@dataclass(frozen=True)
class PhaseSet(Command):
    phase: str = Text(max_length=60)

    def perform(self, actor):
        phases.set_phase(actor.room, self.phase)


@command("writing.set")
@dataclass(frozen=True)
class WritingSet(Command):
    open: bool = Flag()

    def perform(self, actor):
        phases.set_writing(actor.room, self.open)


@command("prompt.set")
@dataclass(frozen=True)
class PromptSet(Command):
    phase: str = Text(max_length=60)
    prompt: str = Text(required=False)

    def perform(self, actor):
        rooms.set_prompt(actor.room, self.phase, self.prompt)
