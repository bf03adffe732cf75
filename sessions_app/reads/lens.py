"""The sociale-kwaliteit lens: the visible notes grouped by the condition they are tagged with."""

from ..audience import Audience
from ..models import Condition, Note, Room


def lens_groups(room: Room, notes) -> list[dict]:
    """The visible notes grouped by condition (a note with two tags is in two groups)."""
    if not room.lens_enabled:
        return []
    groups = [{"key": key, "label": label, "notes": []} for key, label in Condition.choices]
    by_key = {group["key"]: group for group in groups}
    for note in notes:
        for tag in note.tags or []:
            if tag in by_key:
                by_key[tag]["notes"].append(note)
    return groups


def lens_groups_of(room: Room, audience: str) -> list[dict]:
    """The grouped view on its own (after a tag changed), without reading the whole board."""
    if not room.lens_enabled:
        return []
    notes = Note.objects.filter(room=room).order_by("created_at", "id")
    if audience != Audience.FACILITATORS:
        notes = notes.filter(hidden=False, private=False)
    return lens_groups(room, [note for note in notes if note.tags])
