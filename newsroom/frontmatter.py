"""Split a Markdown source into its metadata lines and its body.

The syntax is Python-Markdown's ``meta`` extension (``Key: value`` lines at
the top, indented lines continue a value, a blank line ends the block), but we
parse it ourselves so that every field keeps its line number: an editor is
told ``content/news/x/be.md:4``, not just the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.problems import WARNING, ContentError, Problem, display_path

# the same patterns as markdown.extensions.meta, so a file means the same
# thing to us and to any Markdown tool an editor may preview it with
_BEGIN = re.compile(r"^-{3}(\s.*)?$")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")
_FIELD = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_MORE = re.compile(r"^[ ]{4,}(?P<value>.*)$")


@dataclass
class Field:
    """One metadata field as written: its name, its lines of value, where."""

    name: str
    values: list[str]
    line: int

    @property
    def value(self) -> str:
        return " ".join(v for v in self.values if v).strip()


@dataclass
class Source:
    """A decoded source file: metadata fields by lower-case name, and body."""

    path: str
    fields: dict[str, Field] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    problems: list[Problem] = field(default_factory=list)


def decode(path: Path, shown: str | None = None) -> str:
    """Read ``path`` as UTF-8 (a byte-order mark is allowed).

    Anything else is refused with the line of the first bad byte: a file saved
    as Windows-1251 would otherwise go live as mojibake.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        hint = guess_legacy_encoding(data)
        raise ContentError(
            [
                Problem(
                    shown or display_path(path),
                    line,
                    f"the file is not UTF-8{hint}; re-save it as UTF-8 "
                    "(in most editors: Save As, Encoding: UTF-8)",
                )
            ]
        ) from None


def guess_legacy_encoding(data: bytes) -> str:
    """A hint like ' (it looks like Windows-1251)' for bytes that are not UTF-8."""
    # Cyrillic text in Windows-1251 decodes to mostly letters of U+0400-U+04FF
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return ""
    letters = [c for c in text if c.isalpha()]
    cyrillic = [c for c in letters if "\u0400" <= c <= "\u04ff"]
    if letters and len(cyrillic) / len(letters) > 0.3:
        return " (it looks like Windows-1251)"
    return ""


def parse(text: str, path: str) -> Source:
    """Parse the metadata block at the top of ``text``."""
    source = Source(path=path)
    lines = text.split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index and index < len(lines) and _FIELD.match(lines[index]):
        # Markdown would read these fields as body text: say so, then read them
        source.problems.append(
            Problem(
                path,
                1,
                "the fields must start on the first line; remove the empty "
                f"line(s) above line {index + 1}",
            )
        )
    else:
        index = 0
    if index < len(lines) and _BEGIN.match(lines[index]):
        index += 1
    current: Field | None = None
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if not line.strip():
            index += 1
            break
        if _END.match(line) and index > 0:
            index += 1
            break
        more = _MORE.match(line)
        if more and current is not None:
            current.values.append(more.group("value").strip())
            index += 1
            continue
        match = _FIELD.match(line)
        if not match:
            if source.fields:
                # Markdown would take this line, and all after it, for the
                # text: a field the editor meant ("Status : draft") would be
                # published as words, and the release perhaps with it
                source.problems.append(
                    Problem(
                        path,
                        number,
                        "this line is not a field (write 'Key: value', in Latin "
                        "letters, no space before the colon); if the text starts "
                        "here, leave an empty line above it",
                    )
                )
            break
        key, value = match.group("key"), match.group("value").strip()
        name = key.lower()
        current = Field(key, [value], number)
        if name in source.fields:
            first = source.fields[name].line
            source.problems.append(
                Problem(
                    path,
                    number,
                    f"{key} is given twice (first on line {first}); keep one",
                )
            )
        else:
            source.fields[name] = current
        if name in _LIST_OR_KEY_FIELDS and _looks_like_yaml(value):
            source.problems.append(
                Problem(
                    path,
                    number,
                    f"{key} is written like YAML ({value[:1]}...{value[-1:]}); "
                    "write the text without quotes or brackets",
                    WARNING,
                )
            )
        index += 1
    source.body = "\n".join(lines[index:])
    source.body_line = index + 1
    return source


# fields whose value is a key or a list: quotes or brackets there are YAML
# habits; in a title or summary they may be the editor's own (a quotation)
_LIST_OR_KEY_FIELDS = {
    "tags",
    "category",
    "date",
    "modified",
    "slug",
    "status",
    "campaign",
    "contact",
    "contacts",
    "image",
    "template",
}


def _looks_like_yaml(value: str) -> bool:
    return len(value) > 1 and (value[0], value[-1]) in {
        ('"', '"'),
        ("'", "'"),
        ("[", "]"),
    }


# characters XML 1.0 forbids (all C0 controls but tab, line feed and carriage
# return) and the C1 controls it discourages; word processors and mis-decoded
# text leave them behind, and they break or garble feeds
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def remove_control_characters(text: str, path: str) -> tuple[str, list[Problem]]:
    """Drop the characters XML cannot carry, with a warning per line."""
    problems = []
    if not _CONTROL.search(text):
        return text, problems
    for number, line in enumerate(text.split("\n"), start=1):
        found = sorted(set(_CONTROL.findall(line)))
        if found:
            codes = ", ".join(f"U+{ord(c):04X}" for c in found)
            problems.append(
                Problem(
                    path,
                    number,
                    f"removed invisible control character(s) {codes}, which break "
                    "feeds (usually pasted from a word processor)",
                    WARNING,
                )
            )
    return _CONTROL.sub("", text), problems


def read(path: Path, shown: str | None = None) -> Source:
    """Decode and parse one file; raises ContentError if it is not UTF-8.

    ``shown`` is how messages name the file (by default, relative to the
    working directory).
    """
    shown = shown or display_path(path)
    text, problems = remove_control_characters(decode(path, shown), shown)
    source = parse(text, shown)
    source.problems[:0] = problems
    return source
