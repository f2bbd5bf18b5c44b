"""Measure search on a large newsroom: index time, index size, first-query bytes.

Prints figures; asserts nothing. Generates the sample content plus
``--stories`` stories in all three languages (default 3,000, so about 9,000
indexed pages), builds it once with the search index, then opens each
language's search page in headless Chromium and counts the bytes the browser
downloads for a first query.

    python scripts/bench_search.py --stories 3000
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_build import BUILD_TIME, generate_stories  # noqa: E402

from newsroom import search  # noqa: E402
from newsroom.build import build_site  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_FLAGS, serve  # noqa: E402

QUERIES = {"be": "мяжы", "ru": "мигрантов", "en": "checkpoint"}


def index_sizes(bundle: Path) -> dict[str, int]:
    """Bytes of the index files of each language (shared scripts apart)."""
    sizes: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if not path.is_file():
            continue
        name = path.name
        lang = "shared"  # pagefind.js, the worker, the entry file
        if name.endswith(".pf_meta"):
            lang = name[len("pagefind.") :].split("_")[0]
        elif name.startswith("wasm."):
            lang = f"wasm {name.split('.')[1]}"
        elif path.parent.name in ("index", "fragment", "filter"):
            lang = name.split("_")[0]
        sizes[lang] = sizes.get(lang, 0) + path.stat().st_size
    return sizes


def first_query_bytes(output: Path) -> dict[str, tuple[int, int, int]]:
    """Per language: (bytes of the page load, bytes of the search, requests)."""
    from playwright.sync_api import sync_playwright

    figures = {}
    with serve(output) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        for lang, query in QUERIES.items():
            page = browser.new_context().new_page()
            sizes: list[tuple[str, int]] = []
            page.on("response", lambda r, s=sizes: s.append((r.url, len(r.body()))))
            page.goto(f"{base}/{lang}/search/")
            page.wait_for_selector("html[data-search-ready]")
            loaded = sum(size for _, size in sizes)
            count = len(sizes)
            page.fill("#search-query", query)
            page.wait_for_selector(".search__results li", timeout=30000)
            page.wait_for_timeout(500)
            searched = sum(size for _, size in sizes) - loaded
            figures[lang] = (loaded, searched, len(sizes) - count)
            page.context.close()
        browser.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=3000)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)

    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        shutil.copytree(ROOT / "content", content)
        generate_stories(content, arguments.stories)
        output = Path(folder) / "output"
        started = time.perf_counter()
        result = build_site(
            ROOT / "pelicanconf.py",
            {
                "PATH": str(content),
                "OUTPUT_PATH": str(output),
                "CACHE_PATH": str(Path(folder) / "cache"),
                "NEWSROOM_BUILD_TIME": BUILD_TIME,
                "NEWSROOM_SEARCH": False,
            },
        )
        if not result.ok:
            raise SystemExit(f"build failed: {result.stopped_by}")
        print(f"site build without search: {time.perf_counter() - started:6.1f} s")

        report = search.index_site(output)
        print(
            f"search index: {report.pages} pages "
            f"({', '.join(f'{k} {v}' for k, v in sorted(report.languages.items()))}) "
            f"in {report.seconds:.1f} s"
        )
        for lang, size in sorted(index_sizes(output / search.BUNDLE_FOLDER).items()):
            print(f"  index files {lang:<7} {size / 1000:9.0f} kB")

        for lang, (loaded, searched, requests) in first_query_bytes(output).items():
            query = urllib.parse.unquote(QUERIES[lang])
            print(
                f"  {lang} search page {loaded / 1000:6.0f} kB, first query "
                f"«{query}» {searched / 1000:6.0f} kB in {requests} requests"
            )


if __name__ == "__main__":
    main()
