"""One client address for HTTP and sockets (issue 12, item 1). With TRUSTED_PROXIES = N it is the
Nth X-Forwarded-For entry from the right, whatever the server does with proxy headers: Daphne's
--proxy-headers makes the first entry, which the client writes itself, the socket's peer."""

import asyncio
import random

import pytest
from django.test import RequestFactory
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from sessions_app.throttle import client_address
from tests.realtime.test_production_path import real_services  # noqa: F401 - a fixture
from tests.trust.live import Daphne


def scope(peer, forwarded=None):
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"type": "websocket", "client": [peer, 1234], "headers": headers}


def request(peer, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **extra)


@pytest.mark.parametrize("make", [scope, request], ids=["socket", "http"])
def test_the_address_is_the_one_the_trusted_proxy_saw(make, settings):
    settings.TRUSTED_PROXIES = 1
    # nginx appends the address it saw; what the client wrote itself comes before it.
    assert client_address(make("127.0.0.1", "6.6.6.6, 203.0.113.5")) == "203.0.113.5"
    # Daphne --proxy-headers has already put the forged first entry in the peer: it is ignored.
    assert client_address(make("6.6.6.6", "6.6.6.6, 203.0.113.5")) == "203.0.113.5"
    settings.TRUSTED_PROXIES = 2
    assert client_address(make("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2")) == "203.0.113.5"


@pytest.mark.parametrize("make", [scope, request], ids=["socket", "http"])
def test_without_trusted_proxies_the_peer_counts_and_the_header_is_ignored(make, settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(make("198.51.100.7", "6.6.6.6")) == "198.51.100.7"


async def refusal(server, code, forwarded):
    """Opens a room socket with this X-Forwarded-For and returns how the server closes it."""
    url = server.url.replace("http://", "ws://") + f"/ws/room/{code}/"
    async with connect(url, origin=server.url, additional_headers={"X-Forwarded-For": forwarded}) as ws:
        frame = await asyncio.wait_for(ws.recv(), 10)
        try:
            await asyncio.wait_for(ws.recv(), 10)
        except ConnectionClosed as closed:
            return frame, closed.rcvd.code
    raise AssertionError("the socket stayed open")


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("options", [["--proxy-headers"], []], ids=["proxy-headers", "plain"])
def test_a_guesser_who_rotates_the_first_forwarded_entry_is_still_stopped(real_services, options):
    """Behind nginx (TRUSTED_PROXIES=1) on a real Daphne, with and without --proxy-headers."""
    server = Daphne(*options, TRUSTED_PROXIES="1", JOIN_ATTEMPTS_PER_MINUTE="3").start()
    real = f"203.0.113.{random.randint(100, 250)}"

    async def guesses():
        answers = []
        for number in range(5):
            answers.append(await refusal(server, f"ZZZZZ{number + 2}", f"10.9.{number}.1, {real}"))
        return answers

    try:
        answers = asyncio.run(guesses())
    finally:
        server.stop()
    assert [code for _, code in answers] == [4403, 4403, 4403, 4429, 4429], server.output()[-2000:]
    assert "te vaak een code geprobeerd" in answers[-1][0]
