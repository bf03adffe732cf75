"""The facilitator's console: reached through a secret link (no account) or as staff/organiser."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sessions_app.services import events

pytestmark = pytest.mark.django_db


def console(client, room):
    return client.get(f"/f/{room.code}/")


def test_the_facilitator_link_signs_in_with_a_plain_get(armoede):
    client = Client()

    response = client.get(f"/f/{armoede.code}/{armoede.facilitator_token}/")

    assert response.status_code == 302 and response["Location"] == f"/f/{armoede.code}/"
    assert console(client, armoede).status_code == 200


def test_the_console_shows_title_code_qr_join_link_and_the_four_phases(armoede, fatima):
    page = console(fatima, armoede).content.decode()

    assert armoede.title in page and armoede.code in page
    assert "<svg" in page and f"/j/{armoede.code}/" in page
    for key in ("verkennen", "verbeelden", "vormgeven", "verwezenlijken"):
        assert f'id="prompt-{key}"' in page
        assert armoede.phases.get(key=key).prompt in page


def test_a_wrong_facilitator_token_does_not_sign_in(armoede):
    client = Client()

    response = client.get(f"/f/{armoede.code}/niet-het-goede-token/")

    assert response.status_code == 403
    assert "Deze link werkt niet meer" in response.content.decode()
    assert console(client, armoede).status_code == 302


def test_the_facilitator_link_of_one_room_does_not_open_another(armoede, sociale_basis, fatima):
    assert console(fatima, sociale_basis).status_code == 302


def test_renewing_the_link_locks_out_the_old_links_sessions(armoede, fatima):
    guest = Client()
    guest.get(f"/f/{armoede.code}/{armoede.facilitator_token}/")
    old_token = armoede.facilitator_token

    response = fatima.post(f"/f/{armoede.code}/link/")

    assert response.status_code == 302
    assert console(fatima, armoede).status_code == 200, "whoever renews keeps access"
    assert console(guest, armoede).status_code == 302
    assert Client().get(f"/f/{armoede.code}/{old_token}/").status_code == 403


def test_the_new_link_works(armoede, fatima):
    fatima.post(f"/f/{armoede.code}/link/")
    armoede.refresh_from_db()

    client = Client()
    client.get(f"/f/{armoede.code}/{armoede.facilitator_token}/")
    assert console(client, armoede).status_code == 200


def test_a_participant_cannot_open_the_console(armoede, anna):
    response = console(anna, armoede)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_a_participant_cannot_renew_the_link(armoede, anna):
    old = armoede.facilitator_token

    response = anna.post(f"/f/{armoede.code}/link/")

    assert response.status_code == 403
    armoede.refresh_from_db()
    assert armoede.facilitator_token == old


def test_a_staff_user_can_open_the_console(armoede):
    staff = get_user_model().objects.create_user("organisator", password="geheim-genoeg", is_staff=True)
    client = Client()
    client.force_login(staff)

    assert console(client, armoede).status_code == 200


def test_an_organiser_of_the_event_can_open_its_rooms_console(db):
    from sessions_app.services import rooms

    event = events.create_event(slug="werkplaats", title="Werkplaats")
    room = rooms.create_room(title="Armoede", event=event)
    user = get_user_model().objects.create_user("karin", password="geheim-genoeg")
    event.organisers.add(user)
    client = Client()
    client.force_login(user)

    assert console(client, room).status_code == 200


def test_a_logged_in_user_who_is_not_staff_or_organiser_cannot(armoede):
    user = get_user_model().objects.create_user("iemand", password="geheim-genoeg")
    client = Client()
    client.force_login(user)

    assert console(client, armoede).status_code == 302


def test_the_facilitator_goes_to_the_console_from_the_board(armoede, fatima):
    response = fatima.get(f"/r/{armoede.code}/")
    assert response.status_code == 302 and response["Location"] == f"/f/{armoede.code}/"
