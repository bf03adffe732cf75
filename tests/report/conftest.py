"""A room with something to report: Anna (ervaringsdeskundige) and Bram wrote notes in three
phases, Fatima grouped them in themes, the room voted, and they agreed on an action. Themes,
votes and actions are made with the ORM here, as the verslag only reads them."""

import datetime

import pytest

from sessions_app.models import Action, Event, Note, Participant, Round, Theme, Vote

TRICKY = "Geën zorgen 😀 <script>alert(1)</script> **vet**"
FORMULA = '=HYPERLINK("http://evil.example","klik")'
RTL = "مرحبا بالعالم"
LONG_WORD = "Bestaanszekerheids" + "x" * 200
HIDDEN = "GEHEIM-verborgen-briefje"
PRIVATE = "NOG-PRIVE-droom"


def note(room, participant, phase, text, **fields):
    return Note.objects.create(
        room=room, participant=participant, phase=phase, text=text, client_id=f"c{Note.objects.count()}",
        perspective=participant.perspective if participant else "", **fields,
    )


def dots(room, voters, n, **target):
    for i in range(n):
        Vote.objects.create(room=room, participant=voters[i % len(voters)], **target)


@pytest.fixture
def verslag(armoede, anna, bram, fatima):
    """The armoede room after a full session; returns the room."""
    room = armoede
    a = Participant.objects.get(room=room, name="Anna")
    b = Participant.objects.get(room=room, name="Bram")
    room.facilitator_name = "Fatima"
    room.lens_enabled = True
    room.summary = "We zochten naar wat al werkt.\nDe buurtkamer kwam vaak terug."
    room.quotes = "Geld is niet alles, maar zonder geld is alles niets.\n\n‘Zie de mens achter het dossier.’"
    room.save()
    note(room, a, "verkennen", TRICKY, tags=["zekerheid", "inclusie"])
    note(room, b, "verkennen", FORMULA)
    note(room, b, "verkennen", RTL, highlighted=True)
    note(room, a, "verkennen", LONG_WORD)
    note(room, b, "verkennen", HIDDEN, hidden=True)
    note(room, a, "verbeelden", PRIVATE, private=True)
    geld = Theme.objects.create(room=room, phase="vormgeven", title="Geld", position=0)
    tijd = Theme.objects.create(room=room, phase="vormgeven", title="Tijd", position=1)
    loket = note(room, a, "vormgeven", "Eén loket voor alle regelingen", theme=geld)
    note(room, b, "vormgeven", "Vaste contactpersoon", theme=geld)
    rust = note(room, a, "vormgeven", "Rust in het traject", theme=tijd)
    langer = note(room, b, "vormgeven", "Langer de tijd voor gesprekken", theme=tijd)
    note(room, b, "vormgeven", "Losse gedachte zonder thema")
    dots(room, [a, b], 1, note=loket)
    dots(room, [a, b], 2, note=rust)
    dots(room, [a, b], 4, note=langer)
    Action.objects.create(room=room, what="Buurtkamer openen op woensdag", who="Anna en Bram",
                          when=datetime.date(2026, 12, 1), position=0)
    Action.objects.create(room=room, what="Eén loket uitproberen", who="Gemeente", position=1)
    return room


@pytest.fixture
def event_with_rooms(verslag, sociale_basis):
    """An event with two rounds: Armoede (the full room) and Sociale basis (empty)."""
    event = Event.objects.create(slug="bestaanszeker", code="EVT001", title="Bestaanszeker Nederland",
                                 date=datetime.date(2026, 11, 20), programme="10:00 Welkom\n10:30 Ronde 1",
                                 location="Utrecht")
    first = Round.objects.create(event=event, title="Ronde 1", position=0)
    second = Round.objects.create(event=event, title="Ronde 2", position=1)
    verslag.event, verslag.round = event, first
    verslag.save()
    sociale_basis.event, sociale_basis.round = event, second
    sociale_basis.save()
    return event
