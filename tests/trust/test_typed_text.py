"""One cleaning function for every text a person types (sessions_app/text.py): control
characters, bidi overrides and zero-width characters never reach the database, a page or an
export; line breaks stay where the field allows them."""

import pytest
from django.core.management import call_command

from sessions_app.models import Room
from sessions_app.services import actions, events, notes, phases, report, rooms, themes
from sessions_app.text import clean
from sessions_app.views.event_setup import EventForm
from tests.trust.matrix_cast import build_scene, participant_of

pytestmark = pytest.mark.django_db

ESC = "\x1b[2J\x1b[31m"  # clear the screen, then red
BIDI = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
ZW = "\u200b"  # ZERO WIDTH SPACE


def test_clean_drops_control_bidi_and_zero_width_characters_and_keeps_line_breaks_where_allowed():
    typed = f"Goed{ESC} idee{BIDI}{ZW}\r\ntweede\tregel\x00"
    assert clean(typed, multiline=True) == "Goed[2J[31m idee\ntweede regel"
    assert clean(typed) == "Goed[2J[31m idee tweede regel"
    assert clean(None) == ""


def test_every_typed_field_is_stored_without_control_or_bidi_characters():
    scene = build_scene()
    room = scene.room
    anna = participant_of(scene, "participant")
    note = notes.add_note(room, anna, phase=room.phase, text=f"Briefje{ESC}", client_id="n1")[0]
    theme = themes.create_theme(room, f"Thema{ESC}{BIDI}", note_ids=[note.pk])
    prompt = rooms.set_prompt(room, room.phase, f"Vraag{ESC}\nregel twee{BIDI}")
    event = events.send_message(scene.event, f"Bericht{ESC}{BIDI}")
    edited = report.edit_report(Room.objects.get(pk=room.pk), summary=f"Samen{ESC}\nvatting", quotes=f"Citaat{BIDI}")
    phases.set_phase(Room.objects.get(pk=room.pk), room.method_definition.phases[-1].key)
    action = actions.add_action(Room.objects.get(pk=room.pk), what=f"Actie{ESC}", who=f"Wie{BIDI}{ZW}")
    stored = [note.text, theme.title, prompt.prompt, event.message, edited.summary, edited.quotes, action.what, action.who]
    assert stored == ["Briefje[2J[31m", "Thema[2J[31m", "Vraag[2J[31m\nregel twee", "Bericht[2J[31m",
                      "Samen[2J[31m\nvatting", "Citaat", "Actie[2J[31m", "Wie"]


def test_a_theme_proposed_by_a_participant_is_cleaned_too():
    scene = build_scene()
    room = scene.room
    Room.objects.filter(pk=room.pk).update(participants_propose_themes=True)
    theme = themes.propose_theme(Room.objects.get(pk=room.pk), participant_of(scene, "participant"), f"Voorstel{ESC}{BIDI}")
    assert theme.title == "Voorstel[2J[31m"


def test_export_room_markdown_never_writes_a_raw_escape_even_for_text_stored_before_cleaning(tmp_path):
    scene = build_scene()
    room = scene.room
    anna = participant_of(scene, "participant")
    note = notes.add_note(room, anna, phase=room.phase, text="Gewoon briefje", client_id="n1")[0]
    theme = themes.create_theme(room, "Thema", note_ids=[note.pk])
    # As an older version stored them: straight into the database, uncleaned.
    type(theme).objects.filter(pk=theme.pk).update(title=f"Thema{ESC}{BIDI}")
    type(note).objects.filter(pk=note.pk).update(text=f"Oud{ESC}briefje")
    out = tmp_path / "verslag.md"
    call_command("export_room", room.code, "--format", "md", "-o", str(out))
    written = out.read_text()
    assert "Thema" in written and "Oud" in written
    assert "\x1b" not in written and BIDI not in written


def test_the_event_form_cleans_titles_and_keeps_line_breaks_in_the_programme():
    form = EventForm(
        data={"title": f"Werkplaats{ESC}{BIDI}", "slug": "werkplaats-2", "programme": f"10:00 start{ESC}\r\n11:00 pauze",
              "retention_days": 30},
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Werkplaats[2J[31m"
    assert form.cleaned_data["programme"] == "10:00 start[2J[31m\n11:00 pauze"
