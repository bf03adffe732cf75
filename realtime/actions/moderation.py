from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.identity import PARTICIPANT
from sessions_app.services import moderation

from .. import protocol
from ..protocol import Command, action


def _note_id(payload) -> int:
    return protocol.integer(payload, "note_id", minimum=1)


@action("note.hide")
@dataclass(frozen=True)
class NoteHide(Command):
    note_id: int

    @classmethod
    def parse(cls, payload):
        return cls(note_id=_note_id(payload))

    def perform(self, actor):
        permissions.require(actor, "note.hide")
        moderation.set_hidden(actor.room, self.note_id, True)


@action("note.show")
@dataclass(frozen=True)
class NoteShow(Command):
    note_id: int

    @classmethod
    def parse(cls, payload):
        return cls(note_id=_note_id(payload))

    def perform(self, actor):
        permissions.require(actor, "note.show")
        moderation.set_hidden(actor.room, self.note_id, False)


@action("note.edit")
@dataclass(frozen=True)
class NoteEdit(Command):
    note_id: int
    text: str

    @classmethod
    def parse(cls, payload):
        return cls(note_id=_note_id(payload), text=protocol.text(payload, "text", required=False))

    def perform(self, actor):
        permissions.require(actor, "note.edit")
        by = actor.participant if actor.role == PARTICIPANT else None
        moderation.edit_note(actor.room, self.note_id, self.text, by=by)


@action("note.delete")
@dataclass(frozen=True)
class NoteDelete(Command):
    note_id: int

    @classmethod
    def parse(cls, payload):
        return cls(note_id=_note_id(payload))

    def perform(self, actor):
        permissions.require(actor, "note.delete")
        moderation.delete_note(actor.room, self.note_id, by=actor.participant)


def _participant_id(payload) -> int:
    return protocol.integer(payload, "participant_id", minimum=1)


@action("participant.remove")
@dataclass(frozen=True)
class ParticipantRemove(Command):
    participant_id: int

    @classmethod
    def parse(cls, payload):
        return cls(participant_id=_participant_id(payload))

    def perform(self, actor):
        permissions.require(actor, "participant.remove")
        moderation.remove_participant(actor.room, self.participant_id)


@action("participant.readmit")
@dataclass(frozen=True)
class ParticipantReadmit(Command):
    participant_id: int

    @classmethod
    def parse(cls, payload):
        return cls(participant_id=_participant_id(payload))

    def perform(self, actor):
        permissions.require(actor, "participant.readmit")
        moderation.readmit_participant(actor.room, self.participant_id)
