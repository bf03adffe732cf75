from dataclasses import dataclass

from sessions_app import permissions
from sessions_app.services import notes

from .. import protocol
from ..protocol import Command, action


@action("note.add")
@dataclass(frozen=True)
class NoteAdd(Command):
    text: str
    client_id: str
    phase: str

    @classmethod
    def parse(cls, payload):
        return cls(
            text=protocol.text(payload, "text", required=False),
            client_id=protocol.text(payload, "client_id", required=False, max_length=200),
            phase=protocol.text(payload, "phase", required=False, max_length=60),
        )

    def perform(self, actor):
        permissions.require(actor, "note.add")
        note, created = notes.add_note(
            actor.room, actor.participant, phase=self.phase, text=self.text, client_id=self.client_id
        )
        # A resend of a stored note is acknowledged to the sender only; the note itself reached
        # the room the first time (or reaches this phone through its next snapshot).
        return None if created else {"ack": note.client_id}
