"""Stories from interviews in the verslag (every format, the kind visible) and the JSON export."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from sessions_app import report
from sessions_app.models import new_device_id
from sessions_app.services import interviews, notes, rooms
from sessions_app.services.participants import join_room
from tests.report.readers import squeeze, text_of

pytestmark = pytest.mark.django_db

STORY = "Karin ging met haar buurvrouw naar de voedselbank."


@pytest.fixture
def gesprek(db):
    room = rooms.create_room(title="Wijkgesprek", method="gesprek")
    karin = join_room(room, new_device_id(), name="Karin", perspective="ervaringsdeskundige")
    joost = join_room(room, new_device_id(), name="Joost", perspective="beleid")
    room = interviews.start(room)
    writer = joost if interviews.seats(room, joost)["role"] == interviews.ASKS else karin
    about = karin if writer is joost else joost
    room.story_text = STORY.replace("Karin", about.name)
    interviews.add_story(room, writer, text=room.story_text, client_id="s-1")
    notes.add_note(room, joost, phase="interview", text="Een gewoon briefje", client_id="n-1")
    room.story_about = about
    return room


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md", "csv", "xlsx", "json"])
def test_a_story_shows_in_every_format_as_a_story(gesprek, fmt):
    text = text_of(fmt, report.room_export(gesprek, fmt))

    assert squeeze(gesprek.story_text) in squeeze(text)
    assert squeeze("verhaal uit een interview") in squeeze(text)
    assert squeeze("Een gewoon briefje") in squeeze(text)


def test_the_json_export_gives_each_note_its_kind_and_a_story_its_perspective(gesprek):
    out = StringIO()
    call_command("export_room", gesprek.code, "--format", "json", stdout=out)

    data = json.loads(out.getvalue())
    assert [phase["key"] for phase in data["phases"]] == ["interview", "droom", "stap"]
    by_text = {note["text"]: note for phase in data["phases"] for note in phase["notes"]}
    assert by_text[gesprek.story_text]["kind"] == "story"
    assert by_text[gesprek.story_text]["about_perspective"] == gesprek.story_about.perspective
    assert by_text["Een gewoon briefje"]["kind"] == "note" and "about_perspective" not in by_text["Een gewoon briefje"]
