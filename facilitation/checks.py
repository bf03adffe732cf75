"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs):
    if settings.SECRET_KEY == settings.DEV_SECRET_KEY:
        return [
            Warning(
                "SECRET_KEY is the development default.",
                hint="Set SECRET_KEY (or SECRET_KEY_FILE) to a long random string in production.",
                id="vierluik.W001",
            )
        ]
    return []

