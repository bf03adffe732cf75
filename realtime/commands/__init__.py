"""Every socket command, one module per domain noun; importing this package registers them.
How a command is declared, parsed, authorised and run: base.py."""

from . import action_items, events, lens, moderation, notes, phases, ready, reveal, rooms, sync, themes, timer, votes  # noqa: F401
from . import interviews  # noqa: F401  (issue 15: interviews in tweetallen, stories, phase labels)
from . import core  # noqa: F401  (the positive core and the droomzinnen, issue 15)
from .base import COMMANDS, Command, authorise, parse, run  # noqa: F401
