"""Every text a person can enter (note, name, theme title, action, organiser message, prompt,
summary) comes out as text, never as markup, on every page of every role and in the verslag."""

import pytest

from sessions_app.models import Participant, Room
from sessions_app.services import actions, events, notes, phases, report, rooms, themes
from tests.trust.matrix_cast import build_scene, participant_of

pytestmark = pytest.mark.django_db

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def fill_with_evil(scene):
    room = scene.room
    Participant.objects.filter(pk=participant_of(scene, "participant").pk).update(name=EVIL[:60])
    anna = participant_of(scene, "participant")
    note = notes.add_note(room, anna, phase=room.phase, text="Briefje " + EVIL, client_id="evil-1")[0]
    themes.create_theme(room, "Thema " + EVIL[:80], note_ids=[note.pk])
    rooms.set_prompt(room, room.phase, "Vraag " + EVIL)
    events.send_message(scene.event, "Bericht " + EVIL)
    report.edit_report(Room.objects.get(pk=room.pk), summary="Samenvatting " + EVIL, quotes="Citaat " + EVIL)
    last = room.method_definition.phases[-1].key
    phases.set_phase(Room.objects.get(pk=room.pk), last)
    actions.add_action(Room.objects.get(pk=room.pk), what="Actie " + EVIL[:200], who="Wie " + EVIL[:100])
    return room


def assert_escaped(html: str, where: str):
    assert "<script>alert" not in html, where
    assert "<img src=x onerror" not in html, where
    assert "onerror=alert" not in html or "&lt;img" in html, where


def test_user_text_is_escaped_on_every_page_and_in_the_verslag():
    scene = build_scene()
    room = fill_with_evil(scene)
    code, slug = room.code, scene.event.slug
    pages = {
        "participant": [f"/r/{code}/"],
        "facilitator": [f"/f/{code}/", f"/p/{code}/", f"/f/{code}/verslag/", f"/f/{code}/verslag.html", f"/f/{code}/verslag.md"],
        "organiser": [f"/e/{slug}/overview/", f"/e/{slug}/plenair/", f"/e/{slug}/plenair/presenter/", f"/e/{slug}/krant/", f"/e/{slug}/edit/"],
    }
    seen = 0
    for role, paths in pages.items():
        for path in paths:
            response = scene.clients[role].get(path)
            assert response.status_code == 200, (role, path, response.status_code)
            body = response.content.decode()
            if path.endswith(".md"):
                continue  # Markdown is text; the HTML and PDF renderings are what browsers show
            assert_escaped(body, f"{role} {path}")
            seen += "&lt;script&gt;" in body
    assert seen >= 5  # the evil texts are really on those pages, as text
