"""Interviews in tweetallen (issue 15): the facilitator starts, swaps and stops them; a phone
writes a story about its current partner, and the partner may correct it. Also a phase's label."""

from dataclasses import dataclass

from sessions_app.services import interviews, rooms

from .base import Command, Id, Text, command


@command("interviews.start")
@dataclass(frozen=True)
class InterviewsStart(Command):
    guide: str = Text(required=False)  # empty or absent: the room's guide as it is

    def perform(self, actor):
        interviews.start(actor.room, self.guide or None)


@command("interviews.swap")
@dataclass(frozen=True)
class InterviewsSwap(Command):
    def perform(self, actor):
        interviews.swap(actor.room)


@command("interviews.stop")
@dataclass(frozen=True)
class InterviewsStop(Command):
    def perform(self, actor):
        interviews.stop(actor.room)


@command("story.add")
@dataclass(frozen=True)
class StoryAdd(Command):
    text: str = Text(required=False)
    client_id: str = Text(required=False, max_length=200)

    def perform(self, actor):
        story, created = interviews.add_story(actor.room, actor.participant, text=self.text, client_id=self.client_id)
        # Like note.add: a resend of a stored story is acknowledged to the sender only.
        return None if created else {"ack": story.client_id}


@command("story.correct")
@dataclass(frozen=True)
class StoryCorrect(Command):
    note_id: int = Id()
    text: str = Text(required=False)

    def perform(self, actor):
        interviews.correct_story(actor.room, actor.participant, self.note_id, self.text)


@command("phase.rename")
@dataclass(frozen=True)
class PhaseRename(Command):
    phase: str = Text(max_length=60)
    title: str = Text(required=False, max_length=500)

    def perform(self, actor):
        rooms.set_phase_title(actor.room, self.phase, self.title)
