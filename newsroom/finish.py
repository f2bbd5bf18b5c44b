"""The finish step of a publishing build: minify, fingerprint, pre-compress.

Runs on the staging folder after the search index, before it replaces the
output folder; each part is a setting, on in ``publishconf.py`` and off in
development, where a readable, quick build matters more.

- minify (``NEWSROOM_FINISH_MINIFY``): HTML and CSS with minify-html, the
  engine of the pelican-minify plugin, and JavaScript with rjsmin, which
  only removes what is safe in modules;
- fingerprint (``NEWSROOM_FINISH_FINGERPRINT``): every file under
  ``theme/`` gets its content's hash in its name (``site.3f2a9c1d.css``) and
  every reference to it is rewritten, so browsers may cache them for a year;
- pre-compress (``NEWSROOM_FINISH_PRECOMPRESS``): gzip and brotli copies of
  every text file, by the pelican-precompress plugin's compressors, so the
  web server sends them without compressing on each request.
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from newsroom.search import BUNDLE_FOLDER

logger = logging.getLogger(__name__)

TEXT_FILES = (".html", ".css", ".js", ".xml", ".json", ".webmanifest", ".svg", ".txt")
THEME_FOLDER = "theme"


def minify(output: Path) -> None:
    """Minify every HTML, CSS and JavaScript file in place."""
    import minify_html
    import rjsmin

    for path in output.rglob("*"):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            # closing tags kept: the markup stays valid for the HTML checker
            # and readable for whoever views the source
            path.write_text(
                minify_html.minify(
                    text,
                    minify_css=True,
                    minify_js=False,
                    keep_closing_tags=True,
                    keep_html_and_head_opening_tags=True,
                ),
                encoding="utf-8",
            )
        elif path.suffix == ".css":
            text = path.read_text(encoding="utf-8")
            path.write_text(
                minify_html.minify(f"<style>{text}</style>", minify_css=True)[7:-8],
                encoding="utf-8",
            )
        elif path.suffix == ".js" and THEME_FOLDER in path.parts:
            path.write_text(
                rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8"
            )


def fingerprint(output: Path) -> dict[str, str]:
    """Rename each theme file to carry its hash; rewrite every reference.

    A reference is the file's path from the site root (``theme/css/site.css``,
    in pages, feeds and the manifest) or, inside the theme, a module import
    (``./fold.js``). A file that refers to others is renamed after them, so
    that its own hash covers their new names. Returns old -> new paths,
    relative to ``output``.
    """
    theme = output / THEME_FOLDER
    pending = {
        p.relative_to(output).as_posix(): p
        for p in sorted(theme.rglob("*"))
        if p.is_file()
    }
    renamed: dict[str, str] = {}
    while pending:
        ready = [
            relative
            for relative, path in pending.items()
            if not any(
                _refers_to(path, other, output)
                for name, other in pending.items()
                if name != relative
            )
        ]
        if not ready:
            raise RuntimeError(f"theme files refer to each other: {sorted(pending)}")
        for relative in ready:
            path = pending.pop(relative)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
            target = path.with_name(f"{path.stem}.{digest}{path.suffix}")
            path.rename(target)
            renamed[relative] = target.relative_to(output).as_posix()
            # modules importing it by ./name learn its new name first
            for other in pending.values():
                if other.suffix in TEXT_FILES and other.parent == target.parent:
                    text = other.read_text(encoding="utf-8")
                    other.write_text(
                        text.replace(f"./{path.name}", f"./{target.name}"),
                        encoding="utf-8",
                    )
    _rewrite_site_references(output, renamed)
    logger.info("fingerprint: %d theme files renamed", len(renamed))
    return renamed


def _refers_to(path: Path, other: Path, output: Path) -> bool:
    """Does the text file ``path`` name ``other`` (by site path or ./name)?"""
    if path.suffix not in TEXT_FILES:
        return False
    text = path.read_text(encoding="utf-8")
    return other.relative_to(output).as_posix() in text or (
        other.parent == path.parent and f"./{other.name}" in text
    )


def _rewrite_site_references(output: Path, renamed: dict[str, str]) -> None:
    """``theme/css/site.css`` -> ``theme/css/site.<hash>.css`` in every text file."""
    pattern = re.compile(
        "|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True))
    )
    for path in output.rglob("*"):
        if not path.is_file() or path.suffix not in TEXT_FILES:
            continue
        if BUNDLE_FOLDER in path.relative_to(output).parts[:1]:
            continue  # Pagefind's own files name none of ours
        text = path.read_text(encoding="utf-8")
        new = pattern.sub(lambda match: renamed[match.group()], text)
        if new != text:
            path.write_text(new, encoding="utf-8")


def precompress(output: Path) -> None:
    """Write .gz and .br copies of the text files.

    The compressors are pelican-precompress's own (maximum gzip and brotli
    levels; a copy that would be larger is not written). Its
    ``compress_files`` is not used: it starts a process pool whose failures
    vanish silently and that cannot be interrupted; here a thread pool runs
    the same functions, and any failure fails the build, naming the file.
    """
    from concurrent.futures import ThreadPoolExecutor

    from pelican.plugins.precompress import (
        FileSizeIncrease,
        compress_with_brotli,
        compress_with_gzip,
    )

    compressors = {".br": compress_with_brotli, ".gz": compress_with_gzip}

    def compress(path: Path) -> int:
        data = path.read_bytes()
        written = 0
        for extension, compressor in compressors.items():
            try:
                blob = compressor(data)
            except FileSizeIncrease:
                continue  # too small to gain anything; served as it is
            except Exception as error:
                raise RuntimeError(f"{path}: could not compress: {error}") from error
            path.with_name(path.name + extension).write_bytes(blob)
            written += 1
        return written

    paths = [
        p for p in sorted(output.rglob("*")) if p.suffix in TEXT_FILES and p.is_file()
    ]
    with ThreadPoolExecutor() as pool:
        copies = sum(pool.map(compress, paths))
    logger.info("precompress: %d compressed copies of %d files", copies, len(paths))


def finish(output: Path, settings: dict) -> None:
    """Apply the finishing steps the settings ask for, in order."""
    if settings.get("NEWSROOM_FINISH_MINIFY"):
        minify(output)
    if settings.get("NEWSROOM_FINISH_FINGERPRINT"):
        fingerprint(output)
    if settings.get("NEWSROOM_FINISH_PRECOMPRESS"):
        precompress(output)
