"""Events in the domain: join once, a room per round, never more than fit, the organiser steers
every room through the rooms' own services, the harvest and its spotlight."""

import threading
import uuid

import pytest
from django.db import connection

from sessions_app.models import Attendee, Event, Note, Participant, Room, new_device_id
from sessions_app.services import events, harvest, notes, participants
from sessions_app.services.errors import DomainError, NotAllowed, NotFound

pytestmark = pytest.mark.django_db


def test_a_phone_joins_the_event_once_and_keeps_its_name(werkplaats):
    device = new_device_id()
    first = events.join_event(werkplaats, device, name="Els", perspective="beleid")
    again = events.join_event(werkplaats, device)

    assert again.pk == first.pk
    assert (again.name, again.perspective) == ("Els", "beleid")
    assert Attendee.objects.filter(event=werkplaats).count() == 1


def test_choosing_a_room_makes_a_participant_with_the_same_name_and_perspective(werkplaats, armoede_r1):
    els = events.join_event(werkplaats, new_device_id(), name="Els", perspective="beleid")

    participant = events.choose_room(els, armoede_r1.pk)

    assert (participant.room, participant.name, participant.perspective, participant.attendee) == (
        armoede_r1, "Els", "beleid", els)


def test_next_round_they_choose_again_and_keep_their_identity(werkplaats, armoede_r1, lerend_r2):
    els = events.join_event(werkplaats, new_device_id(), name="Els", perspective="beleid")
    first = events.choose_room(els, armoede_r1.pk)

    events.set_round(werkplaats, werkplaats.second.pk)
    second = events.choose_room(els, lerend_r2.pk)

    assert second.room == lerend_r2 and second.pk != first.pk
    assert (second.device_id, second.name, second.perspective) == (first.device_id, "Els", "beleid")


def test_a_room_of_another_round_is_refused(werkplaats, lerend_r2):
    els = events.join_event(werkplaats, new_device_id())
    with pytest.raises(NotAllowed, match="andere ronde"):
        events.choose_room(els, lerend_r2.pk)


def test_a_full_room_is_refused_in_plain_dutch(werkplaats, armoede_r1):
    for _ in range(2):
        events.choose_room(events.join_event(werkplaats, new_device_id()), armoede_r1.pk)
    with pytest.raises(NotAllowed, match="vol"):
        events.choose_room(events.join_event(werkplaats, new_device_id()), armoede_r1.pk)


def test_a_deleted_room_is_refused(werkplaats, basis_r1):
    els = events.join_event(werkplaats, new_device_id())
    room_id = basis_r1.pk
    basis_r1.delete()
    with pytest.raises(NotFound, match="bestaat niet meer"):
        events.choose_room(els, room_id)


def test_a_closed_event_takes_nobody_in(werkplaats, basis_r1):
    els = events.join_event(werkplaats, new_device_id())
    events.close_event(werkplaats)
    with pytest.raises(NotAllowed, match="afgelopen"):
        events.join_event(werkplaats, new_device_id())
    with pytest.raises(NotAllowed, match="afgelopen"):
        events.choose_room(els, basis_r1.pk)


def test_one_room_per_round(werkplaats, armoede_r1, basis_r1):
    els = events.join_event(werkplaats, new_device_id())
    events.choose_room(els, armoede_r1.pk)
    with pytest.raises(NotAllowed, match="al een deelsessie"):
        events.choose_room(els, basis_r1.pk)


def test_the_organiser_assigns_someone_without_a_room(werkplaats, basis_r1):
    els = events.join_event(werkplaats, new_device_id(), name="Els")
    assert list(events.unplaced(werkplaats)) == [els]

    events.assign(werkplaats, els.pk, basis_r1.pk)

    assert list(events.unplaced(werkplaats)) == []
    assert basis_r1.participants.get().name == "Els"


def run_at_once(count, work):
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(n):
        try:
            barrier.wait()
            results[n] = work(n)
        except Exception as error:  # noqa: BLE001 - collected for the assertions
            results[n] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db(transaction=True)
def test_simultaneous_choices_at_the_limit_never_overfill_a_room(werkplaats, armoede_r1):
    attendees = [events.join_event(werkplaats, uuid.uuid4()) for _ in range(10)]

    results = run_at_once(10, lambda n: events.choose_room(Attendee.objects.get(pk=attendees[n].pk), armoede_r1.pk))

    chosen = [r for r in results if isinstance(r, Participant)]
    refused = [r for r in results if isinstance(r, NotAllowed)]
    assert (len(chosen), len(refused)) == (2, 8), results
    assert Participant.objects.filter(room=armoede_r1).count() == 2


def test_a_message_reaches_every_room_of_the_round_with_a_new_version(werkplaats, armoede_r1, basis_r1, lerend_r2):
    before = {room.pk: room.version for room in Room.objects.all()}

    events.send_message(werkplaats, "  Nog 5 minuten,   daarna plenair ")

    werkplaats.refresh_from_db()
    assert werkplaats.message == "Nog 5 minuten, daarna plenair"
    after = {room.pk: room.version for room in Room.objects.all()}
    assert after[armoede_r1.pk] == before[armoede_r1.pk] + 1
    assert after[basis_r1.pk] == before[basis_r1.pk] + 1
    assert after[lerend_r2.pk] == before[lerend_r2.pk]  # not in the current round


def test_the_same_message_twice_changes_nothing(werkplaats, armoede_r1):
    events.send_message(werkplaats, "Pauze")
    version = Room.objects.get(pk=armoede_r1.pk).version
    events.send_message(werkplaats, "Pauze")
    assert Room.objects.get(pk=armoede_r1.pk).version == version


def test_a_too_long_message_is_refused(werkplaats, armoede_r1):
    with pytest.raises(DomainError, match="te lang"):
        events.send_message(werkplaats, "x" * 281)


def test_phase_and_timer_for_all_rooms(werkplaats, armoede_r1, basis_r1):
    events.set_phase_everywhere(werkplaats, "verbeelden")
    events.start_timer_everywhere(werkplaats, 300)

    for room in Room.objects.filter(round=werkplaats.first):
        assert room.phase == "verbeelden"
        assert room.timer_ends_at is not None


def test_closing_the_event_closes_every_room(werkplaats, armoede_r1, lerend_r2):
    events.close_event(werkplaats)

    werkplaats.refresh_from_db()
    assert werkplaats.closed_at is not None
    for room in Room.objects.filter(event=werkplaats):
        assert room.closed_at is not None and not room.writing_open


def test_a_facilitator_highlights_only_items_of_their_own_room(werkplaats, armoede_r1, basis_r1):
    anna = participants.join_room(armoede_r1, new_device_id(), name="Anna")
    note, _ = notes.add_note(armoede_r1, anna, phase="verkennen", text="De buurtkamer werkt", client_id="c-1")

    harvest.set_highlight(armoede_r1, "note", note.pk, True)
    assert Note.objects.get(pk=note.pk).highlighted
    with pytest.raises(NotFound):
        harvest.set_highlight(basis_r1, "note", note.pk, False)


def test_the_organiser_spotlights_a_highlight_and_unmarking_clears_it(werkplaats, armoede_r1):
    anna = participants.join_room(armoede_r1, new_device_id())
    note, _ = notes.add_note(armoede_r1, anna, phase="verkennen", text="Parels", client_id="c-1")
    with pytest.raises(NotFound):
        harvest.set_event_spotlight(werkplaats, "note", note.pk)  # not a highlight yet

    harvest.set_highlight(armoede_r1, "note", note.pk, True)
    harvest.set_event_spotlight(werkplaats, "note", note.pk)
    assert Event.objects.get(pk=werkplaats.pk).spotlight_id == note.pk

    harvest.set_highlight(armoede_r1, "note", note.pk, False)
    assert Event.objects.get(pk=werkplaats.pk).spotlight_id is None


def test_themes_and_actions_are_harvested_too(werkplaats, armoede_r1, olga):
    from sessions_app.models import Action, Theme

    theme = Theme.objects.create(room=armoede_r1, phase="verkennen", title="Bestaanszekerheid")
    action = Action.objects.create(room=armoede_r1, what="Eén loket openen", who="Gemeente")
    harvest.set_highlight(armoede_r1, "theme", theme.pk, True)
    harvest.set_highlight(armoede_r1, "action", action.pk, True)

    board = olga.get(f"/e/{werkplaats.slug}/plenair/").content.decode()
    assert "Bestaanszekerheid" in board and "Eén loket openen" in board
    harvest.set_event_spotlight(werkplaats, "action", action.pk)
    board = olga.get(f"/e/{werkplaats.slug}/plenair/").content.decode()
    assert 'class="spotlight-text">Eén loket openen · Gemeente' in board
