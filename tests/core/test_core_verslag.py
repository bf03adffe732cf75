"""The positive core opens the verslag, and the droomzinnen are in it with their endorsements,
in every format (issue 15)."""

import json

import pytest
from django.utils import translation

from sessions_app import report
from sessions_app.report import FORMATS
from tests.core.test_core_export import worked_room  # noqa: F401  (the fixture)
from tests.report.readers import squeeze, text_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_has_the_core_and_the_droomzinnen_with_endorsements(worked_room, fmt):  # noqa: F811
    with translation.override("nl"):
        data = report.room_export(worked_room["room"], fmt)

    text = squeeze(text_of(fmt, data))
    has = lambda words: squeeze(words) in text  # noqa: E731  (PDF text wraps anywhere)
    assert has("De buurtkamer werkt") and has("Samen doen")
    assert has("Wij kennen elkaar bij naam") and has("Wij eten samen")
    if fmt in ("html", "pdf", "docx", "md"):
        assert has("Onze kracht") and has("Droomzinnen")
        assert text.index("Onzekracht") < text.index("Droomzinnen")  # the core opens the verslag
        assert has("1 persoon wil dit ook") and has("0 mensen willen dit ook")
        assert has("Groeit uit:")
    if fmt in ("csv", "xlsx"):
        assert has("Droomzin") and has("Wij kennen elkaar bij naam")
    if fmt == "json":
        verslag = json.loads(data)
        assert [item["text"] for item in verslag["positive_core"]] == ["Samen doen", "De buurtkamer werkt"]
        assert [(p["text"], p["endorsements"]) for p in verslag["propositions"]] == [
            ("Wij kennen elkaar bij naam", 1), ("Wij eten samen", 0),
        ]


def test_the_core_comes_before_anything_else_in_the_verslag(worked_room):  # noqa: F811
    from sessions_app.report import sections

    assert sections.ROOM_SECTIONS[0] == "core"
    with translation.override("nl"):
        page = report.room_export(worked_room["room"], "html").decode()
    body = page.split('class="report-head"', 1)[1]
    assert body.index("Onze kracht") < body.index("Acties")


def test_the_english_verslag_speaks_english(worked_room):  # noqa: F811
    with translation.override("en"):
        page = report.room_export(worked_room["room"], "md", language="en").decode()
    assert "Our strength" in page and "Dream sentences" in page and "1 person wants this too" in page


def test_the_spreadsheet_has_a_sheet_for_each_only_when_there_is_something(worked_room, armoede):  # noqa: F811
    from tests.report.readers import xlsx_sheets

    with translation.override("nl"):
        sheets = xlsx_sheets(report.room_export(worked_room["room"], "xlsx"))
    assert sheets["Onze kracht"][1:] == [["Armoede", "thema", "Samen doen"], ["Armoede", "briefje", "De buurtkamer werkt"]]
    assert sheets["Droomzinnen"][1][1:3] == ["Wij kennen elkaar bij naam", 1]
    assert sheets["Droomzinnen"][1][3] == "De buurtkamer werkt"
