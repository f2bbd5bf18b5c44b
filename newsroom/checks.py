"""``invoke check``: every problem in content/, without building the site.

The rules for a single file are the content model's (``content_model`` and
``body``), the same the build applies. This module adds what needs the whole
tree: files that are not part of the site, translations that disagree with
their original, two releases that would be written to one address, links and
campaigns that lead to nothing published.
"""

from __future__ import annotations

import gettext
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from newsroom import body, content_model, data
from newsroom.content_model import ARTICLE, SECTIONS, Document, ModelContext
from newsroom.problems import ERROR, WARNING, ContentError, Problem

# references Pelican resolves: {filename}../x/ru.md, {static}photo.jpg


@dataclass
class CheckReport:
    """Everything ``check_content`` found, errors first within each file."""

    problems: list[Problem] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # files placed in the model that could not be read (not UTF-8, ...)
    unreadable: list[content_model.SourceId] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def sorted(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: (p.path, p.line, p.message))


def check_content(ctx: ModelContext, settings: dict) -> CheckReport:
    """Check every file under the content folder; never raises for content."""
    report = CheckReport()
    root = ctx.content_root
    data_folder = settings["NEWSROOM_CONTENT_DATA_FOLDER"]
    # the body's own strings (credit lines) do not matter for checking
    untranslated = gettext.NullTranslations()
    folders_with_text = set()
    other_files = []

    # each file on its own
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        parts = PurePosixPath(relative).parts
        if any(part.startswith(".") for part in parts):
            continue
        if parts[0] == data_folder:
            continue
        if path.suffix == ".md" and parts[0] in SECTIONS:
            document = _check_document(path, ctx, settings, untranslated, report)
            folders_with_text.add("/".join(parts[:2]))
            if document is not None:
                report.documents.append(document)
        else:
            other_files.append((relative, parts))

    # files that are not text
    shown = content_model.shown_path
    for relative, parts in other_files:
        if parts[-1] == data.PHOTOS_FILE:
            continue
        if parts[0] not in SECTIONS or len(parts) < 3:
            report.problems.append(
                Problem(
                    shown(relative, ctx),
                    1,
                    "this file is not part of the site; "
                    "move it into an item's folder or out of content/",
                    WARNING,
                )
            )
        elif not ctx.is_public_file(relative):
            report.problems.append(
                Problem(
                    shown(relative, ctx),
                    1,
                    "this file will not be published: "
                    "only "
                    + ctx.shown_public_types()
                    + " files are; move it out of content/",
                    WARNING,
                )
            )
        elif "/".join(parts[:2]) not in folders_with_text:
            report.problems.append(
                Problem(
                    shown(relative, ctx),
                    1,
                    "no release, campaign or page in this folder uses this file",
                    WARNING,
                )
            )

    # what needs the whole tree
    report.problems += check_translation_sets(report.documents, ctx)
    report.problems += check_addresses(report.documents, ctx, settings)
    report.problems += check_references(report.documents, ctx)
    return report


def _check_document(path, ctx, settings, translation, report) -> Document | None:
    try:
        document = content_model.load_document(path, ctx)
    except ContentError as error:
        report.problems.extend(error.problems)
        relative = path.relative_to(ctx.content_root).as_posix()
        try:
            report.unreadable.append(content_model.identify(relative, ctx.languages))
        except ContentError:
            pass
        return None
    # the body is checked even when a field is wrong: the editor gets every
    # problem of the file in one run, not one layer per run
    document.html = body.render(document, ctx, settings["MARKDOWN"], translation)
    content_model.mark_draft_problems(document)
    report.problems.extend(document.problems)
    return document


def _published(documents):
    return [d for d in documents if d.state in ("published", "hidden") and not d.errors]


# what the language versions of one item share
SHARED_FIELDS = {
    ARTICLE: ("date", "category"),
    content_model.CAMPAIGN: ("campaign_start", "campaign_end"),
}


def _shown_value(value) -> str:
    if hasattr(value, "strftime"):
        return value.strftime(
            "%Y-%m-%d %H:%M" if hasattr(value, "hour") else "%Y-%m-%d"
        )
    return str(value)


def check_translation_sets(documents, ctx) -> list[Problem]:
    """A translation has the original's date and category (or campaign dates)."""
    problems = []
    sets = defaultdict(dict)
    for document in documents:
        sid = document.source_id
        # a version with an unrelated problem (a dead link) still counts: a
        # field that could not be read is simply absent from its values
        if sid.kind in SHARED_FIELDS:
            sets[(sid.kind, sid.key)][sid.lang] = document
    for versions in sets.values():
        # the original: the first language's version, a draft only if all are
        in_order = [versions[lang] for lang in ctx.languages if lang in versions]
        original = next((v for v in in_order if v.state != "draft"), in_order[0])
        for version in versions.values():
            if version is original:
                continue
            shown = content_model.shown_path(version.source_id.path, ctx)
            theirs = content_model.shown_path(original.source_id.path, ctx)
            for name in SHARED_FIELDS[version.source_id.kind]:
                mine, other = version.values.get(name), original.values.get(name)
                if mine is not None and other is not None and mine != other:
                    draft = version.state == "draft"  # work in progress: a warning
                    problems.append(
                        Problem(
                            shown,
                            version.lines.get(name, 1),
                            ("(draft) " if draft else "")
                            + f"{content_model.FIELD_NAMES[name]} is "
                            f"{_shown_value(mine)}, but {_shown_value(other)} in the "
                            f"original {theirs}; a translation keeps the original's",
                            WARNING if draft else ERROR,
                        )
                    )
    return problems


def check_addresses(documents, ctx, settings) -> list[Problem]:
    """Two items that would be written to one address, now or once published.

    Embargoed releases count: the build after their time would fail. Drafts
    count as warnings: their title may still change.
    """
    problems = []
    writers = defaultdict(list)
    for document in documents:
        if document.errors or not document.values.get("title"):
            continue
        if document.source_id.kind == ARTICLE and "date" not in document.values:
            continue
        writers[output_path(document, settings)].append(document)
    for output, group in sorted(writers.items()):
        if len(group) < 2:
            continue
        names = [content_model.shown_path(d.source_id.path, ctx) for d in group]
        for document in group:
            others = " and ".join(
                n
                for n in names
                if n != content_model.shown_path(document.source_id.path, ctx)
            )
            severity = WARNING if any(d.state == "draft" for d in group) else ERROR
            problems.append(
                Problem(
                    content_model.shown_path(document.source_id.path, ctx),
                    document.lines.get("title", 1),
                    f"{others} would be written to the same address {output}; give "
                    "the newer one another Slug or Title",
                    severity,
                )
            )
    return problems


def output_path(document: Document, settings: dict) -> str:
    """Where the build writes ``document``, from the same URL settings."""
    sid = document.source_id
    if sid.kind == ARTICLE:
        return settings["ARTICLE_SAVE_AS"].format(
            lang=sid.lang,
            date=document.values["date"],
            slug=content_model.article_slug(document),
        )
    prefix = "campaigns/" if sid.kind == content_model.CAMPAIGN else ""
    return settings["PAGE_SAVE_AS"].format(
        lang=sid.lang, url_prefix=prefix, slug=sid.key
    )


def check_references(documents, ctx) -> list[Problem]:
    """Links to items that are not published; campaigns that do not exist."""
    published = {d.source_id.path for d in _published(documents)}
    problems = []
    for document in sorted(_published(documents), key=lambda d: d.source_id.path):
        problems += reference_problems(document, ctx, published.__contains__)
    return problems


def reference_problems(
    document: Document, ctx: ModelContext, is_public: Callable[[str], bool]
) -> list[Problem]:
    """What ``document`` links to that readers would not find.

    ``is_public(path)`` says whether the source file at ``path`` (relative
    to the content folder) is written to the site. A link to another item's
    file counts as public when one language version of that item is.
    """
    problems = []
    path = document.source_id.path
    shown = content_model.shown_path(path, ctx)

    def item_is_public(folder: str) -> bool:
        return any(is_public(f"{folder}/{lang}.md") for lang in ctx.languages)

    for kind, linked, line in document.links:
        if kind == "filename":
            public = is_public(linked)
        else:
            public = item_is_public("/".join(PurePosixPath(linked).parts[:2]))
        if not public:
            problems.append(
                Problem(
                    shown,
                    line,
                    "links to "
                    f"{content_model.shown_path(linked, ctx)}, which is not "
                    "published (a draft or embargoed); remove the link or "
                    "publish it first",
                )
            )
    campaign = document.values.get("campaign")
    line = document.lines.get("campaign", 1)
    if campaign:
        section = next(s for s, k in SECTIONS.items() if k == content_model.CAMPAIGN)
        languages = {
            lang
            for lang in ctx.languages
            if is_public(f"{section}/{campaign}/{lang}.md")
        }
        if not languages:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"Campaign {campaign!r} is not a published "
                    "campaign; fix the key or publish the campaign",
                )
            )
        elif document.source_id.lang not in languages:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"Campaign {campaign!r} has no "
                    f"{document.source_id.lang} version, so this release cannot "
                    "link to it",
                    WARNING,
                )
            )
    return problems


def check_project(settings: dict, publishing: bool = False) -> CheckReport:
    """Check the settings, the content and the theme's catalogs.

    ``publishing``: check as the publishing build does (an absolute address
    is required).
    """
    import tempfile

    from newsroom import catalogs
    from newsroom.settings import CONTENT_DEFAULTS, apply_defaults, settings_problems

    apply_defaults(settings, CONTENT_DEFAULTS)
    problems = settings_problems(settings, publishing)
    if problems:
        return CheckReport(problems=problems)
    try:
        ctx = content_model.context_from_settings(settings)
    except ContentError as error:
        return CheckReport(problems=list(error.problems))
    report = check_content(ctx, settings)
    report.problems += ctx.warnings

    # the theme's catalogs: a broken placeholder would break every page
    with tempfile.TemporaryDirectory() as locale_dir:
        missing, problems = catalogs.compile_theme_catalogs(settings, Path(locale_dir))
    for path in missing:
        report.problems.append(
            Problem(
                str(path),
                1,
                "the catalog is missing; create it with `invoke catalogs --init LANG`",
            )
        )
    report.problems += problems
    return report


def format_problem(problem: Problem) -> str:
    """``path:line: message``; warnings say so after the line number."""
    if problem.is_error:
        return str(problem)
    return f"{problem.path}:{problem.line}: warning: {problem.message}"
