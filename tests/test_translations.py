"""English is a full translation, not a fallback: every Dutch string has its English."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

def test_every_string_in_the_catalogue_has_an_english_translation():
    catalogue = polib.pofile(str(ROOT / "locale/en/LC_MESSAGES/django.po"))
    untranslated = [entry.msgid for entry in catalogue if not entry.obsolete and not entry.translated()]
    assert untranslated == []

def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    """makemessages on a copy of the code finds no string the committed catalogue lacks."""
    for folder in ("facilitation", "sessions_app", "realtime", "templates", "locale"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "-v0"], cwd=tmp_path, check=True, capture_output=True
    )
    committed = {(e.msgctxt, e.msgid) for e in polib.pofile(str(ROOT / "locale/en/LC_MESSAGES/django.po"))}
    found = {(e.msgctxt, e.msgid) for e in polib.pofile(str(tmp_path / "locale/en/LC_MESSAGES/django.po"))}
    assert sorted(found - committed) == []

def test_an_english_browser_gets_the_page_in_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert b"Enter the code you see." in response.content
