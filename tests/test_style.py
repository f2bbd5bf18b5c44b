"""The code reads one way: ruff's formatter and linter at 88 columns."""

from __future__ import annotations

import shutil
import subprocess

from tests.conftest import ROOT


def ruff(*arguments: str) -> subprocess.CompletedProcess:
    executable = shutil.which("ruff")
    assert executable, "ruff is not installed: pip install -r requirements-dev.txt"
    return subprocess.run(
        [executable, *arguments], cwd=ROOT, capture_output=True, text=True
    )


def test_the_code_is_formatted():
    run = ruff("format", "--check", ".")
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_linter_finds_nothing():
    run = ruff("check", ".")
    assert run.returncode == 0, run.stdout + run.stderr
