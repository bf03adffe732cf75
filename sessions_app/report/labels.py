"""The words around the content, shared by the exporters that do not use templates (docx,
markdown, csv). Called while a translation is active, so they come out in that language."""

from django.utils.translation import gettext as _


def labels() -> dict[str, str]:
    return {
        "verslag": _("Verslag"),
        "krant": _("Krant"),
        "event": _("Bijeenkomst"),
        "round": _("Ronde"),
        "date": _("Datum"),
        "facilitator": _("Gespreksleider"),
        "location": _("Plaats"),
        "programme": _("Programma"),
        "participants": _("Deelnemers"),
        "perspective": _("Perspectief"),
        "count": _("Aantal"),
        "names": _("Namen"),
        "summary": _("Samenvatting"),
        "quotes": _("Opvallende uitspraken"),
        "prompt": _("Vraag"),
        "themes": _("Thema's"),
        "theme": _("Thema"),
        "loose_notes": _("Briefjes zonder thema"),
        "highlights": _("Uitgelicht"),
        "vote_results": _("Uitslag van de stemming"),
        "votes": _("Stemmen"),
        "tags": _("Sociale kwaliteit"),
        "tag": _("Kenmerk"),
        "actions": _("Acties"),
        "what": _("Wat"),
        "who": _("Wie"),
        "when": _("Wanneer"),
        "room": _("Deelsessie"),
        "rooms": _("Deelsessies"),
        "overview": _("Overzicht"),
        "top_themes": _("Belangrijkste thema's"),
        "notes": _("Briefjes"),
        "phase": _("Fase"),
        "text": _("Tekst"),
        "highlighted_column": _("Uitgelicht"),
        "kind": _("Soort"),
        "rank": _("Plaats"),
        "action": _("actie"),
        "ervaringsdeskundige": _("ervaringsdeskundige"),
        "no_notes": _("In deze fase zijn geen briefjes geschreven."),
        "empty": _("Er is in deze deelsessie (nog) niets opgeschreven. Zodra er briefjes, thema's of acties zijn, staan ze hier."),
        "empty_event": _("Deze bijeenkomst heeft nog geen deelsessies."),
        "no_actions": _("Er zijn geen acties afgesproken."),
        "theme_note": _("thema"),
        "note_note": _("briefje"),
    }


def people_table(r, w: dict) -> tuple[list, list]:
    """A room's perspectives table (header, rows): counts only. Names, when the facilitator
    switched them on, are one list apart (RoomReport.names), never beside a perspective."""
    return [w["perspective"], w["count"]], [[p.label, p.count] for p in r.perspectives]
