"""The setup page: Olga sets up her Werkplaats part by part. Every part saves on its own and
comes back with "Opgeslagen" (htmx) or the page comes back whole (without JavaScript); rounds
and rooms are added, pasted, moved and deleted in place; Otto, who organises another event,
can change none of it."""

import pytest
from django.test import Client

from sessions_app.models import Event, Room, Round, new_device_id
from sessions_app.services import notes, participants, rounds
from sessions_app.services.errors import DomainError, NotFound

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def edit_url(event, rest=""):
    return f"/e/{event.slug}/edit/{rest}"


def add_rooms(client, event, round_, titles, **headers):
    return client.post(edit_url(event, f"ronde/{round_.pk}/deelsessies/"), {f"add-{round_.pk}-titles": titles}, **headers)


def room_data(room, **changes):
    data = {"title": room.title, "subtitle": room.subtitle, "description": room.description,
            "facilitator_name": room.facilitator_name, "capacity": room.capacity or "", "round": room.round_id}
    data.update(changes)
    return {f"room-{room.pk}-{name}": value for name, value in data.items()}


def titles(round_):
    return list(round_.rooms.order_by("position", "id").values_list("title", flat=True))


# --- The way in --------------------------------------------------------------------------------

def test_the_home_page_leads_organisers_to_the_login(db):
    page = Client().get("/").content.decode()
    assert 'href="/inloggen/"' in page


def test_the_setup_page_shows_no_internal_fields(werkplaats, armoede_r1, olga):
    page = olga.get(edit_url(werkplaats)).content.decode()
    assert "Volgorde" not in page and "position" not in page
    assert f'id="round-{werkplaats.first.pk}"' in page and f'id="room-{armoede_r1.pk}"' in page


# --- Rounds and rooms, one part at a time ------------------------------------------------------

def test_pasted_titles_become_rooms_in_order_and_the_part_says_opgeslagen(werkplaats, olga):
    pasted = "Armoede\r\n\n- Sociale basis\n• Ervaring\n  3. Lerende praktijken  \n"
    response = add_rooms(olga, werkplaats, werkplaats.first, pasted, **HTMX)
    assert response.status_code == 200
    assert titles(werkplaats.first) == ["Armoede", "Sociale basis", "Ervaring", "Lerende praktijken"]
    html = response.content.decode()
    assert "Opgeslagen" in html and 'id="setup-status"' in html and 'hx-swap-oob="true"' in html
    assert f'hx-swap-oob="beforeend:#rooms-{werkplaats.first.pk}"' in html
    assert all(f'id="room-{room.pk}"' in html for room in werkplaats.first.rooms.all())
    assert all(room.phases.count() == 4 and room.code for room in werkplaats.first.rooms.all())


def test_more_rooms_go_at_the_end_and_only_the_new_ones_come_back(werkplaats, armoede_r1, olga):
    html = add_rooms(olga, werkplaats, werkplaats.first, "Sociale basis", **HTMX).content.decode()
    assert titles(werkplaats.first) == ["Armoede", "Sociale basis"]
    assert f'id="room-{armoede_r1.pk}"' not in html


def test_a_new_round_comes_with_its_rooms_in_one_step(werkplaats, olga):
    response = olga.post(edit_url(werkplaats, "ronde/"), {"new-round-title": "Middag", "new-round-room_titles": "Zorg\nWonen"}, **HTMX)
    assert response.status_code == 200
    middag = Round.objects.get(event=werkplaats, title="Middag")
    assert titles(middag) == ["Zorg", "Wonen"] and middag.position == 2
    html = response.content.decode()
    assert f'id="round-{middag.pk}"' in html and 'id="round-add"' in html and "Opgeslagen" in html


def test_a_round_without_a_name_gets_the_next_number(werkplaats, olga):
    olga.post(edit_url(werkplaats, "ronde/"), {"new-round-title": "", "new-round-room_titles": ""}, **HTMX)
    assert werkplaats.rounds.order_by("-position").first().title == "Ronde 3"


def test_two_rounds_of_four_rooms_without_saving_anything_else(db, olga):
    olga.post("/e/new/", {"title": "Festival", "retention_days": 30, "first_round": "Ochtend"})
    event = Event.objects.get(title="Festival")
    add_rooms(olga, event, event.current_round, "A\nB\nC\nD", **HTMX)
    olga.post(edit_url(event, "ronde/"), {"new-round-title": "Middag", "new-round-room_titles": "E\nF\nG\nH"}, **HTMX)
    assert [(r.title, titles(r)) for r in event.rounds.order_by("position")] == [
        ("Ochtend", ["A", "B", "C", "D"]), ("Middag", ["E", "F", "G", "H"]),
    ]
    assert event.current_round.title == "Ochtend"


def test_a_room_is_changed_in_place(werkplaats, armoede_r1, olga):
    data = room_data(armoede_r1, title="Armoede en schulden", capacity=25, facilitator_name="Fatima")
    response = olga.post(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/"), data, **HTMX)
    assert response.status_code == 200
    armoede_r1.refresh_from_db()
    assert (armoede_r1.title, armoede_r1.capacity, armoede_r1.facilitator_name) == ("Armoede en schulden", 25, "Fatima")
    html = response.content.decode()
    assert html.startswith(f'<li id="room-{armoede_r1.pk}"') and "Opgeslagen" in html


def test_a_room_moves_to_another_round(werkplaats, armoede_r1, olga):
    data = room_data(armoede_r1, round=werkplaats.second.pk)
    html = olga.post(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/"), data, **HTMX).content.decode()
    armoede_r1.refresh_from_db()
    assert armoede_r1.round == werkplaats.second
    assert f'hx-swap-oob="beforeend:#rooms-{werkplaats.second.pk}"' in html


def test_a_round_gets_a_new_name_and_time(werkplaats, olga):
    pk = werkplaats.first.pk
    response = olga.post(edit_url(werkplaats, f"ronde/{pk}/"), {
        f"round-{pk}-title": "Ochtend", f"round-{pk}-starts_at": "2026-03-17T10:00", f"round-{pk}-ends_at": "2026-03-17T11:30",
    }, **HTMX)
    assert response.status_code == 200 and "Opgeslagen" in response.content.decode()
    assert f'id="round-{pk}-title" hx-swap-oob="true"' in response.content.decode()
    assert Round.objects.get(pk=pk).title == "Ochtend"


def test_the_events_own_details_are_saved(werkplaats, olga):
    response = olga.post(edit_url(werkplaats), {
        "event-title": "Werkplaats 2026", "event-slug": "werkplaats", "event-retention_days": "60", "event-location": "Utrecht",
    }, **HTMX)
    assert response.status_code == 200 and "Opgeslagen" in response.content.decode()
    werkplaats.refresh_from_db()
    assert (werkplaats.title, werkplaats.location, werkplaats.retention_days) == ("Werkplaats 2026", "Utrecht", 60)


def test_a_new_short_name_takes_the_page_to_its_new_address(werkplaats, olga):
    data = {"event-title": "Werkplaats", "event-slug": "werkplaats-2026", "event-retention_days": "90"}
    response = olga.post(edit_url(werkplaats), data, **HTMX)
    assert response["HX-Redirect"] == "/e/werkplaats-2026/edit/"
    assert olga.get("/e/werkplaats-2026/edit/").status_code == 200


def test_without_javascript_a_part_saves_and_the_page_says_opgeslagen(werkplaats, olga):
    response = add_rooms(olga, werkplaats, werkplaats.first, "Armoede\nWonen")
    assert response.status_code == 302 and response["Location"] == f"/e/werkplaats/edit/#round-{werkplaats.first.pk}"
    page = olga.get(response["Location"]).content.decode()
    assert "Opgeslagen: 2 nieuwe deelsessies" in page


# --- What is wrong, in plain Dutch -------------------------------------------------------------

@pytest.mark.parametrize("pasted, expected", [
    ("\n  \n", "Dit veld is verplicht"),
    ("- \n•\n", "Schrijf de titel van de deelsessie op"),
    ("\n".join(f"Zaal {n}" for n in range(41)), "Plak er hoogstens 40 tegelijk"),
    ("x" * 201, "Deze titel is te lang (max. 200 tekens)"),
])
def test_wrong_titles_are_refused_and_nothing_is_made(werkplaats, olga, pasted, expected):
    response = add_rooms(olga, werkplaats, werkplaats.first, pasted, **HTMX)
    assert response.status_code == 400 and expected in response.content.decode()
    assert not Room.objects.filter(event=werkplaats).exists()


@pytest.mark.parametrize("changes, expected", [
    ({"title": ""}, "Dit veld is verplicht"),
    ({"capacity": "0"}, "Kies een aantal deelnemers tussen 1 en"),
    ({"capacity": "veel"}, "Voer een geheel getal in"),
    ({"round": "999999"}, "Selecteer een geldige keuze"),
])
def test_a_wrong_room_detail_is_refused_in_dutch(werkplaats, armoede_r1, otto, olga, changes, expected):
    response = olga.post(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/"), room_data(armoede_r1, **changes), **HTMX)
    assert response.status_code == 400 and expected in response.content.decode()
    armoede_r1.refresh_from_db()
    assert (armoede_r1.title, armoede_r1.capacity) == ("Armoede", 2)


def test_a_wrong_room_detail_without_javascript_shows_the_whole_page(werkplaats, armoede_r1, olga):
    response = olga.post(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/"), room_data(armoede_r1, capacity="0"))
    page = response.content.decode()
    assert response.status_code == 400 and "<h1>" in page and "Kies een aantal deelnemers" in page


def test_a_round_must_end_after_it_starts(werkplaats, olga):
    pk = werkplaats.first.pk
    response = olga.post(edit_url(werkplaats, f"ronde/{pk}/"), {
        f"round-{pk}-title": "Ronde 1", f"round-{pk}-starts_at": "2026-03-17T11:00", f"round-{pk}-ends_at": "2026-03-17T10:00",
    }, **HTMX)
    assert response.status_code == 400 and "De ronde moet eindigen na het begin" in response.content.decode()


@pytest.mark.parametrize("changes, expected", [
    ({"event-title": ""}, "Dit veld is verplicht"),
    ({"event-retention_days": "0"}, "Kies een bewaartermijn tussen 1 en 3650 dagen"),
    ({"event-starts_at": "12:00", "event-ends_at": "09:00"}, "De bijeenkomst moet eindigen na het begin"),
])
def test_wrong_event_details_are_refused_in_dutch(werkplaats, olga, changes, expected):
    data = {"event-title": "Werkplaats", "event-retention_days": "90", **changes}
    response = olga.post(edit_url(werkplaats), data, **HTMX)
    assert response.status_code == 400 and expected in response.content.decode()
    werkplaats.refresh_from_db()
    assert werkplaats.title == "Werkplaats Bestaanszekerheid"


# --- Deleting, with the verslag first ----------------------------------------------------------

def _with_a_note(room):
    anna = participants.join_room(room, new_device_id())
    notes.add_note(room, anna, phase="verkennen", text="De buurtkamer", client_id="c-1")


def test_deleting_a_room_with_notes_offers_its_verslag_first(werkplaats, armoede_r1, basis_r1, olga):
    _with_a_note(armoede_r1)
    asked = olga.get(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/verwijderen/"), **HTMX).content.decode()
    assert "Er staat 1 briefje in" in asked and f'href="/f/{armoede_r1.code}/verslag/"' in asked
    empty = olga.get(edit_url(werkplaats, f"deelsessie/{basis_r1.pk}/verwijderen/"), **HTMX).content.decode()
    assert "verslag" not in empty and "Ja, verwijder" in empty
    assert Room.objects.filter(pk=armoede_r1.pk).exists()  # asking deletes nothing

    response = olga.post(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/verwijderen/"), **HTMX)
    assert response.status_code == 200 and "Verwijderd: Armoede" in response.content.decode()
    assert not Room.objects.filter(pk=armoede_r1.pk).exists()


def test_without_javascript_the_confirmation_is_a_page(werkplaats, armoede_r1, olga):
    page = olga.get(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/verwijderen/")).content.decode()
    assert "<!doctype html>" in page and "„Armoede” verwijderen?" in page
    assert "Ja, verwijder" in page and "Nee, laat staan" in page
    round_page = olga.get(edit_url(werkplaats, f"ronde/{werkplaats.first.pk}/verwijderen/"))
    assert round_page.status_code == 200 and "„Ronde 1” verwijderen?" in round_page.content.decode()
    assert f'action="/e/werkplaats/edit/ronde/{werkplaats.first.pk}/verwijderen/"' in round_page.content.decode()


def test_deleting_the_current_round_deletes_its_rooms_and_the_next_round_takes_over(werkplaats, armoede_r1, lerend_r2, olga):
    _with_a_note(armoede_r1)
    asked = olga.get(edit_url(werkplaats, f"ronde/{werkplaats.first.pk}/verwijderen/"), **HTMX).content.decode()
    assert "Armoede" in asked and f'href="/f/{armoede_r1.code}/verslag/"' in asked
    response = olga.post(edit_url(werkplaats, f"ronde/{werkplaats.first.pk}/verwijderen/"), **HTMX)
    assert response.status_code == 200
    werkplaats.refresh_from_db()
    assert werkplaats.current_round == werkplaats.second
    assert list(werkplaats.rooms.all()) == [lerend_r2]


def test_no_then_keeps_the_room(werkplaats, armoede_r1, olga):
    row = olga.get(edit_url(werkplaats, f"deelsessie/{armoede_r1.pk}/"), **HTMX).content.decode()
    assert row.startswith(f'<li id="room-{armoede_r1.pk}"')


# --- Only the event's own organiser ------------------------------------------------------------

def _every_setup_request(event, round_, room):
    return [
        ("post", edit_url(event), {"event-title": "Van mij", "event-retention_days": "9"}),
        ("post", edit_url(event, "ronde/"), {"new-round-title": "Van mij"}),
        ("post", edit_url(event, f"ronde/{round_.pk}/"), {f"round-{round_.pk}-title": "Van mij"}),
        ("post", edit_url(event, f"ronde/{round_.pk}/deelsessies/"), {f"add-{round_.pk}-titles": "Van mij"}),
        ("get", edit_url(event, f"ronde/{round_.pk}/verwijderen/"), {}),
        ("post", edit_url(event, f"ronde/{round_.pk}/verwijderen/"), {}),
        ("get", edit_url(event, f"deelsessie/{room.pk}/"), {}),
        ("post", edit_url(event, f"deelsessie/{room.pk}/"), room_data(room, title="Van mij")),
        ("get", edit_url(event, f"deelsessie/{room.pk}/verwijderen/"), {}),
        ("post", edit_url(event, f"deelsessie/{room.pk}/verwijderen/"), {}),
    ]


def _nothing_changed(event, room):
    assert Event.objects.get(pk=event.pk).title == "Werkplaats Bestaanszekerheid"
    assert Room.objects.get(pk=room.pk).title == "Armoede" and event.rounds.count() == 2
    assert not Room.objects.filter(title="Van mij").exists() and not Round.objects.filter(title="Van mij").exists()


def test_another_organiser_can_change_nothing(werkplaats, armoede_r1, olga, otto, els):
    for method, url, data in _every_setup_request(werkplaats, werkplaats.first, armoede_r1):
        assert getattr(otto, method)(url, data, **HTMX).status_code == 403, url
        assert getattr(els, method)(url, data).status_code == 302, url  # to the login page
    _nothing_changed(werkplaats, armoede_r1)


def test_an_organiser_cannot_reach_another_events_rooms_through_their_own(werkplaats, armoede_r1, otto):
    own = Event.objects.get(slug="ander-festival")
    for method, url, data in _every_setup_request(own, werkplaats.first, armoede_r1)[2:]:
        assert getattr(otto, method)(url, data, **HTMX).status_code == 404, url
    _nothing_changed(werkplaats, armoede_r1)


def test_a_room_cannot_move_into_another_events_round(werkplaats, armoede_r1, otto):
    own = Event.objects.get(slug="ander-festival")
    with pytest.raises(NotFound):
        rounds.update_room(werkplaats, armoede_r1.pk, round=Round.objects.create(event=own, title="Elders").pk)
    with pytest.raises(NotFound):
        rounds.add_rooms(own, werkplaats.first.pk, "Van mij")


def test_the_services_check_what_the_forms_let_through(werkplaats, armoede_r1):
    with pytest.raises(DomainError, match="Geef de deelsessie een titel"):
        rounds.update_room(werkplaats, armoede_r1.pk, title=" \u200b ")
    with pytest.raises(DomainError, match="Geef de ronde een naam"):
        rounds.update_round(werkplaats, werkplaats.first.pk, title="\u202e")
