"""Let editors link to files and photos by their plain relative path.

An editor writes ``![Boat on the river](boat.jpg)``, ``[leaflet](leaflet.pdf)``
or ``[the earlier release](../night-rescue/)``, as any Markdown preview would
understand them. This Python-Markdown extension checks that each target
exists in ``content/``, turns the reference into Pelican's ``{static}`` or
``{filename}`` form so that Pelican writes the right URL in every language,
and shows a photo standing alone in a paragraph as a figure with its credit.
Every problem found is added to the document's problems, with its line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from newsroom import data, media
from newsroom.problems import Problem


@dataclass
class ReferenceContext:
    """What resolving one document's references needs to know."""

    folder: Path  # the folder of the document
    content_root: Path
    lang: str
    credits: dict[str, data.PhotoCredit]
    credit_line: Callable[[data.PhotoCredit], str]
    shown_path: str
    body: str
    body_line: int
    max_image_bytes: int
    public_types: tuple[str, ...]
    problems: list[Problem] = field(default_factory=list)
    # the local files the body leads to: (kind, path under content/, line),
    # kind "filename" (another item's text) or "static" (a photo, a file)
    links: list[tuple[str, str, int]] = field(default_factory=list)
    # how often each reference has been reported, and linked: its n-th report
    # (or link) belongs to its n-th appearance in the text
    _reported: dict[str, int] = field(default_factory=dict)
    _linked: dict[str, int] = field(default_factory=dict)

    def problem(self, reference: str, message: str) -> None:
        line = self._next_line(reference, self._reported)
        self.problems.append(Problem(self.shown_path, line, message))

    def link(self, kind: str, target: Path, reference: str) -> None:
        relative = target.resolve().relative_to(self.content_root.resolve())
        line = self._next_line(reference, self._linked)
        self.links.append((kind, relative.as_posix(), line))

    def _next_line(self, reference: str, seen: dict[str, int]) -> int:
        wanted = seen.get(reference, 0)
        seen[reference] = wanted + 1
        found = 0
        for offset, line in enumerate(self.body.split("\n")):
            found += line.count(reference)
            if found > wanted:
                return self.body_line + offset
        return self.body_line


# raw HTML an editor may not use: it escapes the checks, or the site's
# Content-Security-Policy blocks it anyway
_FORBIDDEN_HTML = re.compile(
    r"<(img|script|iframe|style|object|embed|form|link|meta)\b", re.IGNORECASE
)
_EVENT_ATTRIBUTE = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
_STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.IGNORECASE)
# addresses that run code instead of leading somewhere
_SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


def _without_pelican_prefix(url: str) -> str:
    """``{static}boat.jpg`` -> ``boat.jpg``: checked like a plain path.

    Only relative references: ``{static}/news/x/a.jpg`` is left to Pelican.
    """
    match = re.match(r"^\{(?:static|filename|attach)\}(?!/)(.*)$", url)
    return match.group(1) if match else url


def is_local(url: str) -> bool:
    """Is ``url`` a relative reference to a file (not a page, host or anchor)?"""
    if not url or url.startswith(("/", "#", "{", "?")):
        return False
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


class _References(Treeprocessor):
    def __init__(self, md, context: ReferenceContext):
        super().__init__(md)
        self.context = context

    def run(self, root: etree.Element) -> None:
        self._raw_html()
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img":
                    self._image(parent, child)
                elif child.tag == "a":
                    self._link(child)

    def _raw_html(self) -> None:
        """Raw HTML that would bypass these checks or the security policy."""
        for block in self.md.htmlStash.rawHtmlBlocks:
            text = str(block)
            for match in _FORBIDDEN_HTML.finditer(text):
                tag = match.group(1).lower()
                if tag == "img":
                    message = (
                        "a raw HTML <img> is not checked for alt text and credit; "
                        "write it in Markdown: ![what it shows](file.jpg)"
                    )
                else:
                    message = (
                        f"raw HTML <{tag}> is blocked by the site's security policy; "
                        "link to the content instead"
                    )
                self.context.problem(match.group(0), message)
            if _EVENT_ATTRIBUTE.search(text):
                self.context.problem(
                    _EVENT_ATTRIBUTE.search(text).group(0),
                    "HTML event attributes (onclick=...) are blocked by the site's "
                    "security policy; remove them",
                )
            if _STYLE_ATTRIBUTE.search(text):
                self.context.problem(
                    _STYLE_ATTRIBUTE.search(text).group(0),
                    "style attributes are blocked by the site's security policy; "
                    "the theme styles the text",
                )
            for href in re.findall(r"""href\s*=\s*["']([^"']*)""", text):
                if _SCRIPT_URL.match(href):
                    self.context.problem(
                        href,
                        "links that run code (javascript:) are "
                        "not allowed; link to a page instead",
                    )

    def _target(self, reference: str) -> Path | None:
        """The file ``reference`` points to, if it is inside content/."""
        path = urlsplit(reference).path
        target = (self.context.folder / path).resolve()
        root = self.context.content_root.resolve()
        if target != root and root not in target.parents:
            return None
        return target

    def _pelican_reference(self, url: str) -> None:
        """Check a reference written in Pelican's own form: {static}x.jpg."""
        match = re.match(r"^\{(static|filename|attach)\}([^#?]*)", url)
        if not match:
            return
        path = match.group(2)
        root = self.context.content_root.resolve()
        base = root if path.startswith("/") else self.context.folder
        target = (base / path.lstrip("/")).resolve()
        if root not in target.parents or not target.is_file():
            self.context.problem(
                url,
                f"{url!r} leads to no file in content/; fix the path (it is "
                "relative to this file)",
            )
        else:
            kind = "filename" if match.group(1) == "filename" else "static"
            self.context.link(kind, target, url)

    def _link(self, anchor: etree.Element) -> None:
        if _SCRIPT_URL.match(anchor.get("href", "")):
            self.context.problem(
                anchor.get("href", ""),
                "links that run code "
                "(javascript:) are not allowed; link to a page instead",
            )
            anchor.set("href", "#")
            return
        href = _without_pelican_prefix(anchor.get("href", ""))
        self._pelican_reference(href)
        if not is_local(href):
            return
        ctx = self.context
        parts = urlsplit(href)
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        target = self._target(href)
        if target is not None and target.is_dir():
            # a link to another item's folder means its version in our language
            target = target / f"{ctx.lang}.md"
            path = str(PurePosixPath(parts.path.rstrip("/")) / target.name)
            if not target.is_file():
                ctx.problem(
                    href,
                    f"the link to {href!r} has no {ctx.lang} version "
                    f"to lead to; link to a language that exists",
                )
                return
            anchor.set("href", f"{{filename}}{path}{fragment}")
            ctx.link("filename", target, href)
        elif target is not None and target.is_file() and target.suffix == ".md":
            anchor.set("href", f"{{filename}}{parts.path}{fragment}")
            ctx.link("filename", target, href)
        elif target is not None and target.is_file():
            if not target.name.lower().endswith(ctx.public_types):
                ctx.problem(
                    href,
                    f"{parts.path!r} cannot be published: only "
                    + ", ".join(ctx.public_types)
                    + " files are",
                )
                return
            anchor.set("href", f"{{static}}{parts.path}")
            ctx.link("static", target, href)
        else:
            ctx.problem(
                href,
                f"the link to {href!r} leads to no file in content/; "
                "fix the path (it is relative to this file)",
            )

    def _image(self, parent: etree.Element, image: etree.Element) -> None:
        src = _without_pelican_prefix(image.get("src", ""))
        self._pelican_reference(src)
        if not is_local(src):
            return
        ctx = self.context
        target = self._target(src)
        if target is None or not target.is_file():
            ctx.problem(
                src, f"the image {src!r} is not in content/; put it next to this file"
            )
            return
        try:
            width, height = media.image_size(target)
        except ValueError as error:
            ctx.problem(src, f"the image {src!r} {error}")
            return
        heavy = media.too_heavy(target, ctx.max_image_bytes)
        if heavy:
            ctx.problem(src, f"the image {src!r} {heavy}")
        if not image.get("alt", "").strip():
            ctx.problem(
                src,
                f"the image {src!r} has no alt text; describe it "
                f"between the brackets: ![what it shows]({src})",
            )
        image.set("src", f"{{static}}{src}")
        ctx.link("static", target, src)
        image.set("width", str(width))
        image.set("height", str(height))
        image.set("loading", "lazy")
        credit = ctx.credits.get(src) if target.parent == ctx.folder else None
        if credit is None:
            ctx.problem(
                src,
                f"the image {src!r} has no credit; add a row for it "
                f"to {data.PHOTOS_FILE} in this folder",
            )
            return
        standing_alone = (
            parent.tag == "p"
            and len(parent) == 1
            and not (parent.text or "").strip()
            and not (image.tail or "").strip()
        )
        if standing_alone:
            parent.tag = "figure"
            parent.set("class", "photo")
            caption = etree.SubElement(parent, "figcaption")
            caption.set("class", "photo__credit")
            caption.text = ctx.credit_line(credit)


class LocalReferences(Extension):
    """Resolve, check and present a document's references to local files."""

    def __init__(self, context: ReferenceContext, **kwargs):
        self.context = context
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Markdown's API name
        # after the inline patterns (priority 20) have made the <img> and <a>
        md.treeprocessors.register(_References(md, self.context), "local_refs", 15)
