"""Exports are bounded (issue 12, item 12): each rendering is kept per room version (per event
for the krant), so a second download renders nothing; at most EXPORT_RENDERS_AT_ONCE renderings
run at once, and one more gets a plain "even geduld" with Retry-After."""

from unittest import mock

import pytest
from django.core.cache import caches

from sessions_app.models import Room
from sessions_app.report import markdown, serving
from sessions_app.services import notes, report
from tests.trust.matrix_cast import build_scene, participant_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    caches["reports"].clear()
    yield
    caches["reports"].clear()


@pytest.fixture
def counted():
    """Counts the Markdown renderings of rooms and events."""
    calls = []
    real_room, real_event = markdown.render_room, markdown.render_event
    with mock.patch.object(markdown, "render_room", lambda r: calls.append("room") or real_room(r)), \
            mock.patch.object(markdown, "render_event", lambda e: calls.append("event") or real_event(e)):
        yield calls


def test_a_second_download_of_the_same_version_is_not_rendered_again(counted):
    scene = build_scene()
    facilitator, room = scene.clients["facilitator"], scene.room
    first = facilitator.get(f"/f/{room.code}/verslag.md")
    again = facilitator.get(f"/f/{room.code}/verslag.md")

    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    assert counted == ["room"]


def test_a_change_in_the_room_gives_a_fresh_rendering(counted):
    scene = build_scene()
    facilitator, room = scene.clients["facilitator"], scene.room
    facilitator.get(f"/f/{room.code}/verslag.md")
    notes.add_note(room, participant_of(scene, "participant"), phase=room.phase, text="Nieuw idee", client_id="n-1")
    assert "Nieuw idee" in facilitator.get(f"/f/{room.code}/verslag.md").content.decode()
    report.edit_report(Room.objects.get(pk=room.pk), summary="Een samenvatting", quotes="")  # no version bump
    assert "Een samenvatting" in facilitator.get(f"/f/{room.code}/verslag.md").content.decode()
    assert counted == ["room"] * 3


def test_the_krant_is_kept_per_event_and_follows_its_rooms(counted):
    scene = build_scene()
    organiser, slug = scene.clients["organiser"], scene.event.slug
    organiser.get(f"/e/{slug}/krant.md")
    organiser.get(f"/e/{slug}/krant.md")
    assert counted == ["event"]
    notes.add_note(scene.room, participant_of(scene, "participant"), phase=scene.room.phase, text="Later", client_id="l-1")
    assert "Later" in organiser.get(f"/e/{slug}/krant.md").content.decode()


def test_when_too_many_renderings_run_the_next_one_gets_even_geduld(settings):
    settings.EXPORT_RENDERS_AT_ONCE = 1
    scene = build_scene()
    facilitator, room = scene.clients["facilitator"], scene.room
    cached = facilitator.get(f"/f/{room.code}/verslag.md")

    with serving.render_slot():  # one rendering is running
        answer = facilitator.get(f"/f/{room.code}/verslag.pdf")
        page = scene.clients["organiser"].get(f"/e/{scene.event.slug}/krant/")
        again = facilitator.get(f"/f/{room.code}/verslag.md")

    assert answer.status_code == page.status_code == 503
    assert int(answer["Retry-After"]) > 0
    assert "Even geduld" in answer.content.decode()
    assert again.status_code == 200 and again.content == cached.content  # a kept rendering is still served
    assert facilitator.get(f"/f/{room.code}/verslag.pdf").status_code == 200  # and once the slot is free
