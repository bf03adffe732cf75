"""Who can open and download a verslag: the room's facilitator, the event's organisers, staff,
and anyone with the share link once the facilitator turns it on. Participants see the link on
their phone when the room is closed."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from sessions_app import report
from sessions_app.models import Room

from .readers import pdf_text


def test_the_facilitator_opens_the_verslag_page_with_downloads(verslag, fatima):
    page = fatima.get(f"/f/{verslag.code}/verslag/")
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    html = page.content.decode()
    assert '<nav class="report-controls"' in html and f"/f/{verslag.code}/verslag.pdf" in html
    assert "Buurtkamer openen op woensdag" in html


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_the_facilitator_downloads_every_format(verslag, fatima, fmt):
    response = fatima.get(f"/f/{verslag.code}/verslag.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"] == report.FORMATS[fmt][1]
    assert response["Content-Disposition"] == f'attachment; filename="verslag-armoede-{verslag.code}.{report.FORMATS[fmt][2]}"'


def test_the_console_offers_the_downloads_and_the_summary_form(verslag, fatima):
    html = fatima.get(f"/f/{verslag.code}/").content.decode()
    assert 'id="report-panel"' in html and f"/f/{verslag.code}/verslag.docx" in html
    assert "De buurtkamer kwam vaak terug." in html  # the summary, ready to edit


@pytest.mark.parametrize("path", ["verslag/", "verslag.pdf", "verslag.csv"])
def test_participants_cannot_download(verslag, anna, path):
    assert anna.get(f"/f/{verslag.code}/{path}").status_code == 403


def test_strangers_are_sent_to_log_in(verslag):
    response = Client().get(f"/f/{verslag.code}/verslag.json")
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_an_unknown_format_is_not_found(verslag, fatima):
    assert fatima.get(f"/f/{verslag.code}/verslag.exe").status_code == 404


def test_staff_and_the_events_organiser_may_download(event_with_rooms):
    room = Room.objects.get(title="Armoede")
    organiser = User.objects.create_user("olga", password="x")
    event_with_rooms.organisers.add(organiser)
    staff = User.objects.create_user("sam", password="x", is_staff=True)
    other = User.objects.create_user("otto", password="x")
    for user, status in ((organiser, 200), (staff, 200), (other, 403)):
        client = Client()
        client.force_login(user)
        assert client.get(f"/f/{room.code}/verslag.md").status_code == status, user.username


def test_the_facilitator_writes_the_summary_and_quotes(verslag, fatima):
    response = fatima.post(f"/f/{verslag.code}/verslag/tekst/", {"summary": "Nieuwe samenvatting <b>", "quotes": "Eén\r\nTwee"})
    assert response.status_code == 302
    verslag.refresh_from_db()
    assert (verslag.summary, verslag.quotes) == ("Nieuwe samenvatting <b>", "Eén\nTwee")
    assert "Nieuwe samenvatting &lt;b&gt;" in fatima.get(f"/f/{verslag.code}/verslag/").content.decode()


def test_a_too_long_summary_is_refused_and_nothing_changes(verslag, fatima):
    response = fatima.post(f"/f/{verslag.code}/verslag/tekst/", {"summary": "x" * 6001, "quotes": ""})
    assert response.status_code == 400 and "te lang" in response.content.decode()
    verslag.refresh_from_db()
    assert verslag.summary.startswith("We zochten")


def test_participants_cannot_edit_or_share(verslag, anna):
    assert anna.post(f"/f/{verslag.code}/verslag/tekst/", {"summary": "gehackt"}).status_code == 403
    assert anna.post(f"/f/{verslag.code}/verslag/delen/", {"on": "1"}).status_code == 403
    verslag.refresh_from_db()
    assert verslag.summary != "gehackt" and verslag.share_token == ""


def test_the_share_link_opens_the_verslag_read_only_until_switched_off(verslag, fatima):
    fatima.post(f"/f/{verslag.code}/verslag/delen/", {"on": "1"})
    verslag.refresh_from_db()
    token = verslag.share_token
    assert len(token) >= 16
    phone = Client()
    page = phone.get(f"/v/{token}/")
    assert page.status_code == 200 and page["Referrer-Policy"] == "no-referrer"
    html = page.content.decode()
    assert "Buurtkamer openen op woensdag" in html and "report-tekst" not in html and "<form" not in html
    assert "Buurtkamer openen op woensdag" in pdf_text(phone.get(f"/v/{token}/verslag.pdf").content)
    fatima.post(f"/f/{verslag.code}/verslag/delen/", {"on": "0"})
    assert phone.get(f"/v/{token}/").status_code == 404
    assert phone.get(f"/v/{token}/verslag.pdf").status_code == 404


def test_a_guessed_share_link_finds_nothing(verslag):
    assert Client().get("/v/nietbestaand-token-123/").status_code == 404


def test_phones_see_the_link_once_the_room_is_closed(verslag, fatima, anna):
    fatima.post(f"/f/{verslag.code}/verslag/delen/", {"on": "1"})
    verslag.refresh_from_db()
    link = f"/v/{verslag.share_token}/"
    assert link not in anna.get(f"/r/{verslag.code}/").content.decode()
    Room.objects.filter(pk=verslag.pk).update(closed_at=timezone.now())
    assert link in anna.get(f"/r/{verslag.code}/").content.decode()
