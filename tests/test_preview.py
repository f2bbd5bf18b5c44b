"""`invoke livereload`: the preview rebuilds on save and survives a broken file."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from tests.browser import csp_violations
from tests.conftest import ROOT
from tests.site import fixture_text, make_content

RELEASE = "/en/news/2026/queues-at-checkpoints-have-shortened/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Preview:
    """A running `invoke livereload`, with its output line by line."""

    def __init__(self, content, output, port):
        self.port = port
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "invoke",
                "livereload",
                "--port",
                str(port),
                "--content",
                str(content),
                "--output",
                str(output),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 30) -> list[str]:
        seen, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            seen.append(line)
            if text in line:
                return seen
        raise AssertionError(f"{text!r} never came; saw {seen}")

    def get(self, path: str) -> str:
        url = f"http://127.0.0.1:{self.port}{path}"
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()

    def poll(self, path: str, text: str, timeout: float = 30) -> str:
        """The page at ``path`` once it contains ``text`` (after a rebuild)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                page = self.get(path)
            except OSError:
                page = ""
            if text in page:
                return page
            time.sleep(0.3)
        raise AssertionError(f"{path} never showed {text!r}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def test_the_preview_rebuilds_on_save_and_keeps_running_past_an_error(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    release = content / "news/queues/en.md"
    # the first build is announced as such
    preview = Preview(content, tmp_path / "output", free_port())
    try:
        assert any(
            line.startswith("Built in") for line in preview.wait_for("Previewing")
        )
        assert "Queues at checkpoints have shortened" in preview.get(RELEASE)

        # a broken file: named with its line, and the preview stays up
        time.sleep(1.1)  # a new modification time for the watcher
        release.write_text(
            fixture_text("article_minimal_en").replace(
                "Category: checkpoints", "Category: chekpoints"
            )
        )
        seen = preview.wait_for("Rebuilt")
        assert any(
            line.startswith("ERROR: content/news/queues/en.md:3: Category 'chekpoints'")
            for line in seen
        ), seen
        assert "leaving out what has errors" in seen[-1]
        assert "press releases" in preview.get("/en/news/").lower()

        # fixed: the release is back, with its new wording
        time.sleep(1.1)
        release.write_text(
            fixture_text("article_minimal_en").replace(
                "The average waiting time fell", "The average wait fell"
            )
        )
        preview.wait_for("Rebuilt in")
        assert "The average wait fell" in preview.get(RELEASE)

        # a draft is shown to its editor, marked, and listed nowhere
        time.sleep(1.1)
        draft = content / "news/secret-draft/en.md"
        draft.parent.mkdir()
        draft.write_text(fixture_text("article_draft"))
        page = preview.poll(
            "/en/news/2026/draft-release-about-zanzibarquokka/",
            "Preview: a draft, not published",
        )
        assert "zanzibarquokka" in page
        assert "zanzibarquokka" not in preview.get("/en/news/")
        assert "zanzibarquokka" not in preview.get("/en/feeds/all.atom.xml")
    finally:
        preview.stop()


def test_a_save_reloads_the_open_page_under_the_sites_security_policy(tmp_path, page):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    release = content / "news/queues/en.md"
    preview = Preview(content, tmp_path / "preview", free_port())
    refused = csp_violations(page)
    try:
        preview.wait_for("Previewing")
        # livereload's client, once its script runs, connects over a WebSocket
        # and the server greets it: from then on a save reaches the page
        greetings = []
        page.on(
            "websocket",
            lambda socket: socket.on(
                "framereceived", lambda frame: greetings.append(str(frame))
            ),
        )
        page.goto(f"http://127.0.0.1:{preview.port}{RELEASE}")
        deadline = time.monotonic() + 15
        while not any('"hello"' in frame for frame in greetings):
            assert time.monotonic() < deadline, "livereload's client never connected"
            page.wait_for_timeout(200)  # lets Playwright deliver the events
        time.sleep(1.1)  # a new modification time for the watcher
        release.write_text(
            fixture_text("article_minimal_en").replace(
                "The average waiting time fell", "The average wait fell"
            )
        )
        preview.wait_for("Rebuilt in")
        # the open page reloads by itself and shows the new wording
        page.wait_for_selector("text=The average wait fell", timeout=15000)
        assert refused == []
    finally:
        preview.stop()
