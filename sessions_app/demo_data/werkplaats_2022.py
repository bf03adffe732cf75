"""Landelijke Werkplaats 2022, "Bestaanszekerheid: van praten naar doen" (source
000_87752c03c75f2e02.txt): four deelsessies, worked through the four V's of waarderend veranderen."""

EVENT = {
    "slug": "landelijke-werkplaats-2022",
    "title": "Bestaanszekerheid: van praten naar doen",
    "subtitle": "Landelijke Werkplaats 2022",
    "date": "2022-03-17",
    "starts_at": "13:00",
    "ends_at": "16:00",
    "location": "Online",
    "programme": (
        "13:00 – 14:00 Plenair programma\n"
        "  Welkomstwoord van Toby Witte, voorzitter van de Associatie Werkplaatsen "
        "Sociaal Domein en dagvoorzitter.\n"
        "  Kim Houben, procesmanager Bestaanszekerheid, Armoede en Schulden bij Divosa, "
        "vertelt ons meer over de propositie de Winst van het Sociaal Domein en waar dit "
        "tot nu toe tot geleid heeft.\n"
        "  Karin ter Horst, ervaringsdeskundige werkzaam bij de gemeente Zwolle, laat ons "
        "zien wat het voor mensen betekent om in bestaansonzekerheid te leven.\n"
        "  Lisbeth Verharen, Lector Versterken van Sociale Kwaliteit bij de HAN én "
        "coördinator van de Werkplaats Sociaal Domein Arnhem en Nijmegen, neemt ons mee "
        "in bestaanszekerheid vanuit de bril van sociale kwaliteit.\n"
        "  Een tafelgesprek waarin diverse perspectieven (ervaringsdeskundig, beleid, "
        "praktijk en wetenschap) aan het woord komen.\n"
        "14:00 – 14:15 Pauze\n"
        "14:15 – 15:45 Themalijnen in subgroepen (vier deelsessies)\n"
        "15:45 – 16:00 Afsluiting"
    ),
    "description": (
        "Op donderdagmiddag 17 maart 2022 vindt de Landelijke Werkplaats van de Associatie "
        "Werkplaatsen Sociaal Domein plaats. Dit keer doen we dat in de vorm van een "
        "Werkplaats: participatief, vanuit verschillende perspectieven én aan de hand van "
        "actieleren. Doe je mee?\n\n"
        "Hoe kunnen sociaal professionals, beleidsmakers en burgers samen de schouders "
        "zetten onder dit complexe vraagstuk? Wat willen mensen die in bestaansonzekerheid "
        "leven zelf? En hoe zetten we samen stappen in de aanpak ervan? In deze Landelijke "
        "Werkplaats gaan we samen met jou vanuit verschillende perspectieven en inspirerende "
        "invalshoeken op zoek naar antwoorden en oplossingsrichtingen: van praten over naar "
        "samen doen!\n\n"
        "Voor wie: inwoners, vrijwilligers, sociaal professionals, beleidsmakers, docenten, "
        "onderzoekers en andere geïnteresseerden."
    ),
    "rounds": [
        {
            "title": "Deelsessies",
            "starts_at": "14:15",
            "ends_at": "15:45",
            "rooms": [
                {
                    "key": "armoede",
                    "title": "Armoede",
                    "subtitle": "Samen bouwen aan bestaanszekerheid",
                    "description": (
                        "Armoede, schulden en sociale uitsluiting zijn hardnekkige onderdelen "
                        "van bestaansonzekerheid. De aanpak van deze complexe problemen vraagt "
                        "om een domeinoverstijgende samenwerking. Gelukkig zien we in het land "
                        "op veel plekken mooie voorbeelden ontstaan. Denk aan een "
                        "armoedeconsulent op een school of een schuldhulpverlener bij de "
                        "huisarts. In deze deelsessie brengen we samen dit soort "
                        "domeinoverstijgende parels in kaart. We delen onderling kennis over "
                        "dat wat écht helpt om problemen op het vlak van bestaanszekerheid te "
                        "voorkomen. Hoe kunnen we onze krachten, kennis en kunde bundelen om "
                        "deze mooie voorbeelden op te schalen?"
                    ),
                    "facilitator": "",
                    "capacity": None,
                    "prompts": {
                        "verkennen": (
                            "Welke domeinoverstijgende parels ken je? Denk aan een "
                            "armoedeconsulent op school of een schuldhulpverlener bij de huisarts."
                        ),
                        "verbeelden": (
                            "Stel: over drie jaar zijn zulke parels overal gewoon. "
                            "Wat is er dan anders voor mensen met armoede of schulden?"
                        ),
                        "vormgeven": (
                            "Hoe bundelen we onze krachten, kennis en kunde "
                            "om deze mooie voorbeelden op te schalen?"
                        ),
                        "verwezenlijken": (
                            "Welke parel ga jij verder brengen? "
                            "Met wie werk je samen, en wat is je eerste stap?"
                        ),
                    },
                },
                {
                    "key": "sociale-basis",
                    "title": "Sociale basis",
                    "subtitle": "Even tot hier… de sociale basis",
                    "description": (
                        "Investeren in de sociale basis is harder nodig dan ooit. Het is "
                        "cruciaal voor de kwaliteit van leven en bestaanszekerheid van en voor "
                        "ons allemaal. Wij (inwoners, vrijwilligers, gemeenteambtenaren, "
                        "professionals, docenten, onderzoekers) zijn allemaal aan zet, om de "
                        "sociale basis te versterken. Maar hoe? Op een dynamische wijze buigen "
                        "wij ons samen over deze vraag. Inspirerende praktijkvoorbeelden komen "
                        "aan het woord; samen gaan we op zoek naar antwoorden en "
                        "oplossingsrichtingen in het versterken van de sociale basis."
                    ),
                    "facilitator": "",
                    "capacity": None,
                    "prompts": {
                        "verkennen": (
                            "Welk voorbeeld ken je van een sterke sociale basis? "
                            "Wat maakt dat het daar werkt?"
                        ),
                        "verbeelden": (
                            "Stel: over drie jaar is de sociale basis in jouw buurt sterk. "
                            "Wat zie je? Wat merken inwoners ervan?"
                        ),
                        "vormgeven": (
                            "Wat is nodig om de sociale basis te versterken? Wat vraagt dat van "
                            "inwoners, vrijwilligers, gemeente en professionals?"
                        ),
                        "verwezenlijken": (
                            "We zijn allemaal aan zet. Wat doe jij om de sociale basis "
                            "te versterken? Met wie, en wanneer?"
                        ),
                    },
                },
                {
                    "key": "ervaringsdeskundigheid",
                    "title": "Ervaringsdeskundigheid",
                    "subtitle": "Leren van mensen zelf",
                    "description": (
                        "Als het gaat om bestaanszekerheid, ervaren mensen vaak stress en "
                        "machteloosheid, met alle gevolgen van dien. Als ervaringsdeskundige "
                        "zie je, voel je dat het daar wringt, je kunt de ervaringen van mensen "
                        "duiden. Dit inzicht maakt het mogelijk om helpend te zijn in "
                        "gesprekken met cliënten, maar het is ook kennis die gedeeld kan worden "
                        "om van te leren. Door als ervaringsdeskundige deze ervaringskennis te "
                        "delen met hulpverleners, beleidsmakers en beslissers kan er beter "
                        "rekening gehouden met de noden en wensen van inwoners. Hoe ziet dat er "
                        "in de praktijk uit? Wat werkt daarin goed en hoe kunnen we de inzet "
                        "van ervaringsdeskundigheid uitbouwen? Dit diepen we in deze sessie uit."
                    ),
                    "facilitator": "",
                    "capacity": None,
                    "prompts": {
                        "verkennen": (
                            "Wanneer hielp ervaringskennis echt, in een gesprek of bij beleid? "
                            "Wat werkte daarin goed?"
                        ),
                        "verbeelden": (
                            "Stel: hulpverleners, beleidsmakers en beslissers leren altijd van "
                            "ervaringsdeskundigen. Wat is er dan anders voor inwoners?"
                        ),
                        "vormgeven": (
                            "Hoe kunnen we de inzet van ervaringsdeskundigheid uitbouwen? "
                            "Wat is daarvoor nodig?"
                        ),
                        "verwezenlijken": (
                            "Waar ga jij ervaringskennis een plek geven? "
                            "Wie betrek je, en wat doe je als eerste?"
                        ),
                    },
                },
                {
                    "key": "lerende-praktijken",
                    "title": "Lerende praktijken",
                    "subtitle": "Samen leren organiseren",
                    "description": (
                        "Overal in Nederland zien we dat professionals, beleidsmakers en "
                        "burgers bezig zijn met het vormen van leergemeenschappen rondom "
                        "urgentie sociale kwesties. Veel gestelde vragen zijn: hoe werk je met "
                        "de omgeving samen, en hoe krijg je georganiseerd dat leren op gang "
                        "komt en blijft? Hoe breng je het collectieve leren op gang, zodat er "
                        "diepgaander geleerd wordt? In deze sessie spitsen we lerende "
                        "praktijken toe op het vraagstuk van bestaanszekerheid. Hoe komen we "
                        "rondom dit thema samen tot leren?"
                    ),
                    "facilitator": "",
                    "capacity": None,
                    "prompts": {
                        "verkennen": (
                            "Welke leergemeenschap ken je waar het leren echt op gang kwam "
                            "en bleef? Wat maakte dat mogelijk?"
                        ),
                        "verbeelden": (
                            "Stel: professionals, beleidsmakers en burgers leren samen over "
                            "bestaanszekerheid. Hoe ziet dat er over drie jaar uit?"
                        ),
                        "vormgeven": (
                            "Hoe organiseer je dat samen leren op gang komt en blijft? "
                            "Wat heb je van de omgeving nodig?"
                        ),
                        "verwezenlijken": (
                            "Welke lerende praktijk rond bestaanszekerheid start of versterk jij? "
                            "Met wie, en wat is de eerste stap?"
                        ),
                    },
                },
            ],
        },
    ],
}
