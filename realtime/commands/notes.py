from dataclasses import dataclass

from sessions_app.services import notes
from sessions_app.services.errors import DomainError

from .. import group_commit
from .base import Command, Text, command


@command("note.add")
@dataclass(frozen=True)
class NoteAdd(Command):
    text: str = Text(required=False)
    client_id: str = Text(required=False, max_length=200)
    phase: str = Text(required=False, max_length=60)

    def perform(self, actor, budget=None):
        note, created = notes.add_note(
            actor.room, actor.participant, phase=self.phase, text=self.text, client_id=self.client_id, budget=budget
        )
        return self.reply(note, created)

    async def perform_live(self, consumer):
        """On a socket: written together with the other notes waiting for this room (group
        commit), once the consumer has authorised it. The note's own statements check the room
        and the author as they are now (services/notes.py), so the socket's actor is not read
        again first."""
        draft = notes.Draft(consumer.actor.participant, self.phase, self.text, self.client_id, consumer.note_budget)
        result = await group_commit.add(consumer.room_id, draft)
        if isinstance(result, DomainError):
            raise result
        return self.reply(*result)

    @staticmethod
    def reply(note, created):
        # A resend of a stored note is acknowledged to the sender only; the note itself reached
        # the room the first time (or reaches this phone through its next snapshot).
        return None if created else {"ack": note.client_id}
