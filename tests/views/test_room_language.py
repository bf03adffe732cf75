"""Issue 13: a room and an event have a language (Dutch unless set). The pages a room shares (the
presenter view, the phone's join page and board) speak it whatever the browser prefers; a person
who picked a language with the switch keeps theirs. The console follows its own browser."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from sessions_app.models import Event, Room
from sessions_app.services import events, rooms
from tests.events.test_event_setup import add_rooms, edit_url, room_data

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}


def test_a_new_room_and_a_new_event_are_dutch(db):
    assert rooms.create_room(title="Armoede").language == "nl"
    assert events.create_event(slug="werkplaats", title="Werkplaats").language == "nl"


def test_an_english_browser_gets_the_presenter_view_of_a_dutch_room_in_dutch(armoede, fatima):
    page = fatima.get(f"/p/{armoede.code}/", **ENGLISH_BROWSER).content.decode()
    assert 'lang="nl"' in page and "Doe mee op je telefoon" in page and "Join on your phone" not in page
    console = fatima.get(f"/f/{armoede.code}/", **ENGLISH_BROWSER).content.decode()
    assert "Facilitator" in console  # the facilitator's own console follows her browser


def test_the_phones_of_an_english_room_get_english_unless_they_switch(armoede):
    rooms.set_language(armoede, "en")
    phone = Client()
    assert 'lang="en"' in phone.get(f"/j/{armoede.code}/").content.decode()
    phone.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"  # the language switch
    assert 'lang="nl"' in phone.get(f"/j/{armoede.code}/").content.decode()


def test_the_facilitator_sets_the_language_on_the_console(armoede, fatima, anna):
    response = fatima.post(f"/f/{armoede.code}/taal/", {"language": "en"})
    assert response.status_code == 302 and Room.objects.get(pk=armoede.pk).language == "en"
    refused = fatima.post(f"/f/{armoede.code}/taal/", {"language": "fr"})
    assert refused.status_code == 400 and "Kies een van deze talen" in refused.content.decode()
    assert anna.post(f"/f/{armoede.code}/taal/", {"language": "nl"}).status_code in (302, 403)
    assert Room.objects.get(pk=armoede.pk).language == "en"  # a participant cannot change it


def test_the_language_is_set_when_the_event_and_its_rooms_are_made(db):
    staff = get_user_model().objects.create_user("sara", password="x", is_staff=True)
    client = Client()
    client.force_login(staff)
    client.post("/e/new/", {"title": "Festival", "retention_days": 30, "first_round": "Ochtend", "language": "en"})
    event = Event.objects.get(title="Festival")
    assert event.language == "en"
    add_rooms(client, event, event.current_round, "Huiskamer\nKeuken")  # new rooms speak their event's language
    keuken = event.rooms.get(title="Keuken")
    assert client.post(edit_url(event, f"deelsessie/{keuken.pk}/"), room_data(keuken, language="nl")).status_code in (200, 302)
    assert dict(event.rooms.values_list("title", "language")) == {"Huiskamer": "en", "Keuken": "nl"}
