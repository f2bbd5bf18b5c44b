"""What a valid story, campaign or page is: one definition for every tool.

A source file lives at ``<section>/<key>/<lang>.md`` under ``content/``:
the folder name is the key that links the language versions of one item,
the file name is its language. The metadata fields each kind accepts, and
how each is checked, are declared once in ``FIELDS``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from newsroom import data, frontmatter, media, terminology
from newsroom.problems import WARNING, ContentError, Problem
from newsroom.settings import CONTENT_DEFAULTS
from newsroom.slugs import is_slug, latin_slug

ARTICLE = "article"
CAMPAIGN = "campaign"
PAGE = "page"

# content/<section>/ -> the kind of item its folders hold
SECTIONS = {"news": ARTICLE, "campaigns": CAMPAIGN, "pages": PAGE}

STATUSES = ("published", "draft", "hidden")

SUMMARY_MAX_LENGTH = 300
# the body `invoke new` starts an item with: a reminder, never to be published
PLACEHOLDER_BODY = {
    ARTICLE: "The text of the release.\n",
    CAMPAIGN: "## Key messages\n\n- \n",
}
TERMS_FILE = "terminology.csv"

# page keys become /<lang>/<key>/, so they must not shadow our listings
RESERVED_PAGE_KEYS = frozenset(
    {"news", "category", "tag", "campaigns", "search", "feeds", "media", "theme"}
)


@dataclass(frozen=True)
class SourceId:
    """Where a source file sits in the content model."""

    kind: str
    key: str
    lang: str
    path: str  # relative to the content folder, with forward slashes


@dataclass
class ModelContext:
    """Everything outside a file that deciding its validity needs."""

    content_root: Path
    languages: tuple[str, ...]
    categories: dict[str, data.Category]
    contacts: dict[str, data.Contact]
    timezone: ZoneInfo
    now: datetime.datetime
    terms: list[terminology.Term] = field(default_factory=list)
    # what a listed term is: a warning while writing, an error in CI
    terms_severity: str = WARNING
    # photos shown on pages must not make phones wait
    max_image_bytes: int = CONTENT_DEFAULTS["NEWSROOM_CONTENT_MAX_IMAGE_BYTES"]
    # files in item folders that the site may publish; anything else there
    # (notes, backups like ru.md~, office files) is never copied to the output
    public_types: tuple[str, ...] = CONTENT_DEFAULTS["NEWSROOM_CONTENT_PUBLIC_FILES"]
    # what reading the data files had to correct (control characters)
    warnings: list[Problem] = field(default_factory=list)

    def is_public_file(self, name: str) -> bool:
        """May a file of this name in an item's folder be published?"""
        return name.lower().endswith(self.public_types)

    def shown_public_types(self) -> str:
        """The public file types for a message: "jpg, png, pdf"."""
        return ", ".join(t.lstrip(".") for t in self.public_types)

    @classmethod
    def load(
        cls,
        content_root: Path,
        languages: tuple[str, ...] | list[str],
        timezone: str,
        now: datetime.datetime | None = None,
        data_folder: str = "data",
        terms_severity: str = WARNING,
        max_image_bytes: int = CONTENT_DEFAULTS["NEWSROOM_CONTENT_MAX_IMAGE_BYTES"],
        public_types: tuple[str, ...] = CONTENT_DEFAULTS[
            "NEWSROOM_CONTENT_PUBLIC_FILES"
        ],
    ) -> ModelContext:
        """Read the data files that validation depends on."""
        zone = ZoneInfo(timezone)
        languages = tuple(languages)
        root = Path(content_root)
        warnings: list[Problem] = []
        terms_file = root / data_folder / TERMS_FILE
        terms = []
        if terms_file.exists():
            terms = terminology.load_terms(
                terms_file,
                list(languages),
                f"{root.name}/{data_folder}/{TERMS_FILE}",
                warnings,
            )
        return cls(
            warnings=warnings,
            terms=terms,
            terms_severity=terms_severity,
            max_image_bytes=max_image_bytes,
            public_types=tuple(t.lower() for t in public_types),
            content_root=root,
            languages=languages,
            categories=data.load_categories(
                root / data_folder / "categories.csv",
                list(languages),
                f"{root.name}/{data_folder}/categories.csv",
                warnings,
            ),
            contacts=data.load_contacts(
                root / data_folder / "contacts.csv",
                list(languages),
                f"{root.name}/{data_folder}/contacts.csv",
                warnings,
            ),
            timezone=zone,
            now=now or datetime.datetime.now(zone),
        )


def context_from_settings(settings: dict) -> ModelContext:
    """The model's context for Pelican ``settings`` (raises ContentError)."""
    from newsroom.settings import apply_defaults, settings_problems

    apply_defaults(settings, CONTENT_DEFAULTS)
    problems = settings_problems(settings)
    if problems:
        raise ContentError(problems)
    severity = settings["NEWSROOM_CONTENT_TERMS_SEVERITY"]
    return ModelContext.load(
        content_root=Path(settings["PATH"]),
        languages=settings["NEWSROOM_LANGUAGES"],
        timezone=settings["TIMEZONE"],
        now=settings["NEWSROOM_BUILD_TIME"],
        data_folder=settings["NEWSROOM_CONTENT_DATA_FOLDER"],
        terms_severity=severity,
        max_image_bytes=settings["NEWSROOM_CONTENT_MAX_IMAGE_BYTES"],
        public_types=settings["NEWSROOM_CONTENT_PUBLIC_FILES"],
    )


@dataclass
class Document:
    """A source file checked against the model, with normalised values."""

    source_id: SourceId
    values: dict[str, object] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    problems: list[Problem] = field(default_factory=list)
    html: str = ""  # the rendered body, once rendered
    # the local files the body leads to, once rendered: (kind, path, line)
    links: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def state(self) -> str:
        """published, hidden, draft, or embargoed (dated in the future)."""
        return self.values.get("state", "published")  # type: ignore[return-value]


# -- where a file sits --------------------------------------------------------

_SOURCE_PATH = re.compile(r"^(?P<section>[^/]+)/(?P<key>[^/]+)/(?P<lang>[^/.]+)\.md$")


def identify(
    relative_path: str, languages: tuple[str, ...], shown: str | None = None
) -> SourceId:
    """Place ``relative_path`` (under content/) in the model, or explain why not.

    ``shown`` is how messages name the file (``content/news/x/be.md``).
    """
    path = str(PurePosixPath(relative_path))
    shown = shown or path
    match = _SOURCE_PATH.match(path)
    sections = ", ".join(f"{s}/<key>/<lang>.md" for s in SECTIONS)
    if not match or match.group("section") not in SECTIONS:
        raise ContentError(
            [Problem(shown, 1, f"a source file must be at one of {sections}")]
        )
    key, lang = match.group("key"), match.group("lang")
    problems = []
    if not is_slug(key):
        problems.append(
            Problem(
                shown,
                1,
                f"the folder name {key!r} is the key of this item and must be "
                f"lower-case Latin words joined by hyphens, e.g. {latin_slug(key)!r}",
            )
        )
    if lang not in languages:
        problems.append(
            Problem(
                shown,
                1,
                f"{lang!r} is not a language of this site; name the file after "
                f"one of {', '.join(languages)} (e.g. {languages[0]}.md)",
            )
        )
    kind = SECTIONS[match.group("section")]
    if kind == PAGE and key in RESERVED_PAGE_KEYS:
        problems.append(
            Problem(shown, 1, f"the page key {key!r} is reserved; rename the folder")
        )
    if problems:
        raise ContentError(problems)
    return SourceId(kind=kind, key=key, lang=lang, path=path)


# -- field parsers: each returns the value or raises ValueError(fix) ----------


def _text(value: str, doc: Document, ctx: ModelContext) -> str:
    if not value:
        raise ValueError("is empty; write the text after the colon")
    return value


def _summary(value: str, doc: Document, ctx: ModelContext) -> str:
    value = _text(value, doc, ctx)
    if len(value) > SUMMARY_MAX_LENGTH:
        raise ValueError(
            f"is {len(value)} characters long; shorten it to at most "
            f"{SUMMARY_MAX_LENGTH} (it is shown in listings and feeds)"
        )
    return value


def _moment(value: str, doc: Document, ctx: ModelContext) -> datetime.datetime:
    example = "2026-12-03 10:30"
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date and time; write it as {example}"
        ) from None
    if len(value) <= len("2026-12-03"):
        raise ValueError(f"has no time of day; write it as {example}")
    if moment.tzinfo is None:
        # a time without an offset is the site's local time (Europe/Minsk)
        return moment.replace(tzinfo=ctx.timezone)
    # the same instant in site time, so that the year in the address and the
    # date shown on the page agree
    return moment.astimezone(ctx.timezone)


def _day(value: str, doc: Document, ctx: ModelContext) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write it as 2026-12-03") from None


def _category(value: str, doc: Document, ctx: ModelContext) -> str:
    if value in ctx.categories:
        return value
    for key, category in ctx.categories.items():
        if value.casefold() in (label.casefold() for label in category.labels.values()):
            raise ValueError(f"{value!r} is a label; write its key {key!r}")
    return _known_key(value, ctx.categories, "category", "categories.csv")


def _tags(value: str, doc: Document, ctx: ModelContext) -> list[str]:
    tags, slugs = [], set()
    for tag in (t.strip() for t in value.split(",")):
        if not tag:
            continue
        slug = latin_slug(tag, lang=doc.source_id.lang)
        if not slug:
            raise ValueError(
                f"the tag {tag!r} has no letters or digits to build its address "
                "from; reword it"
            )
        if slug not in slugs:  # "Брэст, брэст" is one tag
            tags.append(tag)
            slugs.add(slug)
    return tags


def _slug(value: str, doc: Document, ctx: ModelContext) -> str:
    if not is_slug(value):
        raise ValueError(
            f"{value!r} is not a slug; use lower-case Latin words joined by "
            f"hyphens, e.g. {latin_slug(value) or 'border-news'!r}"
        )
    return value


def _status(value: str, doc: Document, ctx: ModelContext) -> str:
    value = value.lower()
    if value not in STATUSES:
        raise ValueError(f"{value!r} is not a status; use one of {', '.join(STATUSES)}")
    return value


def _key_reference(value: str, doc: Document, ctx: ModelContext) -> str:
    if not is_slug(value):
        raise ValueError(f"{value!r} is not a key; keys are like safe-legal-travel")
    return value


def _contact(value: str, doc: Document, ctx: ModelContext) -> str:
    return _known_key(value, ctx.contacts, "contact", "contacts.csv")


def _known_key(value: str, table: dict, what: str, data_file: str) -> str:
    if value not in table:
        raise ValueError(
            f"{value!r} is not a known {what}; use one of {', '.join(sorted(table))} "
            f"(or add it to content/data/{data_file})"
        )
    return value


def _contacts(value: str, doc: Document, ctx: ModelContext) -> list[str]:
    return [_contact(v.strip(), doc, ctx) for v in value.split(",") if v.strip()]


def _image(value: str, doc: Document, ctx: ModelContext) -> str:
    folder = ctx.content_root / PurePosixPath(doc.source_id.path).parent
    if "/" in value or not (folder / value).is_file():
        raise ValueError(
            f"{value!r} is not a file in this item's folder; put the image next "
            "to this file and give its file name"
        )
    if not value.lower().endswith(media.IMAGE_TYPES):
        raise ValueError(
            f"{value!r} is not a photo; use one of "
            + ", ".join(t.lstrip(".") for t in media.IMAGE_TYPES)
        )
    doc.values["image_size"] = media.image_size(folder / value)
    heavy = media.too_heavy(folder / value, ctx.max_image_bytes)
    if heavy:
        raise ValueError(f"{value!r} {heavy}")
    return value


PAGE_TEMPLATES = ("page", "media-room")


def _page_template(value: str, doc: Document, ctx: ModelContext) -> str:
    if value not in PAGE_TEMPLATES:
        raise ValueError(
            f"{value!r} is not a page layout; use one of " + ", ".join(PAGE_TEMPLATES)
        )
    return value


def _materials(values: list[str], doc: Document, ctx: ModelContext) -> list[dict]:
    folder = ctx.content_root / PurePosixPath(doc.source_id.path).parent
    materials = []
    for value in values:
        if not value:
            continue
        name, _, label = (part.strip() for part in value.partition("|"))
        if not label:
            raise ValueError(f"{value!r} needs a label: write 'file name | what it is'")
        if "/" in name or not (folder / name).is_file():
            raise ValueError(f"{name!r} is not a file in this campaign's folder")
        materials.append({"file": name, "label": label})
    return materials


@dataclass(frozen=True)
class FieldSpec:
    """A metadata field: which kinds take it, require it, and how to read it."""

    kinds: frozenset[str]
    required: frozenset[str]
    parse: Callable
    multi_line: bool = False


_ALL = frozenset({ARTICLE, CAMPAIGN, PAGE})
_NONE: frozenset[str] = frozenset()

FIELDS: dict[str, FieldSpec] = {
    "title": FieldSpec(_ALL, _ALL, _text),
    "summary": FieldSpec(_ALL, _ALL, _summary),
    "date": FieldSpec(frozenset({ARTICLE}), frozenset({ARTICLE}), _moment),
    "modified": FieldSpec(frozenset({ARTICLE}), _NONE, _moment),
    "category": FieldSpec(frozenset({ARTICLE}), frozenset({ARTICLE}), _category),
    "tags": FieldSpec(frozenset({ARTICLE}), _NONE, _tags),
    "slug": FieldSpec(frozenset({ARTICLE}), _NONE, _slug),
    "campaign": FieldSpec(frozenset({ARTICLE}), _NONE, _key_reference),
    "status": FieldSpec(_ALL, _NONE, _status),
    "image": FieldSpec(_ALL, _NONE, _image),
    "image_alt": FieldSpec(_ALL, _NONE, _text),
    "campaign_start": FieldSpec(frozenset({CAMPAIGN}), frozenset({CAMPAIGN}), _day),
    "campaign_end": FieldSpec(frozenset({CAMPAIGN}), _NONE, _day),
    "contact": FieldSpec(frozenset({CAMPAIGN}), _NONE, _contact),
    "correction": FieldSpec(frozenset({ARTICLE}), _NONE, _text),
    "materials": FieldSpec(
        frozenset({CAMPAIGN, PAGE}), _NONE, _materials, multi_line=True
    ),
    "contacts": FieldSpec(frozenset({PAGE}), _NONE, _contacts),
    "template": FieldSpec(frozenset({PAGE}), _NONE, _page_template),
}

# what each field is called in a file, for messages and for `invoke new`
FIELD_NAMES = {
    "title": "Title",
    "summary": "Summary",
    "date": "Date",
    "modified": "Modified",
    "category": "Category",
    "tags": "Tags",
    "slug": "Slug",
    "campaign": "Campaign",
    "status": "Status",
    "image": "Image",
    "image_alt": "Image_alt",
    "campaign_start": "Campaign_start",
    "campaign_end": "Campaign_end",
    "contact": "Contact",
    "materials": "Materials",
    "contacts": "Contacts",
    "correction": "Correction",
    "template": "Template",
}


def check_source(source: frontmatter.Source, source_id: SourceId, ctx: ModelContext):
    """Check one parsed file against the model; never raises for bad content."""
    doc = Document(
        source_id=source_id,
        body=source.body,
        body_line=source.body_line,
        problems=list(source.problems),
    )
    path, kind = source.path, source_id.kind

    def problem(line: int, message: str) -> None:
        doc.problems.append(Problem(path, line, message))

    # each field: known, allowed for this kind, well-formed
    for name, written in source.fields.items():
        spec = FIELDS.get(name)
        if spec is None or kind not in spec.kinds:
            problem(written.line, _unknown_field_message(written.name, kind))
            continue
        doc.lines[name] = written.line
        raw = written.values if spec.multi_line else written.value
        try:
            doc.values[name] = spec.parse(raw, doc, ctx)
        except ValueError as error:
            problem(written.line, f"{written.name} {error}")

    # fields this kind needs
    for name, spec in FIELDS.items():
        if kind in spec.required and name not in source.fields:
            written = FIELD_NAMES[name]
            problem(1, f"{written} is missing; add a line '{written}: ...'")

    _check_relations(doc, source, ctx, problem)
    _check_wording(doc, source, ctx)
    _check_text_written(doc, problem)
    doc.values["state"] = _state(doc, ctx)
    mark_draft_problems(doc)
    return doc


DRAFT_MARK = "(draft) "


def mark_draft_problems(doc: Document) -> None:
    """A draft is work in progress: its problems are warnings, marked as a
    draft's, so they never stop a publishing build. Called again after each
    later step that adds problems (the body, its links); marks each once."""
    if doc.state == "draft":
        doc.problems = [
            p
            if p.message.startswith(DRAFT_MARK)
            else Problem(p.path, p.line, DRAFT_MARK + p.message, WARNING)
            for p in doc.problems
        ]


def _check_text_written(doc: Document, problem) -> None:
    """A release or campaign has a text of its own, not the scaffold's."""
    kind = doc.source_id.kind
    if kind not in PLACEHOLDER_BODY:
        return
    text = doc.body.strip()
    name = "release" if kind == ARTICLE else kind
    if not text:
        problem(doc.body_line, f"the {name} has no text; write it after the fields")
    elif text == PLACEHOLDER_BODY[kind].strip():
        problem(
            doc.body_line,
            "the text is still the placeholder `invoke new` wrote; write the "
            f"{name}'s text in its place",
        )


# the fields whose text readers see, checked for listed terms
WORDED_FIELDS = ("title", "summary", "tags", "image_alt", "correction")


def _check_wording(doc: Document, source: frontmatter.Source, ctx: ModelContext):
    """Listed terms in the visible fields and the body, with their lines."""
    lang = doc.source_id.lang
    findings = []
    for name in WORDED_FIELDS:
        if name in source.fields:
            written = source.fields[name]
            findings += terminology.find_terms(
                written.value, written.line, lang, ctx.terms
            )
    findings += terminology.find_terms(doc.body, doc.body_line, lang, ctx.terms)
    unclosed = terminology.unclosed_exemption(doc.body)
    if unclosed is not None:
        doc.problems.append(
            Problem(
                source.path,
                doc.body_line + unclosed,
                "language-check is turned off here and never back on, so the rest "
                f"of the file is not checked; add {terminology.EXEMPT_END} after "
                "the quotation",
            )
        )
    for finding in findings:
        doc.problems.append(
            Problem(source.path, finding.line, finding.message(), ctx.terms_severity)
        )


def _check_relations(doc, source, ctx, problem) -> None:
    """Rules that tie two fields, or a field and a data file, together."""
    values, lines, sid = doc.values, doc.lines, doc.source_id
    if "image" in values and not values.get("image_alt"):
        problem(
            lines["image"],
            "Image has no Image_alt; describe the picture for people who cannot see it",
        )
    folder = PurePosixPath(sid.path).parent
    credits_file = shown_path(f"{folder}/{data.PHOTOS_FILE}", ctx)
    credited = [values["image"]] if "image" in values else []
    credited += [
        m["file"]
        for m in values.get("materials", [])
        if m["file"].lower().endswith(media.CREDITED_TYPES)
    ]
    if credited:
        try:
            credits = data.load_photo_credits(
                ctx.content_root / folder,
                list(ctx.languages),
                credits_file,
                doc.problems,
            )
        except ContentError as error:
            doc.problems.extend(error.problems)
            credits = None
        for name in credited if credits is not None else []:
            if name not in credits:
                field_name = "image" if name == values.get("image") else "materials"
                problem(
                    lines[field_name],
                    f"{name} has no credit; add a row for it to "
                    f"{credits_file} (file, licence and credit per language)",
                )
        if credits is not None:
            values["credits"] = credits
            if values.get("image") in credits:
                values["image_credit"] = credits[values["image"]]
    if "image_alt" in values and "image" not in source.fields:
        problem(
            lines["image_alt"],
            "Image_alt is given without Image; remove it or add the image",
        )
    if (
        "modified" in values
        and "date" in values
        and values["modified"] < values["date"]
    ):
        problem(
            lines["modified"],
            "Modified is earlier than Date; a correction comes after the original",
        )
    date = values.get("date")
    if isinstance(date, datetime.datetime):
        if date > ctx.now + datetime.timedelta(days=366):
            doc.problems.append(
                Problem(
                    doc_path(doc, ctx),
                    lines["date"],
                    f"Date is in {date.year}, more than a year ahead: is the year "
                    "right? Until then the release is embargoed and invisible",
                    WARNING,
                )
            )
        elif date.year < 2000:
            doc.problems.append(
                Problem(
                    doc_path(doc, ctx),
                    lines["date"],
                    f"Date is in {date.year}: is the year right?",
                    WARNING,
                )
            )
    for name in ("title", "summary"):
        text = str(values.get(name, ""))
        if any(mark in text for mark in ("**", "__", "](", "<")):
            doc.problems.append(
                Problem(
                    doc_path(doc, ctx),
                    lines.get(name, 1),
                    f"{FIELD_NAMES[name]} is plain text: Markdown and HTML in it are "
                    "shown as typed; remove them",
                    WARNING,
                )
            )
    if "modified" in values and values["modified"] > ctx.now:
        problem(
            lines["modified"],
            "Modified is in the future; write when the correction was made",
        )
    if "correction" in values and "modified" not in source.fields:
        problem(
            lines["correction"],
            "Correction needs Modified: add the date and time of the correction",
        )
    start, end = values.get("campaign_start"), values.get("campaign_end")
    if start and end and end < start:
        problem(lines["campaign_end"], "Campaign_end is before Campaign_start")
    if sid.kind == ARTICLE and "title" in values and "slug" not in values:
        if not latin_slug(values["title"], lang=sid.lang):
            problem(
                lines["title"],
                "Title gives no Latin address (slug); add a "
                "line 'Slug: words-in-latin-letters'",
            )


KIND_NAMES = {ARTICLE: "press release", CAMPAIGN: "campaign", PAGE: "page"}


def _unknown_field_message(name: str, kind: str) -> str:
    allowed = [FIELD_NAMES[n] for n, spec in FIELDS.items() if kind in spec.kinds]
    close = _closest(name.lower(), [a.lower() for a in allowed])
    hint = f"did you mean {FIELD_NAMES[close]}? " if close else ""
    if name.lower() == "lang":
        return "Lang is not needed: the language comes from the file name"
    return (
        f"{name} is not a field of a {KIND_NAMES[kind]}; {hint}the fields are: "
        f"{', '.join(allowed)}"
    )


def _closest(word: str, candidates: list[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return match[0] if match else None


def _state(doc: Document, ctx: ModelContext) -> str:
    status = doc.values.get("status", "published")
    date = doc.values.get("date")
    if status == "published" and isinstance(date, datetime.datetime) and date > ctx.now:
        return "embargoed"
    return str(status)


def doc_path(doc: Document, ctx: ModelContext) -> str:
    """How messages name the file of ``doc``."""
    return shown_path(doc.source_id.path, ctx)


def article_slug(doc: Document) -> str:
    """The slug of an article: its Slug field, else its transliterated title."""
    title = str(doc.values.get("title", ""))
    return str(doc.values.get("slug") or latin_slug(title, lang=doc.source_id.lang))


def load_document(path: Path, ctx: ModelContext) -> Document:
    """Identify, parse and check the source file at ``path``."""
    relative = path.resolve().relative_to(ctx.content_root.resolve()).as_posix()
    shown = shown_path(relative, ctx)
    source_id = identify(relative, ctx.languages, shown)
    source = frontmatter.read(path, shown)
    return check_source(source, source_id, ctx)


def shown_path(relative: str, ctx: ModelContext) -> str:
    """How messages name a file: ``content/news/x/be.md``.

    Relative to the folder that holds the content folder (the project root),
    wherever the tool was started from.
    """
    return f"{ctx.content_root.name}/{relative}"
