"""Demo data for Vierluik: two real events from the Dutch social domain.

Pure Python data (no Django imports), loaded by ``seed_demo``.

Sources (see /work/shared/domain/sources/):
- 000_87752c03c75f2e02.txt: Landelijke Werkplaats 2022, "Bestaanszekerheid: van praten naar doen"
  (four deelsessies, worked through the four V's of waarderend veranderen).
- 003_909528437651e1f7.txt: "De agenda van het sociaal werk 2020" (eleven huiskamersessies in two rounds).

Titles, subtitles, descriptions, hosts and times follow the sources as closely as possible
(source spelling kept). The phase prompts are written for this demo: plain Dutch (B1), "je" form,
drawn from each room's text. The sources name no room capacity, so ``capacity`` is None.
"""

# The four default phase prompts (4V cycle), from LANGUAGE.md. Facilitators edit them per room.
DEFAULT_PROMPTS = {
    "verkennen": (
        "Denk aan een moment waarop het goed ging. Wat gebeurde er, "
        "en wat maakte het de moeite waard?"
    ),
    "verbeelden": (
        "Stel: het is over drie jaar en het is gelukt. Wat zie je? "
        "Wat is er anders voor de mensen om wie het gaat?"
    ),
    "vormgeven": (
        "Wat is er nodig om daar te komen? Welke afspraken, werkwijzen of samenwerking?"
    ),
    "verwezenlijken": (
        "Wat gaan we doen? Wie doet wat, en wanneer? "
        "Wat is de eerste stap die je morgen kunt zetten?"
    ),
}

PHASES = ("verkennen", "verbeelden", "vormgeven", "verwezenlijken")


EVENTS = [
    # ------------------------------------------------------------------
    # Landelijke Werkplaats 2022 (source 000)
    # ------------------------------------------------------------------
    {
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
    },
    # ------------------------------------------------------------------
    # De agenda van het sociaal werk 2020 (source 003)
    # ------------------------------------------------------------------
    {
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
        "rounds": [
            {
                "title": "Huiskamersessies Ronde 1",
                "starts_at": "10:30",
                "ends_at": "11:30",
                "rooms": [
                    {
                        "key": "huiskamer-1",
                        "title": "De Buurvrouw & Buurvrouw Bus",
                        "subtitle": "Huiskamer 1",
                        "description": (
                            "De Buurvrouw & Buurvrouw Bus heeft als doel het (her)ontdekken van "
                            "de rol/functie van de Buurvrouw (-man, -mens, -jongen, -meisje). "
                            "Iedereen in een buurt kan iets voor elkaar betekenen want iedereen is "
                            "een ‘buurvrouw’. Met de Bus brengen we mensen in verbinding met "
                            "elkaar, om de onderlinge solidariteit in de wijken te vergroten. Ons "
                            "concept is gratis en de vorm is vrij, we bedenken niets voor de "
                            "inwoners, maar alles kan ontstaan. Het idee borduurt voort op een "
                            "eerder project, het maken van een wereldrecord brekende deken die door "
                            "allerlei mensen over de hele wereld (in het kader van Leeuwarden "
                            "Europese Culturele hoofdstad 2018) samen werd gebreid en tot een "
                            "enorme verbinding zorgde. Nu wordt met de Bus eenzelfde verbinding "
                            "nagestreefd. In deze huiskamersessie gaan we in op de onderliggende "
                            "principes van zulke projecten, zoals gelijkwaardigheid, verbinding, "
                            "starten vanuit niets en andere principes. En je bekijkt hoe je in je "
                            "eigen praktijk kunt werken vanuit die principes."
                        ),
                        "facilitator": "Esmeralda de Vries, Buurvrouw & Buurvrouw Bus",
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer was jij een goede ‘buurvrouw’ voor iemand, of iemand "
                                "voor jou? Wat maakte dat bijzonder?"
                            ),
                            "verbeelden": (
                                "Stel: iedereen in jouw buurt is een ‘buurvrouw’ voor elkaar. "
                                "Wat zie je over drie jaar gebeuren?"
                            ),
                            "vormgeven": (
                                "Hoe werk je vanuit gelijkwaardigheid, verbinding en starten vanuit "
                                "niets? Wat heb je daarvoor nodig?"
                            ),
                            "verwezenlijken": (
                                "Welk principe van de Buurvrouw Bus probeer jij als eerste uit? "
                                "Waar, met wie en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-2",
                        "title": "Solidariteit tussen sociaal werkers, ook internationaal",
                        "subtitle": "Huiskamer 2",
                        "description": (
                            "Sinds de coronacrisis, maar uiteraard ook daarvoor, zoeken de "
                            "Europese beroepsverenigingen elkaar op bij de IFSW, de Internationale "
                            "Federatie van Sociaal Werkers. Zeker nu de sociale gevolgen van de "
                            "coronacrisis nationaal en internationaal duidelijk worden. We maken "
                            "samen webinars en geven elkaar morele steun, en werken zo aan "
                            "solidariteit tussen sociaal werkers. In deze huiskamersessie geven we "
                            "daar voorbeelden van. De Marokkaanse collega’s die in april naar "
                            "Nederland zouden komen zijn nu vooral druk met verstrekking van "
                            "voedsel aan de allerarmsten en de opvang van aan hun lot overgelaten "
                            "kinderen. We merken dat onze belangstelling hen goed doet. We kunnen "
                            "wellicht iets leren van de aanpak van de Ierse collega’s bij armoede, "
                            "en van de manier waarop Denen ook tijdens een crisis als deze proberen "
                            "daklozen en ongedocumenteerden niet alleen te helpen maar zoveel "
                            "mogelijk hun stem te laten horen. In onze webinars is tot nu toe veel "
                            "herkenning van elkaars situatie als sociaal werker, ook al is het "
                            "overal weer een beetje anders. We zouden het geweldig vinden om met "
                            "jouw vragen en ideeën aan de slag te gaan."
                        ),
                        "facilitator": (
                            "Josien Hofs, IFSW (International Federation of Social Workers)"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer voelde je steun van collega’s, hier of in het buitenland? "
                                "Wat deed dat met je?"
                            ),
                            "verbeelden": (
                                "Stel: sociaal werkers in heel Europa steunen elkaar. Wat leren we "
                                "dan van elkaar, bijvoorbeeld over armoede?"
                            ),
                            "vormgeven": (
                                "Wat is nodig om kennis en morele steun te delen met sociaal werkers "
                                "in andere landen?"
                            ),
                            "verwezenlijken": (
                                "Hoe ga jij collega’s elders steunen of van ze leren? "
                                "Wat is je eerste stap, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-3",
                        "title": "Burgerplatform als partner van sociaal werker",
                        "subtitle": "Huiskamer 3",
                        "description": (
                            "In deze huiskamersessie gaan we in op hoe actieve inwoners werken aan "
                            "daadwerkelijke zeggenschap bij kwetsbare inwoners, om zo de "
                            "leefbaarheid van de wijk te verbeteren. Burgerplatform Hart voor de "
                            "K-buurt neemt de deelnemers mee in hun werkwijze. Ze streven naar het "
                            "collectiveren en activeren van zeggenschap en eigenaarschap bij vooral "
                            "de kwetsbare inwoners van Amsterdam Zuidoost. Movisie licht de "
                            "werkzame elementen van deze werkwijze uit. De samenwerking met sociaal "
                            "werkers, zoals gebiedsteam en jongerenwerkers is bijvoorbeeld een "
                            "bepalende factor. In deze sessie gaan deelnemers aan de slag hoe "
                            "buurtplatformen en sociaal werkers elkaar kunnen versterken."
                        ),
                        "facilitator": (
                            "Roos van Schaijk, Movisie, en Mike Brantjes, Hart voor de K-buurt"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer werkten actieve inwoners en sociaal werkers goed samen? "
                                "Wat maakte dat het werkte?"
                            ),
                            "verbeelden": (
                                "Stel: kwetsbare inwoners hebben echt zeggenschap in hun wijk. "
                                "Wat is er over drie jaar anders?"
                            ),
                            "vormgeven": (
                                "Hoe kunnen buurtplatformen en sociaal werkers elkaar versterken? "
                                "Welke afspraken zijn daarvoor nodig?"
                            ),
                            "verwezenlijken": (
                                "Met welke actieve inwoners of welk platform ga jij samenwerken? "
                                "Wat doe je als eerste, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-4",
                        "title": "Solidariteit op de Kennis & Onderzoeksagenda?",
                        "subtitle": "Huiskamer 4",
                        "description": (
                            "Sociaal Werk is een cruciaal beroep. Sinds de uitbraak van Corona "
                            "weten we het zeker. Maar wat is er dan zo cruciaal aan Sociaal Werk? "
                            "Waarvoor en waarom is een sociaal werker nu echt onmisbaar? Met deze "
                            "vraag begonnen we samen met vele betrokkenen te bouwen aan de "
                            "‘Kennis- en Onderzoeksagenda Sociaal Werk’. Het doel: een agenda met "
                            "kennis die een sociaal werker nodig heeft om van meerwaarde te kunnen "
                            "zijn. De agenda biedt een basis om gericht kennis te ontwikkelen, te "
                            "verspreiden, te implementeren of keuzes te maken in het onderwijs. "
                            "Maar we zijn nog niet klaar met de agenda. In deze huiskamersessie "
                            "gaan we graag met jullie in gesprek over de plaats die solidariteit "
                            "verdient op de ‘Kennis- en Onderzoeksagenda Sociaal Werk’. Is dit een "
                            "van die unieke kenmerken van sociaal werk? Hoe onmisbaar is een "
                            "sociaal werker bij het bevorderen van solidariteit? Waar blijkt dat "
                            "uit? Wat voor kennis heeft een sociaal werker hiervoor nodig? En is "
                            "die kennis er ook? We nemen jullie praktijkkennis mee om verder te "
                            "bouwen aan de kennisagenda."
                        ),
                        "facilitator": (
                            "Erna Hooghiemstra, Werkplaatsen Sociaal Domein, "
                            "en Mariël van Pelt, Movisie"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer was een sociaal werker onmisbaar voor solidariteit? "
                                "Waar bleek dat uit?"
                            ),
                            "verbeelden": (
                                "Stel: solidariteit heeft een vaste plek op de kennisagenda. "
                                "Wat weten sociaal werkers dan over drie jaar?"
                            ),
                            "vormgeven": (
                                "Welke kennis heeft een sociaal werker nodig om solidariteit te "
                                "bevorderen? En is die kennis er al?"
                            ),
                            "verwezenlijken": (
                                "Welke praktijkkennis geef jij mee aan de kennisagenda? "
                                "Met wie deel je die, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-5",
                        "title": "Netwerk Nieuw Rotterdam, dé club waar jongeren bij willen horen",
                        "subtitle": "Huiskamer 5",
                        "description": (
                            "Netwerk Nieuw Rotterdam is dé jongerenclub waar jongeren bij kunnen "
                            "horen, vrienden kunnen maken, zichzelf kunnen ontwikkelen én iets "
                            "goeds kunnen doen voor een ander. Met onze programma's bieden wij "
                            "oplossingen voor diverse maatschappelijke problemen zoals: "
                            "Eenzaamheid, hyperindividualisme, polarisatie en vergrijzing in het "
                            "vrijwilligerssegment. In deze huiskamersessie bekijken we met elkaar "
                            "hoe zo’n club werkt en hoe je zelf met de uitgangspunten daaruit in je "
                            "eigen praktijk aan de slag kunt. Netwerk Nieuw Rotterdam is pas 3 jaar "
                            "actief, en in een korte tijd hebben zij veel resultaten weten te "
                            "bereiken. Zo zijn er ruim 1000 jongeren geactiveerd, meer dan 300 "
                            "hulpprojecten opgezet en zodoende meer dan 2000 eenzame en kwetsbare "
                            "Rotterdammers geholpen. In 2019 werd sessieleider Pauline Calmez "
                            "genomineerd als Rotterdamse Zakenvrouw van het jaar en in 2020 won zij "
                            "de allereerste Zorg+Welzijn Award."
                        ),
                        "facilitator": "Pauline Calmez-Budding, Netwerk Nieuw Rotterdam",
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer zag je jongeren iets goeds doen voor een ander? "
                                "Wat maakte dat ze meededen?"
                            ),
                            "verbeelden": (
                                "Stel: in jouw stad is een club waar alle jongeren bij willen horen. "
                                "Wat zie je gebeuren?"
                            ),
                            "vormgeven": (
                                "Welke uitgangspunten van Netwerk Nieuw Rotterdam passen bij jouw "
                                "praktijk? Wat is nodig om ermee te werken?"
                            ),
                            "verwezenlijken": (
                                "Hoe ga jij jongeren betrekken bij hulp aan eenzame buren? "
                                "Wie doet wat, en wanneer?"
                            ),
                        },
                    },
                    {
                        # Listed in the source under Ronde 1, after Huiskamer 5.
                        "key": "huiskamer-11",
                        "title": "Eerst een huis of liever hulp",
                        "subtitle": "Huiskamer 11",
                        "description": (
                            "Iemand zonder huis heeft hulp nodig: zorg, begeleiding bij het "
                            "afkicken, leren op eigen benen te staan. Dat was lang het heersende "
                            "model bij de aanpak van dakloosheid. Maar daar zit een kentering in. "
                            "Staatssecretaris Blokhuis gelooft – op aan dringen van gemeenten – dat "
                            "veel daklozen allereerst geholpen zijn met een huis. Maar hoe ziet dat "
                            "er in de praktijk dan uit? Wat betekent dit voor de aanpak van de "
                            "sociaal werker? Hoe denken mensen met forse ervaring in de "
                            "daklozenopvang daarover? Daarover gaan we ongeremd in gesprek met "
                            "ervaringsdeskundige Arnold Tibboel en sociaal professionals Marc "
                            "Räkers en Mirte Bunte van Eropaf! Moderator is Marcel Ham."
                        ),
                        "facilitator": (
                            "Arnold Tibboel, ervaringsdeskundige, Mirte Bunte en Marc Räkers, "
                            "Eropaf!, en Marcel Ham, Platform voor Sociale Vraagstukken"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer hielp een eigen huis iemand echt verder? "
                                "Wat was daarbij belangrijk?"
                            ),
                            "verbeelden": (
                                "Stel: wie dakloos is, krijgt eerst een huis. Hoe ziet dat er over "
                                "drie jaar uit in de praktijk?"
                            ),
                            "vormgeven": (
                                "Wat betekent ‘eerst een huis’ voor de aanpak van de sociaal werker? "
                                "Wat is daarvoor nodig?"
                            ),
                            "verwezenlijken": (
                                "Wat doe jij om ‘eerst een huis’ mogelijk te maken? "
                                "Met wie, en wat is je eerste stap?"
                            ),
                        },
                    },
                ],
            },
            {
                "title": "Huiskamersessies Ronde 2",
                "starts_at": "12:00",
                "ends_at": "13:00",
                "rooms": [
                    {
                        "key": "huiskamer-6",
                        "title": "Politiserend werken en het politieke krachtenveld",
                        "subtitle": "Huiskamer 6",
                        "description": (
                            "Politiserend werken heeft de laatste jaren de belangstelling als een "
                            "praktijk dat nauw aansluit bij het mensenrechtenkarakter van het "
                            "sociaal werk. Politiserend werken draagt bij aan een solidaire en "
                            "rechtvaardige samenleving. Dit is de theorie achter het begrip "
                            "politiserend werken. Maar wat weten we nu precies over politiserende "
                            "praktijken in het sociaal werk? In deze huiskamersessie staat een "
                            "nadere verkenning centraal van het begrip politiserend werken (deel 1) "
                            "en de wijze waarop opbouwwerkers hier in de praktijk handen en voeten "
                            "aan geven (deel 2). Vervolgens gaan we met de deelnemers verkennen "
                            "welke omgevingsfactoren van invloed zijn op de mate waarin je als "
                            "sociaal werker politiserend kunt werken (deel 3)."
                        ),
                        "facilitator": (
                            "Michelle van der Tier, Zuyd Hogeschool, Lectoraat Sociale Integratie "
                            "& KU Leuven, en Chantal van Lieshout (onder voorbehoud), Zuyd "
                            "Hogeschool, Lectoraat Sociale Integratie"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer hielp je een groep inwoners hun stem te laten horen? "
                                "Wat werkte daarin?"
                            ),
                            "verbeelden": (
                                "Stel: politiserend werken hoort gewoon bij sociaal werk. "
                                "Wat is er dan anders voor inwoners?"
                            ),
                            "vormgeven": (
                                "Welke factoren in je omgeving helpen of remmen politiserend werken? "
                                "Wat is nodig voor meer ruimte?"
                            ),
                            "verwezenlijken": (
                                "Welk signaal uit je werk zet jij samen met anderen op de agenda? "
                                "Hoe, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-7",
                        "title": "Netwerk Burenhulp in Putten houdt de solidariteit vast!",
                        "subtitle": "Huiskamer 7",
                        "description": (
                            "Door de corona-uitbraak is burencontact nóg belangrijker dan het "
                            "altijd al was. Aan het begin van de coronacrisis was er in Putten "
                            "grote bereidheid om anderen te helpen. Meer dan honderd vrijwilligers "
                            "boden zich aan, maar het aantal vragen bleef beperkt. Er bleek een "
                            "grote vraagverlegenheid te zijn. De grote uitdaging was: hoe houden we "
                            "die bereidheid en onderlinge solidariteit vast? En hoe zorgen we dat "
                            "kwetsbare mensen ook daadwerkelijk worden bereikt? In deze "
                            "huiskamersessie gaan we in op welke manier hoe je de bereidwilligheid "
                            "kunt vasthouden onder inwoners door deze in een bepaalde structuur te "
                            "gieten. Welzijn Putten heeft de vrijwilligers die zich hadden "
                            "opgegeven benaderd om mee te doen in het Netwerk Burenhulp Putten. Dit "
                            "netwerk bestaat inmiddels uit 59 contactpersonen die zich sterk willen "
                            "maken voor inwoners uit hun eigen straat. In deze huiskamersessie "
                            "vertellen we hoe je een Netwerk Burenhulp zelf kunt aanpakken in jouw "
                            "gemeente. We laten mooie voorbeelden zien. We gaan aan de slag met de "
                            "eerste stappen die je moet zetten en we laten zien wat de belangrijke "
                            "voorwaarden zijn voor een succesvol Netwerk Burenhulp."
                        ),
                        "facilitator": (
                            "Gijsbert-Willem Evers, Welzijn Putten en Margo van den Berg, "
                            "Burenhulp.NU"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer zag je buren elkaar echt helpen? Wat maakte dat het lukte?"
                            ),
                            "verbeelden": (
                                "Stel: elke straat heeft een contactpersoon voor burenhulp. "
                                "Wat is er over drie jaar anders?"
                            ),
                            "vormgeven": (
                                "Hoe houd je de bereidheid om te helpen vast? En hoe bereik je "
                                "mensen die moeilijk om hulp vragen?"
                            ),
                            "verwezenlijken": (
                                "Welke eerste stap zet jij voor een Netwerk Burenhulp in jouw "
                                "gemeente? Met wie, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-8",
                        "title": "Solidariteit tussen generaties: Samenkracht in wijken",
                        "subtitle": "Huiskamer 8",
                        "description": (
                            "Samenkracht is een nieuw ontwerp voor kracht- en netwerkontwikkeling. "
                            "Mensen willen gezien en gewaardeerd worden, meedoen, ertoe doen en van "
                            "betekenis zijn. Waar ‘van betekenis zijn’ en ‘verbondenheid’ "
                            "ontbreken, kan eenzaamheid en sociaal isolement ontstaan. Meedoen en "
                            "van betekenis zijn vragen iets van de ander, je zou dat ‘geefkracht’ "
                            "kunnen noemen. Als niemand iets aan jou vraagt, als 'ze' je niet zien "
                            "of horen, als je in de hoek gezet wordt van ‘kwetsbaar’, dan wordt van "
                            "betekenis zijn, iets géven, wel heel moeilijk. Samenkracht is een "
                            "wetenschappelijk onderbouwde tool met praktische toepasbaarheid in "
                            "wijken. Een verfrissende kijk op solidariteit, juist nu. Tijdens deze "
                            "huiskamersessie ervaar je een proeverij van de uitgangspunten en "
                            "praktische werkvormen en Samenkracht in je eigen werk. Als je "
                            "Samenkracht in je eigen werk toepast, doe je zelf óók mee. Je bent "
                            "deel van de Samenkracht. Daarom laten we je alvast iets ontdekken over "
                            "de waarden van waaruit je werkt, je ervaren kwaliteit van leven, je "
                            "verbondenheid met jezelf en je omgeving. Met werkvormen die je straks "
                            "zelf kunt toepassen. “Verbondenheid, een kwestie van GEVEN en "
                            "ontvangen’’."
                        ),
                        "facilitator": "Loes Hulsebosch, Stichting ZorgMerk",
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer voelde je dat je van betekenis was voor een ander? "
                                "Wat gaf je toen?"
                            ),
                            "verbeelden": (
                                "Stel: jong en oud in de wijk vragen iets van elkaar en geven iets. "
                                "Wat zie je dan?"
                            ),
                            "vormgeven": (
                                "Hoe geef je mensen ruimte voor hun ‘geefkracht’? "
                                "Welke werkvormen of afspraken helpen daarbij?"
                            ),
                            "verwezenlijken": (
                                "Welke werkvorm van Samenkracht probeer jij in je eigen werk? "
                                "Met wie, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-9",
                        "title": (
                            "WoonStAP: 'Voor hen met een belast woonverleden die niet meer via de "
                            "reguliere weg in aanmerking komen voor een sociale huurwoning'"
                        ),
                        "subtitle": "Huiskamer 9",
                        "description": (
                            "Wonen is de basis. Marloes Olde Hampsink, Sociaal werker van het jaar "
                            "2020, werkt in Enschede vanuit het wijkteam samen met corporaties om "
                            "mensen die niet meer kunnen huren wegens een problematisch "
                            "woonverleden (huurschulden, overlast, hennepkwekerij, etc.) een "
                            "tweede kans te geven. Daarbij worden afspraken gemaakt over de zorg en "
                            "hulpverlening die nodig is om het wonen tot een succes te maken en "
                            "herhaling of terugval te voorkomen. Tijdens de coronacrisis, toen het "
                            "motto was dat iedereen thuis moest blijven, hebben we extra "
                            "'doorstroomwoningen' ingezet voor gezinnen en tijdelijke kamerverhuur "
                            "voor individuen. Dit om te voorkomen dat mensen op straat komen te "
                            "staan. Uitstromers uit de maatschappelijke opvang hebben we eenmalig "
                            "voorrang verleend zodat er plekken vrij kwamen voor daklozen die nog "
                            "wel ondersteuning nodig hadden. Onderlinge samenwerking, stedelijk en "
                            "multidisciplinair. In deze huiskamersessie vertellen Marloes en "
                            "woonconsulent Jamie de Haan over de aanpak WoonStAP en gaan we aan de "
                            "hand van een aantal stellingen in op de verbindende rol van de sociaal "
                            "werker in de samenwerking met partners met verschillende belangen."
                        ),
                        "facilitator": (
                            "Marloes Olde Hampsink, Stichting Maatschappelijke Dienstverlening / "
                            "Wijkteams Enschede, en Jamie de Haan, woningcorporatie de Woonplaats"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer kreeg iemand met een lastig woonverleden een tweede kans? "
                                "Wat maakte dat het lukte?"
                            ),
                            "verbeelden": (
                                "Stel: niemand komt meer op straat door een woonverleden. "
                                "Wat is er over drie jaar anders?"
                            ),
                            "vormgeven": (
                                "Welke afspraken tussen wijkteam, corporatie en hulpverlening zijn "
                                "nodig om het wonen te laten slagen?"
                            ),
                            "verwezenlijken": (
                                "Welke partner met andere belangen ga jij benaderen? "
                                "Wat spreek je af, en wanneer?"
                            ),
                        },
                    },
                    {
                        "key": "huiskamer-10",
                        "title": "Mensenrechten: een hefboom voor solidariteit in het sociaal werk?",
                        "subtitle": "Huiskamer 10",
                        "description": (
                            "Mensenrechten zijn een centraal referentiekader voor het sociaal werk, "
                            "staat in de internationale definitie van sociaal werk. Toch zijn "
                            "mensenrechten niet per definitie een hefboom voor de realisatie van "
                            "solidariteit in het sociaal werk. In deze huiskamersessie verkennen we "
                            "aan de hand van een aantal stellingen de mogelijkheden maar ook de "
                            "beperkingen van mensenrechten bij het streven naar de realisatie van "
                            "solidariteit. Stellingen die aan bod komen zijn o.a. “Het inzetten van "
                            "mensenrechten in het sociaal werk resulteert in een uitgesproken "
                            "individualiserende benadering, wat leidt tot de-solidarisering van "
                            "sociale kwesties”, of “Mensenrechten in het sociaal werk leiden vaak "
                            "tot juridisering van sociale relaties, wat conflicten genereert tussen "
                            "mensen, eerder dan solidariteit.” Door middel van een dialogisch "
                            "gesprek wisselen we tijdens deze huiskamersessie van gedachten over "
                            "mensenrechten als hefboom voor solidariteit in het sociaal werk."
                        ),
                        "facilitator": (
                            "Didier Reynaert, Hogeschool Gent & HAN University of Applied Sciences"
                        ),
                        "capacity": None,
                        "prompts": {
                            "verkennen": (
                                "Wanneer hielpen mensenrechten jou om solidariteit te bereiken? "
                                "Wat werkte daarin?"
                            ),
                            "verbeelden": (
                                "Stel: mensenrechten zijn een echte hefboom voor solidariteit. "
                                "Wat doet sociaal werk dan anders?"
                            ),
                            "vormgeven": (
                                "Hoe voorkom je dat mensenrechten mensen alleen als individu zien, "
                                "of tot juridische ruzie leiden?"
                            ),
                            "verwezenlijken": (
                                "Hoe gebruik jij mensenrechten voor solidariteit in je eigen werk? "
                                "Wat is je eerste stap?"
                            ),
                        },
                    },
                ],
            },
        ],
    },
]
