"""An organiser's rights are asked again on every steering action of the event socket (issue 12,
item 9): removed from the event or deactivated, an open socket stops steering and is closed."""

import pytest
from django.contrib.auth import get_user_model

from sessions_app.models import Event
from tests.helpers import SocketClient

pytestmark = pytest.mark.django_db(transaction=True)


async def overview_socket(event, client) -> SocketClient:
    socket = SocketClient(None, client, path=f"/ws/event/{event.slug}/")
    await socket.connect()
    return socket


async def test_an_organiser_removed_from_the_event_can_no_longer_steer(werkplaats, armoede_r1, olga):
    socket = await overview_socket(werkplaats, olga)
    await werkplaats.organisers.aremove(olga.user)

    await socket.send("event.message", text="Iedereen naar huis")

    assert "organisator" in await socket.receive()
    assert await socket.closed() == 4403
    assert (await Event.objects.aget(pk=werkplaats.pk)).message == ""


async def test_a_deactivated_organiser_can_no_longer_close_the_event(werkplaats, armoede_r1, olga):
    socket = await overview_socket(werkplaats, olga)
    await get_user_model().objects.filter(pk=olga.user.pk).aupdate(is_active=False)

    await socket.send("event.close")

    assert await socket.closed() == 4403
    assert (await Event.objects.aget(pk=werkplaats.pk)).closed_at is None


async def test_an_organiser_who_still_organises_keeps_steering(werkplaats, armoede_r1, olga):
    socket = await overview_socket(werkplaats, olga)
    await socket.send("event.message", text="Koffie staat klaar")
    await socket.receive_until("Koffie staat klaar")
    assert (await Event.objects.aget(pk=werkplaats.pk)).message == "Koffie staat klaar"
    await socket.disconnect()


async def test_an_unknown_event_and_someone_elses_event_get_the_same_refusal_and_count_as_misses(werkplaats, otto):
    from asgiref.sync import sync_to_async

    from sessions_app import throttle

    answers = []
    try:
        for slug in ("bestaat-niet", werkplaats.slug):
            socket = SocketClient(None, otto, path=f"/ws/event/{slug}/")
            socket.communicator.scope["client"] = ["203.0.113.70", 1]
            await socket.communicator.connect()
            answers.append((await socket.receive(), await socket.closed()))
        assert answers[0] == answers[1] and answers[0][1] == 4403
        assert await sync_to_async(throttle.misses)("203.0.113.70") == 2
    finally:
        await sync_to_async(throttle.reset)("203.0.113.70")
