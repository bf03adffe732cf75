"""The verslag's positive core and droomzinnen (issue 15), in every format: the HTML/PDF
templates (templates/report/sections/core.html, propositions.html), Word and Markdown (the
`section_core` and `section_propositions` of docx_sections.py and markdown.py are these), and
one sheet each for CSV and XLSX."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .sheets import Sheet


def core_title() -> str:
    return _("Onze kracht")


def core_intro() -> str:
    return _("De positieve kern: wat deze groep goed kan.")


def propositions_title() -> str:
    return _("Droomzinnen")


def endorsements(n: int) -> str:
    return ngettext("%(counter)s persoon wil dit ook", "%(counter)s mensen willen dit ook", n) % {"counter": n}


def item_text(item) -> str:
    return f"{_('thema')}: {item.text}" if item.kind == "theme" else item.text


def roots(proposition) -> str:
    return "; ".join(item_text(item) for item in proposition.roots)


# Word (docx_sections.py)

def docx_core(d, r, level: int, w: dict):
    if not r.positive_core:
        return
    d.doc.add_heading(core_title(), level=level)
    d.doc.add_paragraph(core_intro()).runs[0].italic = True
    for item in r.positive_core:
        d.styled(d.clean(item_text(item)), "ListBullet")


def docx_propositions(d, r, level: int, w: dict):
    if not r.propositions:
        return
    d.doc.add_heading(propositions_title(), level=level)
    for proposition in r.propositions:
        paragraph = d.styled("", "ListBullet")
        paragraph.add_run(d.clean(proposition.text)).bold = True
        paragraph.add_run(f" ({endorsements(proposition.endorsements)})").italic = True
        if proposition.roots:
            paragraph.add_run(d.clean(f" · {_('Groeit uit:')} {roots(proposition)}"))


# Markdown (markdown.py)

def md_core(r, h2, h3, w) -> list[str]:
    from .markdown import escape

    if not r.positive_core:
        return []
    return [f"{h2} {core_title()}", "", f"_{escape(core_intro())}_", ""] + [
        f"- {escape(item_text(item), '  ')}" for item in r.positive_core
    ] + [""]


def md_propositions(r, h2, h3, w) -> list[str]:
    from .markdown import escape

    if not r.propositions:
        return []
    out = [f"{h2} {propositions_title()}", ""]
    for proposition in r.propositions:
        line = f"- **{escape(proposition.text, '  ')}** _({escape(endorsements(proposition.endorsements))})_"
        if proposition.roots:
            line += f"  \n  {escape(_('Groeit uit:'))} {escape(roots(proposition), '  ')}"
        out.append(line)
    return out + [""]


# CSV and XLSX (sheets.py)

def core_sheet(reports) -> Sheet:
    rows = [[r.title, _("thema") if item.kind == "theme" else _("briefje"), item.text] for r in reports for item in r.positive_core]
    return Sheet(core_title(), [_("Deelsessie"), _("Soort"), _("Tekst")], rows, wide_columns=(2,))


def propositions_sheet(reports) -> Sheet:
    rows = [[r.title, p.text, p.endorsements, roots(p)] for r in reports for p in r.propositions]
    return Sheet(propositions_title(), [_("Deelsessie"), _("Droomzin"), _("Wil dit ook"), _("Groeit uit")], rows,
                 wide_columns=(1, 3))


def csv_rows(reports, columns: int) -> list[list]:
    """Rows for the CSV's one table (room, kind, phase, theme, text, perspective, votes, ...):
    the core's items, then each droomzin with its endorsements in the votes column."""
    pad = [""] * (columns - 7)
    rows = [[r.title, core_title(), "", "", item_text(item), "", ""] + pad for r in reports for item in r.positive_core]
    rows += [[r.title, _("Droomzin"), "", "", p.text, "", p.endorsements] + pad for r in reports for p in r.propositions]
    return rows
