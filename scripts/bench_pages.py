"""Measure what a reader's phone downloads: page weight by kind of page.

Prints figures; asserts nothing. Publishes the sample site (minified,
fingerprinted, pre-compressed), then for one page of each kind in each
language adds up the brotli size of the HTML and of every stylesheet, script
and image it references, as a browser on a first visit would fetch them.

    python scripts/bench_pages.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_build import BUILD_TIME  # noqa: E402

from newsroom.build import build_site  # noqa: E402

SITE = "https://press.example.org"
KINDS = {
    "home": "{lang}/",
    "release with photo": None,  # found in the feed: the newest with a photo
    "archive": "{lang}/news/",
    "media room": "{lang}/press/",
    "search page": "{lang}/search/",
}


class _Fetched(HTMLParser):
    """What a browser fetches to show a page: stylesheets, scripts, images
    (icons and the manifest are fetched once, or never, so they do not count)."""

    def __init__(self):
        super().__init__()
        self.urls: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.urls.add(attributes["href"])
        elif tag in ("script", "img") and attributes.get("src"):
            self.urls.add(attributes["src"])


def transferred(output: Path, relative: str) -> int:
    """Bytes a server sends for ``relative``: its .br copy if it has one."""
    path = output / relative
    if path.is_dir():
        path = path / "index.html"
    compressed = path.with_name(path.name + ".br")
    return (compressed if compressed.exists() else path).stat().st_size


def page_weight(output: Path, relative: str) -> tuple[int, int]:
    """(bytes of the HTML, bytes of everything it references), brotli'd."""
    html_path = output / relative / "index.html"
    parser = _Fetched()
    parser.feed(html_path.read_text(encoding="utf-8"))
    assets = {url[len(SITE) + 1 :] for url in parser.urls if url.startswith(SITE)}
    return transferred(output, relative), sum(transferred(output, a) for a in assets)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "output"
        result = build_site(
            ROOT / "publishconf.py",
            {
                "OUTPUT_PATH": str(output),
                "CACHE_PATH": str(Path(folder) / "cache"),
                "NEWSROOM_BUILD_TIME": BUILD_TIME,
                "SITEURL": SITE,
            },
            strict=True,
        )
        if not result.ok:
            raise SystemExit(f"build failed: {result.stopped_by}")
        print(f"publishing build of the sample site: {result.seconds:.1f} s")
        for lang in ("be", "ru", "en"):
            feed = (output / lang / "feeds/all.rss.xml").read_text(encoding="utf-8")
            link = re.compile(r"<link>" + re.escape(SITE) + r"/([^<]+)</link>")
            with_photo = next(
                link.search(item).group(1)
                for item in re.findall(r"<item>.*?</item>", feed, re.S)
                if "<enclosure" in item
            )
            for kind, pattern in KINDS.items():
                relative = pattern.format(lang=lang) if pattern else with_photo
                html, assets = page_weight(output, relative.strip("/"))
                print(
                    f"  {lang} {kind:<20} HTML {html / 1000:5.1f} kB + "
                    f"CSS, JS, images {assets / 1000:6.1f} kB = "
                    f"{(html + assets) / 1000:6.1f} kB"
                )


if __name__ == "__main__":
    main()
