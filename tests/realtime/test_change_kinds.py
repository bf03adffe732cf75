"""Every kind of room change has its own frame builder: a kind without one is an error, never a
silent whole board."""

import pytest

from realtime import frames
from sessions_app.changes import Change, room_changed


def test_every_change_kind_has_a_builder():
    assert set(Change) - set(frames.BUILDERS) == set()


def test_a_kind_without_a_builder_is_refused(monkeypatch):
    monkeypatch.delitem(frames.BUILDERS, Change.LENS_SET)

    with pytest.raises(frames.MissingBuilder):
        frames.build(Change.LENS_SET, 1, 1, {})


def test_a_service_cannot_publish_an_unknown_kind():
    class Room:
        pk, version = 1, 1

    with pytest.raises(ValueError):
        room_changed(Room(), "note.painted")
