"""A board's notes, each rendered once per look (cached in the process).

A big room's board is rendered again at every new version (for the connect snapshot, the page),
and almost all of its notes look exactly as before. So `{% board_note note %}` keeps each note's
HTML under a key made of everything partials/note.html shows of it: the note's own fields, what
of the room touches a note (spotlight, vote, lens, event), the audience and the language. Same
key, same HTML: a cache hit can never show an old note."""

import threading

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe

register = template.Library()
MAX_NOTES = 50_000
_cache: dict[tuple, str] = {}
_lock = threading.Lock()
NOTE_TEMPLATE = "partials/note.html"


def look(context, note) -> tuple:
    room = context.get("room")
    participant = note.participant if note.participant_id else None
    return (
        translation.get_language(), context.get("audience"), bool(context.get("oob")), bool(context.get("show_counts")),
        context.get("actions_phase"),
        note.pk, note.text, note.client_id, note.participant_id, participant.name if participant else "",
        note.perspective, note.phase, note.private, note.hidden, note.highlighted, note.edited_at, note.theme_id,
        tuple(note.tags or ()), getattr(note, "vote_count", None),
        room.spotlight_note_id == note.pk, bool(room.event_id), room.vote_phase, room.vote_target, room.vote_open,
        room.lens_enabled, settings.NOTE_MAX_LENGTH,
    )


@register.simple_tag(takes_context=True)
def board_note(context, note) -> str:
    key = look(context, note)
    html = _cache.get(key)
    if html is None:
        note_template = context.template.engine.get_template(NOTE_TEMPLATE)
        with context.push(note=note):
            html = note_template.render(context)
        with _lock:
            if len(_cache) >= MAX_NOTES:
                _cache.clear()
            _cache[key] = html
    return mark_safe(html)  # rendered by the template engine: escaped there


@register.simple_tag
def note_max_length() -> int:
    """The longest note the service takes (the NOTE_MAX_LENGTH setting), for a text box's maxlength."""
    return settings.NOTE_MAX_LENGTH


def clear() -> None:
    with _lock:
        _cache.clear()
