"""Fills locale/en/LC_MESSAGES/django.po from locale/tools/en.py (msgid -> English).

Run after `manage.py makemessages -l en`: it reports the msgids that still lack a translation."""

import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "en" / "LC_MESSAGES" / "django.po"


def main() -> int:
    table = runpy.run_path(str(ROOT / "tools" / "en.py"))["T"]
    po = polib.pofile(str(PO))
    missing = []
    for entry in po:
        key = (entry.msgctxt, entry.msgid) if entry.msgctxt else entry.msgid
        english = table.get(key)
        if english is None:
            missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            singular, plural = english if isinstance(english, tuple) else (english, english)
            entry.msgstr_plural = {0: singular, 1: plural}
        else:
            entry.msgstr = english
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.metadata["Language"] = "en"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.save()
    for msgid in missing:
        print("untranslated:", repr(msgid))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
