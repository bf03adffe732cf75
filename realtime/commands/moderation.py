from dataclasses import dataclass

from sessions_app.identity import PARTICIPANT
from sessions_app.services import moderation

from .base import Command, Id, Text, command


@command("note.hide")
@dataclass(frozen=True)
class NoteHide(Command):
    note_id: int = Id()

    def perform(self, actor):
        moderation.set_hidden(actor.room, self.note_id, True)


@command("note.show")
@dataclass(frozen=True)
class NoteShow(Command):
    note_id: int = Id()

    def perform(self, actor):
        moderation.set_hidden(actor.room, self.note_id, False)


@command("note.edit")
@dataclass(frozen=True)
class NoteEdit(Command):
    note_id: int = Id()
    text: str = Text(required=False)

    def perform(self, actor):
        by = actor.participant if actor.role == PARTICIPANT else None
        moderation.edit_note(actor.room, self.note_id, self.text, by=by)


@command("note.delete")
@dataclass(frozen=True)
class NoteDelete(Command):
    note_id: int = Id()

    def perform(self, actor):
        moderation.delete_note(actor.room, self.note_id, by=actor.participant)


@command("note.restore")
@dataclass(frozen=True)
class NoteRestore(Command):
    """"Zet terug": one's own note, within a few seconds of deleting it."""

    note_id: int = Id()

    def perform(self, actor):
        moderation.restore_note(actor.room, self.note_id, by=actor.participant)


@command("participant.remove")
@dataclass(frozen=True)
class ParticipantRemove(Command):
    participant_id: int = Id()

    def perform(self, actor):
        moderation.remove_participant(actor.room, self.participant_id)


@command("participant.readmit")
@dataclass(frozen=True)
class ParticipantReadmit(Command):
    participant_id: int = Id()

    def perform(self, actor):
        moderation.readmit_participant(actor.room, self.participant_id)
