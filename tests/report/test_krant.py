"""The krant of an event: a cover, an overview of all rooms and actions, then every verslag.
Only the event's organisers and staff may open it."""

import json

import pytest
from docx.enum.section import WD_SECTION
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from sessions_app import report

from .conftest import HIDDEN, PRIVATE, TRICKY
from .readers import csv_rows, docx_document, squeeze, text_of


@pytest.fixture
def organiser(event_with_rooms):
    user = User.objects.create_user("olga", password="x", first_name="Olga", last_name="de Vries")
    event_with_rooms.organisers.add(user)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_the_krant_holds_every_room_in_every_format(event_with_rooms, fmt):
    data = report.event_export(event_with_rooms, fmt)
    text = squeeze(text_of(fmt, data))
    for expected in (TRICKY, "Langer de tijd voor gesprekken"):
        assert squeeze(expected) in text, fmt
    assert HIDDEN not in text and PRIVATE not in text
    if fmt not in ("csv", "xlsx"):  # spreadsheets hold the rows, not the cover
        date = "2026-11-20" if fmt == "json" else "20 november 2026"
        for expected in ("Bestaanszeker Nederland", date, "10:30 Ronde 1", "Sociale basis",
                         "Buurtkamer openen op woensdag", "Ronde 2"):
            assert squeeze(expected) in text, (fmt, expected)


def test_the_overview_lists_rooms_top_themes_perspectives_and_all_actions(event_with_rooms):
    data = json.loads(report.event_export(event_with_rooms, "json"))
    assert data["schema"] == "vierluik.krant/1"
    assert [(o["title"], o["round"], o["top_themes"]) for o in data["overview"]] == [
        ("Armoede", "Ronde 1", ["Tijd", "Geld"]), ("Sociale basis", "Ronde 2", [])]
    assert {p["key"]: p["count"] for p in data["perspectives"]} == {"ervaringsdeskundige": 1, "beleid": 1}
    assert [a["what"] for a in data["actions"]] == ["Buurtkamer openen op woensdag", "Eén loket uitproberen"]
    assert [r["title"] for r in data["rooms"]] == ["Armoede", "Sociale basis"]
    # the krant carries the event's date; a room's verslag the day its notes were written
    assert data["date"] == "2026-11-20" and data["rooms"][0]["date"] == timezone.localdate().isoformat()
    assert data["rooms"][1]["date"] == "2026-11-20"  # nothing written: the event's date
    assert [(r["title"], r["rooms"]) for r in data["rounds"]] == [("Ronde 1", ["Armoede"]), ("Ronde 2", ["Sociale basis"])]


def test_the_krant_csv_names_the_room_of_each_note(event_with_rooms):
    header, *rows = csv_rows(report.event_export(event_with_rooms, "csv"))
    assert header[0] == "Deelsessie" and {row[0] for row in rows} == {"Armoede"}


def test_each_filled_room_starts_on_a_new_page_in_word_and_an_empty_one_is_only_named(event_with_rooms, organiser):
    doc = docx_document(report.event_export(event_with_rooms, "docx"))
    paragraphs = doc.paragraphs
    titles = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert titles == ["Deelsessies", "Programma", "Inhoud", "Verslag: Armoede"]
    assert any(p.text == "Sociale basis" and p.style.name == "List Bullet" for p in paragraphs)  # on the cover
    # the room starts a new section (a new page) whose header names it; page numbers run on
    assert [section.header.paragraphs[0].text for section in doc.sections] == [
        "Krant · Bestaanszeker Nederland", "Bestaanszeker Nederland · Armoede"]
    assert doc.sections[1].start_type == WD_SECTION.NEW_PAGE and doc.sections[1].footer.is_linked_to_previous
    body = doc.element.body.xml
    assert body.index("<w:sectPr") < body.index("Verslag: Armoede")
    assert doc.core_properties.author == "Olga de Vries"  # the event's organiser, by name (never a username)
    assert "olga" not in report.event_export(event_with_rooms, "json").decode()


@pytest.mark.parametrize("fmt", ["html", "pdf", "md"])
def test_empty_rooms_are_named_on_the_cover_but_get_no_verslag(event_with_rooms, fmt):
    text = squeeze(text_of(fmt, report.event_export(event_with_rooms, fmt)))
    assert squeeze("Sociale basis") in text
    assert squeeze("Er is in deze deelsessie (nog) niets opgeschreven") not in text, fmt
    assert "Inhoud" in text, fmt


def test_the_organiser_opens_and_downloads_the_krant(event_with_rooms, organiser):
    page = organiser.get("/e/bestaanszeker/krant/")
    assert page.status_code == 200 and "/e/bestaanszeker/krant.pdf" in page.content.decode()
    response = organiser.get("/e/bestaanszeker/krant.docx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="krant-bestaanszeker.docx"'


def test_only_organisers_and_staff_open_the_krant(event_with_rooms, fatima):
    assert fatima.get("/e/bestaanszeker/krant.pdf").status_code == 302  # a room's facilitator: log in first
    other = Client()
    other.force_login(User.objects.create_user("otto", password="x"))
    assert other.get("/e/bestaanszeker/krant/").status_code == 403
    staff = Client()
    staff.force_login(User.objects.create_user("sam", password="x", is_staff=True))
    assert staff.get("/e/bestaanszeker/krant.md").status_code == 200
    assert staff.get("/e/onbekend/krant/").status_code == 404


def test_an_event_without_rooms_gives_a_friendly_krant(db):
    from sessions_app.models import Event

    event = Event.objects.create(slug="leeg", code="LEEG01", title="Lege dag")
    for fmt in report.FORMATS:
        data = report.event_export(event, fmt)
        if fmt not in ("csv", "xlsx", "json"):
            assert squeeze("Deze bijeenkomst heeft nog geen deelsessies") in squeeze(text_of(fmt, data)), fmt


@pytest.mark.parametrize("in_parts", [False, True])
def test_every_krant_page_has_its_header_and_number_also_when_printed_in_parts(event_with_rooms, monkeypatch, in_parts):
    from sessions_app.report import pdf

    from .readers import pdf_pages

    if in_parts:  # printed in parts at once, joined, and stamped
        monkeypatch.setattr(pdf, "PARALLEL_FROM", 0)
    verslag = event_with_rooms.rooms.get(title="Armoede")
    verslag.title = 'Armoede "samen" </style><h1>kop</h1>'
    verslag.save(update_fields=["title"])
    pages = [squeeze(page) for page in pdf_pages(report.event_export(event_with_rooms, "pdf"))]
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"pagina{number}van{len(pages)}" in page, (in_parts, number)
    assert squeeze("Krant · Bestaanszeker Nederland") in pages[0]
    room_header = squeeze('Bestaanszeker Nederland · Armoede "samen" </style><h1>kop</h1>')
    assert room_header in pages[-1], (in_parts, pages[-1][-120:])
    assert all(room_header not in page for page in pages[:2])
