"""The verslag in a real browser: the facilitator opens it from the console, it passes axe-core,
and printing it (Chromium's own print to PDF, with the print stylesheet) gives an A4 document
with every note as text, no buttons, and the phases in flow. A participant reads it on a phone through the share link."""

import datetime
import io
import re
import uuid

import pytest
from pypdf import PdfReader

from sessions_app.models import Action, Note, Participant, Theme, Vote
from sessions_app.services import rooms
from tests.browser.conftest import DESKTOP, axe_violations

TRICKY = "Geën zorgen 😀 <script>alert(1)</script> **vet**"


@pytest.fixture
def verslag(transactional_db):
    room = rooms.create_room(title="Armoede", subtitle="Samen bouwen aan bestaanszekerheid", facilitator_name="Fatima",
                             summary="De buurtkamer kwam vaak terug.", quotes="Zie de mens achter het dossier.",
                             lens_enabled=True)
    anna = Participant.objects.create(room=room, device_id=uuid.uuid4(), name="Anna", perspective="ervaringsdeskundige")
    bram = Participant.objects.create(room=room, device_id=uuid.uuid4(), name="Bram", perspective="beleid")
    Note.objects.create(room=room, participant=anna, phase="verkennen", text=TRICKY, client_id="a1",
                        perspective=anna.perspective, tags=["zekerheid"])
    Note.objects.create(room=room, participant=bram, phase="verkennen", text="مرحبا بالعالم", client_id="b1",
                        perspective=bram.perspective, highlighted=True)
    Note.objects.create(room=room, participant=bram, phase="verkennen", text="Verborgen briefje", client_id="b2",
                        perspective=bram.perspective, hidden=True)
    tijd = Theme.objects.create(room=room, phase="vormgeven", title="Tijd")
    langer = Note.objects.create(room=room, participant=bram, phase="vormgeven", text="Langer de tijd voor gesprekken",
                                 client_id="b3", perspective=bram.perspective, theme=tijd)
    Vote.objects.create(room=room, participant=anna, note=langer)
    Action.objects.create(room=room, what="Buurtkamer openen op woensdag", who="Anna en Bram",
                          when=datetime.date(2026, 12, 1))
    return room


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_verslag_page_is_accessible_and_prints_to_a4(open_page, verslag):
    page = open_page(f"/f/{verslag.code}/{verslag.facilitator_token}/", viewport=DESKTOP)
    page.wait_for_url(f"**/f/{verslag.code}/")
    page.get_by_role("link", name="Bekijk en print het verslag").click()
    page.wait_for_url(f"**/f/{verslag.code}/verslag/")
    assert page.locator(".report-note", has_text="<script>alert(1)</script>").count() == 1  # text, not markup
    assert page.locator("text=Verborgen briefje").count() == 0
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)

    pdf = page.pdf(format="A4", print_background=True)
    reader = PdfReader(io.BytesIO(pdf))
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5  # A4 in points
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in (TRICKY, "Langer de tijd voor gesprekken", "Buurtkamer openen op woensdag", "ervaringsdeskundige"):
        assert squeeze(expected) in squeeze(text), expected
    assert "Download" not in text and "Verborgen briefje" not in text  # no controls on paper
    assert len(reader.pages) <= 2  # the phases flow on: no new page per phase, none for an empty phase
    flat = squeeze(text)  # what came out first, then how the group worked, then the phases
    order = [flat.index(squeeze(s)) for s in ("Samenvatting", "Buurtkamer openen op woensdag", "Zo werkten we", TRICKY)]
    assert order == sorted(order)
    assert "1 december 2026" in text


def test_a_participant_reads_the_shared_verslag_on_a_phone(open_page, verslag):
    verslag.share_token = "gedeeld-verslag-token-1234567890"
    verslag.save(update_fields=["share_token"])
    phone = open_page(f"/v/{verslag.share_token}/")
    assert phone.locator("h1").inner_text() == "Armoede"
    too_wide = phone.evaluate("""[...document.querySelectorAll('body *')]
        .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map(el => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))""")
    assert too_wide == [], too_wide  # no sideways scrolling
    violations = axe_violations(phone)
    assert violations == [], "\n".join(violations)


def test_the_organiser_opens_the_krant_and_it_passes_axe(open_page, verslag):
    import datetime as dt

    from django.contrib.auth import get_user_model

    from sessions_app.models import Event

    event = Event.objects.create(slug="bestaanszeker", code="EVT001", title="Bestaanszeker Nederland",
                                 date=dt.date(2026, 11, 20), programme="10:00 Welkom")
    verslag.event = event
    verslag.save(update_fields=["event"])
    olga = get_user_model().objects.create_user("olga", password="werkplaats-2026")
    event.organisers.add(olga)
    page = open_page("/inloggen/?next=/e/bestaanszeker/krant/", viewport=DESKTOP)
    page.locator("#id_username").fill("olga")
    page.locator("#id_password").fill("werkplaats-2026")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/e/bestaanszeker/krant/")
    assert page.locator("h1").inner_text() == "Bestaanszeker Nederland"
    assert page.get_by_role("link", name="PDF").get_attribute("href") == "/e/bestaanszeker/krant.pdf"
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert squeeze("Buurtkamer openen op woensdag") in squeeze(text) and squeeze(TRICKY) in squeeze(text)
