"""A room's verslag in Word, one function per section (sections.ROOM_SECTIONS, in that order)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from docx.shared import RGBColor

from .core_sections import docx_core as section_core, docx_propositions as section_propositions  # noqa: F401
from .items import RoomReport
from .labels import people_table

ERVARING = RGBColor(0x6A, 0x3D, 0x9A)


def votes(n: int) -> str:
    return ngettext("%(n)s stem", "%(n)s stemmen", n) % {"n": n}


def _note(d, note):
    paragraph = d.styled("", "ListBullet")
    paragraph.add_run(d.clean(note.text))
    meta = [note.kind_label] if note.kind_label else []  # a story from an interview says so
    if note.votes:
        meta.append(votes(note.votes))
    if note.tag_labels:
        meta.append(", ".join(note.tag_labels))
    if note.ervaringsdeskundige:
        run = paragraph.add_run(f" ({note.perspective_label})")
        run.bold = True
        run.font.color.rgb = ERVARING
    elif note.perspective_label:
        paragraph.add_run(f" ({note.perspective_label})").italic = True
    if meta:
        paragraph.add_run(" · " + d.clean(" · ".join(meta))).italic = True


def _ranked(d, items, show_phase: bool):
    for item in items:
        paragraph = d.doc.add_paragraph()
        paragraph.add_run(f"{item.rank}. ").bold = True
        paragraph.add_run(d.clean(item.text))
        meta = ([_("thema")] if item.kind == "theme" else []) + ([item.phase] if show_phase else []) + [votes(item.votes)]
        paragraph.add_run(d.clean(f" ({', '.join(meta)})")).italic = True


def section_summary(d, r: RoomReport, level: int, w: dict):
    if not (r.summary or r.composed_summary):
        return
    d.doc.add_heading(w["summary"], level=level)
    if r.summary:
        for para in r.summary.splitlines():
            if para.strip():
                d.doc.add_paragraph(d.clean(para))
    else:
        d.doc.add_paragraph(d.clean(r.composed_summary))
        d.doc.add_paragraph(_("Deze samenvatting is gemaakt uit de thema's en briefjes met de meeste stemmen.")).runs[0].italic = True


def section_actions(d, r: RoomReport, level: int, w: dict):
    d.doc.add_heading(w["actions"], level=level)
    if r.actions:
        d.table([w["what"], w["who"], w["when"]], [[a.what, a.who, a.when_label] for a in r.actions])
    else:
        d.doc.add_paragraph(w["no_actions"])


def section_top_ideas(d, r: RoomReport, level: int, w: dict):
    if r.top_ideas:
        d.doc.add_heading(_("Ideeën met de meeste stemmen"), level=level)
        _ranked(d, r.top_ideas, show_phase=True)


def section_quotes(d, r: RoomReport, level: int, w: dict):
    if r.quotes:
        d.doc.add_heading(w["quotes"], level=level)
        for quote in r.quotes:
            d.doc.add_paragraph(d.clean(quote), style="Quote")


def section_how(d, r: RoomReport, level: int, w: dict):
    if r.is_empty:
        return
    d.doc.add_heading(_("Zo werkten we"), level=level)
    if r.method:
        d.doc.add_paragraph(_("We werkten volgens de methode %(method)s.") % {"method": r.method})
    for phase in r.filled_phases:
        paragraph = d.doc.add_paragraph()
        paragraph.add_run(f"{phase.title}: ").bold = True
        paragraph.add_run(d.clean(phase.about))
        meta = ngettext("%(n)s briefje", "%(n)s briefjes", phase.note_count) % {"n": phase.note_count}
        if phase.voted:
            meta += ", " + _("met een stemming")
        paragraph.add_run(f" ({meta})").italic = True
    if r.perspectives:
        d.doc.add_paragraph().add_run(_("Wie deden er mee")).bold = True
        d.table(*people_table(r, w))
    if r.names_shown and r.names:
        paragraph = d.doc.add_paragraph()
        paragraph.add_run(f"{w['names']}: ").bold = True
        paragraph.add_run(d.clean(", ".join(r.names)))


def section_phases(d, r: RoomReport, level: int, w: dict):
    for phase in r.filled_phases:
        d.doc.add_heading(d.clean(phase.title), level=level)
        if phase.prompt:
            paragraph = d.doc.add_paragraph()
            paragraph.add_run(f"{w['prompt']}: ").bold = True
            paragraph.add_run(d.clean(phase.prompt))
        if phase.highlights:
            d.doc.add_heading(w["highlights"], level=level + 1)
            for text in phase.highlights:
                d.styled(text, "ListBullet")
        for theme in phase.themes:
            title = f"{theme.title} ({votes(theme.votes)})" if phase.voted and theme.votes else theme.title
            d.doc.add_heading(d.clean(title), level=level + 1)
            for note in theme.notes:
                _note(d, note)
        if phase.loose_notes:
            if phase.themes:
                d.doc.add_heading(w["loose_notes"], level=level + 1)
            for note in phase.loose_notes:
                _note(d, note)
        if phase.vote_results:
            d.doc.add_heading(w["vote_results"], level=level + 1)
            _ranked(d, phase.vote_results, show_phase=False)


def section_tags(d, r: RoomReport, level: int, w: dict):
    if r.lens_used:
        d.doc.add_heading(w["tags"], level=level)
        if r.tags:
            d.table([w["tag"], w["notes"]], [[t.label, t.count] for t in r.tags])
