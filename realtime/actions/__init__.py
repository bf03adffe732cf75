"""Every socket action, one module per domain noun. Importing this package registers them."""

from . import notes, phases, sync  # noqa: F401
from . import actions, reveal, themes  # noqa: F401  (toolkit: private writing, themes, spotlight, actions)
from . import lens, votes  # noqa: F401  (toolkit: dot voting, sociale-kwaliteit lens)
from . import moderation, presence, timer  # noqa: F401  (toolkit: moderation, ready, timer)
from . import events  # noqa: F401  (events: the organiser steers all rooms; harvest)
from . import rooms  # noqa: F401  (closing and reopening one deelsessie)
from . import core  # noqa: F401  (the positive core and the droomzinnen, issue 15)
