"""Secrets stay out of the logs. Two links carry a secret in their path: the facilitator link
`/f/<CODE>/<TOKEN>/` and the verslag's share link `/v/<TOKEN>/`. Django writes paths into log
lines ("Not Found: /v/…", runserver's access lines), so every handler of ours masks them.
deploy/nginx.conf does the same for nginx's access log; the ASGI server's own access log is
switched off in production (docs/deploy.md)."""

import logging
import re

MASK = "[token]"
# A facilitator token is 32 URL-safe characters; /f/<CODE>/verslag/ and the like stay readable.
SECRET_IN_PATH = re.compile(r"(/f/[^/\s\"?]+/)[A-Za-z0-9_-]{16,}|(/v/)[^/\s\"?]+")


def mask(text: str) -> str:
    return SECRET_IN_PATH.sub(lambda match: (match.group(1) or match.group(2)) + MASK, text)


class MaskSecrets(logging.Filter):
    """A handler filter: the record's message with the secrets in its paths masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True
