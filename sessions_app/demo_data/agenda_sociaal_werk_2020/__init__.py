"""De agenda van het sociaal werk 2020 (source 003_909528437651e1f7.txt): eleven huiskamersessies
in two rounds."""

from .ronde_1 import ROUND as RONDE_1
from .ronde_2 import ROUND as RONDE_2

EVENT = {
    "slug": "agenda-sociaal-werk-2020",
    "title": "De agenda van het sociaal werk 2020",
    "subtitle": "Met wie ben jij als sociaal werker solidair, en hoe?",
    "date": "2020-11-19",
    "starts_at": "10:30",
    "ends_at": "15:15",
    "location": "Online",
    "programme": (
        "Ochtendprogramma\n"
        "10:30 – 11:30 Huiskamersessies Ronde 1\n"
        "12:00 – 13:00 Huiskamersessies Ronde 2\n"
        "Middagprogramma\n"
        "13:30 Start plenair programma door Evert van Rest\n"
        "  Welkomstwoord door Marieke Kleiboer, directeur van de directie Maatschappelijke "
        "Ondersteuning, ministerie van VWS.\n"
        "  Toelichting Marie Kamphuislezingen en stichting door Lisbeth Verharen\n"
        "  Lezing van Monique Kremer, hoogleraar Actief Burgerschap aan de UvA en voorzitter "
        "van de Adviescommissie voor Vreemdelingenzaken\n"
        "  Spoken word intermezzo door Roziena Salihu\n"
        "  Lezing van Koen Hermans, Assistent Professor Social Work aan de KU Leuven\n"
        "  Met wie zijn sociaal werkers solidair, hoe werken zij aan solidariteit in de "
        "samenleving en wie is er eigenlijk solidair met de sociaal werkers? Een gesprek met "
        "Marcel van Eck (Sociaal werker van het jaar, Lokalis Utrecht en Tranzo Tilburg "
        "University), Mariska Meinen-Bodewits (BPSW en HAN) en Eric van der Burg "
        "(Sociaal Werk Nederland)\n"
        "  Afsluiting en wrap up door artiest Roziena Salihu\n"
        "15:15 Einde"
    ),
    "description": (
        "Bij de tweede editie van ‘De agenda van het sociaal werk’ staat de vraag centraal: "
        "met wie ben jij als sociaal werker solidair, en hoe? Wat betekent solidariteit in "
        "2020 voor een sociaal werker? Denk en praat mee op 19 november. We gaan dit jaar "
        "online! Een digitaal festival met interactief debat en spraakmakende lezingen. "
        "In de ochtend zijn er huiskamersessies die georganiseerd worden door professionals "
        "uit het werkveld. Deelname is gratis.\n\n"
        "Een agenderende bijeenkomst van Movisie, Beroepsvereniging van Professionals in "
        "Sociaal Werk (BPSW), Sociaal Werk Nederland, Marie Kamphuis Stichting, Platform voor "
        "Sociale Vraagstukken, Sociaal Werk Werkt en Buurtwijs - Platform voor "
        "Buurtontwikkeling."
    ),
    "rounds": [RONDE_1, RONDE_2],
}
