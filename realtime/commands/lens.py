from dataclasses import dataclass

from sessions_app.models import Condition
from sessions_app.services import lens

from .base import Choice, Command, Flag, Id, command


@command("lens.set")
@dataclass(frozen=True)
class LensSet(Command):
    enabled: bool = Flag()

    def perform(self, actor):
        lens.set_lens(actor.room, self.enabled)


@command("note.tag")
@dataclass(frozen=True)
class NoteTag(Command):
    note_id: int = Id()
    tag: str = Choice(lambda: Condition.values)
    on = True

    def perform(self, actor):
        # A facilitator tags any note of the room; a participant only their own (checked in the service).
        participant = None if actor.steers else actor.participant
        lens.tag_note(actor.room, self.note_id, self.tag, participant=participant, on=self.on)


@command("note.untag")
@dataclass(frozen=True)
class NoteUntag(NoteTag):
    on = False
