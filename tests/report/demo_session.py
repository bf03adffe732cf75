"""One room of the demo event after a real session: 30 notes from eight people in three phases,
themes, a vote in vormgeven only, three actions, emoji as phones send them. Used by the page-count
test and by scripts that render the README's picture of the verslag (made with the ORM: the
verslag only reads these rows)."""

import datetime
import uuid

from django.utils import timezone

from sessions_app.models import Action, Note, Participant, Theme, Vote

PEOPLE = [
    ("Karin", "ervaringsdeskundige"), ("Mehmet", "ervaringsdeskundige"), ("Sanne", "beleid"), ("Joost", "beleid"),
    ("Fatima", "praktijk"), ("Pieter", "praktijk"), ("Lisa", "onderwijs"), ("", "inwoner"),
]
VERKENNEN = [
    "Bij de buurtkamer kon ik gewoon binnenlopen, zonder afspraak 🙂",
    "Mijn consulent belde zelf terug, dat gaf rust",
    "De schuldhulp begon meteen, niet pas na drie maanden wachten",
    "Eén vast gezicht bij de gemeente 👍",
    "We zaten met wijkteam en woningcorporatie samen aan tafel",
    "Geen formulier van twaalf pagina's maar een gesprek",
    "Het potje voor maatwerk mocht zonder gedoe worden ingezet",
    "Ervaringsdeskundigen dachten mee over de brief ✉️",
    "Vrijwilligers hielpen met de administratie, elke week",
    "Er werd geluisterd naar wat ik zelf wilde ❤️",
]
VERBEELDEN = [
    "Niemand hoeft te kiezen tussen eten en de huur",
    "Eén loket waar je met alles terecht kunt",
    "Regels die uitgaan van vertrouwen, niet van wantrouwen",
    "Elk kind kan meedoen met sport en muziek 🎉",
    "Een basisinkomen dat genoeg is om van te leven",
    "Professionals hebben tijd voor een echt gesprek",
    "Brieven die iedereen kan begrijpen",
    "Buren kennen elkaar en helpen elkaar 🤝",
]
VORMGEVEN = {
    "Tijd en vertrouwen": [
        ("Langer de tijd voor gesprekken", 5),
        ("Vaste contactpersoon voor elk gezin", 3),
        ("Ruimte om af te wijken van de regels", 2),
    ],
    "Samen aan tafel": [
        ("Ervaringsdeskundigen betalen voor hun inbreng", 3),
        ("Elke maand een overleg van wijkteam, corporatie en schuldhulp", 1),
    ],
    "Begrijpelijk": [
        ("Alle brieven op B1-niveau", 2),
        ("Een app die laat zien waar je recht op hebt 📱", 0),
    ],
}
VORMGEVEN_LOOSE = ["Minder verschillende potjes"]
VERWEZENLIJKEN = [
    "Pilot met één loket in Oost", "Brieven laten lezen door een panel", "Budget voor maatwerk",
    "Over een half jaar kijken we samen terug",
]
ACTIONS = [
    ("Pilot één loket in wijk Oost starten", "Sanne (gemeente)", datetime.date(2022, 6, 1)),
    ("Panel van ervaringsdeskundigen voor de brieven opzetten", "Karin en Mehmet", datetime.date(2022, 4, 15)),
    ("Budget voor maatwerk op de agenda van de raad", "Joost", None),
]


def fill(room) -> None:
    """Writes the session into `room` (30 notes)."""
    people = [
        Participant.objects.create(room=room, device_id=uuid.uuid4(), name=name, perspective=perspective)
        for name, perspective in PEOPLE
    ]
    counter = iter(range(1000))

    def note(phase, text, **fields):
        writer = people[next(counter) % len(people)]
        return Note.objects.create(room=room, participant=writer, phase=phase, text=text, perspective=writer.perspective,
                                   client_id=f"demo-{uuid.uuid4().hex[:12]}", **fields)

    for i, text in enumerate(VERKENNEN):
        note("verkennen", text, tags=["zekerheid"] if i % 3 == 0 else [], highlighted=i == 0)
    for text in VERBEELDEN:
        note("verbeelden", text)
    for position, (title, items) in enumerate(VORMGEVEN.items()):
        theme = Theme.objects.create(room=room, phase="vormgeven", title=title, position=position)
        for text, dots in items:
            written = note("vormgeven", text, theme=theme)
            for d in range(dots):
                Vote.objects.create(room=room, participant=people[d % len(people)], note=written)
    for text in VORMGEVEN_LOOSE:
        note("vormgeven", text)
    for text in VERWEZENLIJKEN:
        note("verwezenlijken", text)
    for position, (what, who, when) in enumerate(ACTIONS):
        Action.objects.create(room=room, what=what, who=who, when=when, position=position)
    if room.event_id and room.event.date:  # the session ran on the day of the event, from 14:15
        start = timezone.make_aware(datetime.datetime.combine(room.event.date, datetime.time(14, 15)))
        for minute, pk in enumerate(Note.objects.filter(room=room).order_by("id").values_list("pk", flat=True)):
            Note.objects.filter(pk=pk).update(created_at=start + datetime.timedelta(minutes=minute * 2))
