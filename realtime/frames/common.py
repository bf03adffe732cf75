"""What several builders share: the audiences, the version marker, a whole board."""

from django.template.loader import render_to_string
from django.utils import translation

from sessions_app.audience import Audience


AUDIENCES = (Audience.PARTICIPANTS, Audience.FACILITATORS, Audience.PRESENTERS)


def marker(version: int) -> str:
    return render_to_string("partials/version.html", {"version": version})


def to_all(html: str) -> dict[str, str]:
    return {audience: html for audience in AUDIENCES}


def whole_board(room_id: int) -> dict[str, list[str]]:
    """Each audience's whole board, labelled with the version it was read at (which may be newer
    than the change's; the page then skips the updates it already has). Only for changes that
    touch most of the board (a vote opens, a hidden note returns to its place)."""
    from ..snapshots import board_parts

    return {audience: board_parts(room_id, audience, translation.get_language()) for audience in AUDIENCES}


def with_last(parts: list[str], html: str) -> list[str]:
    """`html` added to the last part of a whole board (it comes with the board, in one message)."""
    return [*parts[:-1], parts[-1] + html]
