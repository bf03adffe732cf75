"""A room as plain data: the JSON that export_room prints. Later work only adds keys."""

from django.utils import translation

from .models import Room
from .queries import FACILITATORS, consistent_read, phase_views


def note_data(note) -> dict:
    return {
        "id": note.pk,
        "text": note.text,
        "perspective": note.perspective,
        "created_at": note.created_at.isoformat(),
        "client_id": note.client_id,
    }


def room_data(room) -> dict:
    with translation.override(room.language), consistent_read():
        room = Room.objects.get(pk=room.pk)
        phases = phase_views(room, FACILITATORS)
        return {
            "code": room.code,
            "title": room.title,
            "subtitle": room.subtitle,
            "phase": room.phase,
            "writing_open": room.writing_open,
            "version": room.version,
            "phases": [
                {
                    "key": phase.key,
                    "title": str(phase.title),
                    "prompt": phase.prompt,
                    "notes": [note_data(note) for note in phase.notes],
                }
                for phase in phases
            ],
        }
