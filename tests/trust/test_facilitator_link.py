"""The facilitator link (issue 12, items 8 and 10): a renewed link also closes the presenter
views that came in with the old one, and opening the link gives the browser a new session key."""

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

from sessions_app.services import rooms
from tests.helpers import SocketClient

pytestmark = pytest.mark.django_db(transaction=True)


async def test_a_presenter_view_of_a_renewed_link_is_told_and_closed(armoede, fatima, sockets):
    presenter = await sockets(armoede, fatima, path=f"/ws/room/{armoede.code}/presenter/")

    await sync_to_async(rooms.renew_facilitator_link)(armoede)

    assert await presenter.closed() == 4403
    assert any("Deze link werkt niet meer" in frame for frame in presenter.frames)


def test_opening_the_link_in_a_browser_with_a_planted_session_gives_a_new_key(armoede):
    planted = SessionStore()
    planted["bezocht"] = True
    planted.create()  # a key the attacker knows, set in the victim's browser beforehand
    victim = Client()
    victim.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key

    assert victim.get(f"/f/{armoede.code}/{armoede.facilitator_token}/").status_code == 302

    assert victim.cookies[settings.SESSION_COOKIE_NAME].value != planted.session_key
    attacker = Client()
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key
    assert attacker.get(f"/f/{armoede.code}/").status_code != 200  # not a facilitator
    assert victim.get(f"/f/{armoede.code}/").status_code == 200


def test_a_wrong_facilitator_token_is_refused(armoede):
    wrong = armoede.facilitator_token[:-1] + ("x" if armoede.facilitator_token[-1] != "x" else "y")
    assert Client().get(f"/f/{armoede.code}/{wrong}/").status_code == 403
