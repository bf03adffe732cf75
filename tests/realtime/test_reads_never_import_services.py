"""Reading never calls into writing: no module of sessions_app/reads imports sessions_app.services
(the services import the pure rules they share from reads)."""

import ast
from pathlib import Path

READS = Path(__file__).resolve().parents[2] / "sessions_app" / "reads"


def imported_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            found += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return found


def test_reads_import_no_services():
    offending = [
        f"{path.name}: {name}"
        for path in READS.rglob("*.py")
        for name in imported_modules(path)
        if "services" in name.split(".")
    ]
    assert list(READS.glob("*.py")), "sessions_app/reads is where reading lives"
    assert offending == []
