"""Every internal link and asset reference of the built site resolves."""

from __future__ import annotations

import json
import shutil
import subprocess


def broken_links(output, at_least: int = 1000, root=None) -> list[dict]:
    """Run lychee over every HTML file of ``output``; return what failed.

    Addresses starting with / are looked up under ``root`` (by default
    ``output``; a site under /press/ is served from the folder above it).
    ``at_least`` links must have been checked, so that a site that lost its
    pages cannot pass.
    """
    lychee = shutil.which("lychee")
    assert lychee, "lychee is not installed: pip install -r requirements-dev.txt"
    run = subprocess.run(
        [
            lychee,
            "--offline",
            "--no-progress",
            "--format",
            "json",
            "--root-dir",
            str(root or output),
            "--index-files",
            "index.html",
            f"{output}/**/*.html",
        ],
        capture_output=True,
        text=True,
    )
    report = json.loads(run.stdout)
    assert report["total"] >= at_least, report["total"]
    return [
        {"page": page, "url": item["url"]}
        for page, items in report["error_map"].items()
        for item in items
    ]


def test_every_link_and_asset_of_the_sample_site_resolves(sample_site):
    assert broken_links(sample_site.output) == []


def test_the_link_check_notices_a_broken_link(sample_site, tmp_path):
    copy = tmp_path / "output"
    shutil.copytree(sample_site.output, copy)
    page = copy / "en" / "index.html"
    page.write_text(
        page.read_text().replace("</main>", '<a href="/en/no-such-page/">x</a></main>')
    )
    broken = broken_links(copy)
    assert [b["url"].rstrip("/").rsplit("/", 1)[-1] for b in broken] == ["no-such-page"]
