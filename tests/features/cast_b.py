"""Small helpers for the voting, perspective and lens stories (tests/features/test_votes.py,
test_perspectives.py, test_lens.py)."""

from asgiref.sync import sync_to_async
from django.test import Client

from sessions_app.models import Note, Participant
from sessions_app.services import notes


def participant(room, name) -> Participant:
    return Participant.objects.get(room=room, name=name)


def write(room, name, text, phase=None) -> Note:
    note, _created = notes.add_note(room, participant(room, name), phase=phase or room.phase, text=text, client_id=text)
    return note


awrite = sync_to_async(write)


def facilitator_of(room) -> Client:
    client = Client()
    client.get(f"/f/{room.code}/{room.facilitator_token}/")
    return client
