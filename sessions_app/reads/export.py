"""A room as plain data: the JSON that export_room prints. Later work only adds keys."""

from ..audience import Audience
from django.utils import translation

from ..models import Room
from .board import consistent_read, current_phase, phase_views
from .votes import dot_tally
from . import core as core_reads


def note_data(note, tally: dict) -> dict:
    return {**_note_fields(note, tally), **story_fields(note)}


def story_fields(note) -> dict:
    """Issue 15: every note says its kind; a story (from an interview) also whose perspective
    it carries (the partner's, who told it)."""
    if note.kind == "story":
        return {"kind": "story", "about_perspective": note.about_perspective}
    return {"kind": "note"}


def _note_fields(note, tally: dict) -> dict:
    return {
        "id": note.pk,
        "text": note.text,
        "perspective": note.perspective,
        "created_at": note.created_at.isoformat(),
        "client_id": note.client_id,
        "votes": tally.get(("note", note.pk), 0),  # dots on this note
        "tags": list(note.tags or []),  # sociale-kwaliteit conditions
        "theme_id": note.theme_id,
        "private": note.private,  # written privately and not yet revealed
        "hidden": note.hidden,  # hidden by the facilitator: on the console only
        "edited_at": note.edited_at.isoformat() if note.edited_at else None,
    }


def theme_data(theme, tally: dict, note_ids: dict) -> dict:
    return {
        "id": theme.pk,
        "title": theme.title,
        "phase": theme.phase,
        "note_ids": note_ids.get(theme.pk, []),
        "votes": tally.get(("theme", theme.pk), 0),
    }


def action_data(action) -> dict:
    return {
        "id": action.pk,
        "what": action.what,
        "who": action.who,
        "when": action.when.isoformat() if action.when else None,
        "note_id": action.note_id,
        "theme_id": action.theme_id,
    }


def room_data(room) -> dict:
    with translation.override(room.language), consistent_read():
        room = Room.objects.get(pk=room.pk)
        phases = phase_views(room, Audience.FACILITATORS)
        tally = dot_tally(room)
        note_ids = {}
        for note in room.notes.exclude(theme=None).order_by("created_at", "id").only("pk", "theme_id"):
            note_ids.setdefault(note.theme_id, []).append(note.pk)
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
            # private writing of the current phase
            "writing_mode": current_phase(phases).writing_mode,
            "revealed": current_phase(phases).revealed,
            "spotlight": {"note_id": room.spotlight_note_id, "theme_id": room.spotlight_theme_id},
            # the timer (ISO 8601 with a UTC offset, or null; null while paused or off)
            "timer_ends_at": room.timer_ends_at.isoformat() if room.timer_ends_at else None,
            "timer_remaining": room.timer_remaining,
            "timer_closes_writing": room.timer_closes_writing,
            "phases": [
                {
                    "key": phase.key,
                    "title": str(phase.title),
                    "prompt": phase.prompt,
                    "writing_mode": phase.writing_mode,
                    "revealed": phase.revealed,
                    "notes": [note_data(note, tally) for note in phase.notes],
                }
                for phase in phases
            ],
            "themes": [theme_data(theme, tally, note_ids) for theme in room.themes.order_by("position", "id")],
            "actions": [action_data(action) for action in room.actions.order_by("position", "id")],
            **core_reads.export_data(room),  # positive_core, propositions (issue 15)
        }
