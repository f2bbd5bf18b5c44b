"""A real browser for the tests: Debian's chromium driven by Playwright.

Playwright must never download a browser here; it drives /usr/bin/chromium.
Sites are served on 127.0.0.1 on a free port, for the test's duration only.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsroom.preview import SiteRequestHandler

CHROMIUM = "/usr/bin/chromium"
# without the networking flags Chromium keeps trying to reach Google's hosts
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(SiteRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(folder: Path, prefix: str = "") -> Iterator[str]:
    """Serve ``folder`` at http://127.0.0.1:<free port><prefix>/."""
    root = folder
    if prefix:
        # a site deployed under a sub-path: /press/ maps to the folder
        root = folder.parent / f".served-{folder.name}"
        root.mkdir(exist_ok=True)
        link = root / prefix.strip("/")
        if not link.exists():
            link.symlink_to(folder, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def csp_violations(page) -> list[str]:
    """The Content-Security-Policy refusals ``page`` reports from now on."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused
