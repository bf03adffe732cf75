"""Facilitation methods as data. A method is an ordered list of phases; each phase has a title,
a default prompt, and the tools it uses. A new method (say, a phase 0 to choose the kernthema)
is a new entry here, not new code."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

WRITING_OPEN = "open"
WRITING_PRIVATE = "private"


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    question: str  # what the phase is about, in one short line
    prompt: str  # the default prompt a facilitator can edit per room
    tools: tuple[str, ...] = ()
    writing_mode: str = WRITING_OPEN


@dataclass(frozen=True)
class Method:
    key: str
    title: str
    phases: tuple[Phase, ...]

    @property
    def phase_keys(self) -> tuple[str, ...]:
        return tuple(phase.key for phase in self.phases)

    def phase(self, key: str) -> Phase:
        for phase in self.phases:
            if phase.key == key:
                return phase
        raise KeyError(key)


FOUR_V = Method(
    key="4v",
    title=_("Waarderend veranderen (de vier V's)"),
    phases=(
        Phase(
            key="verkennen",
            title=pgettext_lazy("phase", "Verkennen"),
            question=_("Wat werkt er al?"),
            prompt=_(
                "Denk aan een moment waarop het goed ging. "
                "Wat gebeurde er, en wat maakte het de moeite waard?"
            ),
            # Discovery gathers stories and finds the rode draden in them: the facilitator may
            # let people write privately first, group the parels into themes and vote on them.
            # "core": the facilitator marks the group's strengths, the positive core (issue 15).
            tools=("notes", "private", "reveal", "themes", "votes", "spotlight", "core"),
        ),
        Phase(
            key="verbeelden",
            title=pgettext_lazy("phase", "Verbeelden"),
            question=_("Wat is onze droom?"),
            prompt=_(
                "Stel: het is over drie jaar en het is gelukt. "
                "Wat zie je? Wat is er anders voor de mensen om wie het gaat?"
            ),
            # Private writing suits dreaming; the facilitator switches it on (then reveals).
            # "propositions": droomzinnen, endorsed by the others (issue 15).
            tools=("notes", "private", "reveal", "spotlight", "propositions"),
        ),
        Phase(
            key="vormgeven",
            title=pgettext_lazy("phase", "Vormgeven"),
            question=_("Wat is er nodig?"),
            prompt=_("Wat is er nodig om daar te komen? Welke afspraken, werkwijzen of samenwerking?"),
            tools=("notes", "themes", "votes", "spotlight", "propositions"),
        ),
        Phase(
            key="verwezenlijken",
            title=pgettext_lazy("phase", "Verwezenlijken"),
            question=_("Wie doet wat, en wanneer?"),
            prompt=_(
                "Wat gaan we doen? Wie doet wat, en wanneer? "
                "Wat is de eerste stap die je morgen kunt zetten?"
            ),
            tools=("notes", "themes", "votes", "actions", "spotlight"),
        ),
    ),
)

# The same cycle with a phase 0 before it, in which the group chooses its kernthema: the
# participants write candidate themes, the facilitator groups them and the group votes. Only
# data: no code anywhere knows this method by name.
KERNTHEMA = Phase(
    key="kernthema",
    title=pgettext_lazy("phase", "Kernthema kiezen"),
    question=_("Waar gaan we het over hebben?"),
    prompt=_("Welk thema vind jij het belangrijkst om vandaag samen over te praten?"),
    tools=("notes", "themes", "votes", "spotlight"),
)
FOUR_V_WITH_KERNTHEMA = Method(
    key="4v-kernthema",
    title=_("Waarderend veranderen, met eerst een kernthema kiezen"),
    phases=(KERNTHEMA, *FOUR_V.phases),
)

METHODS = {method.key: method for method in (FOUR_V, FOUR_V_WITH_KERNTHEMA)}
# Tools a facilitator can use in every phase, whatever the method says (they do not change the board).
GENERAL_TOOLS = ("timer", "ready", "moderation")
DEFAULT_METHOD = FOUR_V.key
PHASE_KEYS = FOUR_V.phase_keys


def method_for(key: str) -> Method:
    return METHODS.get(key, FOUR_V)
