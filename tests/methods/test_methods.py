"""Methods to choose: each a preset of phases; create_room prints the links; the export follows."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from sessions_app.methods import CHOOSABLE, METHODS
from sessions_app.models import Room
from sessions_app.audience import Audience
from sessions_app.reads.board import phase_views
from sessions_app.services import phases, rooms
from sessions_app.services.errors import DomainError

pytestmark = pytest.mark.django_db

EXPECTED = {
    "4v": ["verkennen", "verbeelden", "vormgeven", "verwezenlijken"],
    "5v": ["verkennen", "vertellen", "verbeelden", "vernieuwen", "verwezenlijken"],
    "soar": ["sterktes", "kansen", "ambities", "resultaten"],
    "gesprek": ["interview", "droom", "stap"],
}


@pytest.mark.parametrize("method", EXPECTED)
def test_a_room_gets_the_phases_of_its_method(method):
    room = rooms.create_room(title="Proef", method=method)

    assert list(room.phases.values_list("key", flat=True)) == EXPECTED[method]
    assert room.phase == EXPECTED[method][0]


def test_every_choosable_method_has_a_purpose_and_prompts():
    assert set(CHOOSABLE) == set(EXPECTED)
    for key in CHOOSABLE:
        assert str(METHODS[key].purpose)
        assert all(str(phase.prompt) for phase in METHODS[key].phases)


def test_an_unknown_method_is_refused():
    with pytest.raises(DomainError):
        rooms.create_room(title="Proef", method="6v")


def test_the_phase_moves_only_within_the_rooms_method():
    room = rooms.create_room(title="Proef", method="soar")

    phases.set_phase(room, "kansen")
    with pytest.raises(DomainError):
        phases.set_phase(room, "verbeelden")


def test_a_phase_label_can_be_changed_and_shows_in_every_language():
    room = rooms.create_room(title="Proef", method="5v")

    rooms.set_phase_title(room, "vertellen", "Verhalen ophalen")

    for language in ("nl", "en"):
        with translation.override(language):
            titles = {view.key: str(view.title) for view in phase_views(room, Audience.FACILITATORS, with_notes=False)}
        assert titles["vertellen"] == "Verhalen ophalen"
    with translation.override("en"):
        titles = {view.key: str(view.title) for view in phase_views(room, Audience.FACILITATORS, with_notes=False)}
    assert titles["verkennen"] != "Verkennen"  # an unchanged label is still translated


def test_an_empty_phase_label_is_refused():
    room = rooms.create_room(title="Proef")
    with pytest.raises(DomainError, match="naam"):
        rooms.set_phase_title(room, "verkennen", "  ")


def test_create_room_prints_the_join_link_then_the_facilitator_link_and_the_export_follows_the_method():
    out = StringIO()
    call_command("create_room", "--title", "Teamdag", "--method", "soar", stdout=out)

    room = Room.objects.get(title="Teamdag")
    lines = [line for line in out.getvalue().splitlines() if "http" in line]
    assert f"/j/{room.code}/" in lines[0] and f"/f/{room.code}/{room.facilitator_token}/" in lines[1]
    exported = StringIO()
    call_command("export_room", room.code, "--format", "json", stdout=exported)
    assert [phase["key"] for phase in json.loads(exported.getvalue())["phases"]] == EXPECTED["soar"]


def test_create_room_in_an_event_and_refuses_an_unknown_event():
    from sessions_app.services import events

    event = events.create_event(slug="dag", title="Dag", method="gesprek")
    call_command("create_room", "--title", "Tafel", "--event", "dag", stdout=StringIO())
    assert Room.objects.get(title="Tafel").event == event
    assert Room.objects.get(title="Tafel").method == "gesprek"  # the event's method unless --method says otherwise
    with pytest.raises(CommandError):
        call_command("create_room", "--title", "Tafel", "--event", "nergens", stdout=StringIO())


def test_the_organiser_chooses_a_method_when_adding_a_room_to_an_event(client):
    from django.contrib.auth import get_user_model

    from sessions_app.models import Event
    from tests.events.test_event_setup import add_rooms, edit_url, room_data

    staff = get_user_model().objects.create_user("sara", password="x", is_staff=True)
    client.force_login(staff)
    client.post("/e/new/", {"title": "Teamdag", "retention_days": 30, "first_round": "Ochtend", "method": "5v"})
    event = Event.objects.get(title="Teamdag")
    assert event.method == "5v"
    page = client.get(edit_url(event))
    assert "SOAR" in page.content.decode()
    assert page.context["rounds"][0].add_form["method"].value() == "5v"  # new rooms start with the event's method

    add_rooms(client, event, event.current_round, "Verhalen")
    client.post(edit_url(event, f"ronde/{event.current_round.pk}/deelsessies/"),
                {f"add-{event.current_round.pk}-titles": "Strategie", f"add-{event.current_round.pk}-method": "soar"})
    room = event.rooms.get(title="Strategie")
    assert room.method == "soar" and list(room.phases.values_list("key", flat=True)) == EXPECTED["soar"]
    assert event.rooms.get(title="Verhalen").method == "5v"
    client.post(edit_url(event, f"deelsessie/{room.pk}/"), {**room_data(room), f"room-{room.pk}-method": "4v"})
    assert Room.objects.get(pk=room.pk).method == "soar"  # chosen once


def test_the_demo_has_a_room_run_in_5v_and_one_with_interviews():
    call_command("seed_demo", "--password", "x", stdout=StringIO())

    five = Room.objects.get(slug="vijf-v")
    assert five.method == "5v" and five.notes.filter(phase="vertellen").count() >= 3 and five.themes.exists()
    gesprek = Room.objects.get(slug="wijkgesprek")
    stories = gesprek.notes.filter(kind="story")
    assert gesprek.method == "gesprek" and stories.count() == 5
    assert set(stories.values_list("about_perspective", flat=True)) == {"ervaringsdeskundige", "beleid", "praktijk", "onderwijs", "inwoner"}
    assert stories.filter(corrected_at__isnull=False).exists() and gesprek.votes.exists()
