from dataclasses import dataclass

from sessions_app.services import presence

from .base import Command, Flag, command


@command("ready.set")
@dataclass(frozen=True)
class ReadySet(Command):
    ready: bool = Flag()

    def perform(self, actor):
        presence.set_ready(actor.room, actor.participant, self.ready)
