"""`invoke publish`: the checks run first; with an error, nothing is written."""

from __future__ import annotations

import datetime

import pytest

from newsroom.build import load_settings
from newsroom.checks import check_project
from newsroom.publish import publish
from tests.conftest import ROOT, SAMPLE_BUILD_TIME
from tests.site import make_content, snapshot


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


@pytest.mark.parametrize(
    ("siteurl", "reason"),
    [
        ("", "it is empty"),
        ("border-service.example", "must start with https://"),
        ("https://border-service.example/press?x=1", "?query or #fragment"),
        ("https://border-service.example/my press", "contains a space"),
        ('https://border-service.example/pr"ess', "which an address cannot"),
        ("https://border-service.example:99999", "port must be a number"),
    ],
)
def test_publishing_needs_a_usable_absolute_address(tmp_path, siteurl, reason):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    output = tmp_path / "output"
    publication = publish(
        ROOT / "publishconf.py",
        {"PATH": str(content), "OUTPUT_PATH": str(output), "SITEURL": siteurl},
    )
    assert publication.build is None
    [problem] = publication.report.errors
    assert reason in problem.message
    assert "NEWSROOM_SITEURL" in problem.message
    assert not output.exists()


def test_a_build_time_without_a_time_zone_is_refused_with_the_fix(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    naive = datetime.datetime(2026, 12, 3, 12, 0)
    overrides = {"PATH": str(content), "NEWSROOM_BUILD_TIME": naive}
    report = check_project(load_settings(ROOT / "pelicanconf.py", overrides))
    [problem] = report.errors
    assert "NEWSROOM_BUILD_TIME" in problem.message and "tzinfo=" in problem.message
