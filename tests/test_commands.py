"""The two management commands outside tools rely on: seed_demo and export_room."""

import json
import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from sessions_app.demo_data import EVENTS
from sessions_app.models import Event, Note, Participant, Room, RoomPhase, Round
from sessions_app.services import notes, phases
from sessions_app.services.participants import join_room
from sessions_app.models import new_device_id

pytestmark = pytest.mark.django_db

WERKPLAATS = next(event for event in EVENTS if event["subtitle"] == "Landelijke Werkplaats 2022")
WERKPLAATS_ROOMS = [room for round_ in WERKPLAATS["rounds"] for room in round_["rooms"]]
URL = re.compile(r"https?://\S+")


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    return [model.objects.count() for model in (Event, Round, Room, RoomPhase, get_user_model())]


def test_seed_demo_loads_the_landelijke_werkplaats_with_its_four_rooms():
    seed("--password", "demo-wachtwoord")

    event = Event.objects.get(title="Bestaanszekerheid: van praten naar doen")
    assert event.subtitle == "Landelijke Werkplaats 2022"
    titles = list(event.rooms.order_by("position").values_list("title", flat=True))
    assert titles == ["Armoede", "Sociale basis", "Ervaringsdeskundigheid", "Lerende praktijken"]


@pytest.mark.parametrize("data", WERKPLAATS_ROOMS, ids=[room["key"] for room in WERKPLAATS_ROOMS])
def test_each_werkplaats_room_has_its_subtitle_and_four_prompts(data):
    seed("--password", "demo-wachtwoord")

    room = Room.objects.get(event__slug=WERKPLAATS["slug"], slug=data["key"])
    assert (room.title, room.subtitle) == (data["title"], data["subtitle"])
    prompts = dict(room.phases.values_list("key", "prompt"))
    assert list(prompts) == ["verkennen", "verbeelden", "vormgeven", "verwezenlijken"]
    assert all(prompt.strip() for prompt in prompts.values())
    for key, prompt in data.get("prompts", {}).items():
        assert prompts[key] == prompt


def test_running_seed_demo_twice_creates_no_duplicates():
    seed("--password", "demo-wachtwoord")
    before = counts()
    codes = set(Room.objects.values_list("code", flat=True))

    seed("--password", "demo-wachtwoord")

    assert counts() == before
    assert set(Room.objects.values_list("code", flat=True)) == codes


def test_running_seed_demo_again_keeps_what_happened_in_a_room():
    seed("--password", "demo-wachtwoord")
    room = Room.objects.get(slug="armoede")
    phases.set_phase(room, "verbeelden")
    anna = join_room(room, new_device_id())
    room.refresh_from_db()
    notes.add_note(room, anna, phase="verbeelden", text="Al geschreven", client_id="c-1")
    # The demo rooms that were already run (sessions_app/demo_methods.py) bring their own notes.
    before = (Note.objects.count(), Participant.objects.count())

    seed("--password", "demo-wachtwoord")

    assert Room.objects.get(slug="armoede").phase == "verbeelden"
    assert room.notes.count() == 1 and room.participants.count() == 1
    assert (Note.objects.count(), Participant.objects.count()) == before  # nothing doubled, nothing lost


def test_seed_demo_prints_each_rooms_join_link_and_then_its_facilitator_link():
    output = seed("--password", "demo-wachtwoord", "--base-url", "http://127.0.0.1:8000")
    urls = URL.findall(output)

    for room in Room.objects.all():
        join = f"http://127.0.0.1:8000/j/{room.code}/"
        facilitator = f"http://127.0.0.1:8000/f/{room.code}/{room.facilitator_token}/"
        assert join in urls, room
        at = urls.index(join)
        assert urls[at + 1] == facilitator, "the next URL after the join link is the facilitator link"
        assert output.index(join) < output.index(facilitator)
        assert output[:output.index(join)].count("\n") < output[:output.index(facilitator)].count("\n")


def test_the_printed_facilitator_link_signs_in(client):
    output = seed("--password", "demo-wachtwoord", "--base-url", "http://testserver")
    room = Room.objects.get(slug="armoede")
    link = next(url for url in URL.findall(output) if f"/f/{room.code}/" in url)

    client.get(link.removeprefix("http://testserver"))

    assert client.get(f"/f/{room.code}/").status_code == 200


def test_password_sets_the_staff_account_organisator(client):
    seed("--password", "een-goed-wachtwoord")

    user = get_user_model().objects.get(username="organisator")
    assert user.is_staff and user.check_password("een-goed-wachtwoord")
    assert client.login(username="organisator", password="een-goed-wachtwoord")


def test_without_password_a_random_one_is_printed_and_works():
    output = seed()

    user = get_user_model().objects.get(username="organisator")
    printed = output.strip().split()[-1]
    assert user.is_staff and user.check_password(printed)


def test_seeding_again_without_password_does_not_change_the_organisers_password():
    seed("--password", "eerste-wachtwoord")

    seed()

    assert get_user_model().objects.get(username="organisator").check_password("eerste-wachtwoord")


def export(code) -> dict:
    out = StringIO()
    call_command("export_room", code, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def test_export_room_prints_the_room_with_its_phases_and_notes(armoede):
    anna = join_room(armoede, new_device_id(), name="Anna", perspective="ervaringsdeskundige")
    armoede.refresh_from_db()
    note, _ = notes.add_note(armoede, anna, phase="verkennen", text="De buurtkamer werkt", client_id="c-1")
    phases.set_phase(armoede, "verbeelden")
    phases.set_writing(armoede, False)

    data = export(armoede.code.lower())

    assert (data["code"], data["title"], data["phase"], data["writing_open"]) == (
        armoede.code, "Armoede", "verbeelden", False
    )
    assert [phase["key"] for phase in data["phases"]] == ["verkennen", "verbeelden", "vormgeven", "verwezenlijken"]
    verkennen = data["phases"][0]
    assert verkennen["title"] == "Verkennen"
    assert verkennen["prompt"] == armoede.phases.get(key="verkennen").prompt
    assert [
        {key: n[key] for key in ("id", "text", "perspective")} for n in verkennen["notes"]
    ] == [{"id": note.pk, "text": "De buurtkamer werkt", "perspective": "ervaringsdeskundige"}]
    assert verkennen["notes"][0]["created_at"].startswith(str(note.created_at.year))
    assert all(phase["notes"] == [] for phase in data["phases"][1:])


def test_export_room_keeps_note_text_as_typed(armoede):
    anna = join_room(armoede, new_device_id())
    armoede.refresh_from_db()
    notes.add_note(armoede, anna, phase="verkennen", text='<script>"é€"</script>', client_id="c-1")

    assert export(armoede.code)["phases"][0]["notes"][0]["text"] == '<script>"é€"</script>'


def test_export_room_with_an_unknown_code_is_an_error(db):
    with pytest.raises(CommandError, match="Deze code kennen we niet"):
        export("QQQQQQ")
