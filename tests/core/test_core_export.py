"""The positive core and the droomzinnen leave the room: in the JSON export and on the
organiser's plenary board (issue 15)."""

import json

import pytest
from django.core.management import call_command

from realtime import overview
from sessions_app.models import Room, Theme, new_device_id
from sessions_app.services import core, events, moderation, notes, phases, propositions, rooms
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db


def fresh(room) -> Room:
    return Room.objects.get(pk=room.pk)


@pytest.fixture
def worked_room(armoede):
    anna = join_room(armoede, new_device_id(), name="Anna")
    bram = join_room(armoede, new_device_id(), name="Bram")
    parel, _ = notes.add_note(armoede, anna, phase="verkennen", text="De buurtkamer werkt", client_id="n-1")
    theme = Theme.objects.create(room=armoede, phase="verkennen", title="Samen doen")
    core.set_core(fresh(armoede), theme_id=theme.pk, on=True)
    core.set_core(fresh(armoede), note_id=parel.pk, on=True)
    phases.set_phase(fresh(armoede), "verbeelden")
    droom, _ = propositions.add_proposition(fresh(armoede), anna, text="Wij kennen elkaar bij naam", client_id="d-1")
    stil, _ = propositions.add_proposition(fresh(armoede), bram, text="Wij eten samen", client_id="d-2")
    propositions.endorse(fresh(armoede), bram, droom.pk)
    propositions.link(fresh(armoede), droom.pk, note_id=parel.pk)
    return {"room": armoede, "parel": parel, "theme": theme, "droom": droom, "stil": stil}


def exported(room, capsys) -> dict:
    call_command("export_room", room.code, "--format", "json")
    return json.loads(capsys.readouterr().out)


def test_the_json_export_has_the_positive_core_and_the_propositions(worked_room, capsys):
    data = exported(worked_room["room"], capsys)

    assert data["positive_core"] == [
        {"kind": "theme", "id": worked_room["theme"].pk, "text": "Samen doen"},
        {"kind": "note", "id": worked_room["parel"].pk, "text": "De buurtkamer werkt"},
    ]
    assert data["propositions"] == [
        {
            "id": worked_room["droom"].pk,
            "text": "Wij kennen elkaar bij naam",
            "endorsements": 1,
            "links": [{"kind": "note", "id": worked_room["parel"].pk, "text": "De buurtkamer werkt"}],
        },
        {"id": worked_room["stil"].pk, "text": "Wij eten samen", "endorsements": 0, "links": []},
    ]


def test_a_room_without_them_exports_empty_lists(sociale_basis, capsys):
    data = exported(sociale_basis, capsys)
    assert data["positive_core"] == [] and data["propositions"] == []


def test_the_plenary_board_shows_each_rooms_positive_core_side_by_side(db):
    event = events.create_event(slug="werkplaats", title="Werkplaats")
    first = rooms.create_room(event=event, title="Armoede")
    second = rooms.create_room(event=event, title="Sociale basis")
    for room, text in ((first, "De buurtkamer werkt"), (second, "Vrijwilligers kennen de wijk")):
        phone = join_room(room, new_device_id(), name="Anna")
        note, _ = notes.add_note(room, phone, phase="verkennen", text=text, client_id="n-1")
        core.set_core(fresh(room), note_id=note.pk, on=True)
    hidden_phone = join_room(second, new_device_id())
    hidden, _ = notes.add_note(fresh(second), hidden_phone, phase="verkennen", text="Niet voor iedereen", client_id="n-2")
    core.set_core(fresh(second), note_id=hidden.pk, on=True)
    moderation.set_hidden(fresh(second), hidden.pk, True)

    board = overview.plenary_board(event, "nl")

    first_card = board.split(f'id="plenary-room-{first.pk}"')[1].split("</section>")[0]
    second_card = board.split(f'id="plenary-room-{second.pk}"')[1].split("</section>")[0]
    assert "Onze kracht" in first_card and "De buurtkamer werkt" in first_card
    assert "Vrijwilligers kennen de wijk" in second_card and "Niet voor iedereen" not in board


def test_the_verslag_reads_the_core_and_the_most_endorsed_droomzin_first(worked_room):
    from sessions_app.reads import core as core_reads

    room = worked_room["room"]
    anna = worked_room["droom"].participant
    cas = join_room(room, new_device_id(), name="Cas")
    for phone in (anna, cas):
        propositions.endorse(fresh(room), phone, worked_room["stil"].pk)
    moderation.set_hidden(fresh(room), worked_room["parel"].pk, True)

    core_items, droomzinnen = core_reads.for_report(fresh(room))

    assert [(item.kind, item.text) for item in core_items] == [("theme", "Samen doen")]  # the hidden note stays out
    assert [(item.text, item.endorsements) for item in droomzinnen] == [
        ("Wij eten samen", 2), ("Wij kennen elkaar bij naam", 1),
    ]
    assert droomzinnen[1].roots == []  # its root was hidden since
