"""`invoke publish`: the checks run first; with an error, nothing is written."""

from __future__ import annotations

import hashlib

from newsroom.publish import publish
from tests.conftest import ROOT, SAMPLE_BUILD_TIME
from tests.site import make_content


def snapshot(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_remaining_error_stops_publication_before_anything_is_written(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    overrides = {
        "PATH": str(content),
        "OUTPUT_PATH": str(tmp_path / "output"),
        "CACHE_PATH": str(tmp_path / "cache"),
        "NEWSROOM_BUILD_TIME": SAMPLE_BUILD_TIME,
        "SITEURL": "https://press.example.org",
    }
    first = publish(ROOT / "publishconf.py", overrides)
    assert first.ok, first.build and first.build.errors
    before = snapshot(tmp_path / "output")
    assert (
        "https://press.example.org/en/"
        in (tmp_path / "output/en/feeds/all.atom.xml").read_text()
    )

    # wording on the press office's list is an error when publishing
    (content / "news/stop/en.md").parent.mkdir()
    (content / "news/stop/en.md").write_text(
        (ROOT / "tests/fixtures/content/check_terms_en.md").read_text()
    )
    second = publish(ROOT / "publishconf.py", overrides)
    assert second.build is None
    assert [p.line for p in second.report.errors] == [1, 4, 4, 6, 6]
    assert snapshot(tmp_path / "output") == before
