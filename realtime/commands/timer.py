from dataclasses import dataclass

from sessions_app.services import timer

from .base import Command, Duration, Flag, command


@command("timer.start")
@dataclass(frozen=True)
class TimerStart(Command):
    seconds: int = Duration(maximum=timer.MAX_SECONDS)
    closes_writing: bool | None = Flag(absent=None)

    def perform(self, actor):
        timer.start(actor.room, self.seconds, self.closes_writing)


@command("timer.add")
@dataclass(frozen=True)
class TimerAdd(Command):
    seconds: int = Duration(maximum=timer.MAX_SECONDS)

    def perform(self, actor):
        timer.add(actor.room, self.seconds)


@command("timer.pause")
@dataclass(frozen=True)
class TimerPause(Command):
    def perform(self, actor):
        timer.pause(actor.room)


@command("timer.resume")
@dataclass(frozen=True)
class TimerResume(Command):
    def perform(self, actor):
        timer.resume(actor.room)


@command("timer.stop")
@dataclass(frozen=True)
class TimerStop(Command):
    def perform(self, actor):
        timer.stop(actor.room)


@command("timer.option")
@dataclass(frozen=True)
class TimerOption(Command):
    closes_writing: bool = Flag()

    def perform(self, actor):
        timer.set_closes_writing(actor.room, self.closes_writing)
