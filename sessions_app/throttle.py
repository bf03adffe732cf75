"""Join attempts per client address, so room and event codes cannot be guessed by brute force.

A code has 6 characters from a 31-character alphabet (about 887 million codes). Every lookup of
an unknown code (a 404 from POST `/` or from a room's pages `/j/ /r/ /f/ /p/<CODE>/…`, and a room
socket for an unknown code) counts against the address in a one-minute
window; after JOIN_ATTEMPTS_PER_MINUTE misses that address gets a 429 for every code, right or
wrong, until the minute is over, so a guesser learns nothing more. A venue's wifi shares one
address, which is why only misses count: a whole hall joining with the right code is never slowed.

The counter lives in Django's "throttle" cache: Redis when REDIS_URL is set (shared by all Daphne
processes), else local memory (per process)."""

import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render
from django.utils.translation import gettext as _

WINDOW_SECONDS = 60
logger = logging.getLogger(__name__)


def client_address(request) -> str:
    """REMOTE_ADDR, or with TRUSTED_PROXIES = N the address the Nth proxy from the end saw."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(address: str) -> str:
    return f"join-miss:{address}:{int(time.time() // WINDOW_SECONDS)}"


def misses(address: str) -> int:
    try:
        return caches["throttle"].get(_key(address), 0)
    except Exception:  # noqa: BLE001 - the cache (Redis) is down: let people in rather than refuse all
        logger.warning("Join throttle: cache unavailable", exc_info=True)
        return 0


def record_miss(address: str) -> int:
    cache, key = caches["throttle"], _key(address)
    try:
        cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
        try:
            return cache.incr(key)
        except ValueError:  # expired in between
            cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
            return 1
    except Exception:  # noqa: BLE001 - the cache (Redis) is down
        logger.warning("Join throttle: cache unavailable", exc_info=True)
        return 0


def reset(address: str) -> None:
    cache = caches["throttle"]
    now = int(time.time() // WINDOW_SECONDS)
    cache.delete_many([f"join-miss:{address}:{window}" for window in (now - 1, now, now + 1)])


def too_many_attempts(request):
    response = render(
        request,
        "home.html",
        {"code": "", "error": _("Je hebt te vaak een code geprobeerd. Wacht een minuut en probeer het dan opnieuw.")},
        status=429,
    )
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


# Every page whose answer tells whether a code exists: the join form (POST /), and the pages of a
# room by its code (/j/, /r/, /f/, /p/ and what lies below them).
CODE_PATH = re.compile(r"^/(?:j|r|f|p)/[^/]+/")


class JoinThrottleMiddleware:
    """join_throttled for every page that looks a code up (see CODE_PATH)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        guarded = (request.path_info == "/" and request.method == "POST") or CODE_PATH.match(request.path_info)
        if not guarded:
            return self.get_response(request)
        address = client_address(request)
        if misses(address) >= settings.JOIN_ATTEMPTS_PER_MINUTE:
            return too_many_attempts(request)
        response = self.get_response(request)
        if response.status_code == 404:
            record_miss(address)
        return response
