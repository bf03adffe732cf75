"""De agenda van het sociaal werk 2020: the huiskamersessies of round 2."""

ROUND = {
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
}
