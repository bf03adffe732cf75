"""The default database (SQLite, one file) in WAL mode with a busy timeout: many sockets writing
at once all succeed, none gets "database is locked"."""

import threading
import time
import uuid

import pytest
from django.db import connection, connections

from sessions_app.models import Note, Participant
from sessions_app.services import notes, participants

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="about the default SQLite database"),
]

WRITERS = 16
NOTES_EACH = 25


def test_the_default_database_is_a_file_in_wal_mode_with_a_busy_timeout(armoede):
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert connection.settings_dict["NAME"] not in ("", ":memory:") and "mode=memory" not in str(connection.settings_dict["NAME"])


def test_many_concurrent_writers_all_succeed(armoede, settings):
    settings.NOTES_PER_MINUTE = 10_000
    phones = [participants.join_room(armoede, uuid.uuid4(), name=f"Telefoon {number}") for number in range(WRITERS)]
    failures, start = [], threading.Barrier(WRITERS)

    def write(phone: Participant):
        try:
            start.wait()
            for number in range(NOTES_EACH):
                notes.add_note(armoede, phone, phase=armoede.phase, text=f"Idee {number}", client_id=f"{phone.pk}-{number}")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            failures.append(repr(error))
        finally:
            connections.close_all()

    began = time.monotonic()
    threads = [threading.Thread(target=write, args=(phone,)) for phone in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.monotonic() - began

    stored = Note.objects.filter(room=armoede).count()
    print(f"\nSQLite WAL: {WRITERS} writer threads x {NOTES_EACH} notes: {stored} stored, {len(failures)} failed, {took:.2f} s")
    assert failures == []
    assert stored == WRITERS * NOTES_EACH
    armoede.refresh_from_db()
    assert armoede.version >= WRITERS * NOTES_EACH  # every note got its own version: none was half-written
