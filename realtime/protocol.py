"""The socket protocol's field readers: each turns one value of a client message into a clean
value or refuses it with a Dutch sentence.

A client message is a JSON object with an "action" key (the command's name), as the htmx ws
extension sends a form (extra keys such as "HEADERS" are ignored). The commands themselves, and
the fields each declares with these readers, are in realtime/commands/. See docs/protocol.md."""

from django.utils.translation import gettext_lazy as _

from sessions_app.services.errors import DomainError


class ProtocolError(DomainError):
    pass


def storable(value: str) -> str:
    """Without NUL characters and lone surrogates (JSON can carry both; PostgreSQL stores
    neither, and neither is part of anything a person meant to write)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "ignore").decode("utf-8")
    return value


# Field readers: each returns a clean value or raises ProtocolError with a Dutch sentence.
# Forms send every value as a string, so strings like "3", "true" and "on" are accepted too.

def text(payload, key: str, *, required: bool = True, max_length: int = 5000) -> str:
    value = payload.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ProtocolError(_("Dit bericht begrijpen we niet. Laad de pagina opnieuw."))
    value = storable(value)
    if required and not value.strip():
        raise ProtocolError(_("Er mist iets in je bericht."))
    if len(value) > max_length:
        raise ProtocolError(_("Dat is te lang."))
    return value


def integer(payload, key: str, *, minimum: int = 0, maximum: int = 10**9, required: bool = True) -> int | None:
    value = payload.get(key)
    if value in (None, "") and not required:
        return None
    if isinstance(value, bool):
        raise ProtocolError(_("Dat getal klopt niet."))
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ProtocolError(_("Dat getal klopt niet."))
    if not minimum <= number <= maximum:
        raise ProtocolError(_("Dat getal klopt niet."))
    return number


def boolean(payload, key: str) -> bool:
    value = payload.get(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1", "on", "yes", "open"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "0", "off", "no", "closed", "dicht", ""):
        return False
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ProtocolError(_("Dit bericht begrijpen we niet. Laad de pagina opnieuw."))


def choice(payload, key: str, options) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or value not in options:
        raise ProtocolError(_("Die keuze kennen we niet."))
    return value
