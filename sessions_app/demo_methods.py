"""Two demo rooms that have been run (issue 15), beside the events of demo_data.py: one worked
through the five V's (5v), one a waarderend gesprek with interviews in tweetallen (gesprek).
Their notes and stories are written for the demo, in the voice of the sources (the Sociale basis
deelsessie of the Landelijke Werkplaats 2022: "Even tot hier… de sociale basis"). Everything goes
through the services, as a live room would. Loading twice changes nothing."""

import uuid

from .models import Event, Room
from .services import actions, events, interviews, notes, phases, reveal, rooms, themes, votes
from .services.participants import join_room

EVENT = {
    "slug": "waarderend-werken-voorbeelden",
    "title": "Waarderend werken: twee voorbeelden",
    "subtitle": "Een deelsessie in vijf V's en een waarderend gesprek met interviews",
    "description": "Twee deelsessies die al gelopen zijn. Zo zie je hoe de werkvormen eruitzien.",
    "location": "Online",
}

PEOPLE = (
    ("Karin", "ervaringsdeskundige"),
    ("Joost", "beleid"),
    ("Samira", "praktijk"),
    ("Lisbeth", "onderwijs"),
    ("Ahmed", "inwoner"),
)

FIVE_V_RUN = {
    "verkennen": [
        "Hoe houden we de sociale basis overeind als het geld krap is?",
        "Samenwerken tussen buurtwerk en wijkteam",
        "Hoe bereiken we mensen die zelf niet aankloppen?",
    ],
    "vertellen": [
        "In de buurtkamer vond ik mensen die net als ik rond moesten komen. Daar durfde ik hulp te vragen.",
        "De huisarts en het buurtwerk spraken elke week kort af. Zo viel niemand tussen wal en schip.",
        "Een vrijwilliger ging gewoon mee naar de gemeente. Dat maakte het verschil.",
        "Bewoners bepaalden zelf wat er in het buurthuis gebeurde.",
    ],
    "verbeelden": [
        "Elke wijk heeft een plek waar je zonder afspraak binnenloopt.",
        "Ervaringsdeskundigen zitten aan tafel als het beleid wordt gemaakt.",
    ],
    "vernieuwen": [
        "Een vast overleg van buurtwerk, wijkteam en huisarts.",
        "Geld voor de sociale basis voor meerdere jaren, niet per jaar.",
    ],
    "verwezenlijken": ["Joost zet het vaste overleg op de agenda van de gemeente."],
}

# What each person told in their interview, as the one who asked wrote it down.
STORIES = {
    "Karin": "Karin vertelde hoe een buurvrouw haar meenam naar de voedselbank. Geen formulier, gewoon samen gaan.",
    "Joost": "Joost zag dat een ambtenaar op huisbezoek meer hoorde dan in tien brieven.",
    "Samira": "Samira zette een spreekuur op in de moskee. Mensen kwamen omdat ze haar kenden.",
    "Ahmed": "Ahmed helpt buren met hun post. Hij voelt zich daardoor nodig.",
    "Lisbeth": "Lisbeth liet studenten een dag meelopen in de wijk. Toen snapten ze pas wat armoede is.",
}


def _people(room: Room) -> dict:
    return {
        name: join_room(room, uuid.uuid5(uuid.NAMESPACE_URL, f"vierluik-demo:{room.slug}:{name}"), name=name, perspective=perspective)
        for name, perspective in PEOPLE
    }


def _write(room: Room, person, phase: str, text: str, number: int):
    note, _created = notes.add_note(room, person, phase=phase, text=text, client_id=f"demo-{phase}-{number}")
    return note


def run_five_v(event: Event) -> Room:
    room = rooms.create_room(
        title="Sociale basis in vijf V's", subtitle="Even tot hier… de sociale basis", slug="vijf-v",
        event=event, round=event.current_round, method="5v",
    )
    people = list(_people(room).values())
    written = {}
    for phase, texts in FIVE_V_RUN.items():
        room = phases.set_phase(room, phase)
        written[phase] = [_write(room, people[n % len(people)], phase, text, n) for n, text in enumerate(texts)]
        if phase == "verbeelden":  # 5v dreams privately first: the facilitator then shows them all
            reveal.reveal(room, phase)
    told = written["vertellen"]
    themes.create_theme(room, "Samen optrekken", note_ids=[told[1].pk, told[2].pk])
    themes.create_theme(room, "Een plek in de wijk", note_ids=[told[0].pk, told[3].pk])
    room = phases.set_phase(room, "verwezenlijken")
    actions.add_action(room, what="Vast overleg buurtwerk, wijkteam en huisarts", who="Joost", note_id=written["vernieuwen"][0].pk)
    return room


def run_gesprek(event: Event) -> Room:
    room = rooms.create_room(
        title="Wijkgesprek: wat werkt in Oost", subtitle="Een waarderend gesprek van een uur", slug="wijkgesprek",
        event=event, round=event.current_round, method="gesprek",
    )
    people = _people(room)
    room = interviews.start(room)
    for turn in range(3):  # a pair swaps once, a trio twice; whoever asks writes down the story
        for writer in people.values():
            found = interviews.seats(room, writer)
            if found["role"] == interviews.ASKS and found["partner"].name not in told(room):
                interviews.add_story(room, writer, text=STORIES[found["partner"].name], client_id=f"demo-story-{turn}")
        if turn < 2:
            room = interviews.swap(room)
    karin_story = room.notes.filter(kind="story", about=people["Karin"]).first()
    if karin_story:  # Karin puts it in her own words
        interviews.correct_story(room, people["Karin"], karin_story.pk, "Mijn buurvrouw ging gewoon mee naar de voedselbank. Zonder formulier. Daardoor durfde ik.")
    room = interviews.stop(room)
    stories = list(room.notes.filter(kind="story").order_by("id"))
    if len(stories) >= 2:
        themes.create_theme(room, "Gewoon samen gaan", note_ids=[stories[0].pk, stories[-1].pk])
    room = votes.open_vote(room, budget=2)
    for person, story in zip(people.values(), stories):
        votes.add_vote(room, person, note_id=story.pk)
    room = votes.close_vote(room)
    room = phases.set_phase(room, "droom")
    _write(room, people["Ahmed"], "droom", "Iedere straat heeft iemand die de buren kent en helpt.", 0)
    room = phases.set_phase(room, "stap")
    actions.add_action(room, what="Een koffieochtend in de moskee met het wijkteam", who="Samira")
    return room


def told(room: Room) -> set[str]:
    return set(room.notes.filter(kind="story").values_list("about__name", flat=True))


def load(organiser) -> tuple[Event, list[Room]]:
    event = Event.objects.filter(slug=EVENT["slug"]).first()
    if event is None:
        event = events.create_event(**EVENT)
        first = events.add_round(event, title="Voorbeelden", position=0)
        event.current_round = first
        event.save(update_fields=["current_round"])
    event.organisers.add(organiser)
    loaded = [
        event.rooms.filter(slug=slug).first() or run(event)
        for slug, run in (("vijf-v", run_five_v), ("wijkgesprek", run_gesprek))
    ]
    return event, loaded
