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


def event_join_url(event, base_url=None) -> str:
    """The one join link (and QR code) for everybody at an event: /j/<EVENT-CODE>/."""
    return absolute(reverse("join", args=[event.code]), base_url)


def event_overview_url(event, base_url=None) -> str:
    return absolute(reverse("event_overview", args=[event.slug]), base_url)
