"""Checking a text a person filled in (a note, a droomzin, a theme's name, a phase's question …):
cleaned, not empty, not too long. The steps are the same everywhere; only the words of the
refusal differ."""

from django.utils.translation import gettext_lazy as _

from .. import text
from .errors import DomainError

TOO_LONG = _("Dat is iets te lang. Maak het korter (max. %(max)s tekens).")
NAME_TOO_LONG = _("Die naam is te lang. Maak hem korter (max. %(max)s tekens).")


def required(value: str, max_length: int, empty, too_long=TOO_LONG, *, multiline: bool = False, client_id: str = "") -> str:
    """`value` cleaned (sessions_app/text.py); refused with `empty` when nothing is left, with
    `too_long` (which names %(max)s) when it is longer than `max_length`."""
    value = text.clean(value, multiline=multiline)
    if not value:
        raise DomainError(empty, client_id)
    if len(value) > max_length:
        raise DomainError(too_long % {"max": max_length}, client_id)
    return value
