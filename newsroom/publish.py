"""``invoke publish``: check everything, then build strictly, or do nothing.

The same rules as ``invoke check`` run first, with the publishing settings'
strictness (listed wording is an error there). If any error remains, nothing
is built and ``output/`` stays as it was; otherwise the strict build writes
a fresh folder that replaces ``output/`` only when it succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsroom.build import BuildResult, build_site, load_settings
from newsroom.checks import CheckReport, check_project


@dataclass
class Publication:
    report: CheckReport
    build: BuildResult | None  # None when the checks stopped it

    @property
    def ok(self) -> bool:
        return self.build is not None and self.build.ok


def publish(settings_file: Path, overrides: dict | None = None) -> Publication:
    """Check, then build with ``settings_file`` (publishconf.py)."""
    overrides = overrides or {}
    report = check_project(load_settings(settings_file, overrides), publishing=True)
    if report.errors:
        return Publication(report, None)
    return Publication(report, build_site(settings_file, overrides, strict=True))
