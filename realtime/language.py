from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header


def chosen_language(scope) -> str:
    """The language a person picked with the switch (its cookie), or "" when they never did."""
    chosen = scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME, "")
    try:
        return get_supported_language_variant(chosen) if chosen else ""
    except LookupError:
        return ""


def shared_language(scope, room_language: str) -> str:
    """A presenter's or a phone's socket speaks the room's language (as its page does:
    views.common.speak_language_of), unless the person chose their own with the switch."""
    if chosen := chosen_language(scope):
        return chosen
    try:
        return get_supported_language_variant(room_language or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def language_of(scope) -> str:
    """The socket's language, chosen as LocaleMiddleware chooses it for the page."""
    candidates = [scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME, "")]
    headers = dict(scope.get("headers", []))
    accept = headers.get(b"accept-language", b"").decode("latin-1")
    candidates += [lang for lang, _q in parse_accept_lang_header(accept)]
    for candidate in candidates:
        if not candidate or candidate == "*":
            continue
        try:
            return get_supported_language_variant(candidate)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE
