"""The methods beside the four V's: 5V, SOAR and the one-hour waarderend gesprek. Data only,
like methods.py (which imports them); a phase with the "interview" tool is where the
facilitator starts the interviews in tweetallen (services/interviews.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .methods import FOUR_V, INTERVIEW_GUIDE, WRITING_PRIVATE, Method, Phase

_four = {phase.key: phase for phase in FOUR_V.phases}

FIVE_V = Method(
    key="5v",
    title=_("Waarderend veranderen in vijf V's"),
    purpose=_("Eerst samen het onderwerp kiezen, dan verhalen vertellen in tweetallen."),
    interview_guide=INTERVIEW_GUIDE,
    phases=(
        Phase(
            key="verkennen",
            title=pgettext_lazy("phase", "Verkennen"),
            question=_("Waar gaan we het over hebben?"),
            prompt=_("Waar wil jij vandaag meer van? Schrijf het onderwerp in een paar woorden op."),
            tools=("notes", "themes", "votes", "spotlight", "core"),
            minutes=15,
        ),
        Phase(
            key="vertellen",
            title=pgettext_lazy("phase", "Vertellen"),
            question=_("Wat ging er goed?"),
            prompt=_("Vertel elkaar over een moment waarop het echt goed ging. Wat maakte dat mogelijk?"),
            tools=("notes", "interview", "themes", "votes", "spotlight", "core"),
            minutes=30,
        ),
        Phase(
            key="verbeelden",
            title=pgettext_lazy("phase", "Verbeelden"),
            question=_("Wat is onze droom?"),
            prompt=_four["verbeelden"].prompt,
            tools=("notes", "private", "reveal", "spotlight", "propositions"),
            writing_mode=WRITING_PRIVATE,
            minutes=20,
        ),
        Phase(
            key="vernieuwen",
            title=pgettext_lazy("phase", "Vernieuwen"),
            question=_("Wat gaan we anders doen?"),
            prompt=_("Wat moet er nieuw of anders, zodat de droom dichterbij komt?"),
            tools=("notes", "themes", "votes", "spotlight", "propositions"),
            minutes=20,
        ),
        Phase(
            key="verwezenlijken",
            title=pgettext_lazy("phase", "Verwezenlijken"),
            question=_("Wie doet wat, en wanneer?"),
            prompt=_four["verwezenlijken"].prompt,
            tools=("notes", "themes", "votes", "actions", "spotlight"),
            minutes=20,
        ),
    ),
)

SOAR = Method(
    key="soar",
    title=_("SOAR: sterktes, kansen, ambities, resultaten"),
    purpose=_("Voor een team of organisatie die een plan maakt vanuit wat al sterk is."),
    phases=(
        Phase(
            key="sterktes",
            title=pgettext_lazy("phase", "Sterktes"),
            question=_("Waar zijn we goed in?"),
            prompt=_("Waar zijn we goed in? Waar zijn we trots op?"),
            tools=("notes", "themes", "votes", "spotlight", "core"),
            minutes=20,
        ),
        Phase(
            key="kansen",
            title=pgettext_lazy("phase", "Kansen"),
            question=_("Welke kansen zien we?"),
            prompt=_("Welke kansen zie je om ons heen? Wat vragen mensen van ons?"),
            tools=("notes", "themes", "votes", "spotlight"),
            minutes=20,
        ),
        Phase(
            key="ambities",
            title=pgettext_lazy("phase", "Ambities"),
            question=_("Waar willen we naartoe?"),
            prompt=_("Waar willen we over drie jaar staan? Wat willen we dan bereikt hebben?"),
            tools=("notes", "private", "reveal", "themes", "votes", "spotlight", "propositions"),
            minutes=20,
        ),
        Phase(
            key="resultaten",
            title=pgettext_lazy("phase", "Resultaten"),
            question=_("Hoe zien we dat het lukt?"),
            prompt=_("Hoe merken we dat het lukt? Wie doet wat, en wanneer?"),
            tools=("notes", "themes", "votes", "actions", "spotlight"),
            minutes=20,
        ),
    ),
)

GESPREK = Method(
    key="gesprek",
    title=_("Waarderend gesprek van een uur"),
    purpose=_("Een kort gesprek: elkaar interviewen, samen dromen, één stap kiezen."),
    interview_guide=INTERVIEW_GUIDE[:3],
    turn_minutes=8,
    phases=(
        Phase(
            key="interview",
            title=pgettext_lazy("phase", "Interview"),
            question=_("Wat ging er goed?"),
            prompt=_("Interview elkaar om de beurt. Schrijf op wat je hoort."),
            tools=("notes", "interview", "themes", "votes", "spotlight", "core"),
            minutes=25,
        ),
        Phase(
            key="droom",
            title=pgettext_lazy("phase", "Droom"),
            question=_("Wat is onze droom?"),
            prompt=_("Stel: het is over een jaar en het is gelukt. Wat zie je?"),
            tools=("notes", "themes", "votes", "spotlight", "propositions"),
            minutes=20,
        ),
        Phase(
            key="stap",
            title=pgettext_lazy("phase", "Eén stap"),
            question=_("Wat is de eerste stap?"),
            prompt=_("Welke stap zet jij morgen? Met wie?"),
            tools=("notes", "actions", "spotlight"),
            minutes=15,
        ),
    ),
)
