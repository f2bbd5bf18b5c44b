"""tasks.py: what the editor sees at the end of a command."""

from __future__ import annotations

from pathlib import Path

import pytest
from invoke import Exit

import tasks
from newsroom.build import BuildResult


def test_a_clean_build_reports_where_it_wrote(capsys):
    tasks._report(BuildResult(output=Path("output"), ok=True, seconds=1.24))
    assert capsys.readouterr().out == "Built output/ in 1.2 s.\n"


def test_a_preview_with_broken_files_still_fails_the_command(capsys):
    result = BuildResult(output=Path("output"), ok=True, errors=["a.md:1: bad"])
    with pytest.raises(Exit) as stopped:
        tasks._report(result)
    assert stopped.value.code == 1
    assert "1 error(s), listed above" in capsys.readouterr().out


def test_a_failed_build_says_the_output_was_kept(capsys):
    result = BuildResult(output=Path("output"), ok=False, stopped_by="collision")
    with pytest.raises(Exit):
        tasks._report(result)
    assert "Build failed (collision); output/ was not changed." in (
        capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("path", "lang"), [("/ru/no-such-page/", "ru"), ("/no-such-page", "be")]
)
def test_the_local_server_answers_a_missing_address_with_the_sites_404(
    sample_server, path, lang
):
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(sample_server + path, timeout=5)
    assert answer.value.code == 404
    assert f'<html lang="{lang}"' in answer.value.read().decode()
