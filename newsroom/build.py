"""Run one build: Pelican into a fresh folder, then swap it in.

The steps of a build, in order (``build_site`` reads as this list):

1. render: Pelican builds every language site into a staging folder beside
   the output folder (the plugins check, read, link and render content, and
   write the feeds);
2. index: Pagefind indexes the releases and pages of each language
   (``newsroom.search``), unless ``NEWSROOM_SEARCH`` is off;
3. finish: minify, fingerprint and pre-compress as the settings ask
   (``newsroom.finish``), then the staging folder replaces the output folder.

A build that fails at any step removes its staging folder and leaves the
previous output exactly as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from pelican import Pelican
from pelican.log import LimitFilter, console
from pelican.settings import read_settings

from newsroom import finish, search

logger = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build did, for the task that ran it to report."""

    output: Path
    ok: bool
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stopped_by: str = ""


class _ProblemCounter(logging.Handler):
    """Collect the warnings and errors logged while the build runs."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        target = self.errors if record.levelno >= logging.ERROR else self.warnings
        target.append(record.getMessage())


def load_settings(settings_file: str | Path, overrides: dict | None = None) -> dict:
    """Read a Pelican settings file, with ``overrides`` applied on top."""
    return read_settings(str(settings_file), override=overrides or {})


def build_site(
    settings_file: str | Path = "pelicanconf.py",
    overrides: dict | None = None,
    strict: bool = False,
) -> BuildResult:
    """Build the site; with ``strict``, any error logged fails the build.

    The preview build is not strict: a broken file is named, skipped, and the
    rest of the site is still written. The publishing build is strict.
    """
    started = time.perf_counter()
    settings = load_settings(settings_file, overrides)
    output = Path(settings["OUTPUT_PATH"])
    recover_interrupted_builds(output)
    staging = output.with_name(f".{output.name}.staging-{os.getpid()}")
    settings["OUTPUT_PATH"] = str(staging)
    result = BuildResult(output=output, ok=False)

    # Pelican drops a message it has logged once in this process; a second
    # build (livereload, tests) must report the same problems again
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    counter = _ProblemCounter()
    logging.getLogger().addHandler(counter)
    # Pelican prints a "Done: Processed ..." line per language site; the
    # task reports one summary instead
    quiet, console.quiet = console.quiet, not logger.isEnabledFor(logging.INFO)
    try:
        # render
        Pelican(settings).run()
        if strict and counter.errors:
            result.stopped_by = f"{len(counter.errors)} error(s) in the content"
        else:
            # index
            if settings.get("NEWSROOM_SEARCH", True):
                search.index_site(staging)
            # finish
            finish.finish(staging, settings)
            if strict and counter.errors:
                # indexing or finishing logged a problem without raising
                result.stopped_by = f"{len(counter.errors)} error(s) while finishing"
            else:
                _swap_in(staging, output)
                result.ok = True
    except Exception as error:  # noqa: BLE001 - any failure must keep the old site
        result.stopped_by = str(error) or type(error).__name__
    finally:
        console.quiet = quiet
        logging.getLogger().removeHandler(counter)
        if staging.exists():
            shutil.rmtree(staging)
    result.errors, result.warnings = counter.errors, counter.warnings
    result.seconds = time.perf_counter() - started
    return result


def recover_interrupted_builds(output: Path) -> None:
    """Tidy up after a build that was killed (power cut, CI timeout, kill -9).

    A build's folders carry its process id. A dead build's staging folder
    is half-written and is deleted. A dead build's ``previous`` folder is the
    last good site: if the build died between its two renames, so that
    ``output`` is missing, it is put back; otherwise it is deleted. Folders
    of a build still running (``invoke livereload`` beside ``invoke build``)
    are left alone.
    """
    for folder in sorted(output.parent.glob(f".{output.name}.*-*")):
        kind, _, pid = folder.name.rpartition("-")
        if not pid.isdigit() or _process_alive(int(pid)):
            continue
        if kind.endswith(".previous") and not output.exists():
            folder.rename(output)
            logger.warning("%s: restored the last good site from %s", output, folder)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier build of this process, now over
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _swap_in(staging: Path, output: Path) -> None:
    """Replace ``output`` by ``staging``.

    Two renames on one filesystem: the old site is moved aside, the new one
    takes its name, then the old one is deleted. Between the renames (well
    under a millisecond) the output folder does not exist; a web server
    reading it at that instant gets a 404, never a half-written site.
    """
    previous = output.with_name(f".{output.name}.previous-{os.getpid()}")
    if output.exists():
        output.rename(previous)
    staging.rename(output)
    if previous.exists():
        shutil.rmtree(previous)
