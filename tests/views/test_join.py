"""The way in for a phone: the code on the home page or the join link from the QR code."""

import pytest
from django.conf import settings
from django.test import Client

from sessions_app.models import Note, Participant, Room
from tests.helpers import join_as

pytestmark = pytest.mark.django_db


def test_the_home_page_asks_for_a_code():
    response = Client().get("/")
    assert response.status_code == 200
    assert "Vul de code in die je ziet." in response.content.decode()


def test_a_code_typed_in_lower_case_with_spaces_leads_to_the_room(armoede):
    typed = f" {armoede.code[:3].lower()} {armoede.code[3:].lower()} "

    response = Client().post("/", {"code": typed})

    assert response.status_code == 302
    assert response["Location"] == f"/j/{armoede.code}/"


def test_a_wrong_code_gets_a_dutch_message(armoede):
    response = Client().post("/", {"code": "QQQQQQ" if armoede.code != "QQQQQQ" else "WWWWWW"})

    assert response.status_code == 404
    assert "Deze code kennen we niet" in response.content.decode()


def test_a_join_link_with_an_unknown_code_gets_a_dutch_message(db):
    response = Client().get("/j/QQQQQQ/")
    assert response.status_code == 404
    assert "Deze code kennen we niet" in response.content.decode()


def test_a_join_link_in_lower_case_is_sent_to_the_right_spelling(armoede):
    response = Client().get(f"/j/{armoede.code.lower()}/")
    assert response.status_code == 302 and response["Location"] == f"/j/{armoede.code}/"


def test_the_join_link_shows_a_short_form_with_the_perspectives(armoede):
    page = Client().get(f"/j/{armoede.code}/").content.decode()

    assert armoede.title in page
    assert 'name="name"' in page
    for perspective in ("ervaringsdeskundige", "beleid", "praktijk", "onderwijs", "inwoner", "anders"):
        assert f'value="{perspective}"' in page


def test_joining_sets_a_signed_cookie_and_opens_the_board(armoede):
    client = Client()
    response = client.post(f"/j/{armoede.code}/", {"name": "Anna", "perspective": "ervaringsdeskundige"})

    assert response.status_code == 302 and response["Location"] == f"/r/{armoede.code}/"
    cookie = client.cookies[settings.DEVICE_COOKIE_NAME]
    assert cookie["httponly"] and ":" in cookie.value  # signed
    participant = Participant.objects.get()
    assert str(participant.device_id) in cookie.value
    board = client.get(f"/r/{armoede.code}/")
    assert board.status_code == 200 and armoede.title in board.content.decode()


def test_coming_back_to_the_join_link_goes_straight_to_the_board(armoede, anna):
    response = anna.get(f"/j/{armoede.code}/")
    assert response.status_code == 302 and response["Location"] == f"/r/{armoede.code}/"


def test_reloading_or_joining_again_does_not_make_a_second_participant(armoede):
    client = join_as(armoede, "Anna", "beleid")
    join_as(armoede, "Anna", "beleid", client=client)
    client.get(f"/j/{armoede.code}/")
    client.get(f"/r/{armoede.code}/")

    assert Participant.objects.filter(room=armoede).count() == 1


def test_changing_your_name_later_keeps_you_the_same_participant(armoede, anna):
    anna.get(f"/j/{armoede.code}/?opnieuw")
    anna.post(f"/j/{armoede.code}/", {"name": "Anna V.", "perspective": "inwoner"})

    participant = Participant.objects.get()
    assert (participant.name, participant.perspective) == ("Anna V.", "inwoner")


def test_a_tampered_cookie_is_a_new_phone(armoede, anna):
    value = anna.cookies[settings.DEVICE_COOKIE_NAME].value
    anna.cookies[settings.DEVICE_COOKIE_NAME] = value[:-2] + ("AA" if not value.endswith("AA") else "BB")

    assert anna.get(f"/r/{armoede.code}/")["Location"] == f"/j/{armoede.code}/"


def test_a_bad_perspective_is_shown_on_the_form(armoede):
    response = Client().post(f"/j/{armoede.code}/", {"name": "Anna", "perspective": "koning"})

    assert response.status_code == 400
    assert "Kies een rol uit de lijst." in response.content.decode()
    assert not Participant.objects.exists()


def test_the_board_without_joining_sends_you_to_the_join_form(armoede):
    response = Client().get(f"/r/{armoede.code}/")
    assert response.status_code == 302 and response["Location"] == f"/j/{armoede.code}/"


def test_the_board_shows_the_prompt_and_a_composer_with_a_counter(armoede, anna):
    page = anna.get(f"/r/{armoede.code}/").content.decode()

    assert armoede.phases.get(key="verkennen").prompt in page
    assert f'ws-connect="/ws/room/{armoede.code}/?v=' in page  # the page's version: the board travels once
    assert 'name="client_id"' in page and f"0 / {settings.NOTE_MAX_LENGTH}" in page


def test_a_note_through_plain_http_lands_on_the_board(armoede, anna):
    response = anna.post(f"/r/{armoede.code}/notes/", {"text": "Zonder socket", "client_id": "h-1", "phase": "verkennen"})

    assert response.status_code == 302
    assert "Zonder socket" in anna.get(f"/r/{armoede.code}/").content.decode()


def test_a_note_through_http_sent_twice_is_stored_once(armoede, anna):
    for _ in range(2):
        anna.post(f"/r/{armoede.code}/notes/", {"text": "Twee keer", "client_id": "h-1", "phase": "verkennen"})

    assert Note.objects.filter(client_id="h-1").count() == 1


def test_an_empty_note_through_http_gets_a_dutch_message(armoede, anna):
    response = anna.post(f"/r/{armoede.code}/notes/", {"text": "  ", "client_id": "h-3"})

    assert response.status_code == 400
    assert "Je briefje is nog leeg" in response.content.decode()
    assert not Note.objects.exists()


def test_someone_who_did_not_join_cannot_post_a_note(armoede):
    response = Client().post(f"/r/{armoede.code}/notes/", {"text": "Stiekem", "client_id": "x"})

    assert response.status_code == 400
    assert "Doe eerst mee" in response.content.decode()
    assert not Note.objects.exists()


def test_a_script_in_a_note_shows_as_text(armoede, anna, bram, fatima):
    anna.post(f"/r/{armoede.code}/notes/", {"text": "<script>alert(1)</script>", "client_id": "xss"})

    for client, path in ((anna, "r"), (bram, "r"), (fatima, "f")):
        page = client.get(f"/{path}/{armoede.code}/").content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_script_in_a_name_shows_as_text(armoede):
    client = join_as(armoede, "<b>Anna</b>")
    client.post(f"/r/{armoede.code}/notes/", {"text": "Hallo", "client_id": "n-1"})

    page = client.get(f"/r/{armoede.code}/").content.decode()
    assert "<b>Anna</b>" not in page and "&lt;b&gt;Anna&lt;/b&gt;" in page


def test_a_full_room_says_so_on_the_join_form(armoede, anna):
    Room.objects.filter(pk=armoede.pk).update(capacity=1)

    response = Client().post(f"/j/{armoede.code}/", {"name": "Bram"})

    assert response.status_code == 400
    assert "Deze deelsessie is vol" in response.content.decode()
    assert Participant.objects.count() == 1


@pytest.mark.parametrize("path", ["/r/QQQQQQ/", "/f/QQQQQQ/", "/f/QQQQQQ/token/"])
def test_room_pages_with_an_unknown_code_say_so_in_dutch(db, path):
    response = Client().get(path)
    assert response.status_code == 404
    assert "Deze code kennen we niet" in response.content.decode()


def test_a_note_through_http_while_writing_is_closed_is_refused(armoede, anna):
    Room.objects.filter(pk=armoede.pk).update(writing_open=False)

    response = anna.post(f"/r/{armoede.code}/notes/", {"text": "Toch nog", "client_id": "h-9"})

    assert response.status_code == 400
    assert "Schrijven is nu even dicht" in response.content.decode()
    assert not Note.objects.exists()
