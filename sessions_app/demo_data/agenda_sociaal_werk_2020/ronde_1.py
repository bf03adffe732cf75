"""De agenda van het sociaal werk 2020: the huiskamersessies of round 1."""

ROUND = {
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
}
