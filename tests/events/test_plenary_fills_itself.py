"""The plenary board fills itself: for each room its highest-voted themes or notes and its
actions, also when nobody picked highlights by hand; the picks by hand come first."""

import re

import pytest

from sessions_app.models import Action, Event, Note, Participant, Theme, Vote, new_device_id
from sessions_app.services import harvest as harvest_service
from sessions_app.services.errors import NotFound

pytestmark = pytest.mark.django_db


def _people(room, n):
    return [Participant.objects.create(room=room, device_id=new_device_id()) for _ in range(n)]


def _notes(room, people, count):
    return [
        Note.objects.create(room=room, participant=people[n % len(people)], phase="verkennen", text=f"Briefje {n}", client_id=f"c{n}")
        for n in range(count)
    ]


def _dots(room, people, item, n, kind="note"):
    for person in people[:n]:
        Vote.objects.create(room=room, participant=person, **{kind: item})


def board(olga, event):
    return olga.get(f"/e/{event.slug}/plenair/").content.decode()


def section(page, room):
    return re.search(rf'<section id="plenary-room-{room.pk}"[\s\S]*?</section>', page).group(0)


def test_a_room_with_notes_votes_and_actions_shows_them_without_picks(werkplaats, armoede_r1, olga):
    people = _people(armoede_r1, 6)
    notes = _notes(armoede_r1, people, 29)
    _dots(armoede_r1, people, notes[7], 5)
    _dots(armoede_r1, people, notes[3], 4)
    _dots(armoede_r1, people, notes[20], 2)
    _dots(armoede_r1, people, notes[11], 1)
    Action.objects.create(room=armoede_r1, what="Eén loket openen", who="Gemeente", position=0)
    Action.objects.create(room=armoede_r1, what="Buurtkamer elke ochtend", position=1)

    room = section(board(olga, werkplaats), armoede_r1)
    assert "Nog niets in de oogst" not in room
    shown = re.findall(r'class="plenary-text">([^<]*)<', room)
    assert shown == ["Briefje 7", "Briefje 3", "Briefje 20", "Eén loket openen", "Buurtkamer elke ochtend"]
    assert "5 stippen" in room and "Briefje 11" not in room


def test_picks_by_hand_come_first(werkplaats, armoede_r1, olga):
    people = _people(armoede_r1, 3)
    notes = _notes(armoede_r1, people, 5)
    _dots(armoede_r1, people, notes[1], 3)
    _dots(armoede_r1, people, notes[2], 2)
    _dots(armoede_r1, people, notes[3], 1)
    Note.objects.filter(pk=notes[4].pk).update(highlighted=True)
    Note.objects.filter(pk=notes[2].pk).update(highlighted=True)

    shown = re.findall(r'class="plenary-text">([^<]*)<', section(board(olga, werkplaats), armoede_r1))
    assert shown == ["Briefje 2", "Briefje 4", "Briefje 1"]


def test_voted_themes_come_before_notes_and_without_a_vote_the_biggest_themes(werkplaats, armoede_r1, basis_r1, olga):
    people = _people(armoede_r1, 4)
    notes = _notes(armoede_r1, people, 4)
    small = Theme.objects.create(room=armoede_r1, phase="verkennen", title="Werk", position=0)
    big = Theme.objects.create(room=armoede_r1, phase="verkennen", title="Wonen", position=1)
    Note.objects.filter(pk__in=[n.pk for n in notes[:3]]).update(theme=big)
    Note.objects.filter(pk=notes[3].pk).update(theme=small)
    _dots(armoede_r1, people, notes[3], 2)

    page = board(olga, werkplaats)
    assert re.findall(r'class="plenary-text">([^<]*)<', section(page, armoede_r1)) == ["Briefje 3"]

    _dots(armoede_r1, people, small, 1, kind="theme")
    shown = re.findall(r'class="plenary-text">([^<]*)<', section(board(olga, werkplaats), armoede_r1))
    assert shown == ["Werk"]

    Vote.objects.filter(room=armoede_r1).delete()
    shown = re.findall(r'class="plenary-text">([^<]*)<', section(board(olga, werkplaats), armoede_r1))
    assert shown == ["Wonen", "Werk"] and "3 briefjes" in section(board(olga, werkplaats), armoede_r1)
    assert "Nog niets in de oogst" in section(page, basis_r1)


def test_notes_not_everybody_sees_never_leave_the_room(werkplaats, armoede_r1, olga):
    people = _people(armoede_r1, 3)
    hidden, private, seen = _notes(armoede_r1, people, 3)
    Note.objects.filter(pk=hidden.pk).update(hidden=True)
    Note.objects.filter(pk=private.pk).update(private=True)
    for note in (hidden, private, seen):
        _dots(armoede_r1, people, note, 3)
    shown = re.findall(r'class="plenary-text">([^<]*)<', section(board(olga, werkplaats), armoede_r1))
    assert shown == ["Briefje 2"]


def test_the_organiser_spotlights_what_the_board_shows_and_nothing_else(werkplaats, armoede_r1):
    people = _people(armoede_r1, 2)
    voted, unvoted = _notes(armoede_r1, people, 2)
    _dots(armoede_r1, people, voted, 2)
    harvest_service.set_event_spotlight(werkplaats, "note", voted.pk)
    assert Event.objects.get(pk=werkplaats.pk).spotlight_id == voted.pk
    with pytest.raises(NotFound):
        harvest_service.set_event_spotlight(werkplaats, "note", unvoted.pk)


@pytest.mark.django_db(transaction=True)
async def test_a_vote_reaches_the_plenary_board_without_anybody_picking(werkplaats, armoede_r1, basis_r1, olga):
    from channels.db import database_sync_to_async

    from sessions_app.services import actions, notes, participants, votes
    from tests.events.test_event_sockets import overview_socket

    @database_sync_to_async
    def write_and_vote():
        anna = participants.join_room(armoede_r1, new_device_id(), name="Anna")
        note, _ = notes.add_note(armoede_r1, anna, phase="verkennen", text="Buurtkamer elke ochtend", client_id="c-1")
        votes.open_vote(armoede_r1, budget=3)
        votes.add_vote(armoede_r1, anna, note_id=note.pk)
        return note

    plenary = await overview_socket(werkplaats, olga, view="plenair/")
    assert "Buurtkamer" not in plenary.snapshot
    await write_and_vote()
    frame = await plenary.receive_until("Buurtkamer elke ochtend", timeout=4)
    assert re.search(rf'<section id="plenary-room-{armoede_r1.pk}"[\s\S]*Buurtkamer elke ochtend[\s\S]*1 stip<', frame)
    assert f'id="plenary-room-{basis_r1.pk}"' not in frame  # only the room that changed
