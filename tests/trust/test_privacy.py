"""AVG: data is kept no longer than needed, can be deleted at once, and a participant can leave
with their own notes. Nothing about a person is stored that the privacy page does not mention."""

from datetime import timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import models
from django.test import Client
from django.utils import timezone

from sessions_app.identity import device_id_from
from sessions_app.models import Attendee, Event, Note, Participant, Room, Vote
from sessions_app.services import events, notes, rooms
from tests.helpers import join_as

pytestmark = pytest.mark.django_db(transaction=True)





def write(room, client, text, client_id=None):
    participant = Participant.objects.get(room=room, device_id=device_id_from({k: m.value for k, m in client.cookies.items()}))
    note, _ = notes.add_note(room, participant, phase=room.phase, text=text, client_id=client_id or text)
    return note


def event_with_room(slug, days_ago, retention_days=90, title="Werkplaats"):
    event = events.create_event(
        slug=slug, title=title, date=timezone.localdate() - timedelta(days=days_ago), retention_days=retention_days
    )
    room = rooms.create_room(title=f"{title} zaal 1", event=event)
    phone = join_as(room, "Iemand", "inwoner")
    note = write(room, phone, "Een idee")
    Vote.objects.create(room=room, participant=note.participant, note=note)
    Attendee.objects.create(event=event, device_id=note.participant.device_id, name="Iemand")
    return event, room


def test_purge_deletes_events_past_their_retention_and_keeps_the_rest():
    old, old_room = event_with_room("oud", days_ago=91, title="Oud")
    recent, recent_room = event_with_room("recent", days_ago=10, title="Recent")
    long_kept, _ = event_with_room("lang", days_ago=200, retention_days=365, title="Lang bewaard")

    out = StringIO()
    call_command("purge_expired", stdout=out)

    assert not Event.objects.filter(pk=old.pk).exists()
    assert not Room.objects.filter(pk=old_room.pk).exists()
    assert not Note.objects.filter(room_id=old_room.pk).exists()
    assert not Participant.objects.filter(room_id=old_room.pk).exists()
    assert not Vote.objects.filter(room_id=old_room.pk).exists()
    assert not Attendee.objects.filter(event_id=old.pk).exists()
    assert set(Event.objects.values_list("slug", flat=True)) == {"recent", "lang"}
    assert Note.objects.filter(room=recent_room).count() == 1
    report = out.getvalue()
    print(report)
    assert "1 events, 1 rooms, 1 participants, 1 attendees, 1 notes, 1 votes" in report
    assert "Oud" in report and "Recent" not in report


def test_purge_deletes_standalone_rooms_quiet_for_the_default_90_days(armoede, sociale_basis, anna):
    write(armoede, anna, "Oud briefje")
    long_ago = timezone.now() - timedelta(days=91)
    Room.objects.filter(pk=armoede.pk).update(last_activity_at=long_ago)
    Room.objects.filter(pk=sociale_basis.pk).update(created_at=timezone.now() - timedelta(days=89))

    dry = StringIO()
    call_command("purge_expired", "--dry-run", stdout=dry)
    assert "Would delete: 0 events, 1 rooms" in dry.getvalue()
    assert Room.objects.filter(pk=armoede.pk).exists()

    call_command("purge_expired", stdout=StringIO())
    assert not Room.objects.filter(pk=armoede.pk).exists()
    assert not Note.objects.exists()
    assert Room.objects.filter(pk=sociale_basis.pk).exists()


def test_the_facilitator_is_offered_the_verslag_before_deleting_the_room(armoede, anna, fatima):
    write(armoede, anna, "Weg ermee")

    page = fatima.get(f"/f/{armoede.code}/verwijderen/")
    assert page.status_code == 200
    assert f'href="/f/{armoede.code}/verslag/"' in page.content.decode()
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    assert Room.objects.filter(pk=armoede.pk).exists()  # looking deletes nothing

    done = fatima.post(f"/f/{armoede.code}/verwijderen/")
    assert done.status_code == 200
    assert not Room.objects.filter(pk=armoede.pk).exists()
    assert not Note.objects.exists() and not Participant.objects.exists()


def test_a_participant_or_a_stranger_cannot_delete_a_room(armoede, anna, fatima, sociale_basis):
    other_facilitator = Client()
    other_facilitator.get(f"/f/{sociale_basis.code}/{sociale_basis.facilitator_token}/")
    for client in (anna, Client(), other_facilitator):
        response = client.post(f"/f/{armoede.code}/verwijderen/")
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    assert Room.objects.filter(pk=armoede.pk).exists()


def test_only_an_organiser_of_the_event_deletes_it_at_once():
    event, room = event_with_room("werkplaats", days_ago=1)
    organiser = User.objects.create_user("olga", password="x")
    event.organisers.add(organiser)
    stranger = User.objects.create_user("otto", password="x")
    other = events.create_event(slug="ander", title="Ander")
    other.organisers.add(stranger)

    otto = Client()
    otto.force_login(stranger)
    assert otto.post("/e/werkplaats/verwijderen/").status_code == 302
    assert Event.objects.filter(pk=event.pk).exists()

    olga = Client()
    olga.force_login(organiser)
    page = olga.get("/e/werkplaats/verwijderen/").content.decode()
    assert f'href="/f/{room.code}/verslag/"' in page
    assert olga.post("/e/werkplaats/verwijderen/").status_code == 200
    assert not Event.objects.filter(pk=event.pk).exists()
    assert not Room.objects.filter(pk=room.pk).exists() and not Attendee.objects.exists()
    assert Event.objects.filter(pk=other.pk).exists()


async def test_open_screens_hear_that_the_room_was_deleted(armoede, anna, fatima, sockets):
    from asgiref.sync import sync_to_async

    phone = await sockets(armoede, anna)
    await sync_to_async(fatima.post)(f"/f/{armoede.code}/verwijderen/")
    frame = await phone.receive_until("verwijderd")
    assert "Deze deelsessie is verwijderd." in frame


def test_the_phone_page_offers_to_leave_and_delete_my_notes(armoede, anna):
    page = anna.get(f"/r/{armoede.code}/").content.decode()
    assert f'action="/r/{armoede.code}/verlaten/"' in page
    assert "Ga weg en verwijder mijn briefjes" in page


def test_leaving_deletes_my_notes_and_votes_and_nobody_elses(armoede, anna, bram):
    mine = write(armoede, anna, "Van Anna")
    theirs = write(armoede, bram, "Van Bram")
    Vote.objects.create(room=armoede, participant=mine.participant, note=theirs)

    response = anna.post(f"/r/{armoede.code}/verlaten/")

    assert response.status_code == 200
    assert list(Note.objects.values_list("text", flat=True)) == ["Van Bram"]
    assert not Vote.objects.exists()
    assert not Participant.objects.filter(name="Anna").exists()
    assert anna.get(f"/r/{armoede.code}/").status_code == 302  # back to the join form


async def test_the_others_see_my_notes_disappear_when_i_leave(armoede, anna, bram, sockets):
    from asgiref.sync import sync_to_async

    await sync_to_async(write)(armoede, anna, "Van Anna")
    bram_socket = await sockets(armoede, bram)
    assert "Van Anna" in bram_socket.snapshot

    await sync_to_async(anna.post)(f"/r/{armoede.code}/verlaten/")

    frame = await bram_socket.receive_until('data-snapshot="true"')
    assert "Van Anna" not in frame


def test_no_email_or_ip_address_is_stored_with_notes_or_people():
    suspicious = ("email", "mail", "ip", "ip_address", "address", "user_agent", "phone")
    for model in apps.get_app_config("sessions_app").get_models():
        for field in model._meta.get_fields():
            if not isinstance(field, models.Field):
                continue
            assert not isinstance(field, (models.EmailField, models.GenericIPAddressField)), (model, field.name)
            assert field.name not in suspicious, (model, field.name)


def test_names_are_optional(armoede):
    phone = join_as(armoede)
    assert Participant.objects.get().name == ""
    assert phone.get(f"/r/{armoede.code}/").status_code == 200


def test_the_privacy_page_explains_what_is_kept_and_for_how_long(client):
    page = client.get("/privacy/").content.decode()
    assert "Wat we bewaren" in page
    assert "90 dagen" in page
    assert "Geen IP-adres bij je briefjes" in page
    for path in ("/", "/privacy/"):
        assert 'href="/privacy/"' in client.get(path).content.decode()
