"""Shared fixtures: real builds of real Markdown into temporary folders."""

from __future__ import annotations

import datetime
import shutil
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site import BuiltSite, build, build_fixture_site  # noqa: E402

LANGUAGES = ("be", "ru", "en")
# the sample content is built as of this moment, so tests do not change
# meaning as the calendar moves on
SAMPLE_BUILD_TIME = datetime.datetime(
    2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Europe/Minsk")
)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> BuiltSite:
    """The sample content of the repository, built once for the session."""
    folder = tmp_path_factory.mktemp("sample")
    site = build(ROOT / "content", folder, build_time=SAMPLE_BUILD_TIME)
    assert site.result.ok, site.result.stopped_by
    assert not site.result.errors, site.result.errors
    return site


@pytest.fixture
def fixture_site(tmp_path):
    """Build a tiny site from named fixture files: see tests/site.py."""

    def _build(files: dict[str, str], **kwargs) -> BuiltSite:
        return build_fixture_site(tmp_path, files, **kwargs)

    return _build


@pytest.fixture
def copy_of_sample_content(tmp_path) -> Path:
    """A writable copy of content/, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium, shared by the session's browser tests."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_FLAGS

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page in a fresh browser context (no shared storage)."""
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def sample_server(sample_site):
    """The sample site served on 127.0.0.1 for the whole session."""
    from tests.browser import serve

    with serve(sample_site.output) as base_url:
        yield base_url
