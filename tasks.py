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
PUBLISH_SETTINGS = "publishconf.py"
THEME_TRANSLATIONS = "theme/translations"
WATCHED = ("content", "theme", "plugins", "newsroom", "pelicanconf.py")
PREVIEW_OUTPUT = "preview"  # livereload's build, drafts included
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


def _settings(settings_file: str, overrides: dict | None = None) -> dict:
    from newsroom.build import load_settings

    return load_settings(ROOT / settings_file, overrides)


def _print_problems(report) -> None:
    from newsroom.checks import format_problem

    for problem in report.sorted():
        print(format_problem(problem))
    files = len({p.path for p in report.problems})
    print(
        f"{len(report.errors)} error(s), {len(report.warnings)} warning(s) "
        f"in {files} file(s)."
    )


@task(
    help={
        "settings": f"settings file (default {SETTINGS}; CI uses {PUBLISH_SETTINGS})",
        "content": "content folder to check (default: the one in the settings)",
    }
)
def check(c, settings=SETTINGS, content=""):
    """Check all content without building; list every problem, file:line first."""
    from newsroom.checks import check_project

    overrides = {"PATH": str(Path(content).resolve())} if content else {}
    # the publishing settings are checked as `invoke publish` checks them
    publishing = Path(settings).name == PUBLISH_SETTINGS
    report = check_project(_settings(settings, overrides), publishing=publishing)
    _print_problems(report)
    if report.errors:
        raise Exit(code=1)


@task(
    help={
        "title": "the title, in the language of --lang",
        "lang": "language of the title (default: guessed from its letters)",
        "category": "category key (required for a release)",
        "campaign": "create a campaign page instead of a release",
        "translations": "also create empty files for the other languages",
        "key": "the folder name, if the title does not give a good one",
    }
)
def new(c, title, lang="", category="", campaign=False, translations=False, key=""):
    """Start a press release (or --campaign) from its title, as a draft."""
    from newsroom.content_model import ARTICLE, CAMPAIGN, context_from_settings
    from newsroom.problems import ContentError
    from newsroom.scaffold import new_item

    settings = _settings(SETTINGS)
    try:
        paths = new_item(
            context_from_settings(settings),
            title,
            lang,
            CAMPAIGN if campaign else ARTICLE,
            category,
            key,
            translations,
        )
    except ContentError as error:
        for problem in error.problems:
            print(f"Cannot create it: {problem.message}")
        raise Exit(code=1) from None
    for path in paths:
        print(
            f"Created {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
        )


@task
def translations(c):
    """Show which stories miss a translation or have an outdated one."""
    from newsroom.checks import check_content
    from newsroom.content_model import context_from_settings
    from newsroom.translations import format_table, translation_table

    settings = _settings(SETTINGS)
    ctx = context_from_settings(settings)
    report = check_content(ctx, settings)
    rows = translation_table(
        report.documents, ctx.languages, ctx.content_root, report.unreadable
    )
    print(format_table(rows, ctx.languages))


@task(help={"port": f"port to listen on (default {PORT})"})
def serve(c, port=PORT):
    """Serve output/ at http://127.0.0.1:8000/ to preview the built site."""
    from newsroom.preview import SiteRequestHandler

    handler = functools.partial(SiteRequestHandler, directory=str(ROOT / "output"))
    with http.server.ThreadingHTTPServer((HOST, int(port)), handler) as server:
        print(f"Serving output/ at http://{HOST}:{port}/ (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


@task(
    help={
        "port": f"port to listen on (default {PORT})",
        "content": "content folder (default: the one in the settings)",
        "output": f"folder to build into (default: {PREVIEW_OUTPUT}/)",
    }
)
def livereload(c, port=PORT, content="", output=""):
    """Preview at http://127.0.0.1:8000/, rebuilding and reloading on every save."""
    from newsroom.preview import serve_and_rebuild

    _init_logging(verbose=False)
    # the editor sees drafts and embargoed items too, marked as previews; so
    # they are built into a folder of their own, never into output/
    overrides = {
        "NEWSROOM_CONTENT_PREVIEW_UNPUBLISHED": True,
        "NEWSROOM_PREVIEW_LIVERELOAD": True,
        "OUTPUT_PATH": str(Path(output or ROOT / PREVIEW_OUTPUT).resolve()),
    }
    if content:
        overrides["PATH"] = str(Path(content).resolve())
    settings = _settings(SETTINGS, overrides)
    watched = [ROOT / p for p in WATCHED if p != "content"] + [Path(settings["PATH"])]
    serve_and_rebuild(
        ROOT / SETTINGS,
        overrides,
        watched,
        Path(settings["OUTPUT_PATH"]),
        HOST,
        int(port),
    )


@task(
    help={
        "siteurl": "the site's absolute address (default: $NEWSROOM_SITEURL)",
        "output": "folder to build into (default: output/)",
    }
)
def publish(c, siteurl="", output=""):
    """Check, then build the production site into output/ (nothing if a check fails)."""
    import os

    from newsroom.publish import publish as publish_site

    _init_logging(verbose=False)
    if siteurl:
        os.environ["NEWSROOM_SITEURL"] = siteurl
    overrides = {"OUTPUT_PATH": str(Path(output).resolve())} if output else {}
    address = _settings(PUBLISH_SETTINGS, overrides)["SITEURL"]
    if "NEWSROOM_SITEURL" in os.environ:
        print(f"Publishing for {address!r}.")
    else:
        print(f"Publishing for {address!r}, a placeholder: set NEWSROOM_SITEURL.")
    publication = publish_site(ROOT / PUBLISH_SETTINGS, overrides)
    if publication.build is None:
        _print_problems(publication.report)
        print("Nothing was built or published: fix the errors above first.")
        raise Exit(code=1)
    _report(publication.build)


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
