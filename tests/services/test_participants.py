"""Joining from a phone: no account, one participant per phone per room, never more than fit."""

import threading
import uuid

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from sessions_app.models import Participant, Room, new_device_id
from sessions_app.services.errors import DomainError, NotAllowed
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db


def test_a_phone_joins_with_a_name_and_a_perspective(armoede):
    anna = join_room(armoede, new_device_id(), name="  Anna  de   Vries ", perspective="ervaringsdeskundige")

    assert (anna.name, anna.perspective, anna.room) == ("Anna de Vries", "ervaringsdeskundige", armoede)


def test_name_and_perspective_are_optional(armoede):
    someone = join_room(armoede, new_device_id())
    assert (someone.name, someone.perspective) == ("", "")


def test_the_same_phone_joining_again_is_the_same_participant(armoede):
    device = new_device_id()
    first = join_room(armoede, device, name="Anna")

    again = join_room(armoede, device, name="Anna B.", perspective="beleid")

    assert again.pk == first.pk
    assert Participant.objects.filter(room=armoede).count() == 1
    assert (again.name, again.perspective) == ("Anna B.", "beleid")


def test_coming_back_without_filling_in_keeps_name_and_perspective(armoede):
    device = new_device_id()
    join_room(armoede, device, name="Anna", perspective="praktijk")

    again = join_room(armoede, device)

    assert (again.name, again.perspective) == ("Anna", "praktijk")


def test_one_phone_is_a_separate_participant_in_each_room(armoede, sociale_basis):
    device = new_device_id()
    assert join_room(armoede, device).pk != join_room(sociale_basis, device).pk


def test_joining_bumps_the_room_version_once_and_rejoining_not_at_all(armoede):
    device = new_device_id()
    before = Room.objects.get(pk=armoede.pk).version
    join_room(armoede, device, name="Anna")
    join_room(armoede, device, name="Anna")
    assert Room.objects.get(pk=armoede.pk).version == before + 1


@pytest.mark.parametrize("name, perspective", [("x" * 61, ""), ("Anna", "koning"), ("Anna", "BELEID")])
def test_a_bad_name_or_perspective_is_refused(armoede, name, perspective):
    with pytest.raises(DomainError):
        join_room(armoede, new_device_id(), name=name, perspective=perspective)
    assert not Participant.objects.exists()


def test_control_characters_in_a_name_are_dropped(armoede):
    anna = join_room(armoede, new_device_id(), name="An\x00na\u200b")
    assert anna.name == "Anna"


def test_a_closed_room_takes_no_one(armoede):
    Room.objects.filter(pk=armoede.pk).update(closed_at=timezone.now())
    armoede.refresh_from_db()

    with pytest.raises(NotAllowed, match="afgelopen"):
        join_room(armoede, new_device_id())


def test_a_removed_phone_cannot_join_again(armoede):
    device = new_device_id()
    anna = join_room(armoede, device)
    Participant.objects.filter(pk=anna.pk).update(removed_at=timezone.now())

    with pytest.raises(NotAllowed, match="uit deze ruimte gehaald"):
        join_room(armoede, device)


def test_a_full_room_says_so(armoede):
    Room.objects.filter(pk=armoede.pk).update(capacity=2)
    armoede.refresh_from_db()
    join_room(armoede, new_device_id())
    join_room(armoede, new_device_id())

    with pytest.raises(NotAllowed, match="vol"):
        join_room(armoede, new_device_id())
    assert Participant.objects.count() == 2


def test_a_phone_already_in_a_full_room_can_still_come_back(armoede):
    Room.objects.filter(pk=armoede.pk).update(capacity=1)
    armoede.refresh_from_db()
    device = new_device_id()
    join_room(armoede, device)

    assert join_room(armoede, device).room == armoede


@override_settings(ROOM_MAX_PARTICIPANTS=3)
def test_the_site_wide_maximum_applies_to_rooms_without_a_capacity(armoede):
    for _ in range(3):
        join_room(armoede, new_device_id())
    with pytest.raises(NotAllowed):
        join_room(armoede, new_device_id())


def run_at_once(count, work):
    """Runs `work(n)` in `count` threads that start together; returns what each returned or raised."""
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
def test_many_phones_joining_at_once_never_overfill_a_room(armoede):
    Room.objects.filter(pk=armoede.pk).update(capacity=3)

    results = run_at_once(10, lambda n: join_room(Room.objects.get(pk=armoede.pk), uuid.uuid4()))

    joined = [r for r in results if isinstance(r, Participant)]
    refused = [r for r in results if isinstance(r, NotAllowed)]
    assert (len(joined), len(refused)) == (3, 7), results
    assert Participant.objects.filter(room=armoede).count() == 3


@pytest.mark.django_db(transaction=True)
def test_a_double_tap_on_join_makes_one_participant(armoede):
    device = new_device_id()

    results = run_at_once(4, lambda n: join_room(Room.objects.get(pk=armoede.pk), device, name="Anna"))

    assert all(isinstance(r, Participant) for r in results), results
    assert len({r.pk for r in results}) == 1
    assert Participant.objects.filter(room=armoede).count() == 1
