"""Interviews in tweetallen (issue 15): the facilitator starts, swaps and stops them; a phone
writes a story about its current partner, and the partner may correct it. Also a phase's label."""

from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import interviews, rooms

from .. import protocol
from ..protocol import Command, action


@action("interviews.start")
@dataclass(frozen=True)
class InterviewsStart(Command):
    guide: str | None

    @classmethod
    def parse(cls, payload):
        given = "guide" in payload and payload.get("guide") is not None
        return cls(guide=protocol.text(payload, "guide", required=False) if given else None)

    def perform(self, actor):
        permissions.require(actor, "interviews.start")
        interviews.start(actor.room, self.guide)


@action("interviews.swap")
@dataclass(frozen=True)
class InterviewsSwap(Command):
    def perform(self, actor):
        permissions.require(actor, "interviews.swap")
        interviews.swap(actor.room)


@action("interviews.stop")
@dataclass(frozen=True)
class InterviewsStop(Command):
    def perform(self, actor):
        permissions.require(actor, "interviews.stop")
        interviews.stop(actor.room)


@action("story.add")
@dataclass(frozen=True)
class StoryAdd(Command):
    text: str
    client_id: str

    @classmethod
    def parse(cls, payload):
        return cls(
            text=protocol.text(payload, "text", required=False),
            client_id=protocol.text(payload, "client_id", required=False, max_length=200),
        )

    def perform(self, actor):
        permissions.require(actor, "story.add")
        story, created = interviews.add_story(actor.room, actor.participant, text=self.text, client_id=self.client_id)
        # Like note.add: a resend of a stored story is acknowledged to the sender only.
        return None if created else {"ack": story.client_id}


@action("story.correct")
@dataclass(frozen=True)
class StoryCorrect(Command):
    note_id: int
    text: str

    @classmethod
    def parse(cls, payload):
        return cls(note_id=protocol.integer(payload, "note_id", minimum=1), text=protocol.text(payload, "text", required=False))

    def perform(self, actor):
        permissions.require(actor, "story.correct")
        interviews.correct_story(actor.room, actor.participant, self.note_id, self.text)


@action("phase.rename")
@dataclass(frozen=True)
class PhaseRename(Command):
    phase: str
    title: str

    @classmethod
    def parse(cls, payload):
        return cls(phase=protocol.text(payload, "phase", max_length=60), title=protocol.text(payload, "title", required=False, max_length=500))

    def perform(self, actor):
        permissions.require(actor, "phase.rename")
        rooms.set_phase_title(actor.room, self.phase, self.title)
