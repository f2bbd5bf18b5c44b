"""Measure how long a build takes, on the sample site and on more content.

Prints figures; asserts nothing. Run it with `invoke bench` (or directly:
python scripts/bench_build.py --stories 150). The generated stories reuse
the sample releases' text with new titles and dates, so that the Markdown
is as heavy as real releases.
"""

from __future__ import annotations

import argparse
import datetime
import logging
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom import frontmatter  # noqa: E402
from newsroom.build import build_site  # noqa: E402

LANGUAGES = ("be", "ru", "en")
BUILD_TIME = datetime.datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Europe/Minsk"))


def generate_stories(content: Path, count: int) -> None:
    """Add ``count`` stories in every language, made from the sample ones."""
    samples = [
        folder
        for folder in sorted((content / "news").iterdir())
        if all((folder / f"{lang}.md").exists() for lang in LANGUAGES)
    ]
    start = datetime.datetime(2019, 1, 1, 9, 0)
    for number in range(count):
        sample = samples[number % len(samples)]
        key = f"generated-{number:05d}"
        folder = content / "news" / key
        folder.mkdir()
        moment = start + datetime.timedelta(hours=13 * number)
        for lang in LANGUAGES:
            source = frontmatter.parse(
                (sample / f"{lang}.md").read_text(encoding="utf-8"), key
            )
            fields = {
                name: field.value
                for name, field in source.fields.items()
                if name not in {"image", "image_alt"}
            }
            fields["title"] = f"{number} {fields['title']}"
            fields["date"] = moment.strftime("%Y-%m-%d %H:%M")
            header = "\n".join(
                f"{name.capitalize()}: {v}" for name, v in fields.items()
            )
            (folder / f"{lang}.md").write_text(
                f"{header}\n\n{source.body}", encoding="utf-8"
            )


def timed_build(content: Path, folder: Path) -> tuple[float, int]:
    output = folder / "output"
    result = build_site(
        ROOT / "pelicanconf.py",
        {
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "CACHE_PATH": str(folder / "cache"),
            "NEWSROOM_BUILD_TIME": BUILD_TIME,
        },
    )
    if not result.ok or result.errors:
        raise SystemExit(f"build failed: {result.stopped_by} {result.errors[:3]}")
    files = sum(1 for p in output.rglob("*") if p.is_file())
    return result.seconds, files


def measure(label: str, content: Path, runs: int) -> None:
    stories = len(list((content / "news").iterdir()))
    seconds = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            elapsed, files = timed_build(content, Path(folder))
            seconds.append(elapsed)
    print(
        f"{label:<28} {stories:>6} stories {files:>7} files   "
        f"median {statistics.median(seconds):6.2f} s   "
        f"min {min(seconds):6.2f} s   ({runs} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=150)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    random.seed(0)

    measure("sample site", ROOT / "content", arguments.runs)
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        shutil.copytree(ROOT / "content", content)
        generate_stories(content, arguments.stories)
        measure(f"sample + {arguments.stories} generated", content, arguments.runs)


if __name__ == "__main__":
    main()
