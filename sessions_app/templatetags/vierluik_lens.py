"""Template helpers for the sociale-kwaliteit lens and perspectives."""

from django import template

from sessions_app.models import Condition, Perspective

register = template.Library()


@register.filter
def conditions(note) -> list[dict]:
    """Every condition with whether this note carries it, in the fixed order."""
    tags = set(getattr(note, "tags", None) or [])
    return [{"key": key, "label": label, "on": key in tags} for key, label in Condition.choices]


@register.filter
def condition_labels(note) -> list[str]:
    tags = set(getattr(note, "tags", None) or [])
    return [label for key, label in Condition.choices if key in tags]


@register.simple_tag
def perspectives() -> list[tuple[str, str]]:
    return list(Perspective.choices)
