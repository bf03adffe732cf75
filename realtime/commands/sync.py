from dataclasses import dataclass

from .base import Command, command


@command("sync")
@dataclass(frozen=True)
class Sync(Command):
    """Asks for a fresh snapshot; the consumer sends it after perform()."""

    wants_snapshot = True

    def perform(self, actor) -> None:
        return None
