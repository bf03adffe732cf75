"""Frame builders, by noun. A builder turns one committed room change into {audience: html}:
what each audience's screens must swap to show the room at the change's version.

Every member of sessions_app.changes.Change has exactly one builder (tests walk the enum); a
kind without one raises, it never falls back to a whole board. Builders read through
sessions_app.reads, never the ORM directly."""

from collections.abc import Callable

from sessions_app.changes import Change

Builder = Callable[[int, int, dict], dict[str, str]]
BUILDERS: dict[Change, Builder] = {}


class MissingBuilder(LookupError):
    pass


def builds(*kinds: Change):
    """Registers the decorated function as the builder of `kinds`."""

    def register(builder: Builder) -> Builder:
        for kind in kinds:
            if kind in BUILDERS:
                raise ValueError(f"{kind} has two builders")
            BUILDERS[kind] = builder
        return builder

    return register


def build(kind: Change | str, room_id: int, version: int, data: dict) -> dict[str, str]:
    builder = BUILDERS.get(Change(kind))
    if builder is None:
        raise MissingBuilder(f"No frame builder for {kind}")
    return builder(room_id, version, data)


from . import actions, moderation, notes, phases, presence, room, themes, timer, votes  # noqa: E402, F401  (register)
from . import interviews  # noqa: E402, F401  (issue 15: interviews in tweetallen, phase labels)
from . import core  # noqa: E402, F401  (the positive core and the droomzinnen, issue 15)
