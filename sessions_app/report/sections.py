"""The order of a room's verslag, the same in every format: first what came out, then how the
group worked, then the phases. A new section is a name here plus one template
(templates/report/sections/<name>.html) and one function per format (docx_sections.py,
markdown.py: `section_<name>`)."""

# "core" (the positive core) opens the verslag; "propositions" (droomzinnen) are an outcome (issue 15).
ROOM_SECTIONS = ("core", "summary", "actions", "propositions", "top_ideas", "quotes", "how", "phases", "tags")


def templates() -> list[str]:
    return [f"report/sections/{name}.html" for name in ROOM_SECTIONS]
