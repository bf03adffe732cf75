"""Sockets only from this site's own pages. A socket carries the phone's cookies, so a page on
another site that opens one would act as that phone (cross-site websocket hijacking). Channels'
AllowedHostsOriginValidator compares the Origin's host only; this compares scheme, host and port,
as Django's CSRF check does for forms: the Origin must be exactly the address the socket was
opened to (its Host, and https when the request came in over TLS, directly or as the proxy says
through SECURE_PROXY_SSL_HEADER), or one of CSRF_TRUSTED_ORIGINS."""

from channels.security.websocket import WebsocketDenier
from django.conf import settings


def _headers(scope) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers", [])}


def _secure(scope, headers: dict[str, str]) -> bool:
    if scope.get("scheme") in ("wss", "https"):
        return True
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:
        name, value = proxy_header
        return headers.get(name.removeprefix("HTTP_").replace("_", "-").lower()) == value
    return False


def same_origin(scope) -> bool:
    headers = _headers(scope)
    origin, host = headers.get("origin", "").rstrip("/").lower(), headers.get("host", "").lower()
    if not origin:
        return False
    if not host:  # no Host header (not a browser; in-process tests): the host check alone applies
        return True
    expected = f"{'https' if _secure(scope, headers) else 'http'}://{host}"
    return origin == expected or origin in {o.rstrip("/").lower() for o in settings.CSRF_TRUSTED_ORIGINS}


class SameOriginValidator:
    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and not same_origin(scope):
            return await WebsocketDenier()(scope, receive, send)
        return await self.application(scope, receive, send)
