"""Bytes on the wire are behaviour: what each phone receives for a change does not grow with the
board, and no message is larger than 256 KiB however big the board."""

import pytest
from django.template.loader import render_to_string

from realtime import board_parts, broadcast, snapshots
from sessions_app import big_room
from sessions_app.reads import board as queries
from sessions_app.models import Room
from sessions_app.services import notes, phases, presence, rooms, timer
from tests.htmx_frames import Screen, snapshot_html

pytestmark = pytest.mark.django_db(transaction=True)
KIB = 1024


@pytest.fixture
def sent(monkeypatch):
    frames = []
    monkeypatch.setattr(broadcast, "publish", frames.extend)
    return frames


def to_phones(sent, room) -> int:
    return sum(len(html.encode()) for group, html in sent if group == f"room-{room.pk}-participants-nl")


def fresh(room):
    return Room.objects.get(pk=room.pk)


def test_a_change_costs_each_phone_the_same_bytes_with_300_notes_on_the_board(armoede, sent):
    room = big_room.fill(armoede, notes=300)
    anna, bram = big_room.phones_of(room)[:2]
    sizes = {}
    for name, change in [
        ("phase", lambda: phases.set_phase(fresh(room), "verbeelden")),
        ("writing closed", lambda: phases.set_writing(fresh(room), False)),
        ("writing open", lambda: phases.set_writing(fresh(room), True)),
        ("prompt", lambda: rooms.set_prompt(fresh(room), "verbeelden", "Hoe ziet het eruit als het werkt?")),
        ("timer", lambda: timer.start(fresh(room), 300)),
        ("ready", lambda: presence.set_ready(fresh(room), anna, True)),
        ("note", lambda: notes.add_note(fresh(room), bram, phase="verbeelden", text="Een loket om de hoek", client_id="n1")),
    ]:
        sent.clear()
        change()
        sizes[name] = to_phones(sent, room)

    assert all(0 < size <= 4 * KIB for size in sizes.values()), sizes
    assert sizes["note"] <= 2 * KIB, sizes


def test_a_big_board_comes_in_parts_of_at_most_256_kib_current_phase_first(armoede):
    room = big_room.fill(armoede, notes=1200)
    for audience in ("participants", "facilitators", "presenters"):
        snapshots.clear()
        parts = snapshots.board_parts(room.pk, audience, "nl")
        assert len(parts) > 1 or audience != "facilitators"
        assert max(len(part.encode()) for part in parts) <= board_parts.PART_BYTES
        assert all(f'data-room-version="{room.version}"' in part and 'data-snapshot="true"' in part for part in parts)
        screen = Screen(parts[0])
        for part in parts[1:]:
            screen.take(part)
        assert screen.gaps == []
        assert screen.html() == snapshot_html(in_one_piece(room, audience)), audience
        if len(parts) > 1:
            current = [number for number, part in enumerate(parts) if 'beforeend:#notes-verkennen"' in part]
            others = [number for number, part in enumerate(parts) if 'beforeend:#notes-verbeelden"' in part]
            assert current and (not others or max(current) < min(others))


def in_one_piece(room, audience) -> str:
    context = queries.board(room.pk, audience)
    return render_to_string("partials/room_snapshot.html", {**context, "snapshot": True, "personal": False})
