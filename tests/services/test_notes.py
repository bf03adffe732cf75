"""Writing notes: stored once per (phone, client_id), clean text only, in the phase it was written for."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from sessions_app.models import Note, Room
from sessions_app.services import notes, phases
from sessions_app.services.errors import DomainError, NotAllowed
from sessions_app.services.participants import join_room
from sessions_app.models import new_device_id

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
