"""Method as data: phases, prompts and tools come from sessions_app/methods.py. A later method
(here: a phase 0 to choose the kernthema) is a new entry there and works end to end."""

import json

import pytest
from asgiref.sync import sync_to_async
from django.core.management import call_command
from django.test import Client

from sessions_app.methods import FOUR_V, METHODS
from sessions_app.models import Note
from sessions_app.services import rooms
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def kernthema_room(db):
    return rooms.create_room(title="Wijkteam", method="4v-kernthema")


@pytest.fixture
def kernthema_facilitator(kernthema_room):
    client = Client()
    client.get(f"/f/{kernthema_room.code}/{kernthema_room.facilitator_token}/")
    return client


def test_the_kernthema_method_is_only_data():
    method = METHODS["4v-kernthema"]
    assert method.phase_keys == ("kernthema", *FOUR_V.phase_keys)
    assert "votes" in method.phase("kernthema").tools


def test_a_room_starts_in_the_first_phase_of_its_method(kernthema_room):
    assert kernthema_room.phase == "kernthema"
    assert list(kernthema_room.phases.values_list("key", flat=True)) == list(METHODS["4v-kernthema"].phase_keys)
    assert "belangrijkst" in kernthema_room.phases.get(key="kernthema").prompt


async def test_a_room_with_a_phase_0_works_end_to_end(kernthema_room, kernthema_facilitator, sockets, capsys):
    phone_client = await sync_to_async(join_as)(kernthema_room, "Dewi", "inwoner")
    phone = await sockets(kernthema_room, phone_client)
    console = await sockets(kernthema_room, kernthema_facilitator)
    assert 'data-phase="kernthema"' in phone.snapshot and "Kernthema kiezen" in phone.snapshot
    assert 'data-tools="notes themes votes spotlight"' in console.snapshot

    await phone.send("note.add", text="Armoede en schulden", client_id="k-1", phase="kernthema")
    await console.receive_until("Armoede en schulden")
    await console.send("timer.start", seconds=120)
    await phone.receive_until('data-state="running"')
    await phone.send("ready.set", ready=True)
    await console.receive_until("1 van 1 klaar")

    await console.send("phase.set", phase="verkennen")
    frame = await phone.receive_until('data-phase="verkennen"')
    assert 'aria-current="step"' in frame
    await phone.send("note.add", text="De buurtkamer werkt", client_id="k-2", phase="verkennen")
    await console.receive_until("De buurtkamer werkt")

    await console.send("phase.set", phase="kernthema")  # and back to phase 0
    await phone.receive_until('data-phase="kernthema"')
    await console.send("phase.set", phase="bestaat-niet")
    assert "Die fase bestaat niet" in await console.receive_until("messages")

    phases = Note.objects.filter(room=kernthema_room).order_by("pk").values_list("phase", flat=True)
    assert [p async for p in phases] == ["kernthema", "verkennen"]
    await sync_to_async(call_command)("export_room", kernthema_room.code, "--format", "json")
    exported = json.loads(capsys.readouterr().out)
    assert [phase["key"] for phase in exported["phases"]][:2] == ["kernthema", "verkennen"]
    assert exported["phases"][0]["notes"][0]["text"] == "Armoede en schulden"


def test_the_console_shows_the_tools_of_the_current_phase(armoede, fatima):
    from sessions_app.services import phases

    phases.set_phase(armoede, "verbeelden")
    page = fatima.get(f"/f/{armoede.code}/").content.decode()
    assert 'data-tools="notes private reveal spotlight propositions"' in page  # dreaming: no voting or themes
    assert 'data-tool="votes"' in page and 'id="all-tools"' in page  # still there, one tick away

    phases.set_phase(armoede, "vormgeven")
    page = fatima.get(f"/f/{armoede.code}/").content.decode()
    assert 'data-tools="notes themes votes spotlight propositions"' in page
