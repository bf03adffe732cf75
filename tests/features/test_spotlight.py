"""Spotlight: the facilitator puts one note or theme in the spotlight; every phone highlights it."""

import pytest
from asgiref.sync import sync_to_async

from sessions_app.audience import Audience
from sessions_app.models import Room
from sessions_app.services import notes, reveal, themes
from sessions_app.services.errors import DomainError, NotFound

pytestmark = pytest.mark.django_db(transaction=True)


def write(room, name, text):
    participant = room.participants.get(name=name)
    return notes.add_note(room, participant, phase=room.phase, text=text, client_id=f"c-{text}")[0]


def spotlight_of(room):
    room = Room.objects.get(pk=room.pk)
    return room.spotlight_note_id, room.spotlight_theme_id


def test_one_note_or_one_theme_at_a_time(armoede, anna):
    note = write(armoede, "Anna", "De buurtkamer")
    theme = themes.create_theme(armoede, "Wijk", [note.pk])

    themes.set_room_spotlight(armoede, note_id=note.pk)
    assert spotlight_of(armoede) == (note.pk, None)
    themes.set_room_spotlight(armoede, theme_id=theme.pk)
    assert spotlight_of(armoede) == (None, theme.pk)
    themes.set_room_spotlight(armoede)
    assert spotlight_of(armoede) == (None, None)
    with pytest.raises(DomainError, match="één briefje of één thema"):
        themes.set_room_spotlight(armoede, note_id=note.pk, theme_id=theme.pk)


def test_a_note_nobody_may_see_yet_cannot_be_spotlit(armoede, anna):
    reveal.set_writing_mode(armoede, "private")
    note = write(armoede, "Anna", "Nog geheim")

    with pytest.raises(DomainError, match="Laat het eerst zien"):
        themes.set_room_spotlight(armoede, note_id=note.pk)
    assert spotlight_of(armoede) == (None, None)


def test_another_rooms_note_or_a_missing_theme_is_refused(armoede, sociale_basis, cas):
    elsewhere = write(sociale_basis, "Cas", "Andere kamer")
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.set_room_spotlight(armoede, note_id=elsewhere.pk)
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.set_room_spotlight(armoede, theme_id=424242)
    assert spotlight_of(armoede) == (None, None)


def test_the_board_context_names_the_spotlight_for_the_presenter_view(armoede, anna):
    from sessions_app.reads import board as queries

    note = write(armoede, "Anna", "De buurtkamer")
    themes.set_room_spotlight(armoede, note_id=note.pk)

    for audience in (Audience.PARTICIPANTS, Audience.FACILITATORS):
        assert queries.board(armoede.pk, audience)["spotlight"]["note"].text == "De buurtkamer"


async def test_the_spotlight_shows_on_every_phone_and_goes_off_again(armoede, anna, bram, fatima, sockets):
    note = await sync_to_async(write)(armoede, "Anna", "De buurtkamer")
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("spotlight.set", note_id=str(note.pk), theme_id="")

    frame = await bram_socket.receive_until('id="spotlight"')
    assert "In de spotlight" in frame and "De buurtkamer" in frame
    assert f'is-spotlit" id="note-{note.pk}"' in frame
    assert "Haal uit de spotlight" not in frame  # phones only look

    await console.send("spotlight.set", note_id="", theme_id="")
    frame = await bram_socket.receive_until('id="spotlight-slot"')
    assert 'id="spotlight"' not in frame and f'class="note" id="note-{note.pk}"' in frame  # its mark goes too


async def test_a_theme_in_the_spotlight_shows_its_notes(armoede, anna, bram, fatima, sockets):
    note = await sync_to_async(write)(armoede, "Anna", "De buurtkamer")
    theme = await sync_to_async(themes.create_theme)(armoede, "Dichtbij", [note.pk])
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await console.send("spotlight.set", theme_id=theme.pk)

    frame = await bram_socket.receive_until('id="spotlight"')
    spot = frame[frame.index('id="spotlight"'):].split("</section>")[0]
    assert "Dichtbij" in spot and "De buurtkamer" in spot


async def test_a_phone_cannot_set_the_spotlight(armoede, anna, sockets):
    note = await sync_to_async(write)(armoede, "Anna", "De buurtkamer")
    anna_socket = await sockets(armoede, anna)

    await anna_socket.send("spotlight.set", note_id=note.pk)

    assert "alleen de gespreksleider" in await anna_socket.receive()
    assert await sync_to_async(spotlight_of)(armoede) == (None, None)


async def test_a_bad_id_gets_a_dutch_sentence(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)

    await console.send("spotlight.set", note_id=999999)
    assert "staat niet (meer) in deze ruimte" in await console.receive()
    await console.send("spotlight.set", note_id="-3")
    assert "getal klopt niet" in await console.receive()
    assert await console.nothing_more()
