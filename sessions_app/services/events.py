"""Setting up events: the bijeenkomst with its rounds and parallel rooms."""

from django.db import transaction

from ..models import Event, Round
from . import codes
from .rooms import code_taken


@transaction.atomic
def create_event(*, slug: str, title: str, **fields) -> Event:
    return Event.objects.create(slug=slug, title=title, code=codes.new_code(code_taken), **fields)


def add_round(event: Event, *, title: str, position: int = 0, **fields) -> Round:
    return Round.objects.create(event=event, title=title, position=position, **fields)
