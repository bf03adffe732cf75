"""The demo event after one session (30 notes in one room), printed as an organiser would: the
room's verslag and the event's krant are a few numbered pages with a header, and emoji from the
phones print as glyphs of an emoji font, not as empty boxes."""

import subprocess

import pytest
from django.utils import translation

from sessions_app import demo, report
from sessions_app.demo_data import EVENTS
from sessions_app.models import Event

from . import demo_session
from .readers import pdf_pages, squeeze

ROOM_PAGES = range(2, 5)  # measured: 3 (it was 5, every phase on a new page)
KRANT_PAGES = range(3, 8)  # measured: 5 (it was 22, five almost blank pages per empty room)


@pytest.fixture
def demo_event(db):
    organiser, _created = demo.ensure_organiser("demo-wachtwoord")
    demo.load_event(next(data for data in EVENTS if data["slug"] == "landelijke-werkplaats-2022"), organiser)
    event = Event.objects.get(slug="landelijke-werkplaats-2022")
    room = event.rooms.order_by("round__position", "position").first()
    demo_session.fill(room)
    return event, room


@pytest.fixture
def pdfs(demo_event):
    event, room = demo_event
    with translation.override("nl"):
        return room, report.room_export(room, "pdf"), report.event_export(event, "pdf")


def _numbered(pages: list[str]) -> None:
    for number, page in enumerate(pages, 1):
        assert f"pagina{number}van{len(pages)}" in squeeze(page), (number, page[-200:])


def test_the_rooms_verslag_is_a_few_numbered_pages_with_a_header(pdfs):
    room, room_pdf, _krant = pdfs
    pages = pdf_pages(room_pdf)
    assert len(pages) in ROOM_PAGES, len(pages)
    _numbered(pages)
    header = squeeze(f"{room.event.title} · {room.title}")
    assert all(header in squeeze(page) for page in pages)
    first = squeeze(pages[0])
    # what came out is on the first page, before the phases
    for expected in ("Samenvatting", "Datum: 17 maart 2022", "Acties", "Pilot één loket in wijk Oost starten", "1 juni 2022",
                     "Ideeën met de meeste stemmen", "Langer de tijd voor gesprekken"):
        assert squeeze(expected) in first, expected
    assert "Vraag:" not in first  # no phase yet
    text = squeeze("".join(pages)).replace("KarinenMehmet", "")  # an action's "wie" is typed text, not a name list
    assert "Karin" not in text and "Sanne" not in text.replace("Sanne(gemeente)", "")  # names are off
    assert "2022-06-01" not in text and "(0stemmen)" not in text


def test_the_krant_of_the_demo_event_is_a_few_pages(pdfs):
    room, _room_pdf, krant = pdfs
    pages = pdf_pages(krant)
    assert len(pages) in KRANT_PAGES, len(pages)
    _numbered(pages)
    cover = squeeze(pages[0])
    for expected in ("Bestaanszekerheid: van praten naar doen", "17 maart 2022", "Armoede", "Sociale basis",
                     "Ervaringsdeskundigheid", "Lerende praktijken"):
        assert squeeze(expected) in cover, expected
    assert "Inhoud" in pages[1]
    assert squeeze(f"Krant · {room.event.title}") in squeeze(pages[0])
    assert squeeze(f"{room.event.title} · {room.title}") in squeeze(pages[-1])  # the room's pages name the room
    assert "In deze fase zijn geen briefjes geschreven" not in "".join(pages)


def test_emoji_print_with_an_emoji_font(pdfs, tmp_path):
    _room, room_pdf, _krant = pdfs
    path = tmp_path / "verslag.pdf"
    path.write_bytes(room_pdf)
    # pdffonts and pdftotext: poppler-utils, installed by scripts/test
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Emoji" in fonts, fonts  # fonts-noto-color-emoji (scripts/setup), embedded
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for emoji in ("🙂", "👍", "🎉", "🤝"):
        assert emoji in text, emoji
    pages = len(pdf_pages(room_pdf))
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text  # with its spaces
