"""The event cast. "Werkplaats" has two rounds. Ronde 1 has three rooms: Armoede (room for two),
Sociale basis and Ervaring; Ronde 2 has Lerende praktijken. Olga organises it; Otto organises
another event; Els and Piet are phones that joined the event with its code."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sessions_app.services import events, rooms


@pytest.fixture
def werkplaats(db):
    event = events.create_event(slug="werkplaats", title="Werkplaats Bestaanszekerheid")
    first = events.add_round(event, title="Ronde 1", position=0)
    second = events.add_round(event, title="Ronde 2", position=1)
    event.current_round = first
    event.save(update_fields=["current_round"])
    event.first, event.second = first, second
    return event


def _room(event, round_, title, position, **fields):
    return rooms.create_room(event=event, round=round_, title=title, position=position, **fields)


@pytest.fixture
def armoede_r1(werkplaats):
    return _room(werkplaats, werkplaats.first, "Armoede", 0, capacity=2, description="Samen bouwen aan bestaanszekerheid")


@pytest.fixture
def basis_r1(werkplaats):
    return _room(werkplaats, werkplaats.first, "Sociale basis", 1)


@pytest.fixture
def ervaring_r1(werkplaats):
    return _room(werkplaats, werkplaats.first, "Ervaring", 2)


@pytest.fixture
def lerend_r2(werkplaats):
    return _room(werkplaats, werkplaats.second, "Lerende praktijken", 0)


def _user_client(username, **fields) -> Client:
    user = get_user_model().objects.create_user(username=username, password="x", **fields)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def olga(werkplaats) -> Client:
    client = _user_client("olga")
    werkplaats.organisers.add(client.user)
    return client


@pytest.fixture
def otto(db) -> Client:
    client = _user_client("otto")
    other = events.create_event(slug="ander-festival", title="Ander festival")
    other.organisers.add(client.user)
    return client


def attend(event, name="", perspective="", client=None) -> Client:
    """A phone joins the event with its code (the event's QR link)."""
    client = client or Client()
    response = client.post(f"/j/{event.code}/", {"name": name, "perspective": perspective})
    assert response.status_code == 302, response.content
    return client


def choose(event, client, room) -> str:
    response = client.post(f"/e/{event.slug}/kies/", {"room": room.pk})
    assert response.status_code == 302, response.content.decode()
    return response["Location"]


@pytest.fixture
def els(werkplaats) -> Client:
    return attend(werkplaats, "Els", "beleid")


@pytest.fixture
def piet(werkplaats) -> Client:
    return attend(werkplaats, "Piet", "ervaringsdeskundige")
