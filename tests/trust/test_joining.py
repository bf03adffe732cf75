"""Who may still come in (issue 12, items 4 and 13): the facilitator closes a room to newcomers,
joins per address and per room are limited, and a removed phone can still leave with its notes."""

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from django.utils import timezone

from sessions_app import throttle
from sessions_app.models import Note, Participant, Room
from sessions_app.services import events, moderation, notes, rooms
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)

CLOSED = "laat nu geen nieuwe deelnemers toe"


async def test_the_facilitator_closes_the_room_to_newcomers_and_opens_it_again(armoede, anna, fatima, sockets):
    console = await sockets(armoede, fatima)
    phone = await sockets(armoede, anna)
    assert "Laat geen nieuwe deelnemers meer toe" in console.snapshot

    await console.send("joining.set", open="false")
    frame = await console.receive_until('id="joining-toggle"')
    assert "Laat weer nieuwe deelnemers toe" in frame
    assert not (await Room.objects.aget(pk=armoede.pk)).joining_open

    newcomer = await sync_to_async(Client().get)(f"/j/{armoede.code}/")
    assert newcomer.status_code == 403 and CLOSED in newcomer.content.decode()
    posted = await sync_to_async(Client().post)(f"/j/{armoede.code}/", {"name": "Laatkomer"})
    assert posted.status_code == 403
    assert not await Participant.objects.filter(name="Laatkomer").aexists()

    await phone.send("note.add", text="Ik doe gewoon nog mee", client_id="a-1", phase="verkennen")  # already in
    await phone.receive_until("Ik doe gewoon nog mee")
    assert (await sync_to_async(anna.get)(f"/r/{armoede.code}/")).status_code == 200

    await console.send("joining.set", open=True)
    await console.receive_until("Laat geen nieuwe deelnemers meer toe")
    assert (await sync_to_async(Client().post)(f"/j/{armoede.code}/", {"name": "Toch"})).status_code == 302


async def test_a_phone_may_not_close_the_room(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    await phone.send("joining.set", open=False)
    assert "Dat mag alleen de gespreksleider" in await phone.receive()
    assert (await Room.objects.aget(pk=armoede.pk)).joining_open


def test_a_closed_room_is_shown_closed_in_the_events_room_choice_and_refuses_the_choice(db):
    event = events.create_event(slug="werkplaats", title="Werkplaats", date=timezone.localdate())
    room = rooms.create_room(title="Armoede", event=event)
    phone = Client()
    phone.post(f"/j/{event.code}/", {"name": "Dirk"})
    Room.objects.filter(pk=room.pk).update(joining_open=False)

    page = phone.get(f"/e/{event.slug}/kies/").content.decode()
    assert "Gesloten voor nieuwe deelnemers" in page
    chosen = phone.post(f"/e/{event.slug}/kies/", {"room": room.pk})
    assert chosen.status_code == 400 and CLOSED in chosen.content.decode()
    assert not Participant.objects.filter(room=room).exists()


def test_joins_per_address_are_limited(armoede, settings):
    settings.JOINS_PER_ADDRESS_PER_MINUTE = 3
    try:
        for number in range(3):
            assert Client().post(f"/j/{armoede.code}/", {"name": f"Bot {number}"}, REMOTE_ADDR="203.0.113.40").status_code == 302
        refused = Client().post(f"/j/{armoede.code}/", {"name": "Bot 3"}, REMOTE_ADDR="203.0.113.40")
        assert refused.status_code == 429 and "heel veel mensen tegelijk" in refused.content.decode()
        assert Client().post(f"/j/{armoede.code}/", {"name": "Elders"}, REMOTE_ADDR="198.51.100.40").status_code == 302
        assert Participant.objects.filter(room=armoede).count() == 4
    finally:
        throttle.reset("203.0.113.40")
        throttle.reset("198.51.100.40")


def test_joins_per_room_are_limited_whatever_the_addresses(armoede, settings):
    settings.JOINS_PER_ROOM_PER_MINUTE = 2
    for number in range(2):
        Client().post(f"/j/{armoede.code}/", {"name": f"Bot {number}"}, REMOTE_ADDR=f"203.0.113.{50 + number}")
    refused = Client().post(f"/j/{armoede.code}/", {"name": "Bot 2"}, REMOTE_ADDR="203.0.113.52")
    assert refused.status_code == 400 and "heel veel mensen tegelijk" in refused.content.decode()
    assert Participant.objects.filter(room=armoede).count() == 2


def test_a_phone_that_joined_is_not_counted_again_when_it_changes_its_name(armoede, settings):
    settings.JOINS_PER_ADDRESS_PER_MINUTE = 1
    try:
        phone = Client()
        assert phone.post(f"/j/{armoede.code}/", {"name": "Eerst"}, REMOTE_ADDR="203.0.113.41").status_code == 302
        assert phone.post(f"/j/{armoede.code}/", {"name": "Daarna"}, REMOTE_ADDR="203.0.113.41").status_code == 302
        assert Participant.objects.get(room=armoede).name == "Daarna"
    finally:
        throttle.reset("203.0.113.41")


def test_a_removed_phone_can_still_leave_and_delete_its_notes(armoede):
    phone = join_as(armoede, "Weg")
    participant = Participant.objects.get(room=armoede, name="Weg")
    notes.add_note(armoede, participant, phase="verkennen", text="Mijn briefje", client_id="w-1")
    moderation.remove_participant(armoede, participant.pk)

    page = phone.get(f"/j/{armoede.code}/").content.decode()
    assert f'href="/r/{armoede.code}/verlaten/"' in page
    assert phone.get(f"/r/{armoede.code}/verlaten/").status_code == 200
    assert phone.post(f"/r/{armoede.code}/verlaten/").status_code == 200
    assert not Note.objects.filter(room=armoede).exists()

    # Leaving is not a way back in: the same phone is still refused.
    again = phone.post(f"/j/{armoede.code}/", {"name": "Terug"})
    assert again.status_code == 400 and "uit deze ruimte gehaald" in again.content.decode()
    left = Participant.objects.get(pk=participant.pk)
    assert left.removed_at and left.name == ""
