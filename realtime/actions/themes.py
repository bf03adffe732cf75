"""Themes (grouping notes) and the spotlight. Ids may come as numbers or as the strings a form
sends; `note_ids` also as a list (several checkboxes) or a comma-separated string."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sessions_app import permissions
from sessions_app.services import themes

from .. import protocol
from ..protocol import Command, ProtocolError, action

MAX_IDS = 500


def ids(payload, *keys) -> tuple[int, ...]:
    """Every id given under any of `keys`: a number, a string, a list, or "1,2,3"."""
    found = []
    for key in keys:
        value = payload.get(key)
        if value in (None, ""):
            continue
        values = value if isinstance(value, list) else str(value).split(",") if isinstance(value, str) else [value]
        if len(values) > MAX_IDS:
            raise ProtocolError(_("Dat zijn te veel briefjes tegelijk."))
        for item in values:
            if isinstance(item, str) and not item.strip():
                continue
            found.append(protocol.integer({"id": item.strip() if isinstance(item, str) else item}, "id", minimum=1))
    return tuple(dict.fromkeys(found))


def one_id(payload, key) -> int | None:
    return protocol.integer(payload, key, minimum=1, required=False)


@action("theme.create")
@dataclass(frozen=True)
class ThemeCreate(Command):
    title: str
    note_ids: tuple[int, ...]

    @classmethod
    def parse(cls, payload):
        return cls(
            title=protocol.text(payload, "title", required=False, max_length=1000),
            note_ids=ids(payload, "note_ids", "note_id"),
        )

    def perform(self, actor):
        permissions.require(actor, "theme.create")
        themes.create_theme(actor.room, self.title, self.note_ids)


@action("theme.add")
@dataclass(frozen=True)
class ThemeAdd(Command):
    theme_id: int
    note_ids: tuple[int, ...]

    @classmethod
    def parse(cls, payload):
        theme_id = one_id(payload, "theme_id")
        if theme_id is None:
            raise ProtocolError(_("Kies eerst een thema."))
        return cls(theme_id=theme_id, note_ids=ids(payload, "note_id", "note_ids"))

    def perform(self, actor):
        permissions.require(actor, "theme.add")
        themes.add_to_theme(actor.room, self.theme_id, self.note_ids)


@action("theme.remove")
@dataclass(frozen=True)
class ThemeRemove(Command):
    note_id: int

    @classmethod
    def parse(cls, payload):
        return cls(note_id=protocol.integer(payload, "note_id", minimum=1))

    def perform(self, actor):
        permissions.require(actor, "theme.remove")
        themes.remove_from_theme(actor.room, self.note_id)


@action("theme.rename")
@dataclass(frozen=True)
class ThemeRename(Command):
    theme_id: int
    title: str

    @classmethod
    def parse(cls, payload):
        return cls(
            theme_id=protocol.integer(payload, "theme_id", minimum=1),
            title=protocol.text(payload, "title", required=False, max_length=1000),
        )

    def perform(self, actor):
        permissions.require(actor, "theme.rename")
        themes.rename_theme(actor.room, self.theme_id, self.title)


@action("theme.merge")
@dataclass(frozen=True)
class ThemeMerge(Command):
    theme_id: int
    into_id: int

    @classmethod
    def parse(cls, payload):
        into_id = one_id(payload, "into_id")
        if into_id is None:
            raise ProtocolError(_("Kies het thema waar het bij moet."))
        return cls(theme_id=protocol.integer(payload, "theme_id", minimum=1), into_id=into_id)

    def perform(self, actor):
        permissions.require(actor, "theme.merge")
        themes.merge_themes(actor.room, self.theme_id, self.into_id)


@action("theme.dissolve")
@dataclass(frozen=True)
class ThemeDissolve(Command):
    theme_id: int

    @classmethod
    def parse(cls, payload):
        return cls(theme_id=protocol.integer(payload, "theme_id", minimum=1))

    def perform(self, actor):
        permissions.require(actor, "theme.dissolve")
        themes.dissolve_theme(actor.room, self.theme_id)


@action("spotlight.set")
@dataclass(frozen=True)
class SpotlightSet(Command):
    """`note_id` or `theme_id`; neither (or both empty) switches the spotlight off."""

    note_id: int | None
    theme_id: int | None

    @classmethod
    def parse(cls, payload):
        return cls(note_id=one_id(payload, "note_id"), theme_id=one_id(payload, "theme_id"))

    def perform(self, actor):
        permissions.require(actor, "spotlight.set")
        themes.set_spotlight(actor.room, note_id=self.note_id, theme_id=self.theme_id)


@action("theme.proposals")
@dataclass(frozen=True)
class ThemeProposals(Command):
    """`open`: whether participants may propose themes."""

    open: bool

    @classmethod
    def parse(cls, payload):
        return cls(open=protocol.boolean(payload, "open"))

    def perform(self, actor):
        permissions.require(actor, "theme.proposals")
        themes.set_proposals(actor.room, self.open)


@action("theme.propose")
@dataclass(frozen=True)
class ThemePropose(Command):
    title: str

    @classmethod
    def parse(cls, payload):
        return cls(title=protocol.text(payload, "title", required=False, max_length=1000))

    def perform(self, actor):
        permissions.require(actor, "theme.propose")
        themes.propose_theme(actor.room, actor.participant, self.title)
