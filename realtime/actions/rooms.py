from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import rooms

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
