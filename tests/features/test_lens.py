"""The sociale-kwaliteit lens: the facilitator switches on the four conditions; participants tag
their own notes, the facilitator any note; the console's board can be grouped by condition.
Phones read the conditions in plain words ("Samen verbonden zijn"), never the jargon (issue 13)."""

import pytest
from asgiref.sync import sync_to_async

from sessions_app.reads.export import room_data
from sessions_app.models import Note, Room
from sessions_app.services import lens
from tests.helpers import SocketClient
from tests.features.cast_b import awrite, facilitator_of, write

pytestmark = pytest.mark.django_db(transaction=True)


async def switch_on(console):
    await console.send("lens.set", enabled="true")
    await console.receive_until('data-lens="on"')


async def test_the_facilitator_switches_the_lens_on_for_everyone(armoede, anna, fatima, sockets):
    await awrite(armoede, "Anna", "Samen eten in de buurt")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    assert "Kies een voorwaarde" not in anna_phone.snapshot

    await switch_on(console)

    on_phone = await anna_phone.receive_until('data-lens="on"')
    assert "Waar past dit bij?" in on_phone
    assert "Kies een voorwaarde" not in on_phone and "sociale cohesie" not in on_phone  # no jargon on a phone
    assert (await Room.objects.aget(pk=armoede.pk)).lens_enabled is True


async def test_a_participant_tags_their_own_note_and_everyone_sees_it(armoede, anna, bram, fatima, sockets):
    note = await awrite(armoede, "Anna", "Samen eten in de buurt")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await switch_on(console)

    await anna_phone.send("note.tag", note_id=note.pk, tag="cohesie")

    for screen in (anna_phone, bram_phone):
        frame = await screen.receive_until('class="note-tag"')
        assert f'id="note-{note.pk}"' in frame and "Samen verbonden zijn</li>" in frame
        assert "sociale cohesie" not in frame and 'id="board"' not in frame
    frame = await console.receive_until('class="note-tag"')
    assert f'id="note-{note.pk}"' in frame and "sociale cohesie</li>" in frame
    assert 'data-condition="cohesie"' in frame and "(1)" in frame  # the grouped view counts it
    assert 'id="board"' not in frame
    assert (await Note.objects.aget(pk=note.pk)).tags == ["cohesie"]

    await anna_phone.send("note.untag", note_id=note.pk, tag="cohesie")
    frame = await bram_phone.receive_until(f'id="note-{note.pk}"')
    assert "Samen verbonden zijn</li>" not in frame.split('id="lens-panel"')[0]  # the note no longer shows it
    assert (await Note.objects.aget(pk=note.pk)).tags == []


async def test_a_participant_may_not_tag_someone_elses_note(armoede, anna, bram, fatima, sockets):
    brams_note = await awrite(armoede, "Bram", "Een vast loket")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await switch_on(console)

    await anna_phone.send("note.tag", note_id=brams_note.pk, tag="inclusie")

    assert "Je kunt alleen je eigen briefjes labelen." in await anna_phone.receive_until('id="messages"')
    assert (await Note.objects.aget(pk=brams_note.pk)).tags == []


async def test_the_facilitator_tags_any_note_of_the_room(armoede, anna, fatima, sockets):
    note = await awrite(armoede, "Anna", "Werk dat bij je past")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await switch_on(console)

    await console.send("note.tag", note_id=note.pk, tag="zekerheid")
    await console.send("note.tag", note_id=note.pk, tag="empowerment")

    await anna_phone.receive_until("Zelf kunnen kiezen</li>")
    assert (await Note.objects.aget(pk=note.pk)).tags == ["zekerheid", "empowerment"]


async def test_tagging_waits_for_the_lens(armoede, anna, fatima, sockets):
    note = await awrite(armoede, "Anna", "Idee")
    anna_phone = await sockets(armoede, anna)

    await anna_phone.send("note.tag", note_id=note.pk, tag="cohesie")

    assert "De lens sociale kwaliteit staat nu uit." in await anna_phone.receive_until('id="messages"')
    assert (await Note.objects.aget(pk=note.pk)).tags == []


async def test_only_the_facilitator_switches_the_lens(armoede, anna, sockets):
    anna_phone = await sockets(armoede, anna)
    await anna_phone.send("lens.set", enabled="true")
    assert "Dat mag alleen de gespreksleider." in await anna_phone.receive_until('id="messages"')
    assert (await Room.objects.aget(pk=armoede.pk)).lens_enabled is False


async def test_a_note_of_another_room_or_an_unknown_condition_is_refused(armoede, sociale_basis, anna, cas, fatima, sockets):
    elsewhere = await awrite(sociale_basis, "Cas", "Idee van Cas")
    own = await awrite(armoede, "Anna", "Idee van Anna")
    console = await sockets(armoede, fatima)
    await switch_on(console)

    await console.send("note.tag", note_id=elsewhere.pk, tag="cohesie")
    assert "Dat briefje, thema of die actie staat niet (meer) in deze ruimte." in await console.receive_until('id="messages"')
    await console.send("note.tag", note_id=own.pk, tag="geluk")
    assert "Die keuze kennen we niet." in await console.receive_until('id="messages"')
    assert (await Note.objects.aget(pk=elsewhere.pk)).tags == []


async def test_a_facilitator_of_another_room_cannot_tag_here(armoede, sociale_basis, sockets):
    other_facilitator = await sync_to_async(facilitator_of)(sociale_basis)
    intruder = SocketClient(armoede, other_facilitator)
    connected, _ = await intruder.communicator.connect()
    assert connected
    assert "Doe eerst mee" in await intruder.receive()
    assert await intruder.closed() == 4403


def test_tags_are_stored_once_in_a_fixed_order_and_exported(armoede, anna):
    note = write(armoede, "Anna", "Idee")
    lens.set_lens(armoede, True)
    version = Room.objects.get(pk=armoede.pk).version
    lens.tag_note(armoede, note.pk, "empowerment", participant=None)
    lens.tag_note(armoede, note.pk, "zekerheid", participant=None)
    lens.tag_note(armoede, note.pk, "zekerheid", participant=None)  # already there: nothing happens

    assert Room.objects.get(pk=armoede.pk).version == version + 2
    exported = room_data(armoede)["phases"][0]["notes"][0]
    assert exported["tags"] == ["zekerheid", "empowerment"]
    assert room_data(armoede)["lens_enabled"] is True


def test_the_console_offers_grouping_by_condition(armoede, fatima):
    lens.set_lens(armoede, True)
    page = fatima.get(f"/f/{armoede.code}/").content.decode()
    assert 'id="group-by-condition"' in page and "Groepeer per voorwaarde" in page
    for label in ("sociaal-economische zekerheid", "sociale inclusie", "sociale cohesie", "sociaal empowerment"):
        assert label in page


def test_the_presenter_view_can_show_the_notes_grouped_by_condition(armoede, anna, fatima):
    note = write(armoede, "Anna", "Samen eten in de buurt")
    lens.set_lens(armoede, True)
    lens.tag_note(armoede, note.pk, "cohesie", participant=None)

    grouped = fatima.get(f"/p/{armoede.code}/?group=condition").content.decode()
    plain = fatima.get(f"/p/{armoede.code}/").content.decode()

    assert 'id="group-by-condition" checked' in grouped and 'data-condition="cohesie"' in grouped
    assert 'id="group-by-condition"' not in plain


async def test_a_tagged_note_keeps_its_console_menu(armoede, anna, fatima, sockets):
    note = await awrite(armoede, "Anna", "Samen eten in de buurt")
    console = await sockets(armoede, fatima)
    await console.send("theme.create", title="Ontmoeting", note_ids="")
    await console.receive_until("Ontmoeting")
    await switch_on(console)

    await console.send("note.tag", note_id=note.pk, tag="cohesie")

    frame = await console.receive_until('class="note-tag"')
    assert "Thema en meer" in frame and 'form="theme-pick-verkennen"' in frame  # its menu and its checkbox
