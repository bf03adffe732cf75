"""The positive core and the droomzinnen (issue 15, items 2 and 3).

The positive core is what the group found it is good at: notes or themes of verkennen that the
facilitator marks. A droomzin (provocative proposition) is a sentence in the present tense
("Wij …") that a participant writes in verbeelden or vormgeven; other phones endorse it
("Dit wil ik ook") and the facilitator links it to the notes or themes it grew from."""

from django.db import models
from django.db.models import Q


# The check that a NoteOrTheme row points at exactly one of the two.
ONE_OF_NOTE_OR_THEME = Q(note__isnull=True, theme__isnull=False) | Q(note__isnull=False, theme__isnull=True)


class NoteOrTheme(models.Model):
    """A row about one note or one theme (never both), oldest first."""

    note = models.ForeignKey("Note", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    theme = models.ForeignKey("Theme", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "id"]


class CoreMark(NoteOrTheme):
    """One note or one theme in the room's positive core."""

    room = models.ForeignKey("Room", on_delete=models.CASCADE, related_name="core_marks")

    class Meta(NoteOrTheme.Meta):
        constraints = [
            models.UniqueConstraint(fields=["note"], condition=Q(note__isnull=False), name="core_mark_once_per_note"),
            models.UniqueConstraint(fields=["theme"], condition=Q(theme__isnull=False), name="core_mark_once_per_theme"),
            models.CheckConstraint(
                condition=ONE_OF_NOTE_OR_THEME,
                name="core_mark_note_or_theme",
            ),
        ]


class Proposition(models.Model):
    """A droomzin."""

    room = models.ForeignKey("Room", on_delete=models.CASCADE, related_name="propositions")
    # Gone with its author when they leave and take their words along (AVG), like a note.
    participant = models.ForeignKey(
        "Participant", null=True, blank=True, on_delete=models.CASCADE, related_name="propositions"
    )
    phase = models.CharField(max_length=30)
    text = models.TextField()
    client_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "client_id"], name="proposition_once_per_client_id"),
        ]

    def __str__(self):
        return self.text[:40]


class Endorsement(models.Model):
    """One phone's "Dit wil ik ook" on one droomzin."""

    proposition = models.ForeignKey(Proposition, on_delete=models.CASCADE, related_name="endorsements")
    participant = models.ForeignKey("Participant", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposition", "participant"], name="endorsement_once_per_phone"),
        ]


class PropositionLink(NoteOrTheme):
    """A droomzin grew from this note or theme."""

    proposition = models.ForeignKey(Proposition, on_delete=models.CASCADE, related_name="links")

    class Meta(NoteOrTheme.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["proposition", "note"], condition=Q(note__isnull=False), name="proposition_link_once_per_note"
            ),
            models.UniqueConstraint(
                fields=["proposition", "theme"], condition=Q(theme__isnull=False), name="proposition_link_once_per_theme"
            ),
            models.CheckConstraint(
                condition=ONE_OF_NOTE_OR_THEME,
                name="proposition_link_note_or_theme",
            ),
        ]
