"""Template helpers for the participant's phone: the lens in plain words, and where a phase
stands from the room's current phase (earlier ones fold away, later ones are not shown yet)."""

from django import template
from django.utils.translation import gettext_lazy as _

from sessions_app.models import Condition

register = template.Library()

# The four conditions of sociale kwaliteit as a participant would say them (B1). The console's
# word follows in brackets, so people can connect what the facilitator says to what they tap.
PLAIN_CONDITIONS = {
    Condition.ZEKERHEID: _("Genoeg geld en zekerheid"),
    Condition.INCLUSIE: _("Erbij horen en mee kunnen doen"),
    Condition.COHESIE: _("Samen verbonden zijn"),
    Condition.EMPOWERMENT: _("Zelf kunnen kiezen"),
}


@register.filter
def plain_conditions(note) -> list[dict]:
    """Every condition in plain words, with its usual name and whether this note carries it."""
    tags = set(getattr(note, "tags", None) or [])
    return [
        {"key": key, "plain": PLAIN_CONDITIONS[key], "label": label, "on": key in tags}
        for key, label in Condition.choices
    ]


@register.filter
def plain_condition_labels(note) -> list[str]:
    tags = set(getattr(note, "tags", None) or [])
    return [PLAIN_CONDITIONS[key] for key, _label in Condition.choices if key in tags]


@register.filter
def phase_when(phase, phases) -> str:
    """"past", "current" or "future": where `phase` stands in the room's list of phases."""
    if phase.is_current:
        return "current"
    keys = [each.key for each in phases]
    current = next((each.key for each in phases if each.is_current), None)
    if current is None or phase.key not in keys:
        return "current"
    return "past" if keys.index(phase.key) < keys.index(current) else "future"


@register.simple_tag
def undo_seconds() -> int:
    from sessions_app.services.moderation import UNDO_SECONDS

    return UNDO_SECONDS
