"""newsroom.build: a failed build leaves the last good site exactly as it was."""

from __future__ import annotations

from tests.site import build, make_content, snapshot


def test_a_build_that_fails_half_way_leaves_the_previous_output_untouched(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    good = build(content, tmp_path)
    assert good.result.ok
    before = snapshot(good.output)

    # a second story with the same title stops the build after rendering began
    (content / "news/queues-again").mkdir()
    (content / "news/queues-again/en.md").write_text(
        (content / "news/queues/en.md").read_text()
    )
    failed = build(content, tmp_path)
    assert not failed.result.ok
    assert snapshot(failed.output) == before
    assert not list(tmp_path.glob(".output.*"))


def test_a_strict_build_refuses_to_publish_content_with_errors(tmp_path):
    content = make_content(
        tmp_path,
        {
            "news/queues/en.md": "@article_minimal_en",
            "news/typo/en.md": "@article_unknown_campaign",
        },
    )
    result = build(content, tmp_path, strict=True).result
    assert not result.ok
    assert result.stopped_by == "1 error(s) in the content"
    assert not (tmp_path / "output").exists()


def test_a_successful_build_replaces_the_output_completely(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    first = build(content, tmp_path)
    stray = first.output / "left-over.html"
    stray.write_text("from an older build")
    second = build(content, tmp_path)
    assert second.result.ok
    assert not stray.exists()


def dead_pid() -> int:
    """The id of a process that has just ended."""
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def test_a_build_killed_between_its_renames_gets_its_last_site_back(tmp_path):
    content = make_content(tmp_path, {"news/queues/en.md": "@article_minimal_en"})
    good = build(content, tmp_path)
    before = snapshot(good.output)

    # what a build killed after moving the site aside leaves behind
    pid = dead_pid()
    good.output.rename(tmp_path / f".output.previous-{pid}")
    half = tmp_path / f".output.staging-{pid}"
    (half / "en").mkdir(parents=True)
    (half / "en/index.html").write_text("<p>half-written")

    from newsroom.build import recover_interrupted_builds

    recover_interrupted_builds(good.output)
    assert snapshot(good.output) == before
    assert not list(tmp_path.glob(".output.*"))


def test_a_running_builds_folders_are_left_alone(tmp_path):
    import os

    from newsroom.build import recover_interrupted_builds

    output = tmp_path / "output"
    output.mkdir()
    other = tmp_path / f".output.staging-{os.getppid()}"  # a live process
    other.mkdir()
    recover_interrupted_builds(output)
    assert other.exists()
