from dataclasses import dataclass

from sessions_app.services import joining, rooms

from .base import Command, Flag, command


@command("room.close")
@dataclass(frozen=True)
class RoomClose(Command):
    def perform(self, actor):
        rooms.close_room(actor.room)


@command("room.reopen")
@dataclass(frozen=True)
class RoomReopen(Command):
    def perform(self, actor):
        rooms.reopen_room(actor.room)


@command("joining.set")
@dataclass(frozen=True)
class JoiningSet(Command):
    """`open`: whether new phones may still join the room (those already in keep working)."""

    open: bool = Flag()

    def perform(self, actor):
        joining.set_joining(actor.room, self.open)
