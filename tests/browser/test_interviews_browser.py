"""Interviews in tweetallen as people do them: Fatima starts them on her laptop, Anna and Bram
are paired on their phones, interview each other, swap, and Anna corrects what Bram wrote about
her. The stories land on the board (themes, dots) and in the verslag. Also: the voorlezen button."""

import pytest

from sessions_app.services import rooms
from tests.browser.conftest import axe_violations, join_from_phone, open_console

SECOND = 1000


@pytest.fixture
def wijkgesprek(transactional_db):
    return rooms.create_room(title="Wijkgesprek", method="gesprek")


def role(page):
    return page.locator("#interview").get_attribute("data-role")


def write_story(page, text):
    page.locator("#story-text").fill(text)
    page.get_by_role("button", name="Stuur het verhaal").click()


def test_phones_pair_interview_swap_correct_theme_vote_and_verslag(open_page, wijkgesprek, tmp_path):
    fatima = open_console(open_page, wijkgesprek)
    anna = join_from_phone(open_page, wijkgesprek, name="Anna", perspective="ervaringsdeskundige")
    bram = join_from_phone(open_page, wijkgesprek, name="Bram", perspective="beleid")
    presenter = open_page(f"/p/{wijkgesprek.code}/", context=fatima.context)
    assert not anna.locator("#story-form").is_visible()  # no partner yet, no story field

    fatima.locator(".interview-start-fold > summary").click()  # folded until interviews run
    fatima.locator("#interview-guide").fill("Vertel over een moment waarop het echt goed ging.\nWie hielp?")
    fatima.locator("#interviews-start").click()
    anna.locator("#interview", has_text="Je interview met Bram").wait_for(timeout=3 * SECOND)
    bram.locator("#interview", has_text="Je interview met Anna").wait_for()
    assert "Wie hielp?" in anna.locator("#interview .interview-guide").inner_text()
    presenter.locator("#interview-status", has_text="De interviews lopen").wait_for()
    assert "Anna" in presenter.locator("#interview-status").inner_text()
    assert axe_violations(anna) == []
    anna.screenshot(path=str(tmp_path / "phone-interview.png"), full_page=True)
    fatima.screenshot(path=str(tmp_path / "console-interview.png"))
    presenter.screenshot(path=str(tmp_path / "presenter-interview.png"))

    # Whoever asks first writes down what they hear; the teller sees it and corrects it.
    asker, teller = (anna, bram) if role(anna) == "asks" else (bram, anna)
    assert asker.locator("#story-form").is_visible() and not teller.locator("#story-form").is_visible()
    teller_name = "Bram" if teller is bram else "Anna"
    write_story(asker, f"{teller_name} kreeg hulp van de buren.")
    fatima.locator("#board .note.is-story", has_text="kreeg hulp van de buren").wait_for()
    teller.locator("#interview", has_text="Wat over jou is opgeschreven").wait_for()
    teller.locator("#interview .story-correct summary").click()
    teller.locator("#interview .story-correct textarea").fill("De buren hielpen mij met de post.")
    teller.get_by_role("button", name="Bewaar").click()
    fatima.locator("#board .note.is-story", has_text="De buren hielpen mij met de post.").wait_for()
    asker.locator("#interview", has_text="De buren hielpen mij met de post.").wait_for()

    # Wissel: the other one asks now, and writes.
    was = role(asker)
    fatima.locator("#interviews-swap").click()
    asker.locator("#interview", has_text="Beurt 2").wait_for()
    assert role(asker) != was and role(teller) == "asks"
    write_story(teller, "Een vaste contactpersoon bij de gemeente werkte goed.")
    anna.locator("#board .note.is-story", has_text="Een vaste contactpersoon").wait_for()
    assert axe_violations(fatima) == []
    fatima.get_by_role("button", name="Stop de interviews").click()
    anna.locator("#interview").wait_for(state="hidden")

    # The stories go on like notes: a theme, dots.
    for text in ("De buren hielpen mij", "Een vaste contactpersoon"):
        fatima.locator("#board .note", has_text=text).get_by_role("checkbox").check()
    fatima.locator("#theme-pick-title-interview").fill("Mensen dichtbij")
    fatima.keyboard.press("Enter")
    anna.locator("#board .theme", has_text="Mensen dichtbij").wait_for()
    fatima.locator(".vote-fold > summary").click()  # the voting form is folded until it is needed
    fatima.get_by_role("button", name="Start het stemmen").click()
    anna.locator("#vote-mine").wait_for()
    anna.locator("#board .note", has_text="Een vaste contactpersoon").get_by_role("button", name="Geef een stip").click()
    fatima.locator("#board .note", has_text="Een vaste contactpersoon").locator(".vote-count").wait_for()

    verslag = open_page(f"/f/{wijkgesprek.code}/verslag/", context=fatima.context)
    assert "De buren hielpen mij met de post." in verslag.content()


def test_the_voorlezen_button_shows_only_with_a_dutch_voice_and_reads_the_question(open_page, wijkgesprek, chromium, server):
    plain = join_from_phone(open_page, wijkgesprek, name="Cas")
    assert plain.locator(".read-aloud").count() == 1
    has_dutch = plain.evaluate("'speechSynthesis' in window && speechSynthesis.getVoices().some(v => /^nl/i.test(v.lang))")
    assert plain.locator(".read-aloud").is_visible() == has_dutch

    context = chromium.new_context(locale="nl-NL", base_url=server, viewport={"width": 390, "height": 844})
    context.add_init_script("""
      window.__spoken = [];
      const voice = {lang: 'nl-NL', name: 'Nederlands', default: true, localService: true, voiceURI: 'nl'};
      Object.defineProperty(window, 'speechSynthesis', {value: {
        getVoices: () => [voice], speak: (u) => window.__spoken.push({text: u.text, lang: u.lang}), cancel: () => {},
        addEventListener: () => {},
      }});
      window.SpeechSynthesisUtterance = function (text) { this.text = text; };
    """)
    try:
        dora = join_from_phone(open_page, wijkgesprek, name="Dora", context=context)
        button = dora.get_by_role("button", name="Lees de vraag voor")
        button.wait_for()
        assert button.bounding_box()["height"] >= 44
        button.click()
        spoken = dora.evaluate("window.__spoken")
        assert spoken == [{"text": "Interview elkaar om de beurt. Schrijf op wat je hoort.", "lang": "nl-NL"}]
    finally:
        context.close()
