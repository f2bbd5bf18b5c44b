"""newsroom.frontmatter: fields with their line numbers, and bad encodings."""

from __future__ import annotations

import pytest

from newsroom import frontmatter
from newsroom.problems import ContentError


def test_fields_keep_their_line_numbers_and_the_body_follows():
    source = frontmatter.parse(
        "Title: Night rescue\nDate: 2026-11-18 16:40\n\nBody line.\n", "a.md"
    )
    assert source.fields["title"].value == "Night rescue"
    assert source.fields["date"].line == 2
    assert source.body == "Body line.\n"
    assert source.body_line == 4
    assert source.problems == []


def test_an_indented_line_continues_the_field_above():
    source = frontmatter.parse(
        "Materials: poster.png | Poster\n    leaflet.pdf | Leaflet\n\nBody", "a.md"
    )
    assert source.fields["materials"].values == [
        "poster.png | Poster",
        "leaflet.pdf | Leaflet",
    ]


def test_a_field_given_twice_is_reported_on_its_second_line():
    source = frontmatter.parse("Title: One\nTitle: Two\n\nBody", "a.md")
    assert [str(p) for p in source.problems] == [
        "a.md:2: Title is given twice (first on line 1); keep one"
    ]


def test_a_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "en.md"
    path.write_bytes("\ufeffTitle: BOM\n\nBody".encode())
    assert frontmatter.read(path, "en.md").fields["title"].value == "BOM"


def test_a_windows_1251_file_is_refused_with_the_line_of_the_first_bad_byte(tmp_path):
    path = tmp_path / "ru.md"
    path.write_bytes("Title: ok\n\nГраница открыта".encode("cp1251"))
    with pytest.raises(ContentError) as caught:
        frontmatter.read(path, "content/news/x/ru.md")
    assert [str(p) for p in caught.value.problems] == [
        "content/news/x/ru.md:3: the file is not UTF-8 (it looks like Windows-1251); "
        "re-save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
    ]


def test_control_characters_are_removed_and_reported_by_line():
    text, problems = frontmatter.remove_control_characters(
        "Title: ok\n\nPasted\x0b text\x01\n", "a.md"
    )
    assert text == "Title: ok\n\nPasted text\n"
    assert [str(p) for p in problems] == [
        "a.md:3: removed invisible control character(s) U+0001, U+000B, which "
        "break feeds (usually pasted from a word processor)"
    ]
    assert not problems[0].is_error
