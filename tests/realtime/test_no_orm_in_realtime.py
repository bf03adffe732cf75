"""realtime/ moves bytes; what it reads comes from sessions_app.reads. A model
manager call in realtime/ is a read in the wrong place."""

import re
from pathlib import Path

REALTIME = Path(__file__).resolve().parents[2] / "realtime"


def test_realtime_makes_no_orm_calls():
    calls = [
        f"{path.relative_to(REALTIME.parent)}:{number}"
        for path in REALTIME.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"\b[A-Z]\w*\.objects\b|\.select_related\(|\.filter\(", line)
    ]
    assert calls == []
