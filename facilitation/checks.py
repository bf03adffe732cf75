"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs):
    if settings.SECRET_KEY_KEPT_IN:
        return [
            Warning(
                f"SECRET_KEY is not set: Vierluik made one and keeps it in {settings.SECRET_KEY_KEPT_IN}.",
                hint="Fine on one machine; with more than one, or to manage the key yourself, set "
                "SECRET_KEY (or SECRET_KEY_FILE) to a long random string, the same on every machine.",
                id="vierluik.W001",
            )
        ]
    return []
