"""The verslag as Markdown (CommonMark). User text is escaped, so `**`, `<script>` or `# ` in a
note stay literal text and never become markup."""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import text as typed
from . import sections
from .builder import EventReport, RoomReport
from .core_sections import md_core as section_core, md_propositions as section_propositions  # noqa: F401
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


def _ranked(items, show_phase: bool) -> list[str]:
    """Ranks written out as text ("2\\."), so items with as many votes keep the same number."""
    out = []
    for item in items:
        meta = ([_("thema")] if item.kind == "theme" else []) + ([item.phase] if show_phase else []) + [_votes(item.votes)]
        out.append(f"{item.rank}\\. {escape(item.text)} _({escape(', '.join(meta))})_  ")
    return out + [""]


def section_summary(r, h2, h3, w) -> list[str]:
    if r.summary:
        return [f"{h2} {w['summary']}", ""] + [escape(p) + "\n" for p in r.summary.splitlines() if p.strip()]
    if r.composed_summary:
        made = _("Deze samenvatting is gemaakt uit de thema's en briefjes met de meeste stemmen.")
        return [f"{h2} {w['summary']}", "", escape(r.composed_summary), "", f"_{escape(made)}_", ""]
    return []


def section_actions(r, h2, h3, w) -> list[str]:
    out = [f"{h2} {w['actions']}", ""]
    if r.actions:
        return out + _table([w["what"], w["who"], w["when"]], [[a.what, a.who, a.when_label] for a in r.actions])
    return out + [escape(w["no_actions"]), ""]


def section_top_ideas(r, h2, h3, w) -> list[str]:
    return [f"{h2} {_('Ideeën met de meeste stemmen')}", ""] + _ranked(r.top_ideas, True) if r.top_ideas else []


def section_quotes(r, h2, h3, w) -> list[str]:
    return [f"{h2} {w['quotes']}", ""] + [f"> {escape(q)}\n" for q in r.quotes] if r.quotes else []


def section_how(r, h2, h3, w) -> list[str]:
    if r.is_empty:
        return []
    out = [f"{h2} {_('Zo werkten we')}", ""]
    if r.method:
        out += [escape(_("We werkten volgens de methode %(method)s.") % {"method": r.method}), ""]
    for phase in r.filled_phases:
        meta = ngettext("%(n)s briefje", "%(n)s briefjes", phase.note_count) % {"n": phase.note_count}
        if phase.voted:
            meta += ", " + _("met een stemming")
        out.append(f"- **{escape(phase.title)}:** {escape(phase.about)} _({escape(meta)})_")
    out.append("")
    if r.perspectives:
        out += [f"**{escape(_('Wie deden er mee'))}**", ""] + _table(*people_table(r, w))
    if r.names_shown and r.names:
        out += [f"**{w['names']}:** {escape(', '.join(r.names))}", ""]
    return out


def section_phases(r, h2, h3, w) -> list[str]:
    out = []
    for phase in r.filled_phases:
        out += [f"{h2} {escape(phase.title)}", ""]
        if phase.prompt:
            out += [f"**{w['prompt']}:** {escape(phase.prompt)}", ""]
        if phase.highlights:
            out += [f"{h3} {w['highlights']}", ""] + [f"- {escape(text, '  ')}" for text in phase.highlights] + [""]
        for theme in phase.themes:
            votes = f" ({_votes(theme.votes)})" if phase.voted and theme.votes else ""
            out += [f"{h3} {escape(theme.title)}{votes}", ""]
            out += [_note_line(note, w) for note in theme.notes] + [""]
        if phase.loose_notes:
            if phase.themes:
                out += [f"{h3} {w['loose_notes']}", ""]
            out += [_note_line(note, w) for note in phase.loose_notes] + [""]
        if phase.vote_results:
            out += [f"{h3} {w['vote_results']}", ""] + _ranked(phase.vote_results, False)
    return out


def section_tags(r, h2, h3, w) -> list[str]:
    if not r.lens_used:
        return []
    out = [f"{h2} {w['tags']}", ""]
    return out + (_table([w["tag"], w["notes"]], [[t.label, t.count] for t in r.tags]) if r.tags else ["-", ""])


def room_lines(r: RoomReport, level: int = 1) -> list[str]:
    w = labels()
    h1, h2, h3 = "#" * level, "#" * (level + 1), "#" * (level + 2)
    out = [f"{h1} {w['verslag']}: {escape(r.title)}", ""]
    if r.subtitle:
        out += [f"_{escape(r.subtitle)}_", ""]
    facts = [(w["event"], r.event), (w["round"], r.round), (w["date"], r.date_label), (w["facilitator"], r.facilitator),
             (w["participants"], str(r.participant_count))]
    out += [f"- **{label}:** {escape(value)}" for label, value in facts if value] + [""]
    if r.is_empty:
        out += [escape(w["empty"]), ""]
    for name in sections.ROOM_SECTIONS:
        out += globals()[f"section_{name}"](r, h2, h3, w)
    return out


def render_room(report: RoomReport) -> bytes:
    return "\n".join(room_lines(report)).encode("utf-8")


def render_event(e: EventReport) -> bytes:
    w = labels()
    out = [f"# {w['krant']}: {escape(e.title)}", ""]
    if e.subtitle:
        out += [f"_{escape(e.subtitle)}_", ""]
    out += [f"- **{label}:** {escape(value)}" for label, value in ((w["date"], e.date_label), (w["location"], e.location)) if value] + [""]
    if not e.rooms:
        out += [escape(w["empty_event"]), ""]
    else:
        out += [f"## {w['rooms']}", ""]
        if len(e.rounds) > 1:
            out += [f"- {escape(rd.title or _('Zonder ronde'))}: {escape(', '.join(rd.rooms))}" for rd in e.rounds] + [""]
        else:
            out += [f"- {escape(o.title)}" for o in e.overview] + [""]
    if e.programme:
        out += [f"## {w['programme']}", ""] + [escape(line) + "\n" for line in e.programme.splitlines() if line.strip()]
    if e.rooms:
        out += [f"## {_('Inhoud')}", ""]
        out += _table([w["room"], w["round"], w["participants"], w["notes"], w["top_themes"]],
                      [[o.title, o.round, o.participant_count, o.note_count or "–", "; ".join(o.top_themes)] for o in e.overview])
        if e.perspectives:
            out += [f"### {_('Wie deden er mee')}", ""] + _table([w["perspective"], w["count"]], [[p.label, p.count] for p in e.perspectives])
        if e.actions:
            out += [f"### {_('Alle acties')}", ""]
            out += _table([w["what"], w["who"], w["when"], w["room"]], [[a.what, a.who, a.when_label, a.room] for a in e.actions])
    for room in e.filled_rooms:
        out += room_lines(room, level=2)
    return "\n".join(out).encode("utf-8")
