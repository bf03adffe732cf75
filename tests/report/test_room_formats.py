"""The verslag of one room, in all six formats, read back with a parser: what came out of the
session is there, intact, and nothing that was hidden or never shared."""

import datetime
import json
import re

import pytest
from django.utils import timezone, translation

from sessions_app import report
from sessions_app.models import Note, Room, Theme, Vote
from sessions_app.report.csv import neutralise

from .conftest import FORMULA, HIDDEN, LONG_WORD, PRIVATE, RTL, TRICKY
from .readers import csv_rows, docx_document, pdf_pages, squeeze, text_of, xlsx_sheets

FORMATS = list(report.FORMATS)


class Exports(dict):
    """Each format rendered on first use (a PDF takes a moment)."""

    def __init__(self, room):
        super().__init__()
        self.room = room

    def __missing__(self, fmt):
        with translation.override("nl"):
            self[fmt] = report.room_export(self.room, fmt)
        return self[fmt]


@pytest.fixture
def exports(verslag):
    return Exports(verslag)


@pytest.mark.parametrize("fmt", FORMATS)
def test_tricky_notes_come_out_as_the_same_text(exports, fmt):
    text = squeeze(text_of(fmt, exports[fmt]))
    for written in (TRICKY, RTL, LONG_WORD, "Eén loket voor alle regelingen"):
        assert squeeze(written) in text, (fmt, written)


@pytest.mark.parametrize("fmt", FORMATS)
def test_hidden_and_unrevealed_notes_are_left_out(exports, fmt):
    text = text_of(fmt, exports[fmt])
    assert HIDDEN not in text and PRIVATE not in text
    assert HIDDEN.encode() not in exports[fmt] or fmt in ("pdf", "docx")  # compressed formats: the text check counts


def test_a_private_note_appears_once_its_phase_is_revealed(verslag):
    verslag.phases.filter(key="verbeelden").update(revealed=True)
    assert PRIVATE in text_of("json", report.room_export(verslag, "json"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_actions_and_the_facilitators_words_are_there(exports, fmt):
    text = squeeze(text_of(fmt, exports[fmt]))
    actions = ["Buurtkamer openen op woensdag", "Anna en Bram", "Eén loket uitproberen"]
    words = ["De buurtkamer kwam vaak terug.", "Zie de mens achter het dossier"]
    expected = {
        "csv": actions + ["2026-12-01"],  # spreadsheets: notes and actions, a date Excel reads as a date
        "xlsx": actions + ["2026-12-01"],
        "json": actions + words + ["2026-12-01"],
    }.get(fmt, actions + words + ["1 december 2026"])  # documents: the date as people write it
    for item in expected:
        assert squeeze(item) in text, (fmt, item)
    if fmt in ("html", "pdf", "docx", "md"):
        assert "2026-12-01" not in text


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_the_verslag_opens_with_what_came_out(exports, fmt):
    """Summary, actions and the top ideas come first, then how the group worked, then the phases."""
    text = squeeze(text_of(fmt, exports[fmt]))
    order = [text.index(squeeze(s)) for s in ("Samenvatting", "Buurtkamer openen op woensdag", "Ideeën met de meeste stemmen",
                                              "Zo werkten we", TRICKY, "Losse gedachte zonder thema")]
    assert order == sorted(order), fmt


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_themes_are_ranked_by_votes_and_their_notes_too(exports, fmt):
    text = text_of(fmt, exports[fmt])
    vormgeven = text[text.rindex("Vormgeven"):]  # the phase itself (it is named before, in the summary)
    order = [vormgeven.index(s) for s in ("Tijd", "Langer de tijd", "Rust in het traject", "Geld", "Eén loket voor alle", "Vaste contactpersoon")]
    assert order == sorted(order), fmt


def test_the_json_structure_ranks_themes_and_counts_votes(exports):
    data = json.loads(exports["json"])
    assert data["schema"] == "vierluik.verslag/1"
    vormgeven = next(p for p in data["phases"] if p["key"] == "vormgeven")
    assert [(t["title"], t["votes"]) for t in vormgeven["themes"]] == [("Tijd", 6), ("Geld", 1)]
    assert [n["votes"] for n in vormgeven["themes"][0]["notes"]] == [4, 2]
    assert [n["text"] for n in vormgeven["loose_notes"]] == ["Losse gedachte zonder thema"]
    assert vormgeven["vote_results"][0] == {"kind": "note", "text": "Langer de tijd voor gesprekken", "votes": 4, "rank": 1,
                                            "phase": "Vormgeven"}
    assert vormgeven["voted"] and not data["phases"][0]["voted"]
    assert data["date"] == timezone.localdate().isoformat()  # the day the notes were written
    assert data["actions"][0] == {"what": "Buurtkamer openen op woensdag", "who": "Anna en Bram", "when": "2026-12-01",
                                  "highlighted": False, "room": "Armoede"}
    assert data["tags"] == [{"key": "zekerheid", "label": "sociaal-economische zekerheid", "count": 1},
                            {"key": "inclusie", "label": "sociale inclusie", "count": 1}]
    assert {p["key"]: (p["count"], p["names"]) for p in data["perspectives"]} == {
        "ervaringsdeskundige": (1, []), "beleid": (1, [])}
    assert (data["names_shown"], data["names"]) == (False, [])  # names only when switched on (Room.report_names)
    verkennen = data["phases"][0]
    assert RTL in verkennen["highlights"]
    assert data["quotes"] == ["Geld is niet alles, maar zonder geld is alles niets.", "‘Zie de mens achter het dossier.’"]


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md", "json"])
def test_names_are_off_by_default(exports, fmt):
    assert Room.objects.get(pk=exports.room.pk).report_names is False
    text = squeeze(text_of(fmt, exports[fmt])).replace("AnnaenBram", "")  # the action's "wie" is not a list of names
    assert "Anna" not in text and "Bram" not in text, fmt


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_no_vote_counts_where_no_vote_was_held(verslag, fmt):
    parels = Theme.objects.create(room=verslag, phase="verkennen", title="Parels", position=0)
    Note.objects.filter(room=verslag, text=LONG_WORD).update(theme=parels)
    text = squeeze(text_of(fmt, report.room_export(verslag, fmt)))
    assert "Parels" in text and "Parels(0stemmen)" not in text and "0stem" not in text, fmt
    assert "Tijd(6stemmen)" in text, fmt  # vormgeven had a vote


def test_names_switched_on_are_one_list_apart_from_the_perspectives(verslag):
    from tests.helpers import join_as

    join_as(verslag, "", "beleid")
    Room.objects.filter(pk=verslag.pk).update(report_names=True)
    room = Room.objects.get(pk=verslag.pk)
    data = json.loads(report.room_export(room, "json"))
    beleid = next(p for p in data["perspectives"] if p["key"] == "beleid")
    assert (beleid["count"], beleid["names"]) == (2, [])  # counts only, never a name beside a perspective
    assert data["names"] == ["Anna", "Bram"]  # only people who gave a name
    page = report.room_export(room, "html").decode()
    assert "<strong>Namen:</strong> <span dir=\"auto\">Anna, Bram</span>" in page


def test_voices_of_ervaringsdeskundigen_are_marked(exports):
    data = json.loads(exports["json"])
    tricky = next(n for p in data["phases"] for n in p["loose_notes"] if n["text"] == TRICKY)
    assert tricky["ervaringsdeskundige"] and tricky["perspective_label"] == "ervaringsdeskundige"
    assert re.search(rb'class="report-note is-ervaring[^"]*" dir="auto">Ge\xc3\xabn', exports["html"])
    paragraph = next(p for p in docx_document(exports["docx"]).paragraphs if p.text.startswith("Geën"))
    assert any(run.bold and "ervaringsdeskundige" in run.text for run in paragraph.runs)
    assert "**ervaringsdeskundige**" in exports["md"].decode()


def test_html_escapes_markup_and_markdown_escapes_it(exports):
    assert b"<script>alert" not in exports["html"]
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; **vet**" in exports["html"]
    assert r"\<script\>alert\(1\)\</script\> \*\*vet\*\*" in exports["md"].decode()


def test_csv_has_a_row_per_shown_note_and_per_action_and_no_formulas(exports):
    header, *rows = csv_rows(exports["csv"])
    assert header == ["Deelsessie", "Soort", "Fase", "Thema", "Tekst", "Perspectief", "Stemmen", "Sociale kwaliteit",
                      "Uitgelicht", "Wie", "Wanneer"]
    notes = [row for row in rows if row[1] == "briefje"]
    assert len(notes) == Note.objects.filter(room__title="Armoede", hidden=False, private=False).count()
    by_text = {row[4]: row for row in notes}
    assert "'" + FORMULA in by_text
    # no vote was held in verkennen: no count there (not 0)
    assert by_text[TRICKY][5:8] == ["ervaringsdeskundige", "", "sociaal-economische zekerheid, sociale inclusie"]
    assert by_text["Langer de tijd voor gesprekken"][2:7] == ["Vormgeven", "Tijd", "Langer de tijd voor gesprekken", "beleid", "4"]
    assert by_text["Losse gedachte zonder thema"][6] == "0"
    assert by_text[RTL][8] == "ja" and by_text[TRICKY][8] == ""
    actions = [row for row in rows if row[1] == "actie"]
    assert [(row[4], row[9], row[10]) for row in actions] == [
        ("Buurtkamer openen op woensdag", "Anna en Bram", "2026-12-01"), ("Eén loket uitproberen", "Gemeente", "")]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_has_sheets_for_notes_themes_votes_and_actions(exports):
    sheets = xlsx_sheets(exports["xlsx"])
    assert list(sheets) == ["Briefjes", "Thema's", "Stemmen", "Acties"]
    notes = {row[3]: row for row in sheets["Briefjes"][1:]}
    assert sheets["Briefjes"][0][:6] == ["Deelsessie", "Fase", "Thema", "Tekst", "Perspectief", "Stemmen"]
    assert FORMULA in notes  # the exact text, stored as text: Excel shows it and never runs it
    assert notes["Langer de tijd voor gesprekken"][1:6] == ["Vormgeven", "Tijd", "Langer de tijd voor gesprekken", "beleid", 4]
    assert notes[TRICKY][5] is None  # no vote in verkennen
    assert [row[2:5] for row in sheets["Thema's"][1:]] == [["Tijd", 2, 6], ["Geld", 2, 1]]
    assert sheets["Stemmen"][1] == ["Armoede", "Vormgeven", 1, "briefje", "Langer de tijd voor gesprekken", 4]
    assert sheets["Acties"][1][:4] == ["Armoede", "Buurtkamer openen op woensdag", "Anna en Bram", datetime.datetime(2026, 12, 1)]
    from openpyxl import load_workbook
    import io

    book = load_workbook(io.BytesIO(exports["xlsx"]))
    cell = next(c for row in book["Briefjes"].iter_rows() for c in row if c.value == FORMULA)
    assert cell.data_type == "s"


def test_ties_share_a_rank(verslag):
    loket = Note.objects.get(text="Eén loket voor alle regelingen")
    participant = loket.participant
    for _ in range(3):  # now 4 dots, as many as "Langer de tijd voor gesprekken"
        Vote.objects.create(room=verslag, participant=participant, note=loket)
    data = json.loads(report.room_export(verslag, "json"))
    vormgeven = next(p for p in data["phases"] if p["key"] == "vormgeven")
    assert [(r["rank"], r["votes"]) for r in vormgeven["vote_results"]] == [(1, 4), (1, 4), (3, 2)]
    text = text_of("html", report.room_export(verslag, "html"))
    assert text.count("1. ") >= 2 and "2. " not in text


@pytest.mark.parametrize("cell", ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell):
    assert neutralise(cell) == "'" + cell
    assert neutralise("gewoon") == "gewoon"


def test_word_gets_real_headings_lists_and_tables(exports):
    doc = docx_document(exports["docx"])
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Heading 1", "Vormgeven") in headings and ("Heading 2", "Tijd (6 stemmen)") in headings
    assert any(p.style.name == "List Bullet" and p.text.startswith("Rust in het traject") for p in doc.paragraphs)
    actions = next(t for t in doc.tables if t.rows[0].cells[0].text == "Wat")
    assert [c.text for c in actions.rows[1].cells] == ["Buurtkamer openen op woensdag", "Anna en Bram", "1 december 2026"]


def test_word_has_a_header_page_numbers_and_names_the_organiser(exports):
    doc = docx_document(exports["docx"])
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == "Armoede"  # no event: the room alone
    footer = section.footer.paragraphs[0]._p.xml
    assert "pagina " in footer and " PAGE " in footer and " NUMPAGES " in footer and " van " in footer
    props = doc.core_properties
    assert props.author == "Fatima" and props.last_modified_by == "Fatima"  # no event: its facilitator
    assert props.title == "Verslag: Armoede"
    assert "python-docx" not in f"{props.author}{props.last_modified_by}{props.comments}{props.keywords}"


def test_html_is_a_printable_page(exports):
    page = exports["html"].decode()
    assert page.startswith("<!doctype html>") and '<html lang="nl">' in page
    assert "@media print" in page and "size: A4" in page and "break-before: page" in page
    assert '<nav class="report-controls"' not in page  # a downloaded file has no buttons


def test_an_empty_room_gives_a_friendly_verslag_in_every_format(sociale_basis):
    for fmt in FORMATS:
        data = report.room_export(sociale_basis, fmt)
        text = text_of(fmt, data)
        if fmt == "csv":
            assert len(csv_rows(data)) == 1  # just the header
        elif fmt == "xlsx":
            assert all(len(rows) == 1 for rows in xlsx_sheets(data).values())
        elif fmt == "json":
            assert json.loads(data)["phases"][0]["note_count"] == 0
        else:
            assert squeeze("Er is in deze deelsessie (nog) niets opgeschreven") in squeeze(text), fmt
            assert squeeze("Er zijn geen acties afgesproken") in squeeze(text), fmt


def test_the_language_follows_the_request(verslag):
    english = report.room_export(verslag, "html", language="en").decode()
    assert '<html lang="en">' in english


def test_a_big_verslag_is_printed_in_parts_at_once_and_joined_in_order(verslag, monkeypatch):
    from sessions_app.report import pdf

    monkeypatch.setattr(pdf, "PARALLEL_FROM", 0)
    html = report.room_export(verslag, "html").decode()
    parts = pdf.split(html, 4)
    assert len(parts) > 1 and all(part.startswith("<!doctype html>") and "@media print" in part for part in parts)
    data = report.room_export(verslag, "pdf")
    text = squeeze(text_of("pdf", data))
    order = [text.index(squeeze(s)) for s in ("Samenvatting", "Buurtkamer openen", "Zo werkten we", TRICKY, "Losse gedachte")]
    assert order == sorted(order)
    pages = pdf_pages(data)  # numbered over the joined parts, not from 1 in each part
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"pagina{number}van{len(pages)}" in squeeze(page)
