"""AVG (issue 12, item 14): leaving takes everything of the person along (the event's attendee
row with name and perspective, the theme titles they proposed), and names are off in every
verslag format and its share link until the facilitator switches them on."""

import json

import pytest
from django.test import Client

from sessions_app import report
from sessions_app.models import Attendee, Note, Room, Theme
from sessions_app.services import notes, themes
from tests.report.readers import docx_text, pdf_text, xlsx_text
from tests.trust.matrix_cast import build_scene

pytestmark = pytest.mark.django_db

NAME = "Zeynep"


def attend_and_choose(event, room, name, perspective="ervaringsdeskundige") -> Client:
    phone = Client()
    assert phone.post(f"/j/{event.code}/", {"name": name, "perspective": perspective}).status_code == 302
    assert phone.post(f"/e/{event.slug}/kies/", {"room": room.pk}).status_code == 302
    return phone


def test_leaving_an_event_room_deletes_my_attendee_row_and_the_themes_i_proposed():
    scene = build_scene()
    event, room = scene.event, scene.room
    zeynep = attend_and_choose(event, room, NAME)
    me = room.participants.get(name=NAME)
    Room.objects.filter(pk=room.pk).update(participants_propose_themes=True)
    room = Room.objects.get(pk=room.pk)
    proposal = themes.propose_theme(room, me, "Mijn eigen woorden")
    anna = room.participants.get(name="Anna")
    others = notes.add_note(room, anna, phase=room.phase, text="Van Anna", client_id="a-1")[0]
    Note.objects.filter(pk=others.pk).update(theme=proposal)
    organiser = scene.clients["organiser"]
    assert Attendee.objects.filter(name=NAME).exists()

    assert zeynep.post(f"/r/{room.code}/verlaten/").status_code == 200

    assert not Attendee.objects.filter(name=NAME).exists()
    assert not Theme.objects.filter(title="Mijn eigen woorden").exists()
    assert Note.objects.get(pk=others.pk).theme_id is None  # Anna's note stays, as a loose note
    assert NAME not in organiser.get(f"/e/{event.slug}/overview/").content.decode()
    assert "Mijn eigen woorden" not in organiser.get(f"/e/{event.slug}/krant.md").content.decode()


def room_with_a_named_person():
    scene = build_scene()
    room = scene.room
    phone = Client()
    assert phone.post(f"/j/{room.code}/", {"name": NAME, "perspective": "ervaringsdeskundige"}).status_code == 302
    me = room.participants.get(name=NAME)
    notes.add_note(room, me, phase=room.phase, text="Wat al werkt", client_id="z-1")
    return scene, Room.objects.get(pk=room.pk)


def test_names_are_off_by_default_in_every_format_and_in_the_share_link():
    scene, room = room_with_a_named_person()
    for fmt in report.FORMATS:
        data = report.room_export(room, fmt)
        text = {"pdf": pdf_text, "docx": docx_text, "xlsx": xlsx_text}.get(fmt, bytes.decode)(data)
        assert NAME not in text, fmt
        assert "Wat al werkt" in text, fmt
    perspectives = json.loads(report.room_export(room, "json"))["perspectives"]
    assert {"key": "ervaringsdeskundige", "count": 1} in [{k: p[k] for k in ("key", "count")} for p in perspectives]

    facilitator = scene.clients["facilitator"]
    assert NAME not in facilitator.get(f"/f/{room.code}/verslag/").content.decode()
    facilitator.post(f"/f/{room.code}/verslag/delen/", {"on": "1"})
    token = Room.objects.get(pk=room.pk).share_token
    assert NAME not in Client().get(f"/v/{token}/").content.decode()
    assert NAME not in Client().get(f"/v/{token}/verslag.md").content.decode()
    assert NAME not in scene.clients["organiser"].get(f"/e/{scene.event.slug}/krant/").content.decode()


def test_the_facilitator_switches_names_on_and_off_from_the_console():
    scene, room = room_with_a_named_person()
    facilitator = scene.clients["facilitator"]
    console = facilitator.get(f"/f/{room.code}/").content.decode()
    assert f'action="/f/{room.code}/verslag/namen/"' in console
    assert "Zet de namen in het verslag" in console

    facilitator.post(f"/f/{room.code}/verslag/namen/", {"on": "1"})

    assert NAME in facilitator.get(f"/f/{room.code}/verslag/").content.decode()
    assert NAME in facilitator.get(f"/f/{room.code}/verslag.md").content.decode()
    assert "Haal de namen uit het verslag" in facilitator.get(f"/f/{room.code}/").content.decode()
    facilitator.post(f"/f/{room.code}/verslag/namen/", {"on": "0"})
    assert NAME not in facilitator.get(f"/f/{room.code}/verslag.md").content.decode()


def test_a_phone_or_a_stranger_cannot_switch_names_on():
    scene, room = room_with_a_named_person()
    for role in ("participant", "anonymous", "facilitator_other"):
        scene.clients[role].post(f"/f/{room.code}/verslag/namen/", {"on": "1"})
    assert not Room.objects.get(pk=room.pk).report_names
