"""An event's pages: the event code on / and as /j/<CODE>/, choosing a room, the organiser's
pages and who may open them, the setup page, seed_demo's links and export_event."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from sessions_app.reads.export import room_data
from sessions_app.models import Attendee, Event, Participant, Room
from sessions_app.services import events

from .conftest import attend, choose

pytestmark = pytest.mark.django_db


def test_the_home_form_takes_an_event_code(werkplaats):
    response = Client().post("/", {"code": werkplaats.code.lower()})
    assert response.status_code == 302 and response["Location"] == f"/j/{werkplaats.code}/"


def test_room_codes_still_work_on_the_home_form(werkplaats, armoede_r1):
    response = Client().post("/", {"code": armoede_r1.code})
    assert response["Location"] == f"/j/{armoede_r1.code}/"


def test_the_event_join_link_asks_name_and_perspective_once(werkplaats):
    client = Client()
    page = client.get(f"/j/{werkplaats.code}/")
    assert page.status_code == 200 and werkplaats.title in page.content.decode()

    attend(werkplaats, "Els", "beleid", client=client)

    attendee = Attendee.objects.get(event=werkplaats)
    assert (attendee.name, attendee.perspective) == ("Els", "beleid")
    assert client.get(f"/j/{werkplaats.code}/")["Location"] == f"/e/{werkplaats.slug}/kies/"


def test_the_choice_page_lists_the_rooms_of_this_round_and_shows_full_ones(werkplaats, armoede_r1, basis_r1, lerend_r2, els, piet):
    choose(werkplaats, els, armoede_r1)
    choose(werkplaats, piet, armoede_r1)
    newcomer = attend(werkplaats, "Nina")

    page = newcomer.get(f"/e/{werkplaats.slug}/kies/").content.decode()

    assert "Sociale basis" in page and "Samen bouwen aan bestaanszekerheid" in page
    assert "Lerende praktijken" not in page
    assert re.search(rf'id="room-{armoede_r1.pk}" value="{armoede_r1.pk}" disabled', page)
    assert "Vol" in page


def test_choosing_a_room_leads_to_its_board_with_the_same_cookie(werkplaats, basis_r1, els):
    assert choose(werkplaats, els, basis_r1) == f"/r/{basis_r1.code}/"
    board = els.get(f"/r/{basis_r1.code}/")
    assert board.status_code == 200
    assert Participant.objects.get(room=basis_r1).name == "Els"


@pytest.mark.parametrize("situation, expected", [
    ("full", "Deze deelsessie is vol"),
    ("other round", "hoort bij een andere ronde"),
    ("deleted", "bestaat niet meer"),
])
def test_a_refused_choice_says_why_in_dutch(werkplaats, armoede_r1, lerend_r2, els, situation, expected):
    room_id = {"full": armoede_r1.pk, "other round": lerend_r2.pk, "deleted": 999999}[situation]
    if situation == "full":
        for _ in range(2):
            choose(werkplaats, attend(werkplaats), armoede_r1)
    response = els.post(f"/e/{werkplaats.slug}/kies/", {"room": room_id})
    assert response.status_code == 400
    assert expected in response.content.decode()


def test_a_closed_event_says_so(werkplaats):
    events.close_event(werkplaats)
    response = Client().get(f"/j/{werkplaats.code}/")
    assert response.status_code == 410 and "afgelopen" in response.content.decode()


def test_without_joining_the_choice_page_gives_nothing_away(werkplaats):
    """Slugs come from titles; the event's code must not come with them (issue 12, item 3)."""
    stranger = Client()
    known = stranger.get(f"/e/{werkplaats.slug}/kies/")
    unknown = stranger.get("/e/bestaat-niet/kies/")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/"
    assert werkplaats.code not in known.content.decode()
    assert stranger.post(f"/e/{werkplaats.slug}/kies/", {"room": 1})["Location"] == "/"


def test_an_unknown_event_counts_as_a_miss(werkplaats, settings):
    from sessions_app import throttle

    settings.JOIN_ATTEMPTS_PER_MINUTE = 2
    stranger = Client()
    try:
        for slug in ("een", "twee"):
            stranger.get(f"/e/{slug}/kies/", REMOTE_ADDR="203.0.113.60")
        assert stranger.get("/r/ZZZZZ2/", REMOTE_ADDR="203.0.113.60").status_code == 429
    finally:
        throttle.reset("203.0.113.60")


@pytest.mark.parametrize("path", ["overview/", "plenair/", "edit/", "krant/"])
def test_before_logging_in_an_organisers_page_looks_the_same_for_any_slug(werkplaats, path):
    known = Client().get(f"/e/{werkplaats.slug}/{path}")
    unknown = Client().get(f"/e/bestaat-niet/{path}")
    assert known.status_code == unknown.status_code == 302
    assert "/inloggen/" in known["Location"] and "/inloggen/" in unknown["Location"]


def test_the_organiser_sees_every_room_of_the_round(werkplaats, armoede_r1, basis_r1, lerend_r2, olga):
    page = olga.get(f"/e/{werkplaats.slug}/overview/").content.decode()
    assert f'id="overview-room-{armoede_r1.pk}"' in page and f'id="overview-room-{basis_r1.pk}"' in page
    assert f'id="overview-room-{lerend_r2.pk}"' not in page
    assert werkplaats.code in page and f'ws-connect="/ws/event/{werkplaats.slug}/"' in page


@pytest.mark.parametrize("path", ["overview/", "plenair/", "plenair/presenter/", "edit/"])
def test_only_the_events_own_organisers_open_its_pages(werkplaats, els, otto, path):
    assert els.get(f"/e/{werkplaats.slug}/{path}").status_code == 302  # to the login page
    refused = otto.get(f"/e/{werkplaats.slug}/{path}")
    assert refused.status_code == 403 and "organisator" in refused.content.decode()


def test_the_organiser_lists_only_their_own_events(werkplaats, olga, otto):
    assert "Werkplaats" in olga.get("/e/").content.decode()
    assert "Werkplaats" not in otto.get("/e/").content.decode()


def test_the_organiser_assigns_someone(werkplaats, basis_r1, olga, els):
    attendee = Attendee.objects.get(name="Els")
    olga.post(f"/e/{werkplaats.slug}/assign/", {"attendee": attendee.pk, "room": basis_r1.pk})
    assert Participant.objects.get(attendee=attendee).room == basis_r1


def test_the_plenary_board_shows_highlights_side_by_side(werkplaats, armoede_r1, basis_r1, olga):
    from sessions_app.models import new_device_id
    from sessions_app.services import harvest, notes, participants

    anna = participants.join_room(armoede_r1, new_device_id())
    note, _ = notes.add_note(armoede_r1, anna, phase="verkennen", text="Parels <b>", client_id="c-1")
    harvest.set_highlight(armoede_r1, "note", note.pk, True)

    page = olga.get(f"/e/{werkplaats.slug}/plenair/").content.decode()
    assert f'id="plenary-room-{armoede_r1.pk}"' in page and f'id="plenary-room-{basis_r1.pk}"' in page
    assert "Parels &lt;b&gt;" in page


def test_an_organiser_sets_up_an_event_with_rounds_and_rooms(db):
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_user("sara", password="x", is_staff=True)
    client = Client()
    client.force_login(staff)
    response = client.post("/e/new/", {"title": "Festival 2026", "retention_days": 30, "first_round": "Ochtend"})
    event = Event.objects.get(title="Festival 2026")
    assert response["Location"] == f"/e/{event.slug}/edit/"
    assert event.organisers.filter(pk=staff.pk).exists() and event.current_round.title == "Ochtend"

    form = client.get(f"/e/{event.slug}/edit/")
    data = _form_data(form.context)
    data.update({"rooms-0-title": "Huiskamer 1", "rooms-0-round": event.current_round.pk, "rooms-0-capacity": "12",
                 "rooms-0-position": "0"})
    saved = client.post(f"/e/{event.slug}/edit/", data)
    assert saved.status_code == 302, saved.content.decode()[:3000]
    room = event.rooms.get()
    assert (room.title, room.capacity, room.round) == ("Huiskamer 1", 12, event.current_round)
    assert room.phases.count() == 4
    page = client.get(f"/e/{event.slug}/edit/").content.decode()
    assert f"/f/{room.code}/{room.facilitator_token}/" in page  # the facilitator link to hand out


def _form_data(context):
    data = {}
    for form in [context["form"], *context["round_set"].forms, *context["room_set"].forms]:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value is not None and hasattr(value, "pk"):
                value = value.pk
            if value is not None:
                data[form.add_prefix(name)] = value.isoformat() if hasattr(value, "isoformat") else value
    for formset in (context["round_set"], context["room_set"]):
        for name, field in formset.management_form.fields.items():
            data[formset.management_form.add_prefix(name)] = formset.management_form.initial.get(name, field.initial)
    return data


def test_seed_demo_prints_each_events_join_link_then_its_overview_link():
    out = StringIO()
    call_command("seed_demo", "--password", "geheim", "--base-url", "http://x.test", stdout=out)
    urls = re.findall(r"https?://\S+", out.getvalue())
    for event in Event.objects.all():
        join = urls.index(f"http://x.test/j/{event.code}/")
        assert urls[join + 1] == f"http://x.test/e/{event.slug}/overview/"
        assert event.organisers.filter(username="organisator").exists()
    for room in Room.objects.all():
        at = urls.index(f"http://x.test/j/{room.code}/")
        assert urls[at + 1] == f"http://x.test/f/{room.code}/{room.facilitator_token}/"


def test_export_event_gives_rounds_with_rooms_as_export_room(werkplaats, armoede_r1, lerend_r2):
    out = StringIO()
    call_command("export_event", werkplaats.slug, "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert (data["slug"], data["title"]) == ("werkplaats", "Werkplaats Bestaanszekerheid")
    assert [r["title"] for r in data["rounds"]] == ["Ronde 1", "Ronde 2"]
    assert {"title", "starts_at", "ends_at", "rooms"} <= set(data["rounds"][0])
    room = data["rounds"][0]["rooms"][0]
    assert room == json.loads(json.dumps(room_data(armoede_r1)))  # what export_room prints for it
