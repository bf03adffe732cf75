"""Dates as people write them: "17 maart 2022" (in English "17 March 2022")."""

import datetime

from django.utils import formats


def long_date(iso: str) -> str:
    """An ISO date in the active language, day month year; "" stays ""."""
    if not iso:
        return ""
    try:
        value = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return formats.date_format(value, "j F Y")
