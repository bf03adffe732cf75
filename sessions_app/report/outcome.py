"""What came out of a room, in a few lines: ranks with ties, the ideas with the most dots, a
summary made from them when the facilitator typed none, and what each phase was about."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .items import PhaseReport, RoomReport, VoteResult

TOP_IDEAS = 5

# What the group does in each phase, in plain words (B1). A phase of another method that is
# not here is described by its own question (methods.Phase.question).
PHASE_ABOUT = {
    "kernthema": lambda: _("We kozen samen het thema waar we het over wilden hebben."),
    "verkennen": lambda: _("We vertelden elkaar over momenten waarop het goed ging, en zochten wat daarin werkte."),
    "verbeelden": lambda: _("We stelden ons voor hoe het eruitziet als het over een paar jaar gelukt is."),
    "vormgeven": lambda: _("We bedachten wat er nodig is om daar te komen: afspraken, werkwijzen en samenwerking."),
    "verwezenlijken": lambda: _("We spraken af wie wat gaat doen, en wanneer."),
}


def phase_about(key: str, question: str) -> str:
    about = PHASE_ABOUT.get(key)
    return about() if about else question


def ranked(results: list[VoteResult]) -> list[VoteResult]:
    """Sorted by dots (ties keep their order) and numbered 1, 2, 2, 4: equal dots, equal rank."""
    ordered = sorted(results, key=lambda result: -result.votes)
    previous, rank = None, 0
    for position, result in enumerate(ordered, 1):
        if result.votes != previous:
            rank, previous = position, result.votes
        result.rank = rank
    return ordered


def top_ideas(phases: list[PhaseReport]) -> list[VoteResult]:
    """The items with the most dots over all phases; the ones sharing the last rank all stay."""
    everything = ranked([VoteResult(r.kind, r.text, r.votes, phase=r.phase) for phase in phases for r in phase.vote_results])
    if len(everything) <= TOP_IDEAS:
        return everything
    last = everything[TOP_IDEAS - 1].rank
    return [result for result in everything if result.rank <= last][: TOP_IDEAS * 2]


def _list(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return _("%(first)s en %(last)s") % {"first": ", ".join(items[:-1]), "last": items[-1]}


def compose_summary(report: RoomReport) -> str:
    """A few plain sentences from the counts, the most-voted themes and notes, and the actions."""
    if report.is_empty:
        return ""
    notes_written = ngettext("%(n)s briefje", "%(n)s briefjes", report.note_count) % {"n": report.note_count}
    sentences = [ngettext(
        "%(people)s deelnemer schreef %(notes)s.", "%(people)s deelnemers schreven %(notes)s.", report.participant_count,
    ) % {"people": report.participant_count, "notes": notes_written}]
    themes = [theme for theme in report.top_themes if theme.votes]
    if themes:
        sentences.append(ngettext(
            "Het thema met de meeste stemmen: %(themes)s.", "De thema's met de meeste stemmen: %(themes)s.", len(themes),
        ) % {"themes": _list([f"“{theme.title}”" for theme in themes])})
    notes = [idea for idea in report.top_ideas if idea.kind == "note"][:3]
    if notes:
        sentences.append(ngettext(
            "Het briefje met de meeste stemmen: %(notes)s.", "De briefjes met de meeste stemmen: %(notes)s.", len(notes),
        ) % {"notes": _list([f"“{note.text}”" for note in notes])})
    if not themes and not notes:
        named = [theme.title for theme in report.top_themes]
        if named:
            sentences.append(_("De groep maakte deze thema's: %(themes)s.") % {"themes": _list([f"“{t}”" for t in named])})
    if report.actions:
        sentences.append(ngettext("We spraken %(n)s actie af.", "We spraken %(n)s acties af.", len(report.actions))
                         % {"n": len(report.actions)})
    return " ".join(sentences)
