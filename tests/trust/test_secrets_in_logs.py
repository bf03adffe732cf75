"""Tokens stay out of logs (issue 12, item 15): the app's log lines mask the facilitator link's
token and the share link's token; deploy/nginx.conf logs with a format that masks them too."""

import io
import logging
import re
from contextlib import contextmanager

import pytest
from django.test import Client

from sessions_app.logs import mask
from sessions_app.services import report
from tests.trust.test_deploy import ROOT

TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3Jh"  # 32 URL-safe characters, as codes.new_token() makes


@contextmanager
def log_lines(logger_name: str):
    """What the app's own log handler writes, for loggers routed to it."""
    handler = next(h for h in logging.getLogger(logger_name).handlers if h.filters)
    stream = io.StringIO()
    old = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(old)


def test_mask_hides_the_tokens_of_both_links_and_nothing_else():
    assert mask(f"Forbidden: /f/ABC123/{TOKEN}/") == "Forbidden: /f/ABC123/[token]/"
    assert mask(f"Not Found: /v/{TOKEN}/verslag.xyz") == "Not Found: /v/[token]/verslag.xyz"
    assert mask("GET /f/ABC123/verslag/ 200") == "GET /f/ABC123/verslag/ 200"


@pytest.mark.django_db
def test_a_refused_facilitator_link_or_share_link_is_logged_without_its_token(armoede):
    report.set_sharing(armoede, True)
    with log_lines("django") as lines:  # django.request propagates to it
        assert Client().get(f"/f/{armoede.code}/{TOKEN}/").status_code == 403
        assert Client().get(f"/v/{TOKEN}/").status_code == 404
    written = lines.getvalue()
    assert f"/f/{armoede.code}/[token]/" in written and "/v/[token]/" in written
    assert TOKEN not in written


def nginx_maps() -> list[tuple[re.Pattern, str]]:
    """The regex lines of the masking maps in deploy/nginx.conf, as (pattern, replacement)."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    found = re.findall(r'^\s*"~([^"]+)"\s+"([^"]*)";', conf, flags=re.M)
    return [(re.compile(regex.replace("(?<", "(?P<")), value) for regex, value in found]  # PCRE -> Python names


def nginx_value(text: str) -> str:
    for pattern, value in nginx_maps():
        match = pattern.match(text)
        if match:
            return re.sub(r"\$(\w+)", lambda name: match.group(name.group(1)), value)
    return text


def test_nginx_logs_requests_and_referers_with_the_tokens_masked():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert re.search(r"access_log\s+\S+\s+vierluik_masked;", conf)
    log_format = re.search(r"log_format vierluik_masked (.*?);", conf, flags=re.S).group(1)
    assert "$vierluik_request" in log_format and "$request " not in log_format and "$request_uri" not in log_format
    assert "$vierluik_referer" in log_format and "$http_referer" not in log_format
    assert nginx_value(f"GET /f/ABC123/{TOKEN}/ HTTP/1.1") == "GET /f/ABC123/[token]/ HTTP/1.1"
    assert nginx_value(f"GET /v/{TOKEN}/verslag.pdf HTTP/1.1") == "GET /v/[token]/verslag.pdf HTTP/1.1"
    assert nginx_value(f"https://vierluik.example.org/v/{TOKEN}/") == "https://vierluik.example.org/v/[token]/"
    assert nginx_value("GET /f/ABC123/verslag/ HTTP/1.1") == "GET /f/ABC123/verslag/ HTTP/1.1"


def test_the_asgi_servers_in_deploy_write_no_access_log_of_their_own():
    commands = [line for name in ("Procfile", "vierluik@.service") for line in (ROOT / "deploy" / name).read_text().splitlines()
                if re.search(r"\b(daphne|uvicorn)\b.*facilitation\.asgi", line) and not line.lstrip().startswith("#")]
    assert commands
    for command in commands:
        assert "--access-log /dev/null" in command or "--no-access-log" in command, command
