"""Cleaning what a person types: the one function every service uses for notes, theme titles,
action fields, prompts, names, organiser messages and the verslag's own words.

What goes: control characters (ESC, NUL, ...: an ESC sequence in an export would drive the
terminal that prints it, and PostgreSQL refuses a NUL), bidi overrides and isolates (they make
text read in another order than it was written: U+202E turns "gpj.exe" around), zero-width and
other format characters. Every kind of space becomes one plain space. Line breaks stay only in
fields that allow them (`multiline=True`); elsewhere a line break is a space."""


def _kept(ch: str) -> str:
    if ch == "\n" or ch.isprintable():
        return ch
    return " " if ch.isspace() else ""  # str.isprintable() is False for Cc, Cf, Zl, Zp, Zs but " "


def clean(text: str | None, *, multiline: bool = False) -> str:
    """The text without invisible or control characters, spaces folded, trimmed."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = ["".join(map(_kept, line)) for line in text.split("\n")]
    lines = [" ".join(line.split()) for line in lines]
    if not multiline:
        return " ".join(line for line in lines if line)
    return "\n".join(lines).strip()
