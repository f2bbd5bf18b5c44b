"""Problems found in content, reported as ``path:line: message``."""

from __future__ import annotations

import os
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, with the fix in the message."""

    path: str
    line: int
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


class ContentError(Exception):
    """A source file that cannot be published as it stands."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def display_path(path: str | os.PathLike) -> str:
    """Return ``path`` relative to the working directory when it is inside it.

    Editors run the tools from the project root, so ``content/news/x/be.md``
    is what they can click on; anything elsewhere keeps its full path.
    """
    path = os.fspath(path)
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative
