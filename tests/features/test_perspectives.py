"""Perspectives made visible: every note names its author's perspective (in words, and in
colour), the board can be filtered by perspective, and the facilitator sees who is in the room."""

import re

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from sessions_app.audience import Audience
from sessions_app.models import Participant
from sessions_app.audience import Audience
from sessions_app.reads.board import board
from tests.helpers import join_as
from tests.features.cast_b import awrite, write

pytestmark = pytest.mark.django_db(transaction=True)


def counts_in(html: str) -> list[str]:
    block = re.search(r'<p id="perspective-counts".*?</p>', html, re.S).group(0)
    return [re.sub(r"\s+", " ", text).strip() for text in re.findall(r'class="perspective-count"[^>]*>([^<,]*),?<', block)]


async def test_a_note_names_its_authors_perspective_on_every_screen(armoede, anna, bram, fatima, sockets):
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await awrite(armoede, "Anna", "Ik weet hoe het voelt")

    for screen in (bram_phone, console):
        frame = await screen.receive_until("Ik weet hoe het voelt")
        assert 'data-perspective="ervaringsdeskundige"' in frame  # the colour hangs on this
        assert '<span class="note-perspective">ervaringsdeskundige</span>' in frame  # and the words


async def test_the_console_counts_the_perspectives_in_the_room_live(armoede, anna, bram, fatima, sockets):
    console = await sockets(armoede, fatima)
    assert counts_in(console.snapshot) == ["1 beleid", "1 ervaringsdeskundige"]

    await sync_to_async(join_as)(armoede, "Dirk", "praktijk")
    await sync_to_async(join_as)(armoede, "Eva", "praktijk")

    await console.receive_until("1 ervaringsdeskundige")
    frame = await console.receive_until("2 praktijk")
    assert counts_in(frame) == ["2 praktijk", "1 beleid", "1 ervaringsdeskundige"]


async def test_phones_do_not_get_the_head_count(armoede, anna, sockets):
    anna_phone = await sockets(armoede, anna)
    assert 'id="perspective-counts"' not in anna_phone.snapshot


def test_someone_without_a_role_and_a_removed_phone_are_counted_right(armoede, anna, bram):
    join_as(armoede, "", "")
    Participant.objects.filter(room=armoede, name="Bram").update(removed_at=timezone.now())

    counted = {row["key"]: row["count"] for row in board(armoede.pk, Audience.FACILITATORS)["perspective_counts"]}

    assert counted == {"ervaringsdeskundige": 1, "": 1}


def test_the_board_can_be_filtered_by_perspective(armoede, anna, bram, fatima):
    write(armoede, "Bram", "Regels die helpen")
    phone = anna.get(f"/r/{armoede.code}/").content.decode()
    console = fatima.get(f"/f/{armoede.code}/").content.decode()
    for html in (phone, console):
        assert "Laat briefjes zien van" in html
        for key in ("ervaringsdeskundige", "beleid", "praktijk", "onderwijs", "inwoner", "anders"):
            assert f'name="show" value="{key}" checked' in html
        assert 'data-perspective="beleid"' in html and "Regels die helpen" in html
    assert counts_in(console) == ["1 beleid", "1 ervaringsdeskundige"]
