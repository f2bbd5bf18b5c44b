"""``invoke livereload``: rebuild on every save and refresh the browser.

A broken file is named in the terminal and left out; the preview keeps
serving the rest of the site and rebuilds again on the next save.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import logging
from pathlib import Path

from newsroom.build import build_site

logger = logging.getLogger(__name__)

# The inline script livereload 2.7.1 injects into every page it serves
# (livereload/server.py, Server.application, served without a separate
# live port). The pages' Content-Security-Policy refuses inline scripts, so
# the preview build allows exactly this one by its hash; a new livereload
# version that changes it is caught by tests/test_preview.py.
LIVERELOAD_SNIPPET = (
    "(function(){"
    'var s=document.createElement("script");'
    "var port=(window.location.port || "
    "(window.location.protocol == 'https:' ? 443: 80));"
    's.src="//"+window.location.hostname+":"+port'
    '+ "/livereload.js?port=" + port;'
    "document.head.appendChild(s);"
    "})();"
)


def allow_livereload(csp: str) -> str:
    """``csp`` with livereload's snippet allowed in ``script-src``."""
    digest = base64.b64encode(
        hashlib.sha256(LIVERELOAD_SNIPPET.encode()).digest()
    ).decode()
    return csp.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)


def _only_problems(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def rebuild(settings_file: Path, overrides: dict, first: bool = False) -> bool:
    """One preview build; True if it produced a site (even with errors)."""
    result = build_site(settings_file, overrides)
    done = "Built" if first else "Rebuilt"
    if result.ok and not result.errors:
        print(f"{done} in {result.seconds:.1f} s.", flush=True)
    elif result.ok:
        print(
            f"{done} in {result.seconds:.1f} s, leaving out what has errors "
            f"({len(result.errors)}, listed above).",
            flush=True,
        )
    else:
        print(
            f"Not rebuilt ({result.stopped_by}); still showing the last good site.",
            flush=True,
        )
    return result.ok


def serve_and_rebuild(
    settings_file: Path,
    overrides: dict,
    watched: list[Path],
    output: Path,
    host: str,
    port: int,
) -> None:
    """Build once, then serve ``output`` and rebuild when ``watched`` change."""
    from livereload import Server

    # livereload and tornado log every request and task at INFO, and
    # livereload resets its logger's level when it starts: a filter stays
    for name in ("livereload", "tornado.access", "tornado.application"):
        logging.getLogger(name).addFilter(_only_problems)
    rebuild(settings_file, overrides, first=True)
    server = Server()
    for path in watched:
        server.watch(str(path), lambda: rebuild(settings_file, overrides), delay=0.5)
    print(f"Previewing at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    server.serve(root=str(output), host=host, port=port, open_url_delay=None)


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as its host would: an address that does not exist
    gets the site's own 404 page, in the language of the address
    (``/ru/…`` -> ``ru/404.html``), else the trilingual ``404.html``."""

    def send_error(self, code, message=None, explain=None):
        page = self._not_found_page() if code == 404 else None
        if page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _not_found_page(self) -> Path | None:
        root = Path(self.directory)
        language = self.path.lstrip("/").split("/", 1)[0]
        candidates = [root / language / "404.html"] if language.isalpha() else []
        candidates.append(root / "404.html")
        return next((page for page in candidates if page.is_file()), None)
