"""Every class of the date lexicon is reachable: a phrase of it is found by `find_dates`,
captured by a rule's slot of that class. A class added to dates.yaml without a row here fails."""

from __future__ import annotations

import copy
import re
from datetime import date

import pytest

from extractors.data_files import read_yaml
from extractors.dates import Matcher, default_grammar, find_dates
from extractors.dates.build import compile_grammar
from extractors.text import fold

FRI = date(2024, 12, 13)
D = date

# class: (text, the mention found, its first day)
PHRASES = {
    "month": ("وصل في 15 يناير 2024 إلى", "15 يناير 2024", D(2024, 1, 15)),
    "month_ambiguous": ("وصل في 15 مارس 2024 إلى", "15 مارس 2024", D(2024, 3, 15)),
    "hijri_month": ("وصل في 5 رمضان 1445هـ إلى", "5 رمضان 1445هـ", D(2024, 3, 15)),
    "weekday": ("وصل الخميس إلى", "الخميس", D(2024, 12, 12)),
    "weekday_bare": ("وصل أحد الأسبوع الماضي إلى", "أحد الأسبوع الماضي", D(2024, 12, 8)),
    "dayword": ("وصل أمس إلى", "أمس", D(2024, 12, 12)),
    "day_noun": ("وصل اليوم إلى", "اليوم", D(2024, 12, 13)),
    "night_noun": ("يصل الليلة إلى", "الليلة", D(2024, 12, 13)),
    "now": ("يجري الآن في", "الآن", D(2024, 12, 13)),
    "rel": ("وصل الخميس الماضي إلى", "الخميس الماضي", D(2024, 12, 12)),
    "this": ("يصل هذا الخميس إلى", "هذا الخميس", D(2024, 12, 12)),
    "cycle": ("وصل الأسبوع الماضي إلى", "الأسبوع الماضي", D(2024, 12, 2)),
    "cycle_plural": ("خلال الأسبوعين الماضيين", "خلال الأسبوعين الماضيين", D(2024, 11, 25)),
    "cycle_plural_bare": ("ارتفعت الأسعار خلال الثلاثة أعوام الماضية بشكل كبير", "خلال الثلاثة أعوام الماضية", D(2021, 1, 1)),
    "historic_day": ("تغير العالم بعد هجمات 11 سبتمبر كثيرا", "هجمات 11 سبتمبر", D(2001, 9, 11)),
    "historic_lead": ("قامت ثورة 25 يناير في القاهرة", "ثورة 25 يناير", D(2011, 1, 25)),
    "quarter": ("ارتفعت المبيعات في الربع المقبل", "الربع المقبل", D(2025, 1, 1)),
    "part": ("وصل أواخر العام الماضي إلى", "أواخر العام الماضي", D(2023, 12, 1)),
    "part_bare": ("وصل أوائل الشهر إلى", "أوائل الشهر", D(2024, 12, 1)),
    "week_word": ("يصل يوم الخميس من الأسبوع المقبل إلى", "يوم الخميس من الأسبوع المقبل", D(2024, 12, 19)),
    "week_bare": ("وصل في ثاني أسبوع من يناير إلى", "ثاني أسبوع من يناير", D(2024, 1, 8)),
    "month_word": ("وصل في 15 من الشهر الجاري إلى", "15 من الشهر الجاري", D(2024, 12, 15)),
    "vague": ("وصل مؤخرا إلى", "مؤخرا", None),
    "vague_span": ("يعمل حاليا في", "حاليا", D(2024, 12, 13)),
    "season": ("وصل في صيف 2014 إلى", "صيف 2014", D(2014, 6, 1)),
    "holiday": ("وصل في عيد الميلاد إلى", "عيد الميلاد", D(2024, 12, 25)),
    "feast_break": ("سافرت العائلة في إجازة عيد الميلاد إلى", "إجازة عيد الميلاد", D(2024, 12, 25)),
    "level_in": ("هبط السهم إلى أدنى مستوى له في ثلاثة أعوام", "في ثلاثة أعوام", D(2021, 1, 1)),
    "weekend": ("يصل في عطلة نهاية الأسبوع المقبل إلى", "عطلة نهاية الأسبوع المقبل", D(2024, 12, 21)),
    "night_between": ("وقع الانفجار ليل الخميس-الجمعة في", "ليل الخميس-الجمعة", D(2024, 12, 12)),
    "midnight": ("وقع الانفجار بعد منتصف ليل الخميس-الجمعة في", "بعد منتصف ليل الخميس-الجمعة", D(2024, 12, 13)),
    "pod": ("وصل مساء أمس إلى", "مساء أمس", D(2024, 12, 12)),
    "unit": ("وصل قبل ثلاثة أيام إلى", "قبل ثلاثة أيام", D(2024, 12, 10)),
    "approx": ("وصل قبل نحو أسبوعين إلى", "قبل نحو أسبوعين", D(2024, 11, 29)),
    "ago": ("وصل منذ ثلاثة أيام إلى", "منذ ثلاثة أيام", D(2024, 12, 10)),
    "ago_from": ("وصل من 3 أيام ثم غادر", "من 3 أيام", D(2024, 12, 10)),
    "within": ("يصل خلال أسبوعين إلى", "خلال أسبوعين", D(2024, 12, 13)),
    "fraction": ("وصل في الساعة الثالثة والنصف من مساء أمس", "في الساعة الثالثة والنصف من مساء أمس", D(2024, 12, 12)),
    "nth_before": ("وصل في أول خميس من يناير إلى", "أول خميس من يناير", D(2024, 1, 4)),
    "nth_after": ("وصل الخميس الأول من يناير إلى", "الخميس الأول من يناير", D(2024, 1, 4)),
    "era": ("وصل عام 2014م إلى", "عام 2014م", D(2014, 1, 1)),
    "hijri_era": ("وصل عام 1445هـ إلى", "عام 1445هـ", D(2024, 1, 1)),  # 19 Jul 2023 - 6 Jul 2024: most of it in 2024
    "later": ("وصل يوم 3 مارس 2017 وغادر بعد يومين", "بعد يومين", D(2017, 3, 5)),
    "later_that": ("وصل يوم 3 مارس 2017 وعاد بعد ذلك بأسبوع", "بعد ذلك بأسبوع", D(2017, 3, 10)),
    "unit_short": ("يصل الوفد بعد يومين إلى", "بعد يومين", D(2024, 12, 15)),
    "unit_short_plural": ("يصل الوفد بعد ثلاثة أيام إلى", "بعد ثلاثة أيام", D(2024, 12, 16)),
    "of_event": ("وصل بعد يومين من الهجوم", "بعد يومين من", None),
    "roughly_after": ("وصل يوم 3 مارس 2017 وغادر بعد يومين تقريبا", "بعد يومين تقريبا", D(2017, 3, 5)),
    "later_from_now": ("عاد أمس ويغادر بعد أسبوعين من الآن", "بعد أسبوعين من الآن", D(2024, 12, 27)),
    "zone": ("وصل أمس الساعة 10:30 بتوقيت غرينتش إلى", "أمس الساعة 10:30 بتوقيت غرينتش", D(2024, 12, 12)),
    "year_same": ("تأسس عام 2009 وفي ذلك العام وصل", "ذلك العام", D(2009, 1, 1)),
    "rel_named": ("نما 3% عام 2009 بعد 2% في العام السابق", "العام السابق", D(2008, 1, 1)),
    "eve": ("وصل عشية عيد الميلاد إلى", "عشية عيد الميلاد", D(2024, 12, 24)),
    "half": ("وصل قبل عامين ونصف إلى", "قبل عامين ونصف", D(2022, 1, 1)),
    "more_than": ("وصل قبل أكثر من شهر إلى", "قبل أكثر من شهر", D(2024, 11, 1)),
    "year_part": ("تراجعت في الربع الأول من العام الماضي", "الربع الأول من العام الماضي", D(2023, 1, 1)),
    "ago_point": ("وصل قبل أكثر من أسبوعين إلى", "قبل أكثر من أسبوعين", D(2024, 11, 29)),
    "hour_unit": ("أغلقت الطرق طوال الـ48 ساعة الماضية", "الـ48 ساعة الماضية", D(2024, 12, 11)),
    "decade": ("هاجرت عائلته إلى كندا في الثمانينيات", "الثمانينيات", D(1980, 1, 1)),
    "century": ("درس الطب في باريس خلال سبعينات القرن الماضي", "سبعينات القرن الماضي", D(1970, 1, 1)),
    "unit_year": ("افتتح المتحف عام 2003 ثم أغلق بعدها بعامين", "بعدها بعامين", D(2005, 1, 1)),
    "unit_year_plural": ("افتتح المتحف عام 2003 ثم أغلق بعد ذلك بخمس سنوات", "بعد ذلك بخمس سنوات", D(2008, 1, 1)),
}
CLASSES = list(read_yaml("dates.yaml")["lexicon"])


def captured_classes(text: str, how: str) -> set[str]:
    """The lexicon classes whose slots captured words in a mention, by the rules it names
    ("part_of_day+dayword", "a..b")."""
    rules = {rule.name: rule for rule in default_grammar().rules}
    found = set()
    for name in re.split(r"\+|\.\.", how):
        rule = rules[name]
        for m in rule.pattern.finditer(fold(text)):
            found |= {cls for group, (cls, _) in rule.groups.items() if m.group(group) is not None}
    return found


@pytest.mark.parametrize("cls", CLASSES)
def test_every_class_of_the_lexicon_is_found(cls):
    if cls not in PHRASES:
        pytest.fail(f"no row in PHRASES for the class {cls!r} of dates.yaml")
    text, expected, first_day = PHRASES[cls]
    found = [m for m in find_dates(text, FRI) if m.text == expected]
    assert [m.value_start for m in found] == [first_day]
    assert cls in captured_classes(found[0].text, found[0].how)


def test_every_row_is_a_class_of_the_lexicon():
    assert sorted(PHRASES) == sorted(CLASSES)


def with_class(strong: object) -> dict:
    """dates.yaml with one more class, "طاريء" (strong as given), and a rule of it alone."""
    spec = copy.deepcopy(read_yaml("dates.yaml"))
    spec["lexicon"]["test_word"] = {"strong": strong, "phrases": [{"offset": 0, "words": ["طاريء"]}]}
    spec["rules"].append({"name": "test_word", "pattern": "{test_word}"})
    return spec


@pytest.mark.parametrize("strong,expected", [(True, ["طاريء"]), (False, [])])
def test_the_strong_flag_of_a_class_decides_whether_its_words_alone_are_tried(strong, expected):
    matcher = Matcher(compile_grammar(with_class(strong)))
    assert [m.text for m in find_dates("وصل طاريء الى", FRI, matcher=matcher)] == expected


@pytest.mark.parametrize("strong", [None, "yes"])
def test_a_class_that_does_not_say_whether_it_is_strong_is_refused(strong):
    spec = with_class(strong)
    if strong is None:
        del spec["lexicon"]["test_word"]["strong"]
    with pytest.raises(ValueError, match="test_word"):
        compile_grammar(spec)
