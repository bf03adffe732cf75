"""Every request and socket is an async context of its own, and Django keeps a cache object per
context: each used to open its own Redis connection. One client per process serves them all."""

import asyncio
import os

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings

REDIS_URL = os.environ.get("REDIS_URL", "")
SHARED = {
    "BACKEND": "facilitation.cache.SharedRedisCache",
    "LOCATION": REDIS_URL or "redis://127.0.0.1:6379/0",
    "KEY_PREFIX": f"shared-cache-test-{os.getpid()}",
}


def test_caches_made_in_different_threads_share_one_client():
    from concurrent.futures import ThreadPoolExecutor

    from facilitation.cache import SharedRedisCache

    def client_of_a_new_cache(_):
        return SharedRedisCache(SHARED["LOCATION"], {"KEY_PREFIX": SHARED["KEY_PREFIX"]})._cache

    with ThreadPoolExecutor(4) as pool:
        clients = set(map(id, pool.map(client_of_a_new_cache, range(8))))

    assert len(clients) == 1


@pytest.mark.services
@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "throttle": SHARED})
async def test_a_hundred_sockets_using_the_cache_open_a_handful_of_redis_connections():
    server = redis.Redis.from_url(REDIS_URL)
    before = len(server.client_list())

    async def one_socket(number):  # a task is a context of its own, as a socket's consumer is
        await asyncio.to_thread(caches["throttle"].get_many, [f"listening:{number}:en"])

    await asyncio.gather(*(one_socket(number) for number in range(100)))

    assert len(server.client_list()) - before <= 10
