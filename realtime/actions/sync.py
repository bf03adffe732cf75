from dataclasses import dataclass

from sessions_app import permissions

from ..protocol import Command, action


@action("sync")
@dataclass(frozen=True)
class Sync(Command):
    """Asks for a fresh snapshot; the consumer sends it after perform()."""

    wants_snapshot = True

    def perform(self, actor) -> None:
        permissions.require(actor, "sync")
