"""The verslag as Markdown (CommonMark). User text is escaped, so `**`, `<script>` or `# ` in a
note stay literal text and never become markup."""

import re

from .. import text as typed
from .builder import EventReport, RoomReport
from .labels import labels, people_table

SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#!|~&])")
LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")  # list items, setext underlines, ordered lists


def escape(text: str, indent: str = "") -> str:
    """Backslash-escapes every character Markdown could read as markup; line breaks become hard
    breaks, indented so they stay inside a list item."""
    # Cleaned again here: text stored before sessions_app/text.py existed may hold an ESC.
    lines = [LINE_START.sub(_escape_start, SPECIAL.sub(r"\\\1", line)) for line in typed.clean(text, multiline=True).split("\n")]
    return ("\\\n" + indent).join(lines)


def _escape_start(match) -> str:
    marker = match.group(2)
    return match.group(1) + (marker + "\\" if marker[0].isdigit() else "\\" + marker)


def _votes(n: int) -> str:
    from django.utils.translation import ngettext

    return ngettext("%(n)s stem", "%(n)s stemmen", n) % {"n": n}


def _note_line(note, words) -> str:
    meta = [escape(note.kind_label)] if note.kind_label else []
    if note.ervaringsdeskundige:
        meta.append(f"**{escape(note.perspective_label)}**")
    elif note.perspective_label:
        meta.append(escape(note.perspective_label))
    if note.votes:
        meta.append(_votes(note.votes))
    if note.tag_labels:
        meta.append(escape(", ".join(note.tag_labels)))
    tail = f" _({' · '.join(meta)})_" if meta else ""
    return f"- {escape(note.text, '  ')}{tail}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(escape(cell) for cell in header) + " |", "|" + " --- |" * len(header)]
    out += ["| " + " | ".join(escape(str(cell)).replace("\\\n", " ") for cell in row) + " |" for row in rows]
    return out + [""]


def room_lines(r: RoomReport, level: int = 1) -> list[str]:
    w = labels()
    h1, h2, h3 = "#" * level, "#" * (level + 1), "#" * (level + 2)
    out = [f"{h1} {w['verslag']}: {escape(r.title)}", ""]
    if r.subtitle:
        out += [f"_{escape(r.subtitle)}_", ""]
    facts = [(w["event"], r.event), (w["round"], r.round), (w["date"], r.date), (w["facilitator"], r.facilitator),
             (w["participants"], str(r.participant_count))]
    out += [f"- **{label}:** {escape(value)}" for label, value in facts if value] + [""]
    if r.is_empty:
        out += [escape(w["empty"]), ""]
    if r.summary:
        out += [f"{h2} {w['summary']}", ""] + [escape(p) + "\n" for p in r.summary.splitlines() if p.strip()]
    if r.quotes:
        out += [f"{h2} {w['quotes']}", ""] + [f"> {escape(q)}\n" for q in r.quotes]
    if r.perspectives:
        out += [f"{h2} {w['participants']}", ""]
        out += _table(*people_table(r, w))
    for phase in r.phases:
        out += [f"{h2} {escape(phase.title)}", ""]
        if phase.prompt:
            out += [f"**{w['prompt']}:** {escape(phase.prompt)}", ""]
        if not phase.note_count:
            out += [f"_{escape(w['no_notes'])}_", ""]
        if phase.highlights:
            out += [f"{h3} {w['highlights']}", ""] + [f"- {escape(text, '  ')}" for text in phase.highlights] + [""]
        for theme in phase.themes:
            out += [f"{h3} {escape(theme.title)} ({_votes(theme.votes)})", ""]
            out += [_note_line(note, w) for note in theme.notes] + [""]
        if phase.loose_notes:
            if phase.themes:
                out += [f"{h3} {w['loose_notes']}", ""]
            out += [_note_line(note, w) for note in phase.loose_notes] + [""]
        if phase.vote_results:
            out += [f"{h3} {w['vote_results']}", ""]
            out += [f"{i}. {escape(res.text, '   ')} ({_votes(res.votes)})" for i, res in enumerate(phase.vote_results, 1)] + [""]
    if r.lens_used:
        out += [f"{h2} {w['tags']}", ""]
        out += _table([w["tag"], w["notes"]], [[t.label, t.count] for t in r.tags]) if r.tags else ["-", ""]
    out += [f"{h2} {w['actions']}", ""]
    if r.actions:
        out += _table([w["what"], w["who"], w["when"]], [[a.what, a.who, a.when] for a in r.actions])
    else:
        out += [escape(w["no_actions"]), ""]
    return out


def render_room(report: RoomReport) -> bytes:
    return "\n".join(room_lines(report)).encode("utf-8")


def render_event(e: EventReport) -> bytes:
    w = labels()
    out = [f"# {w['krant']}: {escape(e.title)}", ""]
    if e.subtitle:
        out += [f"_{escape(e.subtitle)}_", ""]
    out += [f"- **{label}:** {escape(value)}" for label, value in ((w["date"], e.date), (w["location"], e.location)) if value] + [""]
    if e.programme or e.rounds:
        out += [f"## {w['programme']}", ""] + [escape(line) + "\n" for line in e.programme.splitlines() if line.strip()]
        out += [f"- {escape(rd.title or '—')}: {escape(', '.join(rd.rooms))}" for rd in e.rounds] + [""]
    out += [f"## {w['overview']}", ""]
    if not e.rooms:
        out += [escape(w["empty_event"]), ""]
    else:
        out += _table([w["room"], w["round"], w["participants"], w["notes"], w["top_themes"]],
                      [[o.title, o.round, o.participant_count, o.note_count, "; ".join(o.top_themes)] for o in e.overview])
    if e.perspectives:
        out += _table([w["perspective"], w["count"]], [[p.label, p.count] for p in e.perspectives])
    out += [f"### {w['actions']}", ""]
    out += _table([w["what"], w["who"], w["when"], w["room"]], [[a.what, a.who, a.when, a.room] for a in e.actions]) if e.actions else [escape(w["no_actions"]), ""]
    for room in e.rooms:
        out += room_lines(room, level=2)
    return "\n".join(out).encode("utf-8")
