"""The newsroom's commands for editors and CI: run `invoke --list` to see them.

Each task is a thin wrapper: the work is done by plain functions in the
``newsroom`` package, which the tests call directly.
"""

from __future__ import annotations

import functools
import http.server
import logging
import sys
from pathlib import Path

from invoke import Exit, task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

SETTINGS = "pelicanconf.py"
THEME_TRANSLATIONS = "theme/translations"
HOST, PORT = "127.0.0.1", 8000


def _init_logging(verbose: bool) -> None:
    """One plain line per problem, file and line first, never wrapped."""
    import pelican.log  # noqa: F401 - installs Pelican's logger class first

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO if verbose else logging.WARNING)


def _report(result) -> None:
    """Print the outcome of a build; fail the task if it went wrong."""
    if result.ok:
        print(f"Built {result.output}/ in {result.seconds:.1f} s.")
    else:
        print(f"Build failed ({result.stopped_by}); {result.output}/ was not changed.")
    if result.errors:
        print(f"{len(result.errors)} error(s), listed above; fix them and rebuild.")
    if not result.ok or result.errors:
        raise Exit(code=1)


@task(
    help={
        "verbose": "also show what each step did",
        "settings": f"settings file (default {SETTINGS})",
        "output": "folder to write the site to (default: output/)",
    }
)
def build(c, settings=SETTINGS, output="", verbose=False):
    """Build the site into output/ (a broken file is named and skipped)."""
    from newsroom.build import build_site

    _init_logging(verbose)
    overrides = {"OUTPUT_PATH": str(Path(output).resolve())} if output else {}
    _report(build_site(ROOT / settings, overrides))


@task(help={"port": f"port to listen on (default {PORT})"})
def serve(c, port=PORT):
    """Serve output/ at http://127.0.0.1:8000/ to preview the built site."""
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "output")
    )
    with http.server.ThreadingHTTPServer((HOST, int(port)), handler) as server:
        print(f"Serving output/ at http://{HOST}:{port}/ (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


@task(help={"init": "create the catalog of a new language, e.g. --init pl"})
def catalogs(c, init=""):
    """Extract the theme's strings and update every language's .po catalog."""
    from newsroom.catalogs import update_catalogs

    for line in update_catalogs(
        ROOT / "theme/templates", ROOT / THEME_TRANSLATIONS, init
    ):
        print(line)


@task
def test(c):
    """Run the test suite."""
    c.run(f"{sys.executable} -m pytest", pty=False)


@task(help={"stories": "how many generated stories per language (default 150)"})
def bench(c, stories=150):
    """Measure build time on the sample site and on generated content."""
    c.run(f"{sys.executable} scripts/bench_build.py --stories {int(stories)}")
