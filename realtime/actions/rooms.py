from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import joining, rooms

from .. import protocol
from ..protocol import Command, action


@action("room.close")
@dataclass(frozen=True)
class RoomClose(Command):
    def perform(self, actor):
        permissions.require(actor, "room.close")
        rooms.close_room(actor.room)


@action("room.reopen")
@dataclass(frozen=True)
class RoomReopen(Command):
    def perform(self, actor):
        permissions.require(actor, "room.reopen")
        rooms.reopen_room(actor.room)


@action("joining.set")
@dataclass(frozen=True)
class JoiningSet(Command):
    """`open`: whether new phones may still join the room (those already in keep working)."""

    open: bool

    @classmethod
    def parse(cls, payload):
        return cls(open=protocol.boolean(payload, "open"))

    def perform(self, actor):
        permissions.require(actor, "joining.set")
        joining.set_joining(actor.room, self.open)
