"""The search step of a build: a Pagefind index of the finished site.

Every page that marks its text with ``data-pagefind-body`` (published
releases, campaigns and pages, never listings) is added to the index through
Pagefind's Python API; Pagefind makes one index per ``<html lang>``. The text
of languages Pagefind cannot stem (Belarusian) and letters readers type
interchangeably (ё/е) are folded by ``newsroom.search_terms`` first: only
the indexed copy, never the page itself.
"""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from newsroom import search_terms

logger = logging.getLogger(__name__)

BUNDLE_FOLDER = "pagefind"
_LANG = re.compile(r"<html[^>]*\blang=\"([^\"]+)\"")


@dataclass
class IndexReport:
    pages: int
    languages: dict[str, int]
    seconds: float


def _folded_html(html: str, lang: str) -> str:
    """The page with the words of its indexed parts folded for search."""
    document = lxml.html.document_fromstring(html)
    for body in document.xpath("//*[@data-pagefind-body]"):
        for element in body.iter():
            if isinstance(element.tag, str) and element.tag in ("script", "style"):
                continue
            if element.text:
                element.text = search_terms.fold_text(element.text, lang)
            if element.tail and element is not body:
                element.tail = search_terms.fold_text(element.tail, lang)
    return lxml.html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")


async def _index(output: Path) -> IndexReport:
    from pagefind.index import IndexConfig, PagefindIndex

    started = time.perf_counter()
    languages: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="newsroom-search-") as folder:
        # the pages to index, folded, in a mirror of the site: pagefind
        # 1.5.2's Python service answers one request per 0.1 s, so adding
        # 9,000 pages one by one would take 15 minutes; one add_directory call
        # takes the whole folder at once. Addresses are relative to the site:
        # pagefind.js puts them under the path it is served from, so a site
        # under /press/ needs nothing more
        mirror = Path(folder)
        for page in sorted(output.rglob("*.html")):
            html = page.read_text(encoding="utf-8")
            if "data-pagefind-body" not in html:
                continue  # listings, tags, home pages: not results
            match = _LANG.search(html)
            lang = match.group(1) if match else ""
            if search_terms.rules_for(lang):
                html = _folded_html(html, lang)
            target = mirror / page.relative_to(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
            languages[lang] = languages.get(lang, 0) + 1
        config = IndexConfig(output_path=str(output / BUNDLE_FOLDER))
        async with PagefindIndex(config=config) as index:
            await index.add_directory(folder)
    _drop_unused_interfaces(output / BUNDLE_FOLDER)
    return IndexReport(
        pages=sum(languages.values()),
        languages=languages,
        seconds=time.perf_counter() - started,
    )


def _drop_unused_interfaces(bundle: Path) -> None:
    """Pagefind writes its own search interfaces; the theme has its own."""
    for pattern in ("pagefind-*ui.*", "pagefind-highlight.js"):
        for path in bundle.glob(pattern):
            path.unlink()


def index_site(output: Path) -> IndexReport:
    """Write ``<output>/pagefind/``: the search index and its scripts."""
    # in a thread of its own: the caller may already run an event loop (a
    # preview server, a test driving a browser), and asyncio.run needs none
    with ThreadPoolExecutor(max_workers=1) as worker:
        report = worker.submit(asyncio.run, _index(output)).result()
    logger.info(
        "search: %d pages indexed (%s) in %.1f s",
        report.pages,
        ", ".join(
            f"{lang} {count}" for lang, count in sorted(report.languages.items())
        ),
        report.seconds,
    )
    return report
