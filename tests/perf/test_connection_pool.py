"""Default production settings, PostgreSQL: a burst of phones joining at once all get in, and the
server holds no more database connections than its pool (DB_POOL_SIZE, 10 by default). Before the
pool every request thread kept a connection of its own, and an event's QR-code minute ran
PostgreSQL out of connections (HTTP 500 "too many clients already")."""

import concurrent.futures
import threading
import uuid

import psycopg
import pytest
from django.db import connection

from sessions_app.services import rooms
from tests.perf.servers import join, running

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def server_connections(app_name: str, stop: threading.Event) -> int:
    """The most connections the server held at once while the phones joined (sampled)."""
    db = connection.settings_dict
    most = 0
    with psycopg.connect(host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"],
                         password=db["PASSWORD"] or None, dbname="postgres", autocommit=True) as admin:
        while not stop.is_set():
            count = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", [app_name]).fetchone()[0]
            most = max(most, count)
            stop.wait(0.02)
    return most


def try_join(host: str, code: str, number: int) -> str:
    try:
        return join(host, code, f"Telefoon {number}")
    except OSError as error:  # HTTP 500 included: counted, so the test tells how many failed
        return f"Telefoon {number}: {error}"


def test_a_burst_of_joins_all_get_in_through_a_pool_of_ten(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("the pool is PostgreSQL's (run with DATABASE_URL=postgres://...)")
    room = rooms.create_room(title="Bijeenkomst")
    app_name = f"vierluik-pool-{uuid.uuid4().hex[:8]}"
    with running("uvicorn", PGAPPNAME=app_name, JOIN_ATTEMPTS_PER_MINUTE="1000") as host, \
            concurrent.futures.ThreadPoolExecutor(33) as pool:
        stop = threading.Event()
        sampler = pool.submit(server_connections, app_name, stop)
        try:
            cookies = list(pool.map(lambda number: try_join(host, room.code, number), range(96)))
        finally:
            stop.set()
        most = sampler.result()
    assert [cookie for cookie in cookies if "vierluik_device=" not in cookie] == []  # every phone got in
    assert room.participants.count() == 96
    assert 1 <= most <= 10, f"the server held {most} connections at once"
