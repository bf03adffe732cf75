from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import timer

from .. import protocol
from ..protocol import Command, action


def _seconds(payload) -> int:
    """`seconds`, or `minutes` (the console's own-time field sends minutes)."""
    if payload.get("seconds") in (None, "") and payload.get("minutes") not in (None, ""):
        return protocol.integer(payload, "minutes", minimum=1, maximum=timer.MAX_SECONDS // 60) * 60
    return protocol.integer(payload, "seconds", minimum=1, maximum=timer.MAX_SECONDS)


@action("timer.start")
@dataclass(frozen=True)
class TimerStart(Command):
    seconds: int
    closes_writing: bool | None = None

    @classmethod
    def parse(cls, payload):
        closes = protocol.boolean(payload, "closes_writing") if "closes_writing" in payload else None
        return cls(seconds=_seconds(payload), closes_writing=closes)

    def perform(self, actor):
        permissions.require(actor, "timer.start")
        timer.start(actor.room, self.seconds, self.closes_writing)


@action("timer.add")
@dataclass(frozen=True)
class TimerAdd(Command):
    seconds: int

    @classmethod
    def parse(cls, payload):
        return cls(seconds=_seconds(payload))

    def perform(self, actor):
        permissions.require(actor, "timer.add")
        timer.add(actor.room, self.seconds)


@action("timer.pause")
@dataclass(frozen=True)
class TimerPause(Command):
    def perform(self, actor):
        permissions.require(actor, "timer.pause")
        timer.pause(actor.room)


@action("timer.resume")
@dataclass(frozen=True)
class TimerResume(Command):
    def perform(self, actor):
        permissions.require(actor, "timer.resume")
        timer.resume(actor.room)


@action("timer.stop")
@dataclass(frozen=True)
class TimerStop(Command):
    def perform(self, actor):
        permissions.require(actor, "timer.stop")
        timer.stop(actor.room)


@action("timer.option")
@dataclass(frozen=True)
class TimerOption(Command):
    closes_writing: bool

    @classmethod
    def parse(cls, payload):
        return cls(closes_writing=protocol.boolean(payload, "closes_writing"))

    def perform(self, actor):
        permissions.require(actor, "timer.option")
        timer.set_closes_writing(actor.room, self.closes_writing)
