"""Every socket action, one module per domain noun. Importing this package registers them."""

from . import notes, phases, sync  # noqa: F401
