"""Deployment security: `check --deploy` is clean in production, cookies are Secure and HttpOnly,
HSTS when HTTPS, CSRF on every form, a Content-Security-Policy that allows only our own scripts,
websockets only from our own origin, admin behind a login."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client, override_settings

from facilitation.asgi import application

ROOT = Path(settings.BASE_DIR)
PRODUCTION = {
    "DEBUG": "False",
    "HTTPS": "True",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "vierluik.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://vierluik.example.org",
}


def run_with(env: dict, *args) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    for name in ("DATABASE_URL", "REDIS_URL"):  # the check needs no services
        environment.pop(name, None)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60)


def test_check_deploy_is_clean_with_production_settings():
    result = run_with(PRODUCTION, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_about_the_development_secret_key():
    env = {**PRODUCTION, "SECRET_KEY": ""}
    result = run_with(env, "manage.py", "check", "--deploy")
    assert "vierluik.W001" in result.stdout + result.stderr


def test_production_settings_make_cookies_secure_and_turn_on_hsts():
    script = (
        "import json, django; from django.conf import settings; django.setup(); print(json.dumps({k: getattr(settings, k) for k in "
        "['SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_HTTPONLY', "
        "'LANGUAGE_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', 'SECURE_SSL_REDIRECT', 'DEBUG']}))"
    )
    result = run_with({**PRODUCTION, "DJANGO_SETTINGS_MODULE": "facilitation.settings"}, "-c", script)
    values = json.loads(result.stdout)
    assert values == {
        "SESSION_COOKIE_SECURE": True, "SESSION_COOKIE_HTTPONLY": True, "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True, "LANGUAGE_COOKIE_SECURE": True, "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_SSL_REDIRECT": True, "DEBUG": False,
    }


@pytest.mark.django_db
@override_settings(SECURE_HSTS_SECONDS=31536000, SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_over_https_the_phone_cookie_is_secure_and_httponly_and_hsts_is_sent(armoede):
    client = Client()
    page = client.get(f"/j/{armoede.code}/", secure=True)
    assert page["Strict-Transport-Security"].startswith("max-age=31536000")
    joined = client.post(f"/j/{armoede.code}/", {"name": "Anna"}, secure=True)
    device = joined.cookies[settings.DEVICE_COOKIE_NAME]
    assert device["secure"] and device["httponly"] and device["samesite"] == "Lax"
    csrf = client.get("/", secure=True).cookies.get(settings.CSRF_COOKIE_NAME) or client.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["httponly"]


def csp_of(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_the_content_security_policy_allows_only_our_own_scripts(client, armoede, anna, fatima):
    for page in (client.get("/"), client.get("/privacy/"), anna.get(f"/r/{armoede.code}/"), fatima.get(f"/f/{armoede.code}/")):
        policy = csp_of(page)
        assert policy["script-src"] == ["'self'"]
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in policy["style-src"] and "'unsafe-eval'" not in page["Content-Security-Policy"]
        html = page.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
        assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
        assert not re.search(r"\sstyle\s*=", html), "inline style attribute"


@pytest.mark.django_db
def test_the_phone_pages_own_note_style_carries_the_nonce_of_the_policy(armoede, anna):
    page = anna.get(f"/r/{armoede.code}/")
    nonce = re.search(r'<style nonce="([^"]+)">', page.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in csp_of(page)["style-src"]
    assert not re.search(r"<style(?![^>]*nonce=)", page.content.decode())


@pytest.mark.django_db
def test_htmx_is_told_not_to_inject_its_indicator_style(client):
    html = client.get("/").content.decode()
    assert """<meta name="htmx-config" content='{"includeIndicatorStyles":false}'>""" in html


def test_templates_have_no_inline_scripts_or_style_attributes():
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text()
        if template.parts[-2] == "report":
            continue  # the verslag's print/PDF pages embed their stylesheet (see test below)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), template
        assert not re.search(r"\sstyle\s*=", text), template
        assert not re.search(r"\son[a-z]+\s*=\s*[\"']", text), template
        for match in re.finditer(r"<style\b[^>]*>", text):
            assert "nonce=" in match.group(0), template


def test_every_post_form_carries_the_csrf_token():
    forms = 0
    for template in (ROOT / "templates").rglob("*.html"):
        for form in re.findall(r"<form\b.*?</form>", template.read_text(), flags=re.S):
            if re.search(r"""method=["']post["']""", form, flags=re.I):
                forms += 1
                assert "{% csrf_token %}" in form, (template, form[:120])
    assert forms >= 4


@pytest.mark.django_db
def test_a_post_without_the_csrf_token_is_refused(armoede):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"/j/{armoede.code}/", {"name": "Anna"}).status_code == 403
    assert strict.post("/", {"code": armoede.code}).status_code == 403


@pytest.mark.django_db(transaction=True)
async def test_a_socket_from_another_origin_is_refused(armoede):
    evil = WebsocketCommunicator(application, f"/ws/room/{armoede.code}/", headers=[(b"origin", b"https://evil.example")])
    connected, _ = await evil.connect()
    assert not connected
    missing = WebsocketCommunicator(application, f"/ws/room/{armoede.code}/")
    connected, _ = await missing.connect()
    assert not connected


@pytest.mark.django_db
def test_the_admin_is_behind_a_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
