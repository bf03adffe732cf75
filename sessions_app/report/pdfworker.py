"""Printing one part of a verslag to PDF, in a worker process. Imports nothing of Django, so
a fresh worker starts quickly and safely (the pool uses forkserver, never fork of a server)."""

import gc


def render(html: str) -> bytes:
    from weasyprint import HTML

    # WeasyPrint makes hundreds of thousands of small objects for a big document; the cyclic
    # garbage collector would then run again and again over a growing heap (about 40% of the
    # time). Nothing built here needs collecting during the render, so collect afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return HTML(string=html, base_url=None).write_pdf()
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()
