from django.apps import AppConfig


class RealtimeConfig(AppConfig):
    name = "realtime"

    def ready(self):
        from . import commands  # noqa: F401  (registers the socket commands)
        from .broadcast import connect_receivers

        connect_receivers()
        from .access import connect_receivers as connect_access

        connect_access()
        from . import overview

        overview.connect_receivers()
        from . import timer_alarms

        timer_alarms.connect_receivers()
