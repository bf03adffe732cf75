"""Themes (grouping notes) and the spotlight. Ids may come as numbers or as the strings a form
sends; `note_ids` also as a list (several checkboxes) or a comma-separated string."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sessions_app.services import themes

from .base import Command, Flag, Id, Ids, Text, command


@command("theme.create")
@dataclass(frozen=True)
class ThemeCreate(Command):
    title: str = Text(required=False, max_length=1000)
    note_ids: tuple[int, ...] = Ids("note_ids", "note_id")

    def perform(self, actor):
        themes.create_theme(actor.room, self.title, self.note_ids)


@command("theme.add")
@dataclass(frozen=True)
class ThemeAdd(Command):
    theme_id: int = Id(missing=_("Kies eerst een thema."))
    note_ids: tuple[int, ...] = Ids("note_id", "note_ids")

    def perform(self, actor):
        themes.add_to_theme(actor.room, self.theme_id, self.note_ids)


@command("theme.remove")
@dataclass(frozen=True)
class ThemeRemove(Command):
    note_id: int = Id()

    def perform(self, actor):
        themes.remove_from_theme(actor.room, self.note_id)


@command("theme.rename")
@dataclass(frozen=True)
class ThemeRename(Command):
    theme_id: int = Id()
    title: str = Text(required=False, max_length=1000)

    def perform(self, actor):
        themes.rename_theme(actor.room, self.theme_id, self.title)


@command("theme.merge")
@dataclass(frozen=True)
class ThemeMerge(Command):
    theme_id: int = Id()
    into_id: int = Id(missing=_("Kies het thema waar het bij moet."))

    def perform(self, actor):
        themes.merge_themes(actor.room, self.theme_id, self.into_id)


@command("theme.dissolve")
@dataclass(frozen=True)
class ThemeDissolve(Command):
    theme_id: int = Id()

    def perform(self, actor):
        themes.dissolve_theme(actor.room, self.theme_id)


@command("spotlight.set")
@dataclass(frozen=True)
class SpotlightSet(Command):
    """`note_id` or `theme_id`; neither (or both empty) switches the spotlight off."""

    note_id: int | None = Id(required=False)
    theme_id: int | None = Id(required=False)

    def perform(self, actor):
        themes.set_room_spotlight(actor.room, note_id=self.note_id, theme_id=self.theme_id)


@command("theme.proposals")
@dataclass(frozen=True)
class ThemeProposals(Command):
    """`open`: whether participants may propose themes."""

    open: bool = Flag()

    def perform(self, actor):
        themes.set_proposals(actor.room, self.open)


@command("theme.propose")
@dataclass(frozen=True)
class ThemePropose(Command):
    title: str = Text(required=False, max_length=1000)

    def perform(self, actor):
        themes.propose_theme(actor.room, actor.participant, self.title)
