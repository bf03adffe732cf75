"""A change is rendered in the languages someone listens in: Dutch always, English only while a
screen of that room is open in English. An all-Dutch room costs half the renders it used to."""

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import caches

from realtime import broadcast, listening
from sessions_app.services import phases

pytestmark = pytest.mark.django_db(transaction=True)
ENGLISH = [(b"accept-language", b"en-GB,en;q=0.9")]


@pytest.fixture(autouse=True)
def nobody_listening_yet(armoede, sociale_basis):
    """Only these rooms' marks: with Redis the store is shared, so never clear() it."""
    keys = [listening._key(room.pk, "en") for room in (armoede, sociale_basis)]
    caches["throttle"].delete_many(keys)
    yield
    caches["throttle"].delete_many(keys)


@pytest.fixture
def groups_sent(monkeypatch):
    """The groups each frame went to (the frames themselves still go out)."""
    sent = []
    original = broadcast.publish

    def recording(frames):
        sent.extend(group for group, _html in frames)
        original(frames)

    monkeypatch.setattr(broadcast, "publish", recording)
    return sent


def test_an_all_dutch_room_is_rendered_in_dutch_only(armoede, groups_sent):
    phases.set_writing(armoede, False)

    assert groups_sent and all(group.endswith("-nl") for group in groups_sent)
    assert listening.languages_for(armoede.pk) == ["nl"]


def chose_english(client):
    """The person switched their own screen to English (the language switch sets this cookie); a
    phone otherwise speaks its room's language, whatever its browser prefers (issue 13)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


async def test_an_english_browser_in_a_dutch_room_gets_dutch_frames(armoede, bram, sockets, groups_sent):
    phone = await sockets(armoede, bram, headers=ENGLISH)
    assert "Ik ben klaar" in phone.snapshot and "I'm done" not in phone.snapshot
    assert listening.languages_for(armoede.pk) == ["nl"]


async def test_an_english_room_speaks_english_to_its_phones(armoede, bram, sockets):
    armoede.language = "en"
    await sync_to_async(armoede.save)(update_fields=["language"])
    phone = await sockets(armoede, bram)
    assert "I'm done" in phone.snapshot


async def test_an_english_screen_gets_its_frames_in_english(armoede, anna, bram, sockets, groups_sent):
    dutch = await sockets(armoede, anna)
    english = await sockets(armoede, chose_english(bram), headers=ENGLISH)
    assert "I'm done" in english.snapshot  # its snapshot came, in English

    await sync_to_async(phases.set_writing)(armoede, False)

    in_english = await english.receive_until('data-writing-open="false"')
    in_dutch = await dutch.receive_until('data-writing-open="false"')
    assert in_english != in_dutch  # rendered in each language, not the Dutch text twice
    assert any(group.endswith("-en") for group in groups_sent)
    assert listening.languages_for(armoede.pk) == ["nl", "en"]


async def test_english_in_one_room_does_not_make_another_room_render_english(armoede, sociale_basis, bram, cas, sockets, groups_sent):
    await sockets(armoede, chose_english(bram), headers=ENGLISH)  # connected: its snapshot came

    await sync_to_async(phases.set_writing)(sociale_basis, False)

    assert [group for group in groups_sent if group.startswith(f"room-{sociale_basis.pk}-")]
    assert not [group for group in groups_sent if group.startswith(f"room-{sociale_basis.pk}-") and group.endswith("-en")]


def test_when_the_store_is_away_every_language_is_rendered(armoede, monkeypatch):
    class Away:
        def get_many(self, keys):
            raise ConnectionError("Redis restarting")

        def set(self, *args, **kwargs):
            raise ConnectionError("Redis restarting")

    monkeypatch.setattr(listening, "_store", lambda: Away())
    listening.listen(armoede.pk, "en")  # does not raise: the snapshot still goes out

    assert listening.languages_for(armoede.pk) == ["nl", "en"]
