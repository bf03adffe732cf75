"""A screen in a test: a snapshot, and frames applied to it as htmx's ws extension applies them.

Each top-level element of a frame is an out-of-band swap (htmx 2 `oobSwap`):
- no hx-swap-oob, or "true": the element replaces the element with its id (outerHTML);
- "<strategy>:<#id>": the element's children go into the target (beforeend, afterbegin,
  innerHTML), or the target goes (delete) or is replaced (outerHTML);
- "<strategy>" alone: that strategy on the element with the frame element's id.
A frame whose target is not on the screen is skipped, as htmx does.

The version check is room.js's: a frame with the next version (or a whole board at a version
at least as new) is applied; anything else would make the page ask for `sync`, which a test of
small frames treats as a failure (`Screen.gaps`)."""

import re

from lxml import html as lxml_html

VOLATILE = ("hx-swap-oob", "data-snapshot", "data-part", "data-parts", "data-now")  # not what a screen shows
VERSION = re.compile(r'data-room-version="(\d+)"')


def _fragment(html: str):
    return lxml_html.fragment_fromstring(html, create_parent="div")


def _by_id(root, element_id: str):
    found = root.xpath(".//*[@id=$id]", id=element_id)
    return found[0] if found else None


def _replace(target, new) -> None:
    new.tail = target.tail
    target.getparent().replace(target, new)


def _strategy(element) -> tuple[str, str | None]:
    value = element.get("hx-swap-oob") or "true"
    if value == "true":
        return "outerHTML", element.get("id")
    if ":" in value:
        strategy, selector = value.split(":", 1)
        assert selector.startswith("#"), f"only #id targets are used: {value}"
        return strategy, selector[1:]
    return value, element.get("id")


def swap(root, element) -> bool:
    """One out-of-band swap; False when its target is not on the screen."""
    strategy, target_id = _strategy(element)
    target = _by_id(root, target_id) if target_id else None
    if target is None:
        return False
    element.attrib.pop("hx-swap-oob", None)
    children = list(element)
    if strategy == "outerHTML":
        _replace(target, element)
    elif strategy == "delete":
        if target.tail and target.getprevious() is not None:
            previous = target.getprevious()
            previous.tail = (previous.tail or "") + target.tail
        target.getparent().remove(target)
    elif strategy == "beforeend":
        target.extend(children)
    elif strategy == "afterbegin":
        for position, child in enumerate(children):
            target.insert(position, child)
    elif strategy == "innerHTML":
        target.text = element.text
        for old in list(target):
            target.remove(old)
        target.extend(children)
    else:
        raise AssertionError(f"swap strategy not covered by this test applier: {strategy}")
    return True


class Screen:
    """One page's live part: starts from a snapshot, then takes frames."""

    def __init__(self, snapshot: str):
        self.root = _fragment(snapshot)
        self.version = int(VERSION.search(snapshot).group(1))
        self.gaps: list[str] = []

    def take(self, frame: str) -> None:
        match = VERSION.search(frame)
        if match:  # a room frame; frames without a version are this phone's own (never dropped)
            version, whole = int(match.group(1)), 'data-snapshot="true"' in frame
            if (whole and version >= self.version) or version == self.version + 1:
                self.version = version
            else:
                self.gaps.append(frame[:200])
                return
        for element in list(_fragment(frame)):
            swap(self.root, element)

    def html(self) -> str:
        return normal(self.root)


def normal(root) -> str:
    """The screen as text to compare: volatile attributes dropped, whitespace between tags too."""
    root = _fragment(lxml_html.tostring(root, encoding="unicode"))  # a copy
    for element in root.iter():
        for name in VOLATILE:
            element.attrib.pop(name, None)
    text = lxml_html.tostring(root, encoding="unicode")
    return re.sub(r">\s+<", "><", text).strip()


def snapshot_html(html: str) -> str:
    return normal(_fragment(html))
