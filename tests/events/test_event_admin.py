"""The Django admin: an event with its rounds and rooms as inlines; new rooms get a code, their
phases and a facilitator link, exactly as on the setup page."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sessions_app.models import Event

pytestmark = pytest.mark.django_db


def _inline(prefix, rows):
    data = {f"{prefix}-TOTAL_FORMS": len(rows), f"{prefix}-INITIAL_FORMS": 0, f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000}
    for n, row in enumerate(rows):
        data.update({f"{prefix}-{n}-{key}": value for key, value in row.items()})
    return data


def test_staff_make_an_event_with_a_round_and_a_room_in_the_admin():
    admin = get_user_model().objects.create_superuser("beheer", password="x")
    client = Client()
    client.force_login(admin)
    data = {"title": "Werkplaats 2027", "slug": "werkplaats-2027", "retention_days": 60}
    data.update(_inline("rounds", [{"title": "Ronde 1", "position": 0}]))
    data.update(_inline("rooms", [{"title": "Armoede", "capacity": 20, "position": 0}]))

    response = client.post("/admin/sessions_app/event/add/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(slug="werkplaats-2027")
    room = event.rooms.get()
    assert len(event.code) == 6 and len(room.code) == 6 and room.facilitator_token
    assert room.phases.count() == 4
    assert event.organisers.filter(pk=admin.pk).exists()
    page = client.get(f"/admin/sessions_app/event/{event.pk}/change/").content.decode()
    assert f"/f/{room.code}/{room.facilitator_token}/" in page and f"/j/{event.code}/" in page
