"""The verslag of one room, in all six formats, read back with a parser: what came out of the
session is there, intact, and nothing that was hidden or never shared."""

import json
import re

import pytest
from django.utils import translation

from sessions_app import report
from sessions_app.models import Note, Room
from sessions_app.report.csv import neutralise

from .conftest import FORMULA, HIDDEN, LONG_WORD, PRIVATE, RTL, TRICKY
from .readers import csv_rows, docx_document, squeeze, text_of

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
    if fmt == "csv":  # one row per note, nothing else
        return
    for expected in ("Buurtkamer openen op woensdag", "Anna en Bram", "2026-12-01", "Eén loket uitproberen",
                     "De buurtkamer kwam vaak terug.", "Zie de mens achter het dossier"):
        assert squeeze(expected) in text, (fmt, expected)


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_themes_are_ranked_by_votes_and_their_notes_too(exports, fmt):
    text = text_of(fmt, exports[fmt])
    vormgeven = text[text.index("Vormgeven"):]
    order = [vormgeven.index(s) for s in ("Tijd", "Langer de tijd", "Rust in het traject", "Geld", "Eén loket voor alle", "Vaste contactpersoon")]
    assert order == sorted(order), fmt


def test_the_json_structure_ranks_themes_and_counts_votes(exports):
    data = json.loads(exports["json"])
    assert data["schema"] == "vierluik.verslag/1"
    vormgeven = next(p for p in data["phases"] if p["key"] == "vormgeven")
    assert [(t["title"], t["votes"]) for t in vormgeven["themes"]] == [("Tijd", 6), ("Geld", 1)]
    assert [n["votes"] for n in vormgeven["themes"][0]["notes"]] == [4, 2]
    assert [n["text"] for n in vormgeven["loose_notes"]] == ["Losse gedachte zonder thema"]
    assert vormgeven["vote_results"][0] == {"kind": "note", "text": "Langer de tijd voor gesprekken", "votes": 4}
    assert data["actions"][0] == {"what": "Buurtkamer openen op woensdag", "who": "Anna en Bram", "when": "2026-12-01",
                                  "highlighted": False, "room": "Armoede"}
    assert data["tags"] == [{"key": "zekerheid", "label": "sociaal-economische zekerheid", "count": 1},
                            {"key": "inclusie", "label": "sociale inclusie", "count": 1}]
    assert {p["key"]: (p["count"], p["names"]) for p in data["perspectives"]} == {
        "ervaringsdeskundige": (1, []), "beleid": (1, [])}  # names only when switched on (Room.report_names)
    verkennen = data["phases"][0]
    assert RTL in verkennen["highlights"]
    assert data["quotes"] == ["Geld is niet alles, maar zonder geld is alles niets.", "‘Zie de mens achter het dossier.’"]


def test_names_appear_only_for_people_who_gave_one(verslag):
    from tests.helpers import join_as

    join_as(verslag, "", "beleid")
    Room.objects.filter(pk=verslag.pk).update(report_names=True)
    data = json.loads(report.room_export(Room.objects.get(pk=verslag.pk), "json"))
    beleid = next(p for p in data["perspectives"] if p["key"] == "beleid")
    assert (beleid["count"], beleid["names"]) == (2, ["Bram"])


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


def test_csv_has_one_row_per_shown_note_and_no_formulas(exports):
    header, *rows = csv_rows(exports["csv"])
    assert header == ["Deelsessie", "Fase", "Thema", "Tekst", "Perspectief", "Stemmen", "Sociale kwaliteit", "Status", "Soort"]
    assert len(rows) == Note.objects.filter(room__title="Armoede", hidden=False, private=False).count()
    by_text = {row[3]: row for row in rows}
    assert "'" + FORMULA in by_text
    assert by_text[TRICKY][4:7] == ["ervaringsdeskundige", "0", "sociaal-economische zekerheid, sociale inclusie"]
    assert by_text["Langer de tijd voor gesprekken"][1:6] == ["Vormgeven", "Tijd", "Langer de tijd voor gesprekken", "beleid", "4"]
    assert by_text[RTL][7] == "uitgelicht"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


@pytest.mark.parametrize("cell", ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell):
    assert neutralise(cell) == "'" + cell
    assert neutralise("gewoon") == "gewoon"


def test_word_gets_real_headings_lists_and_tables(exports):
    doc = docx_document(exports["docx"])
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Heading 1", "Vormgeven") in headings and ("Heading 2", "Tijd (6 stemmen)") in headings
    assert any(p.style.name == "List Bullet" and p.text.startswith("Rust in het traject") for p in doc.paragraphs)
    actions = doc.tables[-1]
    assert [c.text for c in actions.rows[1].cells] == ["Buurtkamer openen op woensdag", "Anna en Bram", "2026-12-01"]


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
    text = squeeze(text_of("pdf", report.room_export(verslag, "pdf")))
    order = [text.index(squeeze(s)) for s in ("Samenvatting", "Verkennen", TRICKY, "Vormgeven", "Langer de tijd", "Buurtkamer openen")]
    assert order == sorted(order)
