"""The verslag as a Word document with real headings, lists and tables, to edit further. Every
page has a header (event · room) and "pagina N van M" (Word fields, filled in by Word); the
document's properties name the event and its organiser."""

import io
import re

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from . import docx_sections, sections
from .builder import EventReport, RoomReport
from .labels import labels

# Characters XML 1.0 cannot hold; Word would refuse the file.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PAGE_PLACEHOLDERS = re.compile(r"(%\(page\)s|%\(pages\)s)")


def clean(text) -> str:
    return NOT_XML.sub("", "" if text is None else str(text))


class Word:
    """A document and the small helpers every section uses."""

    clean = staticmethod(clean)

    def __init__(self):
        self.doc = Document()
        self.doc.styles["Normal"].font.size = Pt(11)

    def styled(self, text, style_id):
        """A paragraph in a built-in style, set by id: looking styles up by name is slow in
        python-docx (it scans every style each time), which made a 2,000-note krant take seconds."""
        paragraph = self.doc.add_paragraph(clean(text) if text else None)
        paragraph._p.get_or_add_pPr().style = style_id
        return paragraph

    def table(self, header, rows):
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = ""
            cell.paragraphs[0].add_run(clean(text)).bold = True
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = clean(text)
        self.doc.add_paragraph()
        return table

    def facts(self, pairs):
        for label, value in pairs:
            if value:
                paragraph = self.doc.add_paragraph()
                paragraph.add_run(f"{label}: ").bold = True
                paragraph.add_run(clean(value))

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def frame(self, header: str, title: str, author: str, subject: str):
        """Header and page numbers on every page; title, author and subject in the properties."""
        section = self.doc.sections[0]
        head = section.header.paragraphs[0]
        head.text = clean(header)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for piece in PAGE_PLACEHOLDERS.split(_("pagina %(page)s van %(pages)s")):
            if piece == "%(page)s":
                _field(foot, "PAGE")
            elif piece == "%(pages)s":
                _field(foot, "NUMPAGES")
            elif piece:
                foot.add_run(piece)
        props = self.doc.core_properties
        props.title, props.subject = clean(title), clean(subject)
        props.author = props.last_modified_by = clean(author) or "Vierluik"
        props.comments = _("Gemaakt met Vierluik")
        props.keywords = "Vierluik"

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def _field(paragraph, instruction: str):
    """A Word field (PAGE, NUMPAGES) with "1" shown until Word updates it."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def add_room(d: Word, r: RoomReport, level: int = 0):
    w = labels()
    d.doc.add_heading(clean(f"{w['verslag']}: {r.title}"), level=level)
    if r.subtitle:
        d.doc.add_paragraph(clean(r.subtitle), style="Subtitle")
    d.facts(((w["event"], r.event), (w["round"], r.round), (w["date"], r.date_label),
             (w["facilitator"], r.facilitator), (w["participants"], str(r.participant_count))))
    if r.is_empty:
        d.doc.add_paragraph(w["empty"])
    for name in sections.ROOM_SECTIONS:
        getattr(docx_sections, f"section_{name}")(d, r, level + 1, w)


def render_room(report: RoomReport) -> bytes:
    d = Word()
    d.frame(report.header, f"{labels()['verslag']}: {report.title}", report.organiser, report.event or report.title)
    add_room(d, report)
    return d.bytes()


def render_event(e: EventReport) -> bytes:
    w = labels()
    d = Word()
    d.frame(f"{w['krant']} · {e.title}", f"{w['krant']}: {e.title}", e.organiser, e.title)
    d.doc.add_heading(clean(f"{w['krant']}: {e.title}"), level=0)
    if e.subtitle:
        d.doc.add_paragraph(clean(e.subtitle), style="Subtitle")
    d.facts(((w["date"], e.date_label), (w["location"], e.location)))
    if not e.rooms:
        d.doc.add_paragraph(w["empty_event"])
    else:
        d.doc.add_heading(w["rooms"], level=1)
        for rd in e.rounds or [None]:
            titles = rd.rooms if rd else [o.title for o in e.overview]
            if rd and len(e.rounds) > 1:
                d.doc.add_heading(clean(rd.title or _("Zonder ronde")), level=2)
            for title in titles:
                d.styled(title, "ListBullet")
    if e.programme:
        d.doc.add_heading(w["programme"], level=1)
        for line in e.programme.splitlines():
            if line.strip():
                d.doc.add_paragraph(clean(line))
    if e.rooms:
        d.page_break()
        d.doc.add_heading(_("Inhoud"), level=1)
        d.table([w["room"], w["round"], w["participants"], w["notes"], w["top_themes"]],
                [[o.title, o.round, o.participant_count, o.note_count or "–", "; ".join(o.top_themes)] for o in e.overview])
        if e.perspectives:
            d.doc.add_heading(_("Wie deden er mee"), level=2)
            d.table([w["perspective"], w["count"]], [[p.label, p.count] for p in e.perspectives])
        if e.actions:
            d.doc.add_heading(_("Alle acties"), level=2)
            d.table([w["what"], w["who"], w["when"], w["room"]], [[a.what, a.who, a.when_label, a.room] for a in e.actions])
    for room in e.filled_rooms:  # a section each: a new page, with the room in its header
        section = d.doc.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = clean(room.header)
        add_room(d, room, level=1)
    return d.bytes()
