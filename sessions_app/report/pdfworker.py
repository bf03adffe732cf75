"""Printing one part of a verslag to PDF, in a worker process. Imports nothing of Django, so
a fresh worker starts quickly and safely (the pool uses forkserver, never fork of a server)."""

import gc

MARK_PREFIX = "room-"  # ids of the rooms' headings: which room a page belongs to (for its header)


def render(html: str) -> tuple[bytes, list[list[str]]]:
    """The PDF, and per page the ids of the room headings that start on it."""
    from weasyprint import HTML

    # WeasyPrint makes hundreds of thousands of small objects for a big document; the cyclic
    # garbage collector would then run again and again over a growing heap (about 40% of the
    # time). Nothing built here needs collecting during the render, so collect afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        document = HTML(string=html, base_url=None).render()
        marks = [[anchor for anchor in page.anchors if anchor.startswith(MARK_PREFIX)] for page in document.pages]
        return document.write_pdf(), marks
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()
