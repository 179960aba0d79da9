"""Names after a title: a known surname, first names that fit one, a misspelt full name, plain words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.gazetteer import default_gazetteer
from extractors.names import first_names_fit, match_known_person, plain_name_after, surname_after
from extractors.text import Normalized


def folded(text: str) -> str:
    return Normalized(text).text


def after_title(tail: str, title: str = "محافظ") -> tuple[str, int]:
    return folded(title + tail), len(folded(title))


def plain_after_title(tail: str, title: str = "محافظ") -> tuple[str, int, Normalized]:
    norm = Normalized(title + tail)
    return norm.text, len(folded(title)), norm


@pytest.mark.parametrize("tail, expected", [
    (" نوفل العاكوب إن المدينة آمنة", "نوفل العاكوب"),
    (" نوفل العاكوب", "نوفل العاكوب"),
    (" نوفل العاكوب، وقال", "نوفل العاكوب"),
    (" يتسلم رسالة خطية", None),  # running text, not a name
    (" الجديد إن", None),  # a stop word
    (" الجمالي قال", None),  # a lone word with ال is an adjective
    (" مذكرة تفاهم", None),  # a ة ending marks a common noun
    (" بوريس روغه إن", "بوريس روغه"),  # a ه ending may end a name
    (" نوفل العاكوب جولته في", "نوفل العاكوب"),  # a noun with its owner's pronoun ends it
    (" بمستوى الخدمات المتكاملة", None),  # a frequent word behind a glued preposition begins no name
    (" هناك أكد", None),  # nor does a frequent word that no name holds
    (" محمد أحمد خالد حسن إن", None),  # longer than a name runs, and still a name after
    (" محمد أحمد على الطاولة", "محمد أحمد"),  # على folds to a name-like علي, and still ends it
    (" 2017 إن", None),
])
def test_plain_name_after(tail: str, expected: str | None) -> None:
    text, end, norm = plain_after_title(tail)
    span = plain_name_after(norm, end, len(text), default_gazetteer())
    assert (text[span[0]:span[1]] if span else None) == (folded(expected) if expected else None)


def test_a_plain_name_stops_before_the_next_hit() -> None:
    text, end, norm = plain_after_title(" نوفل العاكوب الجديد")
    assert plain_name_after(norm, end, text.index("العاكوب"), default_gazetteer()) == (end + 1, text.index(" العاكوب"))
    assert plain_name_after(norm, end, text.index("الجديد"), default_gazetteer()) == (end + 1, text.index(" الجديد"))


@pytest.mark.parametrize("tail, office, country, anchor, expected", [
    (" عون", "president", "LBN", date(2017, 6, 1), "michel_aoun"),
    (" عون", "president", "LBN", date(2025, 3, 1), "joseph_aoun"),
    (" عون", None, "LBN", date(2017, 6, 1), None),  # two Aouns, no office to choose between them
    (" عون", "president", "USA", date(2017, 6, 1), None),
    (" تيلرسون قال", "foreign_minister", None, date(2017, 6, 1), "rex_tillerson"),
    (" فلان", "president", None, date(2017, 6, 1), None),
    (" محمد الفلاني", None, None, date(2017, 6, 1), None),  # a given name that a name goes on from begins it
    (" محمد قال", None, None, date(2017, 6, 1), "mahathir_mohamad"),  # said alone, it is that surname
    (" على البرامج", None, None, date(2017, 6, 1), None),  # the preposition على folds to the name علي
])
def test_surname_after(tail: str, office: str | None, country: str | None, anchor: date,
                       expected: str | None) -> None:
    text, end = after_title(tail, "الرئيس")
    found = surname_after(text, end, len(text), default_gazetteer(), office, country, anchor)
    assert found == ((expected, end + 1 + len(folded(tail.split()[0]))) if expected else None)


@pytest.mark.parametrize("given_names, actor_id, expected", [
    ("عادل", "adel_al_jubeir", True),
    ("عادل بن", "adel_al_jubeir", True),  # "بن" is no first name of its own
    ("خوان كارلوس", "shimon_peres", False),
    ("شمعون", "shimon_peres", True),
])
def test_first_names_fit(given_names: str, actor_id: str, expected: bool) -> None:
    text = folded(given_names)
    assert first_names_fit(text, (0, len(text)), actor_id, default_gazetteer()) is expected


@pytest.mark.parametrize("name, expected", [
    ("سيرغي لافروف", "sergey_lavrov"),
    ("سيرغي لافروفف", "sergey_lavrov"),  # a letter too many
    ("نوفل العاكوب", None),
    ("بيت هيجسيث", "pete_hegseth"),  # one foreign sound written another way
    ("جون كيربي", None),  # a consonant more is another person (not جون كيري)
    ("محمد بن سلطان", None),  # nor one consonant other (not محمد بن سلمان)
    ("محمد بن سلمان بن عبدالعزيز آل سعود", "mohammed_bin_salman"),  # a tail of lineage that tells no one apart
    ("الملك سلمان بن عبد العزيز آل", "king_salman"),  # a family name cut off
])
def test_match_known_person(name: str, expected: str | None) -> None:
    assert match_known_person(folded(name), default_gazetteer()) == expected


WORDS = ["نوفل", "العاكوب", "محمد", "يتسلم", "رسالة", "الجديد", "إن", "،", "قال", "حسن"]


@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_a_plain_name_is_one_to_three_words_right_after_the_title(words: list[str]) -> None:
    text, end, norm = plain_after_title(" " + " ".join(words))
    span = plain_name_after(norm, end, len(text), default_gazetteer())
    if span is not None:
        assert span[0] == end + 1 and 1 <= len(text[span[0]:span[1]].split()) <= 3
