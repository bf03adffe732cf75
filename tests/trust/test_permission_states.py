"""The matrix's states: what a participant may do depends on the room as well as the role.
Writing open or closed, private writing, a vote open or closed, the room closed: each refusal
is a Dutch sentence and changes nothing."""

import pytest

from sessions_app.audience import Audience
from sessions_app.reads import board as queries
from sessions_app.models import Note, Participant, Vote
from sessions_app.services import notes, phases, reveal, rooms, votes
from sessions_app.services.errors import DomainError, NotAllowed

pytestmark = pytest.mark.django_db


@pytest.fixture
def room():
    return rooms.create_room(title="Staten")


@pytest.fixture
def anna(room):
    return Participant.objects.create(room=room, device_id="11111111-1111-4111-8111-111111111111", name="Anna")


@pytest.fixture
def bram(room):
    return Participant.objects.create(room=room, device_id="22222222-2222-4222-8222-222222222222", name="Bram")


def write(room, who, text):
    room.refresh_from_db()
    return notes.add_note(room, who, phase=room.phase, text=text, client_id=text)[0]


def test_writing_open_accepts_and_writing_closed_refuses(room, anna):
    write(room, anna, "Open")
    phases.set_writing(room, False)
    with pytest.raises(NotAllowed, match="Schrijven is nu even dicht"):
        write(room, anna, "Dicht")
    assert list(Note.objects.values_list("text", flat=True)) == ["Open"]


def test_a_closed_room_refuses_notes_votes_and_joins(room, anna):
    note = write(room, anna, "Voor het einde")
    votes.open_vote(room, budget=3)
    rooms.close_room(room)
    room.refresh_from_db()
    with pytest.raises(NotAllowed):
        write(room, anna, "Na het einde")
    with pytest.raises(DomainError):
        votes.add_vote(room, anna, note_id=note.pk)
    from sessions_app.services import participants

    with pytest.raises(NotAllowed, match="afgelopen"):
        participants.join_room(room, "33333333-3333-4333-8333-333333333333", name="Laat")
    assert Note.objects.count() == 1 and Vote.objects.count() == 0


def test_voting_closed_refuses_a_dot_and_voting_open_takes_it(room, anna, bram):
    note = write(room, bram, "Stem op mij")
    with pytest.raises(DomainError):
        votes.add_vote(room, anna, note_id=note.pk)
    votes.open_vote(room, budget=3)
    room.refresh_from_db()
    votes.add_vote(room, anna, note_id=note.pk)
    votes.close_vote(room)
    room.refresh_from_db()
    with pytest.raises(DomainError):
        votes.add_vote(room, anna, note_id=note.pk)
    assert Vote.objects.count() == 1


def test_in_private_mode_only_the_author_and_the_facilitator_see_a_note_until_the_reveal(room, anna, bram):
    reveal.set_writing_mode(room, "private")
    secret = write(room, anna, "Nog even geheim")

    def texts(audience, viewer=None):
        board = queries.board(room.pk, audience, viewer)
        shown = [note.text for phase in board["phases"] for note in phase.notes]
        return shown + [note.text for note in board.get("own_notes", [])]

    assert "Nog even geheim" not in texts(Audience.PARTICIPANTS, bram.pk)  # another phone
    assert "Nog even geheim" not in texts(Audience.PARTICIPANTS)  # the room's shared frames
    assert "Nog even geheim" in texts(Audience.PARTICIPANTS, anna.pk)  # its author
    assert "Nog even geheim" in texts(Audience.FACILITATORS)  # the console
    reveal.reveal(room)
    assert "Nog even geheim" in texts(Audience.PARTICIPANTS, bram.pk)
    assert Note.objects.get(pk=secret.pk).private is False
