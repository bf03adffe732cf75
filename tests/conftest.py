"""The shared cast. Room "Armoede" has two phones, Anna (ervaringsdeskundige) and Bram (beleid),
and a facilitator, Fatima. Room "Sociale basis" has one phone, Cas. Tests read as a story."""

import os

import pytest
from django.test import Client

from sessions_app.services import rooms
from tests.helpers import SocketClient, join_as

REAL_SERVICES = os.environ.get("DATABASE_URL", "").startswith("postgres")


@pytest.fixture(autouse=True)
def _fresh_join_throttle():
    """Every test starts with no failed code lookups counted against the test client's address."""
    from sessions_app import throttle

    for address in ("127.0.0.1", "unknown"):  # the test client's, and a communicator's (no client)
        throttle.reset(address)
    yield


@pytest.fixture
def armoede(db):
    return rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid")


@pytest.fixture
def sociale_basis(db):
    return rooms.create_room(title="Sociale basis")


@pytest.fixture
def anna(armoede) -> Client:
    return join_as(armoede, "Anna", "ervaringsdeskundige")


@pytest.fixture
def bram(armoede) -> Client:
    return join_as(armoede, "Bram", "beleid")


@pytest.fixture
def cas(sociale_basis) -> Client:
    return join_as(sociale_basis, "Cas", "praktijk")


@pytest.fixture
def fatima(armoede) -> Client:
    client = Client()
    client.get(f"/f/{armoede.code}/{armoede.facilitator_token}/")
    return client


@pytest.fixture
async def sockets():
    """Opens SocketClients and closes them all after the test."""
    opened = []

    async def open_socket(room, client=None, **kwargs) -> SocketClient:
        socket = SocketClient(room, client, **kwargs)
        await socket.connect()
        opened.append(socket)
        return socket

    yield open_socket
    # A test may end while the last action is still fanning out (its thread sends frames into this
    # event loop). Queue one call behind it on the database thread, so it finishes before the loop
    # closes; otherwise that thread waits for a dead loop and every later socket test hangs.
    from channels.db import database_sync_to_async

    await database_sync_to_async(lambda: None)()
    # Communicators that are still open are cancelled by their own finalisers.
