"""What deploy/ schedules (issue 12, item 17): expired sessions are deleted daily, next to the
AVG purge, and the command the timer runs really deletes them."""

import re
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from tests.trust.test_deploy import ROOT

DEPLOY = ROOT / "deploy"


def command_of(unit: str) -> str:
    return re.search(r"^ExecStart=(.*)$", (DEPLOY / unit).read_text(), flags=re.M).group(1)


def test_every_timer_has_its_service_and_runs_daily():
    timers = sorted(path.name for path in DEPLOY.glob("*.timer"))
    assert {"vierluik-purge.timer", "vierluik-clearsessions.timer"} <= set(timers)
    for timer in timers:
        assert (DEPLOY / timer.replace(".timer", ".service")).exists(), timer
        assert re.search(r"^OnCalendar=\*-\*-\* \d\d:\d\d:\d\d$", (DEPLOY / timer).read_text(), flags=re.M), timer


def test_the_clearsessions_timer_runs_the_command_that_deletes_expired_sessions():
    assert command_of("vierluik-clearsessions.service").endswith("manage.py clearsessions")


@pytest.mark.django_db
def test_clearsessions_deletes_expired_sessions_and_keeps_the_others():
    now = timezone.now()
    Session.objects.create(session_key="a" * 32, session_data="", expire_date=now - timedelta(days=1))
    Session.objects.create(session_key="b" * 32, session_data="", expire_date=now + timedelta(days=1))
    call_command("clearsessions")
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
