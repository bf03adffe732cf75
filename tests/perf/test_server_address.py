"""The production server keeps the real peer address in scope["client"]: a header the client
writes (X-Forwarded-For) must not make one phone look like many, or it slips past the
per-address socket limit. The app reads X-Forwarded-For itself, only from TRUSTED_PROXIES."""

import asyncio

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.perf.servers import join, running

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("server", ["uvicorn", "daphne"])
async def test_a_forged_forwarded_for_header_does_not_get_a_second_socket_past_the_limit(armoede, server):
    with running(server, SOCKETS_PER_ADDRESS="1") as host:
        anna, bram = [await asyncio.to_thread(join, host, armoede.code, name) for name in ("Anna", "Bram")]
        url, origin = f"ws://{host}/ws/room/{armoede.code}/", f"http://{host}"
        async with connect(url, origin=origin, additional_headers={"Cookie": anna}) as first:
            await first.recv()
            forged = {"Cookie": bram, "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9"}
            async with connect(url, origin=origin, additional_headers=forged) as second:
                with pytest.raises(ConnectionClosed):
                    async with asyncio.timeout(10):
                        while True:
                            await second.recv()
            assert second.close_code == 4429
