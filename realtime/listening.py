"""Which languages a room's screens listen in, so a change is rendered only in those.

Most rooms are all Dutch: rendering every frame in English as well doubled the work of every
change for nobody. A socket marks its room and language when it gets a snapshot (on connect and
on every `sync`); the mark lasts LISTENING_SECONDS (a workshop day) and is renewed by each of
those. Dutch, the default, is always rendered.

The marks live in the shared cache when there is one (Redis, with REDIS_URL: every process sees
the languages of every other process's sockets) and in this process otherwise, which is right for
the in-memory channel layer: its sockets are all in this process."""

from django.conf import settings
from django.core.cache import caches

from .groups import languages

DEFAULT_SECONDS = 12 * 60 * 60


def _store():
    # The "throttle" cache is Redis when REDIS_URL is set and process-local otherwise (settings.py).
    return caches["throttle"]


def _key(room_id: int, language: str) -> str:
    return f"listening:{room_id}:{language}"


def listen(room_id: int, language: str) -> None:
    if language == settings.LANGUAGE_CODE:
        return
    try:
        _store().set(_key(room_id, language), True, getattr(settings, "LISTENING_SECONDS", DEFAULT_SECONDS))
    except Exception:  # noqa: BLE001 - the store is away: languages_for() then renders every language
        pass


def languages_for(room_id: int) -> list[str]:
    """The default language, and every other one a socket of this room listened in lately."""
    others = [code for code in languages() if code != settings.LANGUAGE_CODE]
    try:
        found = _store().get_many([_key(room_id, code) for code in others]) if others else {}
    except Exception:  # noqa: BLE001 - the store is away: render every language rather than none
        return languages()
    return [code for code in languages() if code == settings.LANGUAGE_CODE or _key(room_id, code) in found]
