"""An organiser logs in, sees an "Uitloggen" button in the header of every page, and logs out
(issue 12, item 17); the pages stay accessible (axe: 0 violations) on a laptop and at 320 px."""

import pytest
from django.contrib.auth.models import User

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_an_organiser_logs_in_and_out_and_every_page_on_the_way_is_accessible(open_page, locale):
    User.objects.create_user("olga", password="een-goed-wachtwoord")
    page = open_page("/inloggen/", locale=locale, viewport={"width": 320, "height": 640})
    page.locator("#id_username").fill("olga")
    page.locator("#id_password").fill("een-goed-wachtwoord")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/e/")

    logout = page.locator("form.logout button")
    assert logout.is_visible()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    logout.click()
    page.locator("h1").wait_for()
    assert page.locator("form.logout").count() == 0
    assert axe_violations(page) == []
    page.goto(page.url.split("/uitloggen/")[0] + "/e/")
    page.wait_for_url("**/inloggen/**")
