"""When the facilitator turns the share link on after the room closed, the phones that are
still open show "Open het verslag" straight away; turning it off takes the link away again."""

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from sessions_app.models import Room
from sessions_app.services import report as report_service

pytestmark = pytest.mark.django_db(transaction=True)


async def test_phones_of_a_closed_room_get_the_link_live(armoede, anna, sockets):
    await sync_to_async(Room.objects.filter(pk=armoede.pk).update)(closed_at=timezone.now())
    phone = await sockets(armoede, anna)
    assert 'id="report-link"></div>' in phone.snapshot.replace("\n", "")  # closed, but nothing shared yet

    room = await sync_to_async(report_service.set_sharing)(armoede, True)
    frame = await phone.receive_until("Open het verslag")
    assert f"/v/{room.share_token}/" in frame

    await sync_to_async(report_service.set_sharing)(armoede, False)
    frame = await phone.receive_until('id="report-link"')
    assert "Open het verslag" not in frame


async def test_switching_sharing_to_what_it_already_is_sends_nothing(armoede, anna, sockets):
    phone = await sockets(armoede, anna)
    await sync_to_async(report_service.set_sharing)(armoede, False)
    assert await phone.nothing_more()
