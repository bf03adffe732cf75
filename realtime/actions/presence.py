from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import presence

from .. import protocol
from ..protocol import Command, action


@action("ready.set")
@dataclass(frozen=True)
class ReadySet(Command):
    ready: bool

    @classmethod
    def parse(cls, payload):
        return cls(ready=protocol.boolean(payload, "ready"))

    def perform(self, actor):
        permissions.require(actor, "ready.set")
        presence.set_ready(actor.room, actor.participant, self.ready)
