"""A big room for benchmarks and size tests: many notes over the phases, themes, dots, a few
hidden and a few private notes, and a vote on notes.

Fixture data only (benchmarks/big_room.py, tests/realtime/test_frame_sizes.py): the notes and
dots are bulk-inserted, not written one by one through services.notes, which would take minutes
for thousands of notes and prove nothing new. The room itself, its people, themes and the vote
go through the services."""

import uuid

from django.db.models import F

from .models import Note, Participant, Room, Vote
from .services import participants as participant_service
from .services import themes, votes

PHONES = 40
WORDS = (
    "De buurtkamer is elke ochtend open en er is koffie voor wie binnenloopt",
    "Eén loket waar je met al je vragen terecht kunt, zonder doorverwijzen",
    "Samen koken met de buren op vrijdag, iedereen neemt iets mee",
    "De wijkagent kent de jongeren bij naam en maakt altijd even een praatje",
    "Een budgetcoach die langskomt voordat de schulden te hoog worden",
)


def fill(room: Room, notes: int, phones: int = PHONES) -> Room:
    """Adds `phones` participants and `notes` notes spread over the room's phases (most in the
    current one), 2 % hidden, 1 % private (waiting for the reveal), the first 100 notes of each
    phase in five themes, and a vote on the current phase with some dots."""
    people = [
        participant_service.join_room(room, uuid.uuid4(), name=f"Deelnemer {n}", perspective="beleid" if n % 2 else "praktijk")
        for n in range(phones)
    ]
    keys = list(room.phases.order_by("position").values_list("key", flat=True))
    current = room.phase
    rows = []
    for n in range(notes):
        phase = current if n % 3 else keys[n % len(keys)]
        author = people[n % phones]
        rows.append(Note(
            room=room, participant=author, phase=phase, perspective=author.perspective,
            text=f"{WORDS[n % len(WORDS)]} ({n})", client_id=f"big-{n}",
            hidden=n % 50 == 7, private=n % 100 == 13,
        ))
    Note.objects.bulk_create(rows, batch_size=500)
    for key in keys:
        _theme(room, key)
    room = Room.objects.get(pk=room.pk)
    votes.open_vote(room, budget=3)
    in_vote = list(Note.objects.filter(room=room, phase=current, hidden=False, private=False).values_list("pk", flat=True)[:60])
    Vote.objects.bulk_create(
        Vote(room=room, participant=person, note_id=in_vote[(n * 7) % len(in_vote)])
        for n, person in enumerate(people) if in_vote
    )
    Room.objects.filter(pk=room.pk).update(version=F("version") + 1)  # no screen may keep a board from before the dots
    return Room.objects.get(pk=room.pk)


def _theme(room: Room, phase: str) -> None:
    ids = list(Note.objects.filter(room=room, phase=phase, hidden=False, private=False).values_list("pk", flat=True)[:100])
    for number in range(5):
        chunk = ids[number * 20:(number + 1) * 20]
        if chunk:
            themes.create_theme(room, f"Thema {phase} {number + 1}", chunk)


def phones_of(room: Room) -> list[Participant]:
    return list(room.participants.order_by("pk"))
