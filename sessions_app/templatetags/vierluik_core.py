"""The positive core band and the droomzinnen card, read where they are shown (issue 15): a
page, a snapshot or the plenary board includes them without its own read knowing of them."""

import uuid

from django import template
from django.conf import settings

from sessions_app.audience import Audience
from sessions_app.reads import core as core_reads

PARTICIPANTS = Audience.PARTICIPANTS

register = template.Library()


@register.inclusion_tag("partials/core_band.html", takes_context=True)
def core_band(context):
    return core_reads.band_context(context["room"], context.get("audience") or PARTICIPANTS)


@register.inclusion_tag("partials/proposition_list.html", takes_context=True)
def proposition_list(context):
    return core_reads.list_context(context["room"], context.get("audience") or PARTICIPANTS)


@register.simple_tag
def proposition_max_length() -> int:
    return settings.NOTE_MAX_LENGTH


@register.filter
def core_phase(room, phase_key) -> bool:
    """Whether notes and themes of this phase may join the positive core (the method's "core" tool)."""
    try:
        return "core" in room.method_definition.phase(phase_key).tools
    except (AttributeError, KeyError):
        return False


@register.simple_tag
def plenary_core(room) -> list:
    return core_reads.positive_core(room, PARTICIPANTS)


@register.simple_tag
def new_client_id() -> str:
    """A fresh id for the droomzin form (the page, never a shared snapshot, carries the form)."""
    return str(uuid.uuid4())


@register.inclusion_tag("partials/proposition_linker.html", takes_context=True)
def proposition_linker(context):
    return core_reads.linker_context(context["room"])
