"""Full URLs that are handed out (printed by seed_demo, shown in the console, in QR codes)."""

import io

import segno
from django.conf import settings
from django.urls import reverse


def absolute(path: str, base_url: str | None = None) -> str:
    return (base_url or settings.SITE_URL).rstrip("/") + path


def join_url(room, base_url=None) -> str:
    return absolute(reverse("join", args=[room.code]), base_url)


def facilitator_url(room, base_url=None) -> str:
    return absolute(reverse("facilitator_link", args=[room.code, room.facilitator_token]), base_url)


def qr_svg(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", xmldecl=False, svgns=True, scale=6, border=2, svgclass="qr-svg")
    return buffer.getvalue().decode()
