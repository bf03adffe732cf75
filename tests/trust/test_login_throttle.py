"""Failed log-ins are throttled per account and per address, on /inloggen/ and /admin/login/
(issue 12, items 6 and 17): after LOGIN_FAILURE_LIMIT wrong passwords the right one does not log
in until the lock-out is over, and the page says so in Dutch. Organisers can log out."""

import pytest
from axes.utils import reset
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "een-goed-wachtwoord"


@pytest.fixture(autouse=True)
def _quick_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def address():
    """An address of its own per test, forgotten afterwards (the counters live in a shared cache)."""
    used = []

    def make(n: int) -> str:
        used.append(f"203.0.113.{n}")
        return used[-1]

    yield make
    for ip in used:
        reset(ip=ip)
    for username in ("olga", "stafke"):
        reset(username=username)


def try_login(client, path, username, password):
    return client.post(path, {"username": username, "password": password})


@pytest.mark.parametrize("path", ["/inloggen/", "/admin/login/"])
def test_twenty_wrong_passwords_lock_the_account_even_for_the_right_one(path, address):
    User.objects.create_user("stafke", password=PASSWORD, is_staff=True, is_superuser=True)
    attacker = Client(REMOTE_ADDR=address(1))
    for _ in range(20):
        try_login(attacker, path, "stafke", "fout")

    owner = Client(REMOTE_ADDR=address(2))  # the real owner, from somewhere else
    answer = try_login(owner, path, "stafke", PASSWORD)

    assert answer.status_code == 429
    assert "op slot" in answer.content.decode()
    assert int(answer["Retry-After"]) == settings.LOGIN_LOCKOUT_MINUTES * 60
    assert "_auth_user_id" not in owner.session


def test_one_address_trying_many_accounts_is_locked_too(address):
    User.objects.create_user("olga", password=PASSWORD)
    guesser = Client(REMOTE_ADDR=address(3))
    for n in range(settings.LOGIN_FAILURE_LIMIT):
        try_login(guesser, "/inloggen/", f"iemand{n}", "fout")

    answer = try_login(guesser, "/inloggen/", "olga", PASSWORD)

    assert answer.status_code == 429
    assert "_auth_user_id" not in guesser.session
    for n in range(settings.LOGIN_FAILURE_LIMIT):
        reset(username=f"iemand{n}")


def test_a_few_typos_still_let_the_owner_in_and_are_then_forgotten(address):
    User.objects.create_user("olga", password=PASSWORD)
    olga = Client(REMOTE_ADDR=address(4))
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert try_login(olga, "/inloggen/", "olga", "fout").status_code == 200

    assert try_login(olga, "/inloggen/", "olga", PASSWORD).status_code == 302
    olga.logout()
    assert try_login(olga, "/inloggen/", "olga", "fout").status_code == 200  # counting starts again


def test_the_address_is_the_one_trusted_proxies_point_at(address, settings):
    """Behind nginx every request comes from 127.0.0.1; the lock must hit the client, not the proxy."""
    settings.TRUSTED_PROXIES = 1
    User.objects.create_user("olga", password=PASSWORD)
    attacker = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=address(5))
    for n in range(settings.LOGIN_FAILURE_LIMIT):
        try_login(attacker, "/inloggen/", f"iemand{n}", "fout")
    colleague = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=address(6))

    assert try_login(colleague, "/inloggen/", "olga", PASSWORD).status_code == 302
    assert try_login(attacker, "/inloggen/", "olga", PASSWORD).status_code == 429
    for n in range(settings.LOGIN_FAILURE_LIMIT):
        reset(username=f"iemand{n}")


def test_an_organiser_logs_out_with_a_post_button():
    User.objects.create_user("olga", password=PASSWORD)
    olga = Client()
    assert olga.login(username="olga", password=PASSWORD)
    page = olga.get("/e/").content.decode()
    assert 'action="/uitloggen/"' in page and "Uitloggen" in page

    assert "uitgelogd" in olga.post("/uitloggen/").content.decode()
    assert olga.get("/e/").status_code == 302  # back to the log-in
    assert 'action="/uitloggen/"' not in Client().get("/").content.decode()
