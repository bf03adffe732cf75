"""Per-address counters that keep codes from being guessed and joins from being unbounded.

A code has 6 characters from a 31-character alphabet (about 887 million codes). Every lookup of
an unknown code (a 404 from POST `/`, from a room's pages `/j/ /r/ /f/ /p/<CODE>/…` or an event's
pages `/e/<slug>/…`, and a refused room or event socket) is a *miss* for the client's address, in
a one-minute window. After JOIN_ATTEMPTS_PER_MINUTE misses the address is *suspect* until the
minute is over: its unknown codes get 429 at once, but a right code still works, because a venue's
wifi puts a whole hall behind one address and a right code must never be blocked by somebody
else's misses. What a suspect address can still learn is bounded by JOINS_PER_ADDRESS_PER_MINUTE:
while suspect, every page it opens by a code counts as a join, and over that budget every code gets
429 until the minute is over. Joins themselves (a new phone in a room or an event) count against
the same budget always, and against JOINS_PER_ROOM_PER_MINUTE per room (docs/limits.md).

The counters live in Django's "throttle" cache: Redis when REDIS_URL is set (shared by all Daphne
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


def client_address(source) -> str:
    """The client's address, the same for an HTTP request and a socket (its ASGI scope): with
    TRUSTED_PROXIES = N the address the Nth proxy from the end saw (the entries left of it are
    written by the client and prove nothing), else the peer's address. Whatever the server does
    with proxy headers itself (Daphne's --proxy-headers takes the first, forgeable entry as its
    peer), the answer does not change."""
    if isinstance(source, dict):  # an ASGI scope
        headers = source.get("headers") or ()
        forwarded = ",".join(value.decode("latin-1") for name, value in headers if name.lower() == b"x-forwarded-for")
        peer = (source.get("client") or [""])[0]
    else:
        forwarded, peer = source.META.get("HTTP_X_FORWARDED_FOR", ""), source.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        entries = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(entries) >= proxies:
            return entries[-proxies]
    return peer or "unknown"


def _window() -> int:
    return int(time.time() // WINDOW_SECONDS)


def _count(kind: str, subject) -> int:
    try:
        return caches["throttle"].get(f"{kind}:{subject}:{_window()}", 0)
    except Exception:  # noqa: BLE001 - the cache (Redis) is down: let people in rather than refuse all
        logger.warning("Throttle: cache unavailable", exc_info=True)
        return 0


def _add(kind: str, subject) -> int:
    cache, key = caches["throttle"], f"{kind}:{subject}:{_window()}"
    try:
        cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
        try:
            return cache.incr(key)
        except ValueError:  # expired in between
            cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
            return 1
    except Exception:  # noqa: BLE001 - the cache (Redis) is down
        logger.warning("Throttle: cache unavailable", exc_info=True)
        return 0


def misses(address: str) -> int:
    return _count("join-miss", address)


def record_miss(address: str) -> int:
    return _add("join-miss", address)


def suspect(address: str) -> bool:
    return misses(address) >= settings.JOIN_ATTEMPTS_PER_MINUTE


def joins_left(address: str) -> bool:
    return _count("joins", address) < settings.JOINS_PER_ADDRESS_PER_MINUTE


def take_join(address: str) -> bool:
    """Counts one join (or, while suspect, one lookup) from this address; False over the budget."""
    return _add("joins", address) <= settings.JOINS_PER_ADDRESS_PER_MINUTE


def take_room_join(room_id: int) -> bool:
    """Counts one new phone in this room; False over JOINS_PER_ROOM_PER_MINUTE."""
    return _add("room-joins", room_id) <= settings.JOINS_PER_ROOM_PER_MINUTE


def reset(address: str) -> None:
    now = _window()
    caches["throttle"].delete_many(
        [f"{kind}:{address}:{window}" for kind in ("join-miss", "joins") for window in (now - 1, now, now + 1)]
    )


def too_many_attempts(request):
    response = render(
        request,
        "home.html",
        {"code": "", "error": _("Je hebt te vaak een code geprobeerd. Wacht een minuut en probeer het dan opnieuw.")},
        status=429,
    )
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def too_many_joins_text() -> str:
    return _("Er komen nu heel veel mensen tegelijk binnen. Wacht een minuut en probeer het dan opnieuw.")


# Every page whose answer tells whether a code or an event exists: the join form (POST /), the
# pages of a room by its code (/j/, /r/, /f/, /p/ and what lies below them) and an event's pages.
CODE_PATH = re.compile(r"^/(?:j|r|f|p|e)/[^/]+/")


class JoinThrottleMiddleware:
    """Misses counted for every page that looks a code up (see CODE_PATH); a suspect address gets
    429 for unknown codes, and for every code once its join budget is spent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        guarded = (request.path_info == "/" and request.method == "POST") or CODE_PATH.match(request.path_info)
        if not guarded:
            return self.get_response(request)
        address = client_address(request)
        is_suspect = suspect(address)
        if is_suspect and not joins_left(address):
            return too_many_attempts(request)
        response = self.get_response(request)
        if response.status_code == 404:
            record_miss(address)
            return too_many_attempts(request) if is_suspect else response
        if is_suspect:
            take_join(address)
        return response
