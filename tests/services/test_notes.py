"""Writing notes: stored once per (phone, client_id), clean text only, in the phase it was written for."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sessions_app.models import Note, Room
from sessions_app.services import notes, phases
from sessions_app.services.errors import DomainError, NotAllowed
from sessions_app.services.participants import join_room
from sessions_app.models import new_device_id
from realtime.limits import NoteBudget

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(armoede):
    return join_room(armoede, new_device_id(), name="Anna", perspective="ervaringsdeskundige")


def add(room, participant, text="De buurtkamer werkt", client_id="c-1", phase=""):
    room.refresh_from_db()
    return notes.add_note(room, participant, phase=phase, text=text, client_id=client_id)


def test_a_note_is_stored_in_the_current_phase_with_the_authors_perspective(armoede, anna):
    note, created = add(armoede, anna)

    assert created
    assert (note.phase, note.text, note.perspective) == ("verkennen", "De buurtkamer werkt", "ervaringsdeskundige")


def test_sending_the_same_client_id_again_returns_the_stored_note(armoede, anna):
    first, _ = add(armoede, anna, text="Eerste versie")
    again, created = add(armoede, anna, text="Eerste versie")

    assert not created and again.pk == first.pk
    assert Note.objects.count() == 1


def test_a_resend_is_not_refused_even_when_writing_has_closed_since(armoede, anna):
    first, _ = add(armoede, anna)
    phases.set_writing(armoede, False)

    again, created = add(armoede, anna)

    assert again.pk == first.pk and not created


def test_two_phones_may_use_the_same_client_id(armoede, anna):
    bram = join_room(armoede, new_device_id(), name="Bram")
    add(armoede, anna, client_id="same")
    add(armoede, bram, client_id="same")

    assert Note.objects.filter(client_id="same").count() == 2


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\u200b\u200b", "\x00\x07"])
def test_an_empty_note_is_refused(armoede, anna, text):
    with pytest.raises(DomainError, match="leeg"):
        add(armoede, anna, text=text)
    assert not Note.objects.exists()


def test_a_refusal_names_the_note_so_the_phone_can_give_the_text_back(armoede, anna):
    with pytest.raises(DomainError) as refusal:
        add(armoede, anna, text=" ", client_id="c-9")
    assert refusal.value.client_id == "c-9"


@override_settings(NOTE_MAX_LENGTH=280)
def test_a_note_over_the_limit_is_refused_and_one_at_the_limit_is_not(armoede, anna):
    with pytest.raises(DomainError, match="280"):
        add(armoede, anna, text="x" * 281, client_id="long")
    note, _ = add(armoede, anna, text="x" * 280, client_id="exact")
    assert len(note.text) == 280


def test_spaces_are_tidied_and_control_characters_dropped(armoede, anna):
    note, _ = add(armoede, anna, text="  Meer   tijd\x00 voor\u200b gesprek \n  aan tafel  ")

    assert note.text == "Meer tijd voor gesprek\naan tafel"


def test_surrounding_whitespace_does_not_count_towards_the_limit(armoede, anna):
    note, _ = add(armoede, anna, text="   " + "y" * 280 + "   ")
    assert note.text == "y" * 280


@pytest.mark.parametrize("client_id", ["", "   ", "x" * 65, "bad\x00id", "\ud800"])
def test_a_note_without_a_usable_client_id_is_refused(armoede, anna, client_id):
    with pytest.raises(DomainError):
        add(armoede, anna, client_id=client_id)
    assert not Note.objects.exists()


def test_no_note_while_writing_is_closed(armoede, anna):
    phases.set_writing(armoede, False)

    with pytest.raises(NotAllowed, match="Schrijven is nu even dicht"):
        add(armoede, anna)
    assert not Note.objects.exists()


def test_no_note_in_a_closed_room(armoede, anna):
    Room.objects.filter(pk=armoede.pk).update(closed_at=timezone.now())

    with pytest.raises(NotAllowed):
        add(armoede, anna)


def test_a_note_for_the_phase_that_just_ended_still_lands_there(armoede, anna):
    phases.set_phase(armoede, "verbeelden")

    note, _ = add(armoede, anna, text="Typte ik nog", phase="verkennen")

    assert note.phase == "verkennen"


@override_settings(NOTE_PHASE_GRACE_SECONDS=60)
def test_a_note_for_the_previous_phase_is_refused_after_the_grace_period(armoede, anna):
    phases.set_phase(armoede, "verbeelden")
    Room.objects.filter(pk=armoede.pk).update(phase_changed_at=timezone.now() - timedelta(seconds=61))

    with pytest.raises(NotAllowed, match="fase is voorbij"):
        add(armoede, anna, phase="verkennen")
    assert not Note.objects.exists()


def test_a_note_for_a_phase_further_back_or_ahead_is_refused(armoede, anna):
    phases.set_phase(armoede, "verbeelden")
    phases.set_phase(armoede, "vormgeven")

    for phase in ("verkennen", "verwezenlijken", "bestaat-niet"):
        with pytest.raises(NotAllowed):
            add(armoede, anna, phase=phase, client_id=phase)
    assert not Note.objects.exists()


@override_settings(NOTES_PER_MINUTE=3)
def test_someone_writing_very_fast_is_asked_to_wait(armoede, anna):
    for n in range(3):
        add(armoede, anna, text=f"idee {n}", client_id=f"c-{n}")

    with pytest.raises(NotAllowed, match="heel snel"):
        add(armoede, anna, text="nog een", client_id="c-3")
    assert Note.objects.count() == 3


@override_settings(NOTES_PER_MINUTE=3)
def test_the_rate_limit_counts_only_the_last_minute(armoede, anna):
    for n in range(3):
        add(armoede, anna, text=f"idee {n}", client_id=f"c-{n}")
    Note.objects.update(created_at=timezone.now() - timedelta(seconds=61))

    add(armoede, anna, text="weer ruimte", client_id="c-3")
    assert Note.objects.count() == 4


def test_each_note_bumps_the_room_version_by_one(armoede, anna):
    armoede.refresh_from_db()
    before = armoede.version
    add(armoede, anna, client_id="a")
    add(armoede, anna, client_id="b")
    add(armoede, anna, client_id="a")  # a resend changes nothing

    armoede.refresh_from_db()
    assert armoede.version == before + 2


@pytest.mark.django_db(transaction=True)
def test_a_note_sent_twice_at_the_same_moment_is_stored_once(armoede, anna):
    barrier = threading.Barrier(4)
    errors = []

    def send():
        try:
            barrier.wait()
            add(Room.objects.get(pk=armoede.pk), anna, text="Tegelijk", client_id="race")
        except Exception as error:  # noqa: BLE001 - the test reports it below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Note.objects.filter(client_id="race").count() == 1


# --- The write path: two statements per note over a socket, group commit (docs/performance.md).

def statements(queries) -> list[str]:
    """What the database was asked in the note's transaction (the frames are rendered after the
    commit), without the transaction's own bookkeeping."""
    words = [q["sql"].split()[0].upper() for q in queries]
    words = words[: words.index("COMMIT")] if "COMMIT" in words else words
    return [word for word in words if word not in ("BEGIN", "SAVEPOINT", "RELEASE")]


@pytest.mark.django_db(transaction=True)
def test_a_note_from_a_socket_is_one_update_and_one_insert(armoede, anna):
    room = Room.objects.get(pk=armoede.pk)

    with CaptureQueriesContext(connection) as queries:
        note, created = notes.add_note(room, anna, phase="", text="Snel erin", client_id="q-1", budget=NoteBudget(20))

    assert created and Note.objects.get(pk=note.pk).text == "Snel erin"
    assert statements(queries) == ["UPDATE", "INSERT"]


@pytest.mark.django_db(transaction=True)
def test_a_note_over_http_also_counts_the_last_minute_and_stays_within_three_statements(armoede, anna):
    room = Room.objects.get(pk=armoede.pk)

    with CaptureQueriesContext(connection) as queries:
        notes.add_note(room, anna, phase="", text="Zonder socket", client_id="h-1")

    assert statements(queries) == ["UPDATE", "SELECT", "INSERT"]


def test_a_resend_does_not_move_the_version(armoede, anna):
    first, _ = add(armoede, anna, client_id="r")
    armoede.refresh_from_db()
    before = armoede.version

    again, created = add(armoede, anna, client_id="r")

    armoede.refresh_from_db()
    assert (again.pk, created, armoede.version) == (first.pk, False, before)


def test_notes_written_together_share_one_version_and_each_gets_its_own_answer(armoede, anna):
    bram = join_room(armoede, new_device_id(), name="Bram")
    add(armoede, anna, client_id="al-bewaard")
    armoede.refresh_from_db()
    before = armoede.version

    results = notes.add_notes(armoede.pk, [
        notes.Draft(anna, "", "Eén", "b-1"),
        notes.Draft(bram, "", "Twee", "b-2"),
        notes.Draft(anna, "", "Eén", "b-1"),  # the same note twice in one batch
        notes.Draft(anna, "", "", "b-3"),  # empty
        notes.Draft(anna, "", "Al bewaard", "al-bewaard"),  # a resend of a stored note
        notes.Draft(bram, "bestaat-niet", "Verkeerde fase", "b-4"),
    ])

    armoede.refresh_from_db()
    assert armoede.version == before + 1
    (one, one_created), (two, two_created), (again, again_created) = results[:3]
    assert one_created and two_created and not again_created and again.pk == one.pk
    assert isinstance(results[3], DomainError) and "leeg" in results[3].message
    assert results[4][1] is False and results[4][0].client_id == "al-bewaard"
    assert isinstance(results[5], NotAllowed) and results[5].client_id == "b-4"
    assert sorted(Note.objects.values_list("client_id", flat=True)) == ["al-bewaard", "b-1", "b-2"]


def test_a_batch_with_nothing_new_does_not_move_the_version(armoede, anna):
    add(armoede, anna, client_id="x")
    armoede.refresh_from_db()
    before = armoede.version

    results = notes.add_notes(armoede.pk, [notes.Draft(anna, "", "x", "x"), notes.Draft(anna, "", " ", "leeg")])

    armoede.refresh_from_db()
    assert armoede.version == before and results[0][1] is False and isinstance(results[1], DomainError)


def test_a_removed_phone_cannot_write_even_with_an_open_socket(armoede, anna):
    from sessions_app.services import moderation

    moderation.remove_participant(armoede, anna.pk)

    with pytest.raises(NotAllowed, match="Doe eerst mee"):
        add(armoede, anna, client_id="na-verwijderen")
    assert not Note.objects.exists()


@override_settings(NOTES_PER_MINUTE=2)
def test_a_sockets_budget_refuses_the_third_note_in_a_minute_but_not_a_resend(armoede, anna):
    budget = NoteBudget(2)
    add_with = lambda client_id: notes.add_note(armoede, anna, phase="", text="Idee", client_id=client_id, budget=budget)  # noqa: E731
    add_with("s-1")
    add_with("s-2")

    with pytest.raises(NotAllowed, match="heel snel"):
        add_with("s-3")
    assert add_with("s-1")[1] is False
