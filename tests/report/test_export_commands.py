"""`export_room <CODE>` and `export_event <slug>` write all six formats; json stays the public
contract and carries the verslag (or krant) under its own key."""

import json

import pytest
from django.core.management import call_command

from sessions_app import report

from .conftest import TRICKY
from .readers import squeeze, text_of


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_export_room_writes_every_format(verslag, tmp_path, fmt):
    out = tmp_path / f"armoede.{fmt}"
    call_command("export_room", verslag.code.lower(), "--format", fmt, "-o", str(out))
    text = text_of(fmt, out.read_bytes())
    assert squeeze(TRICKY) in squeeze(text)


def test_export_room_json_keeps_the_contract_and_adds_the_verslag(verslag, tmp_path):
    out = tmp_path / "armoede.json"
    call_command("export_room", verslag.code, "--format", "json", "-o", str(out))
    data = json.loads(out.read_text())
    assert {"code", "title", "phase", "writing_open", "phases"} <= set(data)
    assert data["code"] == verslag.code and data["verslag"]["schema"] == "vierluik.verslag/1"


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_export_event_writes_every_format(event_with_rooms, tmp_path, fmt):
    out = tmp_path / f"krant.{fmt}"
    call_command("export_event", "bestaanszeker", "--format", fmt, "-o", str(out))
    assert squeeze("Langer de tijd voor gesprekken") in squeeze(text_of(fmt, out.read_bytes()))


def test_export_event_json_is_the_event_contract_plus_the_krant(event_with_rooms, tmp_path):
    out = tmp_path / "krant.json"
    call_command("export_event", "bestaanszeker", "-o", str(out))
    data = json.loads(out.read_text())
    assert (data["slug"], data["title"], data["date"]) == ("bestaanszeker", "Bestaanszeker Nederland", "2026-11-20")
    assert [[room["title"] for room in rd["rooms"]] for rd in data["rounds"]] == [["Armoede"], ["Sociale basis"]]
    assert data["krant"]["schema"] == "vierluik.krant/1"
