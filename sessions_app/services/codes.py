"""Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L)."""

import re
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 6


def new_code(taken) -> str:
    """A fresh code; `taken(code)` says whether it is already in use."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        if not taken(code):
            return code


def normalise(raw: str) -> str:
    """What a person typed, as a code: case and spaces do not matter."""
    return re.sub(r"[^A-Z0-9]", "", (raw or "").upper())


def new_token() -> str:
    return secrets.token_urlsafe(24)
