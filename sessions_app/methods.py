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
    minutes: int | None = None  # a suggested timer for the phase, shown on the console


@dataclass(frozen=True)
class Method:
    key: str
    title: str
    phases: tuple[Phase, ...]
    purpose: str = ""  # what the method is for, in one line (the form that makes a room shows it)
    # The questions of the waarderend interview in tweetallen (services/interviews.py); a room
    # may replace them. Only methods with an "interview" tool in a phase use them.
    interview_guide: tuple[str, ...] = ()
    turn_minutes: int = 10  # the timer of one interview turn, before "wissel"

    @property
    def phase_keys(self) -> tuple[str, ...]:
        return tuple(phase.key for phase in self.phases)

    def phase(self, key: str) -> Phase:
        for phase in self.phases:
            if phase.key == key:
                return phase
        raise KeyError(key)


# B1 questions for the waarderend interview; each room may edit them (at most four are shown).
INTERVIEW_GUIDE = (
    _("Vertel over een moment waarop het echt goed ging. Wat maakte dat mogelijk?"),
    _("Wat waardeer je het meest aan jezelf in dat verhaal?"),
    _("Wie of wat hielp daarbij?"),
    _("Stel dat je één wens mag doen. Wat wens je dan?"),
)


FOUR_V = Method(
    key="4v",
    title=_("Waarderend veranderen (de vier V's)"),
    purpose=_("Van wat al werkt naar een droom, een plan en afspraken."),
    interview_guide=INTERVIEW_GUIDE,
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
            tools=("notes", "interview", "private", "reveal", "themes", "votes", "spotlight", "core"),
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

from .methods_presets import FIVE_V, GESPREK, SOAR  # noqa: E402  (they use Phase, Method)

METHODS = {method.key: method for method in (FOUR_V, FIVE_V, SOAR, GESPREK, FOUR_V_WITH_KERNTHEMA)}
# The methods a facilitator or organiser chooses from when a room is made (manage.py create_room --method).
CHOOSABLE = (FOUR_V.key, FIVE_V.key, SOAR.key, GESPREK.key)
# Tools a facilitator can use in every phase, whatever the method says (they do not change the board).
GENERAL_TOOLS = ("timer", "ready", "moderation")
DEFAULT_METHOD = FOUR_V.key
PHASE_KEYS = FOUR_V.phase_keys


def method_for(key: str) -> Method:
    return METHODS.get(key, FOUR_V)


def phase_label(method: Method, key: str, stored: str):
    """A phase's title as a screen shows it: the room's own label once the facilitator changed
    it, else the method's title in the language of whoever looks (a room stores the default in
    the language it was made in)."""
    if key not in method.phase_keys:
        return stored
    default = method.phase(key).title
    if not stored or stored in _defaults(default):
        return default
    return stored


def _defaults(title) -> set[str]:
    from django.conf import settings
    from django.utils import translation

    found = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            found.add(str(title))
    return found


def method_choices() -> list[tuple[str, str]]:
    return [(key, METHODS[key].title) for key in CHOOSABLE]


def method_purposes() -> list[tuple[str, str]]:
    return [(str(METHODS[key].title), str(METHODS[key].purpose).rstrip(".")) for key in CHOOSABLE]
