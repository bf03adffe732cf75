"""A whole board that does not fit in one websocket message travels in parts.

Daphne refuses a message over 1 MiB, and a phone on venue wifi should never wait for one huge
frame; so no message is larger than PART_BYTES. A board that fits goes as it is (no parsing).
A bigger one is cut along its own elements: the first part is the board with its big lists
left empty (each keeps its id), and each later part fills lists with
`<ul hx-swap-oob="beforeend:#notes-verkennen">…</ul>`, in the page's order; the current phase's
lists come first, so the phase everyone looks at is there first. Every part carries the same
version marker (data-snapshot="true", data-part="<n>", data-parts="<how many>"), so the page
treats the parts of one version as one snapshot (docs/protocol.md)."""

import re

from lxml import html as lxml_html

PART_BYTES = 256 * 1024
HOLLOW_FROM = 24 * 1024  # an element with an id and more than this is sent empty, then filled
WRAPPER_BYTES = 4 * 1024  # room for the "beforeend" wrapper, the version marker and a small addition (frames/common.with_last)
MARKER_ID = "room-version"


def split(html: str, limit: int = PART_BYTES) -> list[str]:
    if len(html.encode()) <= limit:
        return [html]
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    markers = root.xpath(f'.//*[@id="{MARKER_ID}"]')
    current = _current_phase(root)
    fills: list[tuple[int, str, str, list]] = []  # (priority, target id, tag, children)
    for child in root:
        if _big(child):
            _hollow(child, _priority(child, current, 0), current, fills)
    fills.sort(key=lambda fill: fill[0])  # stable: a list's shell always comes before its contents
    fillers = [chunk for _rank, target, tag, children in fills for chunk in _pack(target, tag, children, limit - WRAPPER_BYTES)]
    later = _join(fillers, limit - WRAPPER_BYTES)
    for marker in markers:
        marker.set("data-part", "1")
        marker.set("data-parts", str(1 + len(later)))
    first = "".join(_text(child) for child in root)
    marker = markers[-1]
    marker.tail = None
    return [first, *(_with_marker(part, marker, number) for number, part in enumerate(later, 2))]


def _big(element) -> bool:
    return element.get("id") is not None and len(element) > 0 and len(_text(element)) > HOLLOW_FROM


def _hollow(element, priority: int, current: str, fills: list) -> None:
    """Empties `element` (its shell stays where it is) and queues its children to fill it;
    children that are big themselves are emptied in turn and filled after it."""
    children = list(element)
    for child in children:
        element.remove(child)
    fills.append((priority, element.get("id"), element.tag, children))
    for child in children:
        if _big(child):
            _hollow(child, _priority(child, current, priority), current, fills)


def _priority(element, current: str, inherited: int) -> int:
    """0: outside the phases (their shells first); 1: the current phase; 2: the other phases."""
    element_id = element.get("id") or ""
    if element_id.startswith("phase-notes-"):
        return 1 if element_id == f"phase-notes-{current}" else 2
    return inherited


def _current_phase(root) -> str:
    status = root.xpath('.//*[@id="phase-status"]')
    return status[0].get("data-phase", "") if status else ""


def _pack(target: str, tag: str, children: list, budget: int) -> list[str]:
    parts, chunk, size = [], [], 0
    for child in children:
        text = _text(child)
        if chunk and size + len(text.encode()) > budget:
            parts.append(_fill(target, tag, chunk))
            chunk, size = [], 0
        chunk.append(text)
        size += len(text.encode())
    if chunk:
        parts.append(_fill(target, tag, chunk))
    return parts


def _join(fillers: list[str], budget: int) -> list[str]:
    """Consecutive fills share a message while they fit (order kept)."""
    messages, size = [], budget + 1
    for filler in fillers:
        length = len(filler.encode())
        if size + length > budget:
            messages.append("")
            size = 0
        messages[-1] += filler
        size += length
    return messages


def _fill(target: str, tag: str, chunk: list[str]) -> str:
    return f'<{tag} hx-swap-oob="beforeend:#{target}">{"".join(chunk)}</{tag}>'


def _text(element) -> str:
    return lxml_html.tostring(element, encoding="unicode", with_tail=True)


def _with_marker(part: str, marker, number: int) -> str:
    marker.set("data-part", str(number))
    return re.sub(r"\s+$", "", part) + _text(marker)
