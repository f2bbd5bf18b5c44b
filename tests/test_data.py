"""newsroom.data: the CSV files editors keep, and their mistakes."""

from __future__ import annotations

import pytest

from newsroom import data
from newsroom.problems import ContentError

LANGUAGES = ["be", "ru", "en"]


def messages(call) -> list[str]:
    with pytest.raises(ContentError) as caught:
        call()
    return [str(p) for p in caught.value.problems]


def test_categories_have_a_label_per_language(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text("key,be,ru,en\nrescue,Выратаванне,Спасение,Rescue\n")
    categories = data.load_categories(path, LANGUAGES, "categories.csv")
    assert categories["rescue"].labels["be"] == "Выратаванне"


def test_a_category_key_must_be_a_slug_and_used_once(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text(
        "key,be,ru,en\nSearch Ops,А,Б,C\nrescue,А,Б,C\nrescue,Д,Е,F\nempty,,Б,C\n"
    )
    assert messages(lambda: data.load_categories(path, LANGUAGES, "c.csv")) == [
        "c.csv:2: the key 'Search Ops' must be lower-case Latin words joined by "
        "hyphens, e.g. 'search-ops'",
        "c.csv:4: the key 'rescue' is used twice",
        "c.csv:5: the 'be' column is empty",
    ]


def test_a_file_saved_with_semicolons_says_how_to_save_it(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text("key;be;ru;en\nrescue;А;Б;C\n")
    assert messages(lambda: data.load_categories(path, LANGUAGES, "c.csv")) == [
        "c.csv:1: the columns are separated by semicolons; save the file as CSV "
        "UTF-8 with commas"
    ]


def test_a_file_saved_as_windows_1251_says_so(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_bytes(
        "key,be,ru,en\nrescue,Выратаванне,Спасение,Rescue\n".encode("cp1251")
    )
    assert messages(lambda: data.load_categories(path, LANGUAGES, "c.csv")) == [
        "c.csv:1: the file is not UTF-8 (it looks like Windows-1251); save it as "
        "CSV UTF-8"
    ]


def test_a_folder_without_photos_needs_no_credits_file(tmp_path):
    assert data.load_photo_credits(tmp_path, LANGUAGES) == {}


def test_a_credit_kind_must_be_known(tmp_path):
    (tmp_path / "photos.csv").write_text(
        "file,licence,credit_be,credit_ru,credit_en,kind\n"
        "a.jpg,CC BY 4.0,А,Б,C,selfie\n"
    )
    assert messages(lambda: data.load_photo_credits(tmp_path, LANGUAGES, "p.csv")) == [
        "p.csv:2: kind 'selfie' is not one of photo, illustration, design"
    ]
