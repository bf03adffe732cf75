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
        "votes": note.votes.count(),  # dots on this note (toolkit: dot voting)
        "tags": list(note.tags or []),  # sociale-kwaliteit conditions
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
            "vote_open": room.vote_open,
            "vote": {
                "phase": room.vote_phase,
                "target": room.vote_target,
                "budget": room.vote_budget,
                "max_per_item": room.vote_max_per_item,
                "counts_visible": room.vote_counts_visible,
            },
            "lens_enabled": room.lens_enabled,
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
