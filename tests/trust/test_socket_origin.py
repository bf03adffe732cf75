"""A socket is accepted only from a page of this very site: the Origin must match the scheme,
host and port the socket was opened to, not only the host (issue 12, item 17)."""

import pytest
from channels.testing import WebsocketCommunicator

from facilitation.asgi import application

pytestmark = pytest.mark.django_db(transaction=True)


async def opens(room, origin: str, host: str = "localhost:8000", **extra) -> bool:
    headers = [(b"origin", origin.encode()), (b"host", host.encode())]
    headers += [(name.encode(), value.encode()) for name, value in extra.items()]
    socket = WebsocketCommunicator(application, f"/ws/room/{room.code}/", headers=headers)
    connected, _ = await socket.connect()
    await socket.disconnect()
    return connected


async def test_the_same_scheme_host_and_port_is_accepted(armoede):
    assert await opens(armoede, "http://localhost:8000")


async def test_another_port_on_the_same_host_is_refused(armoede):
    assert not await opens(armoede, "http://localhost:9999")
    assert not await opens(armoede, "http://localhost")


async def test_plain_http_is_refused_for_a_site_served_over_https(armoede):
    assert not await opens(armoede, "http://localhost", host="localhost", **{"x-forwarded-proto": "https"})
    assert await opens(armoede, "https://localhost", host="localhost", **{"x-forwarded-proto": "https"})


async def test_a_page_over_https_cannot_open_a_socket_to_the_plain_http_site(armoede):
    assert not await opens(armoede, "https://localhost:8000")


async def test_an_origin_in_csrf_trusted_origins_is_accepted(armoede, settings):
    """E.g. a TLS proxy on another port that does not say so in X-Forwarded-Proto."""
    settings.CSRF_TRUSTED_ORIGINS = ["https://localhost:8443"]
    assert await opens(armoede, "https://localhost:8443", host="localhost:8000")
