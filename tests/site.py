"""Build real sites for the tests and read what they wrote."""

from __future__ import annotations

import datetime
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newsroom.build import BuildResult, build_site

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEFAULT_BUILD_TIME = datetime.datetime(
    2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Europe/Minsk")
)


@dataclass
class BuiltSite:
    """The output folder of one build, with helpers to read it."""

    output: Path
    result: BuildResult

    def html(self, url_path: str) -> HTMLParser:
        """Parse the page at ``url_path`` ("/be/news/", "be/about/")."""
        return HTMLParser(self.file(url_path).read_text(encoding="utf-8"))

    def file(self, url_path: str) -> Path:
        path = self.output / url_path.lstrip("/")
        if url_path.endswith("/") or path.is_dir():
            path = path / "index.html"
        return path

    def exists(self, url_path: str) -> bool:
        return self.file(url_path).is_file()

    def pages(self):
        return sorted(self.output.rglob("*.html"))

    def all_files(self):
        return sorted(p for p in self.output.rglob("*") if p.is_file())


def build(
    content: Path,
    folder: Path,
    build_time: datetime.datetime = DEFAULT_BUILD_TIME,
    strict: bool = False,
    settings_file: str = "pelicanconf.py",
    **overrides,
) -> BuiltSite:
    """Build ``content`` with the project's settings into ``folder``/output."""
    settings = {
        "PATH": str(content),
        "OUTPUT_PATH": str(folder / "output"),
        "CACHE_PATH": str(folder / "cache"),
        "NEWSROOM_BUILD_TIME": build_time,
        **overrides,
    }
    result = build_site(ROOT / settings_file, settings, strict=strict)
    return BuiltSite(output=folder / "output", result=result)


def fixture_text(name: str) -> str:
    """The text of ``tests/fixtures/content/<name>`` (``.md`` if no suffix)."""
    file_name = name if "." in name else f"{name}.md"
    return (FIXTURES / "content" / file_name).read_text(encoding="utf-8")


def make_content(folder: Path, files: dict[str, str | bytes]) -> Path:
    """A content tree: the fixture data files plus ``files``.

    Keys are paths under content/ ("news/x/be.md"); a value that names a
    fixture ("@article_minimal") is replaced by that fixture's text.
    """
    content = folder / "content"
    shutil.copytree(FIXTURES / "data", content / "data")
    # the press office's real list of terms to avoid, the one under test
    shutil.copy(ROOT / "content/data/terminology.csv", content / "data")
    for relative, text in files.items():
        target = content / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        elif text.startswith("@"):
            target.write_text(fixture_text(text[1:]), encoding="utf-8")
        elif text.startswith("file:"):
            shutil.copy(ROOT / text[5:], target)
        else:
            target.write_text(text, encoding="utf-8")
    return content


def build_fixture_site(folder: Path, files: dict[str, str], **kwargs) -> BuiltSite:
    return build(make_content(folder, files), folder, **kwargs)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its content's hash, to compare byte for byte."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
