"""When many phones (re)connect at once, the board is rendered once per room version, not once
per phone; each phone still gets its own notes that wait for the reveal."""

import pytest
from asgiref.sync import sync_to_async

from realtime import snapshots
from sessions_app.methods import WRITING_PRIVATE
from sessions_app.services import reveal
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    snapshots.clear()
    yield
    snapshots.clear()


async def test_phones_connecting_at_one_version_share_one_render(armoede, anna, bram, sockets):
    others = [await sync_to_async(join_as)(armoede, f"Telefoon {number}", "praktijk") for number in range(4)]
    phones = [await sockets(armoede, client) for client in (anna, bram, *others)]

    assert snapshots.counts["renders"] == 1
    assert snapshots.counts["hits"] == len(phones) - 1
    assert all("Ik ben klaar" in phone.snapshot for phone in phones)  # each with its own part


async def test_a_new_version_is_rendered_once_more(armoede, anna, bram, sockets):
    anna_socket = await sockets(armoede, anna)
    await anna_socket.send("note.add", text="De buurtkamer werkt", client_id="c-1", phase="verkennen")
    await anna_socket.receive_until("De buurtkamer werkt")

    bram_socket = await sockets(armoede, bram)
    again = await sockets(armoede, anna)

    assert snapshots.counts["renders"] == 2
    assert "De buurtkamer werkt" in bram_socket.snapshot and "De buurtkamer werkt" in again.snapshot


async def test_a_phone_still_gets_its_own_waiting_notes(armoede, anna, bram, sockets):
    await sync_to_async(reveal.set_writing_mode)(armoede, WRITING_PRIVATE)
    anna_socket = await sockets(armoede, anna)
    await anna_socket.send("note.add", text="Nog even geheim", client_id="c-1", phase="verkennen")
    await anna_socket.receive_until("Nog even geheim")

    bram_socket = await sockets(armoede, bram)
    anna_again = await sockets(armoede, anna)

    assert "Nog even geheim" in anna_again.snapshot
    assert "Nog even geheim" not in bram_socket.snapshot
