from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.models import Condition
from sessions_app.services import lens

from .. import protocol
from ..protocol import Command, action


@action("lens.set")
@dataclass(frozen=True)
class LensSet(Command):
    enabled: bool

    @classmethod
    def parse(cls, payload):
        return cls(enabled=protocol.boolean(payload, "enabled"))

    def perform(self, actor):
        permissions.require(actor, "lens.set")
        lens.set_lens(actor.room, self.enabled)


@action("note.tag")
@dataclass(frozen=True)
class NoteTag(Command):
    note_id: int
    tag: str
    on = True

    @classmethod
    def parse(cls, payload):
        return cls(note_id=protocol.integer(payload, "note_id", minimum=1), tag=protocol.choice(payload, "tag", Condition.values))

    def perform(self, actor):
        permissions.require(actor, self.name)
        # A facilitator tags any note of the room; a participant only their own (checked in the service).
        participant = None if actor.steers else actor.participant
        lens.tag_note(actor.room, self.note_id, self.tag, participant=participant, on=self.on)


@action("note.untag")
@dataclass(frozen=True)
class NoteUntag(NoteTag):
    on = False
