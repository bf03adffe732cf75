"""The verslag as a Word document with real headings, lists and tables, to edit further."""

import io
import re

from docx import Document
from docx.shared import Pt, RGBColor

from .builder import EventReport, RoomReport
from .labels import labels, people_table

# Characters XML 1.0 cannot hold; Word would refuse the file.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ERVARING = RGBColor(0x6A, 0x3D, 0x9A)


def clean(text) -> str:
    return NOT_XML.sub("", "" if text is None else str(text))


def _votes(n: int) -> str:
    from django.utils.translation import ngettext

    return ngettext("%(n)s stem", "%(n)s stemmen", n) % {"n": n}


def _table(doc, header, rows):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(clean(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = clean(text)
    doc.add_paragraph()
    return table


def _styled(doc, text, style_id):
    """A paragraph in a built-in style, set by id: looking styles up by name is slow in
    python-docx (it scans every style each time), which made a 2,000-note krant take seconds."""
    paragraph = doc.add_paragraph(clean(text) if text else None)
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _note(doc, note):
    paragraph = _styled(doc, "", "ListBullet")
    paragraph.add_run(clean(note.text))
    meta = [note.kind_label] if note.kind_label else []
    if note.votes:
        meta.append(_votes(note.votes))
    if note.tag_labels:
        meta.append(", ".join(note.tag_labels))
    if note.ervaringsdeskundige:
        run = paragraph.add_run(f" ({note.perspective_label})")
        run.bold = True
        run.font.color.rgb = ERVARING
    elif note.perspective_label:
        paragraph.add_run(f" ({note.perspective_label})").italic = True
    if meta:
        paragraph.add_run(" · " + clean(" · ".join(meta))).italic = True


def add_room(doc, r: RoomReport, level: int = 0):
    w = labels()
    doc.add_heading(clean(f"{w['verslag']}: {r.title}"), level=level)
    if r.subtitle:
        doc.add_paragraph(clean(r.subtitle), style="Subtitle")
    for label, value in ((w["event"], r.event), (w["round"], r.round), (w["date"], r.date),
                         (w["facilitator"], r.facilitator), (w["participants"], str(r.participant_count))):
        if value:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(clean(value))
    if r.is_empty:
        doc.add_paragraph(w["empty"])
    if r.summary:
        doc.add_heading(w["summary"], level=level + 1)
        for para in r.summary.splitlines():
            if para.strip():
                doc.add_paragraph(clean(para))
    if r.quotes:
        doc.add_heading(w["quotes"], level=level + 1)
        for quote in r.quotes:
            doc.add_paragraph(clean(quote), style="Quote")
    if r.perspectives:
        doc.add_heading(w["participants"], level=level + 1)
        _table(doc, *people_table(r, w))
    for phase in r.phases:
        doc.add_heading(clean(phase.title), level=level + 1)
        if phase.prompt:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{w['prompt']}: ").bold = True
            paragraph.add_run(clean(phase.prompt))
        if not phase.note_count:
            doc.add_paragraph(w["no_notes"]).runs[0].italic = True
        if phase.highlights:
            doc.add_heading(w["highlights"], level=level + 2)
            for text in phase.highlights:
                _styled(doc, text, "ListBullet")
        for theme in phase.themes:
            doc.add_heading(clean(f"{theme.title} ({_votes(theme.votes)})"), level=level + 2)
            for note in theme.notes:
                _note(doc, note)
        if phase.loose_notes:
            if phase.themes:
                doc.add_heading(w["loose_notes"], level=level + 2)
            for note in phase.loose_notes:
                _note(doc, note)
        if phase.vote_results:
            doc.add_heading(w["vote_results"], level=level + 2)
            for result in phase.vote_results:
                _styled(doc, f"{result.text} ({_votes(result.votes)})", "ListNumber")
    if r.lens_used:
        doc.add_heading(w["tags"], level=level + 1)
        if r.tags:
            _table(doc, [w["tag"], w["notes"]], [[t.label, t.count] for t in r.tags])
    doc.add_heading(w["actions"], level=level + 1)
    if r.actions:
        _table(doc, [w["what"], w["who"], w["when"]], [[a.what, a.who, a.when] for a in r.actions])
    else:
        doc.add_paragraph(w["no_actions"])


def _document():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def _save(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def render_room(report: RoomReport) -> bytes:
    doc = _document()
    doc.core_properties.title = clean(report.title)
    add_room(doc, report)
    return _save(doc)


def render_event(e: EventReport) -> bytes:
    w = labels()
    doc = _document()
    doc.core_properties.title = clean(e.title)
    doc.add_heading(clean(f"{w['krant']}: {e.title}"), level=0)
    if e.subtitle:
        doc.add_paragraph(clean(e.subtitle), style="Subtitle")
    for label, value in ((w["date"], e.date), (w["location"], e.location)):
        if value:
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(clean(value))
    if e.programme or e.rounds:
        doc.add_heading(w["programme"], level=1)
        for line in e.programme.splitlines():
            if line.strip():
                doc.add_paragraph(clean(line))
        for rd in e.rounds:
            _styled(doc, f"{rd.title or '—'}: {', '.join(rd.rooms)}", "ListBullet")
    doc.add_heading(w["overview"], level=1)
    if not e.rooms:
        doc.add_paragraph(w["empty_event"])
    else:
        _table(doc, [w["room"], w["round"], w["participants"], w["notes"], w["top_themes"]],
               [[o.title, o.round, o.participant_count, o.note_count, "; ".join(o.top_themes)] for o in e.overview])
    if e.perspectives:
        _table(doc, [w["perspective"], w["count"]], [[p.label, p.count] for p in e.perspectives])
    doc.add_heading(w["actions"], level=2)
    if e.actions:
        _table(doc, [w["what"], w["who"], w["when"], w["room"]], [[a.what, a.who, a.when, a.room] for a in e.actions])
    else:
        doc.add_paragraph(w["no_actions"])
    for room in e.rooms:
        doc.add_page_break()
        add_room(doc, room, level=1)
    return _save(doc)
