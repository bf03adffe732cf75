"""A socket command as data: its name on the wire, its fields (each with its type and limits)
and who may send it (the permission rule `permissions.RULES[name]`, the same table the HTTP
endpoints use). The consumer parses a frame once (`parse`), authorises it once and calls the
command's one service (`run`). See docs/protocol.md."""

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, ClassVar

from django.utils.translation import gettext_lazy as _

from sessions_app import permissions

from .. import protocol
from ..protocol import ProtocolError

COMMANDS: dict[str, type["Command"]] = {}
_REQUIRED = object()


@dataclass(frozen=True)
class Command:
    name: ClassVar[str] = ""

    @classmethod
    def parse(cls, payload: dict[str, Any]) -> "Command":
        """Every field read by the reader it was declared with (Text, Id, Flag, ...)."""
        return cls(**{field.name: field.metadata["read"](payload, field.metadata.get("key") or field.name)
                      for field in dataclasses.fields(cls)})

    def perform(self, actor):
        """The command's one service call; permission is already granted (run)."""
        raise NotImplementedError


def command(name: str):
    def register(cls):
        cls.name = name
        COMMANDS[name] = cls
        return cls

    return register


def parse(text: str) -> Command:
    try:
        payload = json.loads(text)
    except (ValueError, TypeError, RecursionError):  # RecursionError: "[[[[…" nested too deep
        raise ProtocolError(_("Dit bericht begrijpen we niet. Laad de pagina opnieuw."))
    if not isinstance(payload, dict):
        raise ProtocolError(_("Dit bericht begrijpen we niet. Laad de pagina opnieuw."))
    name = payload.get("action")
    kind = COMMANDS.get(name) if isinstance(name, str) else None
    if kind is None:
        raise ProtocolError(_("Deze actie kennen we niet."))
    return kind.parse(payload)


def authorise(actor, command: Command) -> None:
    """The one permission check of every socket command: the rule named after the command."""
    permissions.require(actor, command.name)


def run(command: Command, actor):
    authorise(actor, command)
    return command.perform(actor)


# Field declarations: `what: str = Text(max_length=2000, required=False)`. Each reads its key
# (the field's name unless `key` says otherwise) with the readers of realtime/protocol.py.

def _declare(read, key=None):
    return dataclasses.field(metadata={"read": read, "key": key})


def Text(*, required: bool = True, max_length: int = 5000, key=None):
    return _declare(lambda payload, name: protocol.text(payload, name, required=required, max_length=max_length), key)


def Integer(*, minimum: int = 0, maximum: int = 10**9, required: bool = True, key=None):
    return _declare(
        lambda payload, name: protocol.integer(payload, name, minimum=minimum, maximum=maximum, required=required), key
    )


def Id(*, required: bool = True, missing=None, key=None):
    """A database id (1 or more). `missing`: the sentence when it is absent (then it is required)."""

    def read(payload, name):
        value = protocol.integer(payload, name, minimum=1, required=required and missing is None)
        if value is None and missing is not None:
            raise ProtocolError(missing)
        return value

    return _declare(read, key)


def Flag(*, absent=_REQUIRED, key=None):
    """true/false; `absent`: the value when the key is missing (an unticked checkbox is not sent)."""

    def read(payload, name):
        if absent is not _REQUIRED and name not in payload:
            return absent
        return protocol.boolean(payload, name)

    return _declare(read, key)


def Choice(options, *, empty=_REQUIRED, key=None):
    """One of `options` (a callable is asked at parse time); `empty`: the value when none is given."""

    def read(payload, name):
        if empty is not _REQUIRED and not payload.get(name):
            return empty
        return protocol.choice(payload, name, options() if callable(options) else options)

    return _declare(read, key)


def Duration(*, maximum: int, key=None):
    """Seconds: `seconds`, or `minutes` when no seconds are given (the own-time fields send minutes)."""

    def read(payload, name):
        if payload.get("seconds") in (None, "") and payload.get("minutes") not in (None, ""):
            return protocol.integer(payload, "minutes", minimum=1, maximum=maximum // 60) * 60
        return protocol.integer(payload, "seconds", minimum=1, maximum=maximum)

    return _declare(read, key)


MAX_IDS = 500


def Ids(*keys):
    """Every id given under any of `keys`: a number, a string, a list (several checkboxes) or "1,2,3"."""

    def read(payload, _name):
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

    return _declare(read)
