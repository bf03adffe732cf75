"""A phone's first look at a room costs little on venue wifi: the board travels once (in the page;
the socket then only confirms the version) and everything is compressed. Bytes are behaviour."""

import gzip
import re

from django.contrib.staticfiles import finders

from sessions_app import big_room
from tests.helpers import join_as

KIB = 1024


def compressed_static(html: str) -> int:
    """What the page's own CSS and JS cost compressed (whitenoise serves the gzip copy that
    collectstatic writes; gzip -9 is what it writes)."""
    total = 0
    for path in re.findall(r'(?:src|href)="/static/([^"]+\.(?:css|js))"', html):
        with open(finders.find(path), "rb") as handle:
            total += len(gzip.compress(handle.read(), compresslevel=9))
    return total


def test_a_phones_first_load_of_a_200_note_room_is_at_most_100_kib(armoede):
    room = big_room.fill(armoede, notes=200)
    phone = join_as(room, name="Nieuw", perspective="beleid")

    page = phone.get(f"/r/{room.code}/", HTTP_ACCEPT_ENCODING="gzip")

    assert page.status_code == 200
    assert page["Content-Encoding"] == "gzip"
    html = gzip.decompress(page.content).decode()
    assert html.count('class="note') >= 150  # the board is in the page itself
    assert f"?v={room.__class__.objects.get(pk=room.pk).version}" in html  # so the socket need not resend it
    assert len(page.content) + compressed_static(html) <= 100 * KIB
