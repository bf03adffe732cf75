"""Themes: the facilitator groups notes by keyboard (no dragging), live on every screen; two
facilitator tabs at once end consistent; phones and other rooms cannot touch them."""

import asyncio

import pytest
from asgiref.sync import sync_to_async

from sessions_app.models import Note, Room, Theme
from sessions_app.services import notes, themes
from sessions_app.services.errors import DomainError, NotFound

pytestmark = pytest.mark.django_db(transaction=True)


def write(room, name, text, phase="verkennen"):
    participant = room.participants.get(name=name)
    return notes.add_note(room, participant, phase=phase, text=text, client_id=f"c-{text}")[0]


@pytest.fixture
def board(armoede, anna, bram):
    """Four notes in verkennen: three by Anna, one by Bram."""
    return [write(armoede, "Anna", text) for text in ("Buurtkamer", "Schuldhulp", "Wijkteam")] + [
        write(armoede, "Bram", "Eén loket")
    ]


def version(room):
    return Room.objects.get(pk=room.pk).version


# --- the service ---------------------------------------------------------------------------

def test_a_theme_gathers_the_chosen_notes(armoede, board):
    theme = themes.create_theme(armoede, "  Samen  in de wijk ", [board[0].pk, board[2].pk])

    assert theme.title == "Samen in de wijk" and theme.phase == "verkennen"
    assert set(theme.notes.values_list("pk", flat=True)) == {board[0].pk, board[2].pk}


def test_a_note_moves_from_one_theme_to_another(armoede, board):
    wijk = themes.create_theme(armoede, "Wijk", [board[0].pk])
    hulp = themes.create_theme(armoede, "Hulp", [board[1].pk])

    themes.add_to_theme(armoede, hulp.pk, [board[0].pk])

    assert Note.objects.get(pk=board[0].pk).theme_id == hulp.pk
    assert not wijk.notes.exists()


def test_rename_remove_merge_and_dissolve(armoede, board):
    wijk = themes.create_theme(armoede, "Wijk", [board[0].pk, board[1].pk])
    hulp = themes.create_theme(armoede, "Hulp", [board[2].pk])

    themes.rename_theme(armoede, wijk.pk, "Dichtbij")
    themes.remove_from_theme(armoede, board[1].pk)
    assert Theme.objects.get(pk=wijk.pk).title == "Dichtbij"
    assert Note.objects.get(pk=board[1].pk).theme_id is None

    themes.set_room_spotlight(armoede, theme_id=hulp.pk)
    merged = themes.merge_themes(armoede, hulp.pk, wijk.pk)
    assert merged.pk == wijk.pk and not Theme.objects.filter(pk=hulp.pk).exists()
    assert set(wijk.notes.values_list("pk", flat=True)) == {board[0].pk, board[2].pk}
    assert Room.objects.get(pk=armoede.pk).spotlight_theme_id == wijk.pk  # the spotlight follows

    themes.dissolve_theme(armoede, wijk.pk)
    assert not Theme.objects.exists()
    assert Note.objects.filter(theme__isnull=True).count() == 4  # no note is lost


def test_a_no_op_does_not_bump_the_version(armoede, board):
    wijk = themes.create_theme(armoede, "Wijk", [board[0].pk])
    before = version(armoede)

    themes.add_to_theme(armoede, wijk.pk, [board[0].pk])
    themes.rename_theme(armoede, wijk.pk, "Wijk")
    themes.remove_from_theme(armoede, board[1].pk)

    assert version(armoede) == before


def test_notes_and_themes_of_another_room_or_that_do_not_exist_are_refused(armoede, sociale_basis, cas, board):
    elsewhere = write(sociale_basis, "Cas", "Andere kamer")
    theirs = themes.create_theme(sociale_basis, "Hun thema", [elsewhere.pk])
    before = version(armoede)

    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.create_theme(armoede, "Mix", [board[0].pk, elsewhere.pk])
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.create_theme(armoede, "Leeg", [999999])
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.add_to_theme(armoede, theirs.pk, [board[0].pk])
    with pytest.raises(NotFound, match=r"staat niet \(meer\) in deze ruimte"):
        themes.dissolve_theme(armoede, 999999)

    assert not armoede.themes.exists() and version(armoede) == before
    assert Note.objects.get(pk=elsewhere.pk).theme_id == theirs.pk


def test_a_theme_belongs_to_one_phase_and_needs_a_name(armoede, board):
    later = write(armoede, "Anna", "Droom", phase="verkennen")
    Note.objects.filter(pk=later.pk).update(phase="verbeelden")
    with pytest.raises(DomainError, match="andere fase"):
        themes.create_theme(armoede, "Mix", [board[0].pk, later.pk])
    with pytest.raises(DomainError, match="naam"):
        themes.create_theme(armoede, "   ", [board[0].pk])
    assert not Theme.objects.exists()


# --- over the sockets ----------------------------------------------------------------------

async def test_a_theme_made_on_the_console_shows_on_every_screen(armoede, anna, bram, fatima, board, sockets):
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    # As the checkboxes of the console send it: several values under note_ids, as strings.
    await console.send("theme.create", title="Dichtbij", note_ids=[str(board[0].pk), str(board[3].pk)])

    for socket in (anna_socket, bram_socket, console):
        frame = await socket.receive_until("Dichtbij")
        section = frame[frame.index('id="theme-'):]
        assert "Buurtkamer" in section.split("</section>")[0] and "Eén loket" in section.split("</section>")[0]


async def test_the_console_offers_a_keyboard_menu_on_each_note(armoede, fatima, anna, board, sockets):
    console = await sockets(armoede, fatima)
    anna_socket = await sockets(armoede, anna)
    await console.send("theme.create", title="Dichtbij", note_id=board[0].pk)
    frame = await console.receive_until("Dichtbij")

    assert 'name="note_ids"' in frame and 'form="theme-pick-verkennen"' in frame  # checkboxes
    assert 'value="theme.add"' in frame and 'value="theme.create"' in frame  # the menu
    phone = await anna_socket.receive_until("Dichtbij")
    assert 'value="theme.add"' not in phone and 'name="note_ids"' not in phone


async def test_notes_are_moved_by_id_from_a_form(armoede, fatima, board, sockets):
    console = await sockets(armoede, fatima)
    theme = await sync_to_async(themes.create_theme)(armoede, "Hulp", [])
    await console.receive_until("Hulp")

    await console.send("theme.add", theme_id=str(theme.pk), note_id=str(board[1].pk))
    await console.receive_until(f'id="theme-{theme.pk}"')
    await console.send("theme.remove", note_id=board[1].pk)
    await console.receive_until('id="notes-verkennen"')
    await console.send("theme.rename", theme_id=theme.pk, title="Hulp die werkt")
    await console.receive_until("Hulp die werkt")

    assert (await Note.objects.aget(pk=board[1].pk)).theme_id is None


async def test_a_phone_cannot_theme(armoede, anna, board, sockets):
    anna_socket = await sockets(armoede, anna)

    await anna_socket.send("theme.create", title="Mijn thema", note_ids=[board[0].pk])
    assert "alleen de gespreksleider" in await anna_socket.receive()
    assert not await Theme.objects.aexists()


async def test_bad_ids_get_a_dutch_sentence_and_change_nothing(armoede, fatima, board, sockets):
    console = await sockets(armoede, fatima)
    theme = await sync_to_async(themes.create_theme)(armoede, "Hulp", [])
    await console.receive_until("Hulp")

    for fields, sentence in (
        ({"theme_id": theme.pk, "note_id": 999999}, "staat niet (meer) in deze ruimte"),
        ({"theme_id": 999999, "note_id": board[0].pk}, "staat niet (meer) in deze ruimte"),
        ({"theme_id": "een", "note_id": board[0].pk}, "getal klopt niet"),
        ({"note_id": board[0].pk}, "Kies eerst een thema"),
    ):
        await console.send("theme.add", **fields)
        assert sentence in await console.receive_until("error")
    await console.send("theme.merge", theme_id=theme.pk, into_id=theme.pk)
    assert "twee verschillende" in await console.receive_until("error")

    assert not await Note.objects.filter(theme__isnull=False).aexists()
    assert await console.nothing_more()


async def test_two_facilitator_tabs_theming_at_once_end_consistent(armoede, fatima, board, sockets):
    first, second = await sockets(armoede, fatima), await sockets(armoede, fatima)
    wijk = await sync_to_async(themes.create_theme)(armoede, "Wijk", [board[0].pk])
    hulp = await sync_to_async(themes.create_theme)(armoede, "Hulp", [board[1].pk])

    # One tab merges Wijk into Hulp while the other moves notes into Wijk and makes a new theme.
    await asyncio.gather(
        first.send("theme.merge", theme_id=wijk.pk, into_id=hulp.pk),
        second.send("theme.add", theme_id=wijk.pk, note_ids=[board[2].pk, board[3].pk]),
        second.send("theme.create", title="Loket", note_ids=[board[3].pk]),
        first.send("theme.create", title="Team", note_ids=[board[2].pk, board[3].pk]),
    )
    for tab in (first, second):
        for _ in range(6):  # let every change arrive (refusals and refreshes)
            if await tab.nothing_more(0.5):
                break
            await tab.receive()

    live = {theme.pk async for theme in Theme.objects.all()}
    assert hulp.pk in live and wijk.pk not in live
    async for note in Note.objects.all():
        assert note.theme_id is None or note.theme_id in live
    assert await Note.objects.acount() == 4
    # Both tabs end on the same board: each gets a snapshot at the room's final version.
    room = await Room.objects.aget(pk=armoede.pk)
    for tab in (first, second):
        await tab.send("sync")
        await tab.receive_until(f'data-room-version="{room.version}" data-snapshot="true"', timeout=5)


def test_export_room_lists_themes_actions_and_the_writing_mode(armoede, board):
    import io
    import json

    from django.core.management import call_command

    from sessions_app.services import actions, phases, reveal

    wijk = themes.create_theme(armoede, "Wijk", [board[0].pk, board[2].pk])
    reveal.set_writing_mode(armoede, "private")
    phases.set_phase(armoede, "verwezenlijken")
    actions.add_action(armoede, what="Buurtkamer openen", who="Gemeente", when="2026-12-01", theme_id=wijk.pk)
    out = io.StringIO()
    call_command("export_room", armoede.code, "--format", "json", stdout=out)
    data = json.loads(out.getvalue())

    assert data["writing_mode"] == "open" and data["revealed"] is False  # of the current phase
    assert data["phases"][0]["writing_mode"] == "private"
    assert data["themes"] == [
        {"id": wijk.pk, "title": "Wijk", "phase": "verkennen", "note_ids": [board[0].pk, board[2].pk], "votes": 0}
    ]
    by_id = {note["id"]: note for note in data["phases"][0]["notes"]}
    assert by_id[board[0].pk]["theme_id"] == wijk.pk and by_id[board[1].pk]["theme_id"] is None
    assert [(a["what"], a["who"], a["when"]) for a in data["actions"]] == [
        ("Buurtkamer openen", "Gemeente", "2026-12-01")
    ]


async def test_participants_propose_themes_only_when_the_facilitator_lets_them(armoede, anna, bram, fatima, sockets):
    anna_socket = await sockets(armoede, anna)
    bram_socket = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await anna_socket.send("theme.propose", title="Samen eten")
    assert "kan nu niet" in await anna_socket.receive()
    assert not await Theme.objects.aexists()

    await console.send("theme.proposals", open="true")
    assert "Stel een thema voor" in await anna_socket.receive_until('id="phase-notes-verkennen"')
    await anna_socket.send("theme.propose", title="Samen eten")

    frame = await bram_socket.receive_until("Samen eten")
    assert "Voorgesteld door Anna" in frame
    theme = await Theme.objects.aget()
    assert theme.phase == "verkennen" and (await Room.objects.aget(pk=armoede.pk)).participants_propose_themes
    await anna_socket.send("theme.propose", title="samen eten")
    assert "Dat thema is er al" in await anna_socket.receive_until("error")


def test_a_participant_proposes_a_few_themes_per_phase_at_most(armoede, anna):
    themes.set_proposals(armoede, True)
    anna_p = armoede.participants.get(name="Anna")
    for n in range(themes.PROPOSALS_PER_PHASE):
        themes.propose_theme(armoede, anna_p, f"Thema {n}")

    with pytest.raises(DomainError, match="al 3 thema's voorgesteld"):
        themes.propose_theme(armoede, anna_p, "Nog een")
    assert Theme.objects.count() == themes.PROPOSALS_PER_PHASE


async def test_only_the_facilitator_opens_proposals(armoede, anna, sockets):
    anna_socket = await sockets(armoede, anna)
    await anna_socket.send("theme.proposals", open=True)
    assert "alleen de gespreksleider" in await anna_socket.receive()
    assert not (await Room.objects.aget(pk=armoede.pk)).participants_propose_themes
