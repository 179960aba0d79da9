"""Date resolution: one (phrase, anchor, expected) row per case, grouped by category."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import find_dates, find_story_dates

FRI = date(2024, 12, 13)   # a Friday
THU = date(2018, 2, 15)    # a Thursday
SUN = date(2025, 3, 16)    # a Sunday


def longest(text: str, anchor: date | None, prefer: str | None = None):
    mentions = find_dates(text, anchor, prefer)
    assert mentions, f"no date found in {text!r}"
    return max(mentions, key=lambda m: m.end - m.start)


def check(text, anchor, start, end, precision, tod=None, prefer=None):
    m = longest(text, anchor, prefer)
    got = (m.value_start, m.value_end, m.precision, m.time_of_day)
    assert got == (start, end or start, precision, tod)


D = date

DAYS = [
    ("أمس", FRI, D(2024, 12, 12)),
    ("امس", FRI, D(2024, 12, 12)),
    ("البارحة", FRI, D(2024, 12, 12)),
    ("قالت بالأمس", FRI, D(2024, 12, 12)),
    ("أمس الأول", FRI, D(2024, 12, 11)),
    ("أول أمس", FRI, D(2024, 12, 11)),
    ("أول من أمس", FRI, D(2024, 12, 11)),
    ("اليوم", FRI, D(2024, 12, 13)),
    ("غدا", FRI, D(2024, 12, 14)),
    ("بعد غد", FRI, D(2024, 12, 15)),
    ("اليوم الأحد", SUN, D(2025, 3, 16)),
    ("أمس السبت", SUN, D(2025, 3, 15)),
]


@pytest.mark.parametrize("text,anchor,expected", DAYS)
def test_days(text, anchor, expected):
    check(text, anchor, expected, None, "day")


WEEKDAYS = [
    ("الجمعة", FRI, None, D(2024, 12, 13)),
    ("الخميس", FRI, None, D(2024, 12, 12)),
    ("يوم الخميس", FRI, None, D(2024, 12, 12)),
    ("السبت", FRI, None, D(2024, 12, 7)),
    ("الخميس الماضي", FRI, None, D(2024, 12, 12)),
    ("الجمعة الماضية", FRI, None, D(2024, 12, 6)),
    ("الأربعاء الفائت", FRI, None, D(2024, 12, 11)),
    ("يوم الثلاثاء المنصرم", FRI, None, D(2024, 12, 10)),
    ("الأحد المقبل", FRI, None, D(2024, 12, 15)),
    ("الخميس القادم", FRI, None, D(2024, 12, 19)),
    ("الخميس", FRI, "future", D(2024, 12, 19)),
    ("الجمعة", FRI, "future", D(2024, 12, 20)),
    ("سيزور الرئيس أنقرة الخميس", FRI, None, D(2024, 12, 19)),
    ("من المقرر أن يصل الوزير يوم الأحد", FRI, None, D(2024, 12, 15)),
    ("قال الوزير الأحد إنه سيزور", FRI, None, D(2024, 12, 8)),
    ("أعلن أنه سيزور المدينة. وصل الخميس", FRI, None, D(2024, 12, 12)),  # the marker is in another sentence
    ("من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الروسي الخميس", FRI, None, D(2024, 12, 19)),  # ten words back
    ("سيزور الرئيس مع وفد كبير جدا من الوزراء والمستشارين العاصمة التركية الخميس", FRI, None, D(2024, 12, 12)),  # eleven: too far
    ("قال إنه سيتحدث مع نظيره، مشيرا إلى رسالة وجهها إليه الخميس", FRI, None, D(2024, 12, 12)),  # a new clause after the comma
    ("سيزور الرئيس التركي، الخميس، أنقرة", FRI, None, D(2024, 12, 19)),  # the day set off by commas
    ("الاثنين من الأسبوع الماضي", FRI, None, D(2024, 12, 2)),
    ("الخميس قبل الماضي", FRI, None, D(2024, 12, 5)),
    ("الجمعة قبل الماضية", FRI, None, D(2024, 11, 29)),
    ("الخميس 15 شباط 2018", THU, None, D(2018, 2, 15)),
    ("يزور الرئيس التركي أنقرة الخميس", FRI, None, D(2024, 12, 19)),  # a lead opening with a planned act
    ("سبق- الرياض: يفتتح الأمير المعرض الأحد", FRI, None, D(2024, 12, 15)),
    ("أبها - محمد علي\nيدشن الأمير المبنى الجديد الثلاثاء", FRI, None, D(2024, 12, 17)),  # a dateline on its own line
    ("أبها - محمد علي\nدشن الأمير المبنى الجديد الثلاثاء", FRI, None, D(2024, 12, 10)),
    ("زار الرئيس التركي أنقرة الخميس", FRI, None, D(2024, 12, 12)),
    ("التقى الوزير نظيره في الرياض. يزور الرئيس أنقرة الخميس", FRI, None, D(2024, 12, 12)),  # the lead only
]


@pytest.mark.parametrize("text,anchor,prefer,expected", WEEKDAYS)
def test_weekdays(text, anchor, prefer, expected):
    check(text, anchor, expected, None, "day", prefer=prefer)


def test_weekday_disagreement_is_recorded_and_a_day_back_follows_the_weekday():
    m = longest("أمس الجمعة", SUN)  # yesterday was a Saturday: the Friday named is the day before it
    assert (m.value_start, m.weekday_agrees) == (D(2025, 3, 14), False)


@pytest.mark.parametrize("text,agrees", [("5/9/1445هـ الموافق 15/3/2024م", True), ("5/9/1445هـ الموافق 20/3/2024م", False)])
def test_hijri_and_gregorian_pair_is_cross_checked(text, agrees):
    assert longest(text, None).calendars_agree is agrees


def test_month_first_numbers_in_one_text_decide_the_ambiguous_ones():
    mentions = find_dates("نشر في 10/22/2016 وعدل في 10/05/2016", None)
    assert [m.value_start for m in mentions] == [D(2016, 10, 22), D(2016, 10, 5)]


def test_day_first_is_the_default():
    [m] = find_dates("في 10/05/2016", None)
    assert m.value_start == D(2016, 5, 10)


def test_weekday_agreement_is_recorded():
    m = longest("اليوم الأحد", SUN)
    assert (m.value_start, m.weekday_agrees) == (D(2025, 3, 16), True)


PARTS_OF_DAY = [
    ("مساء أمس الأول", D(2024, 12, 14), D(2024, 12, 12), "day", "evening", None),
    ("صباح الجمعة", FRI, D(2024, 12, 13), "day", "morning", None),
    ("مساء الخميس", FRI, D(2024, 12, 12), "day", "evening", None),
    ("ظهر أمس", THU, D(2018, 2, 14), "day", "noon", None),
    ("فجر اليوم", THU, D(2018, 2, 15), "day", "dawn", None),
    ("ليلة الخميس", THU, D(2018, 2, 15), "day", "night", None),  # the night of the Thursday named
    ("ليلة الجمعة الماضية", THU, D(2018, 2, 9), "day", "night", None),
    ("ليلة الخميس الجمعة", FRI, D(2024, 12, 12), "day", "night", None),  # the night between two days: the first's
    ("ليل الأحد-الاثنين", FRI, D(2024, 12, 8), "day", "night", None),
    ("ليلة السبت إلى الأحد", FRI, D(2024, 12, 7), "day", "night", None),
    ("ليلة الجمعة 13 ديسمبر", FRI, D(2024, 12, 13), "day", "night", None),  # a written date is its own night
    ("ليلة أمس", FRI, D(2024, 12, 12), "day", "night", None),
    ("في ساعة متأخرة من ليل أمس", FRI, D(2024, 12, 12), "day", "night", None),
    ("فجر الجمعة", FRI, D(2024, 12, 13), "day", "dawn", None),
    ("الليلة الماضية", THU, D(2018, 2, 14), "day", "night", None),
    ("الليلة قبل الماضية", THU, D(2018, 2, 13), "day", "night", None),
    ("الساعة 3 عصرا", THU, D(2018, 2, 15), "time", "afternoon", "15:00"),
    ("9:53 ت.غ", THU, D(2018, 2, 15), "time", "morning", "09:53"),
    ("الساعة الثامنة والنصف مساء", THU, D(2018, 2, 15), "time", "evening", "20:30"),
    ("الخميس الساعة 8 صباحا", FRI, D(2024, 12, 12), "time", "morning", "08:00"),
    ("في تمام الساعة الثامنة من مساء أمس", FRI, D(2024, 12, 12), "time", "evening", "20:00"),
    ("الثالثة من فجر اليوم", FRI, D(2024, 12, 13), "time", "dawn", "03:00"),
]


@pytest.mark.parametrize("text,anchor,expected,precision,tod,clock", PARTS_OF_DAY)
def test_parts_of_day_and_clock(text, anchor, expected, precision, tod, clock):
    m = longest(text, anchor)
    assert (m.value_start, m.precision, m.time_of_day, m.time) == (expected, precision, tod, clock)


PERIODS = [
    ("قتل ثلاثة خلال عطلة نهاية الأسبوع", FRI, D(2024, 12, 7), D(2024, 12, 8), "week"),  # the last weekend
    ("وقع الحادث نهاية الأسبوع", SUN, D(2025, 3, 15), D(2025, 3, 16), "week"),
    ("سيقام المهرجان نهاية الأسبوع", FRI, D(2024, 12, 14), D(2024, 12, 15), "week"),  # a plan: this week's
    ("الأسبوع الماضي", FRI, D(2024, 12, 2), D(2024, 12, 8), "week"),
    ("الأسبوع المقبل", FRI, D(2024, 12, 16), D(2024, 12, 22), "week"),
    ("هذا الأسبوع", FRI, D(2024, 12, 9), D(2024, 12, 15), "week"),
    ("نهاية الأسبوع الماضي", FRI, D(2024, 12, 7), D(2024, 12, 8), "week"),
    ("الأسبوعين الماضيين", FRI, D(2024, 11, 25), D(2024, 12, 8), "week"),
    ("الشهر الجاري", FRI, D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("الشهر الماضي", FRI, D(2024, 11, 1), D(2024, 11, 30), "month"),
    ("الشهر المقبل", FRI, D(2025, 1, 1), D(2025, 1, 31), "month"),
    ("مطلع الشهر الجاري", FRI, D(2024, 12, 1), D(2024, 12, 10), "month"),
    ("منتصف الشهر المقبل", FRI, D(2025, 1, 15), D(2025, 1, 15), "month"),
    ("أواخر الشهر الماضي", FRI, D(2024, 11, 21), D(2024, 11, 30), "month"),
    ("في أوائل الشهر", FRI, D(2024, 12, 1), D(2024, 12, 10), "month"),
    ("أواخر العام", FRI, D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("الأسبوع قبل الماضي", FRI, D(2024, 11, 25), D(2024, 12, 1), "week"),
    ("الشهر قبل الماضي", FRI, D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("العام قبل الماضي", THU, D(2016, 1, 1), D(2016, 12, 31), "year"),
    ("العام الماضي", THU, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("العام المقبل", THU, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("أواخر العام الماضي", FRI, D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("في مارس الماضي", FRI, D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("أكتوبر المقبل", FRI, D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("عام 2016", FRI, D(2016, 1, 1), D(2016, 12, 31), "year"),
    ("صيف 2014", FRI, D(2014, 6, 1), D(2014, 8, 31), "month"),
    ("شتاء 2014", FRI, D(2013, 12, 1), D(2014, 2, 28), "month"),
    ("الصيف الماضي", FRI, D(2024, 6, 1), D(2024, 8, 31), "month"),
    ("الصيف الماضي", D(2024, 7, 15), D(2023, 6, 1), D(2023, 8, 31), "month"),
    ("صيف العام الماضي", D(2024, 7, 15), D(2023, 6, 1), D(2023, 8, 31), "month"),
    ("شتاء هذا العام", FRI, D(2023, 12, 1), D(2024, 2, 29), "month"),  # winter runs from December
    ("الشتاء المقبل", D(2024, 7, 15), D(2024, 12, 1), D(2025, 2, 28), "month"),
    ("هذا الصيف", D(2024, 4, 2), D(2024, 6, 1), D(2024, 8, 31), "month"),
]


@pytest.mark.parametrize("text,anchor,start,end,precision", PERIODS)
def test_periods(text, anchor, start, end, precision):
    check(text, anchor, start, end, precision)


AGO_AND_WITHIN = [
    ("منذ ثلاثة أيام", FRI, D(2024, 12, 10), None, "day"),
    ("قبل يومين", FRI, D(2024, 12, 11), None, "day"),
    ("قبل ٥ ساعات", FRI, D(2024, 12, 13), None, "day"),
    ("منذ أسبوع", FRI, D(2024, 12, 6), None, "day"),
    ("قبل 3 أسابيع", FRI, D(2024, 11, 22), None, "day"),
    ("قبل شهرين", FRI, D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("خلال أسبوعين", FRI, D(2024, 12, 13), D(2024, 12, 27), "day"),
    ("خلال ثلاثة أيام", FRI, D(2024, 12, 13), D(2024, 12, 16), "day"),
    ("قبل نحو أسبوعين", FRI, D(2024, 11, 29), None, "day"),
    ("منذ حوالي ثلاثة أيام", FRI, D(2024, 12, 10), None, "day"),
]


@pytest.mark.parametrize("text,anchor,start,end,precision", AGO_AND_WITHIN)
def test_ago_and_within(text, anchor, start, end, precision):
    check(text, anchor, start, end, precision)


EXPLICIT = [
    ("7 أكتوبر 2023", FRI, D(2023, 10, 7), None),
    ("7 أكتوبر/تشرين الأول 2023", FRI, D(2023, 10, 7), None),
    ("5 شباط/فبراير", FRI, D(2024, 2, 5), None),
    ("الثالث عشر من شباط", FRI, D(2024, 2, 13), None),
    ("الحادي والعشرين من أيلول 2015", FRI, D(2015, 9, 21), None),
    ("12 يناير", D(2024, 1, 10), D(2024, 1, 12), None),
    ("25 ديسمبر", D(2024, 1, 10), D(2023, 12, 25), None),
    ("15 جويلية 2016", THU, D(2016, 7, 15), None),
    ("3 أوت", D(2016, 10, 1), D(2016, 8, 3), None),
    ("15 يوليه 2015", None, D(2015, 7, 15), None),
    ("16 مارس، 2025", None, D(2025, 3, 16), None),
    ("15/3/2024م", FRI, D(2024, 3, 15), None),
    ("10/22/2016", None, D(2016, 10, 22), None),
    ("2017-04-07", None, D(2017, 4, 7), None),
    ("2015/12/30", None, D(2015, 12, 30), None),
    ("2016/1/13", None, D(2016, 1, 13), None),
    ("الكويت - 10 - 7 (كونا) --", D(2017, 7, 10), D(2017, 7, 10), None),
    ("14th, December 2024", None, D(2024, 12, 14), None),
    ("December 14, 2024", None, D(2024, 12, 14), None),
    ("١٥ مارس ٢٠٢٤", FRI, D(2024, 3, 15), None),
    ("من 13 الى 15 تموز 2019", FRI, D(2019, 7, 13), D(2019, 7, 15)),
    ("يومي 3 و4 نيسان 2017", FRI, D(2017, 4, 3), D(2017, 4, 4)),
    ("في الـ25 من تشرين الثاني الماضي", FRI, D(2024, 11, 25), None),
    ("الـ3 من الشهر الجاري", FRI, D(2024, 12, 3), None),
    ("تنتهي المهلة بـ20 نوفمبر الماضي", FRI, D(2024, 11, 20), None),  # a clitic glued to the day
    ("حتى لـ5 مايو 2023", FRI, D(2023, 5, 5), None),
    ("12 آذار قبل الماضي", FRI, D(2023, 3, 12), None),
    ("يوم 7/12", FRI, D(2024, 12, 7), None),
    ("نشر الخبر بتاريخ 13/10/2014 في الصحيفة", FRI, D(2014, 10, 13), None),  # a year after the day and month
    ("بين 10 و12 من الشهر الجاري", FRI, D(2024, 12, 10), D(2024, 12, 12)),
    ("من 2 إلى 5 أيلول/سبتمبر الماضي", FRI, D(2024, 9, 2), D(2024, 9, 5)),
    ("بين 8 و10 كانون الثاني (يناير) 2020", FRI, D(2020, 1, 8), D(2020, 1, 10)),
    ("من 30 تشرين الأول/أكتوبر إلى 2 تشرين الثاني/نوفمبر 2021", FRI, D(2021, 10, 30), D(2021, 11, 2)),
]


@pytest.mark.parametrize("text,anchor,start,end", EXPLICIT)
def test_explicit_dates(text, anchor, start, end):
    check(text, anchor, start, end, "day")


def test_month_and_year():
    check("جانفي 2017", THU, D(2017, 1, 1), D(2017, 1, 31), "month")


HIJRI = [
    ("3 ذو الحجة 1445 هـ", None, D(2024, 6, 9), None, "day"),
    ("5/9/1445هـ الموافق 15/3/2024م", None, D(2024, 3, 15), None, "day"),
    ("1446/6/12هـ", None, D(2024, 12, 13), None, "day"),
    ("تبدأ الدورة في شهر صفر من العام القادم 1437هـ", None, D(2015, 11, 13), D(2015, 12, 11), "month"),
    ("1446 هـ", None, D(2024, 1, 1), D(2024, 12, 31), "year"),  # 7 Jul 2024 - 25 Jun 2025: most of it in 2024
    ("صدر الحكم في 14 / 10 / 1436 بعد جلسات", None, D(2015, 7, 30), None, "day"),  # 1300-1499: Hijri without هـ
    ("وصلت الشكوى في 17-9-1436 إلى المكتب", None, D(2015, 7, 4), None, "day"),
    ("تنتهي المهلة في 24-10-1436هـ للمتقدمين", None, D(2015, 8, 9), None, "day"),
    ("أقيم الحفل في 1436/10/15 في الساحة", None, D(2015, 7, 31), None, "day"),
    ("افتتح المبنى عام 1396 في المدينة", None, D(1976, 1, 1), D(1976, 12, 31), "year"),
    ("عيد الفطر", D(2024, 5, 1), D(2024, 4, 10), None, "day"),
    ("عيد الأضحى", D(2024, 5, 1), D(2024, 6, 16), None, "day"),  # 46 days ahead, 308 back: the next
    ("عيد الأضحى", D(2024, 2, 1), D(2023, 6, 28), None, "day"),  # 136 days ahead: too far, the last
]


@pytest.mark.parametrize("text,anchor,start,end,precision", HIJRI)
def test_hijri(text, anchor, start, end, precision):
    check(text, anchor, start, end, precision)


JUL = D(2015, 7, 31)  # a Friday, two weeks after Eid al-Fitr 1436 (17 July)

CALENDAR = [  # (text, anchor, the mention, first day, last day, precision)
    ("وقع الحادث في 2019 وفق التقرير", JUL, "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("تأسست الشركة عام .2012 في دبي", JUL, "عام .2012", D(2012, 1, 1), D(2012, 12, 31), "year"),
    ("انتقل إلى النادي منذ عام «2013» ثم غادر", JUL, "منذ عام «2013»", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("صدر الفيلم (1957) وحقق نجاحا", JUL, "1957", D(1957, 1, 1), D(1957, 12, 31), "year"),
    ("حكم البلاد بين 1943 - 1955 ثم غادر", JUL, "1943 - 1955", D(1943, 1, 1), D(1955, 12, 31), "year"),
    ("1953 - هجوم على ثكنة في الجزيرة", JUL, "1953", D(1953, 1, 1), D(1953, 12, 31), "year"),
    ("الموسم الرياضي 2015-2016 يبدأ غدا", JUL, "2015-2016", D(2015, 1, 1), D(2016, 12, 31), "year"),
    ("أعلن التقرير لهذا العام أرقاما جديدة", JUL, "لهذا العام", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("تراجعت المبيعات قبل عامين وفي ذلك العام خسرت الشركة", JUL, "ذلك العام", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("بلغت الأرباح نهاية عام 2014 مليارا بعد خسارة في العام السابق", JUL, "العام السابق", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("ارتفعت الأسعار في العام السابق", JUL, "العام السابق", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("افتتح المصنع عام 2010 وتوسع في العام التالي", JUL, "العام التالي", D(2011, 1, 1), D(2011, 12, 31), "year"),
    ("غادر البلاد قبل أكثر من شهر", JUL, "قبل أكثر من شهر", D(2015, 6, 1), D(2015, 6, 30), "month"),
    ("انتقل إلى الرياض قبل عامين ونصف", JUL, "قبل عامين ونصف", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("قتل خمسة مسلحين خلال الليل في اشتباكات", JUL, "خلال الليل", D(2015, 7, 30), None, "day"),  # the night just past
    ("اندلعت المواجهات عقب صلاة الجمعة في المدينة", D(2015, 8, 1), "صلاة الجمعة", D(2015, 7, 31), None, "day"),
    ("اعتمدت في موازنة العام 1435/1436 مشاريع جديدة", JUL, "العام 1435/1436", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("انطلق موسم 2015-2016 بمشاركة عشرين فريقا", JUL, "موسم 2015-2016", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("اعتكف في العشر الأواخر من شهر رمضان المبارك", JUL, "العشر الأواخر من شهر رمضان المبارك", D(2015, 7, 8), D(2015, 7, 16), "month"),
    ("ارتفعت الإيرادات للعام المالي الحالي إلى مليار", JUL, "للعام المالي الحالي", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("تراجعت الأرباح خلال العام المالي الماضي", JUL, "خلال العام المالي الماضي", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("وقع الحادث قبل عام في المدينة", JUL, "قبل عام", D(2014, 7, 1), D(2014, 7, 31), "month"),  # a year or two back keeps the month
    ("وقع الحادث قبل عامين في المدينة", JUL, "قبل عامين", D(2013, 7, 1), D(2013, 7, 31), "month"),
    ("انتقل إلى الرياض قبل شهرين ونصف", JUL, "قبل شهرين ونصف", D(2015, 5, 1), D(2015, 5, 31), "month"),
    ("انتقل إلى الرياض قبل أسبوع ونصف", JUL, "قبل أسبوع ونصف", D(2015, 7, 21), None, "day"),
    ("عاد الوفد يوم الثاني والعشرين من هذا الشهر المبارك", JUL, "يوم الثاني والعشرين من هذا الشهر المبارك", D(2015, 7, 9), None, "day"),
    ("يبدأ المعرض في الـ 12 من الشهر الجاري", JUL, "الـ 12 من الشهر الجاري", D(2015, 7, 12), None, "day"),
    ("أقيمت الدورة في 1-4 يونيو 2015م بجدة", JUL, "1-4 يونيو 2015م", D(2015, 6, 1), D(2015, 6, 4), "day"),
    ("زار المدينة في ثالث أيام عيد الفطر", JUL, "ثالث أيام عيد الفطر", D(2015, 7, 19), None, "day"),
    ("وصل في اليوم الثاني من عيد الفطر", JUL, "اليوم الثاني من عيد الفطر", D(2015, 7, 18), None, "day"),
    ("اجتمعوا عشية عيد الفطر", JUL, "عشية عيد الفطر", D(2015, 7, 16), None, "day"),
    ("هنأه الأمير بعيد الفطر المبارك في قصره", JUL, "عيد الفطر المبارك", D(2015, 7, 17), None, "day"),  # a glued ب
    ("ازدحمت الأسواق بمناسبة عيد الفطر المبارك هذا العام", JUL, "عيد الفطر المبارك", D(2015, 7, 17), None, "day"),
    ("صعد الحجاج إلى منى في يوم التروية", D(2015, 9, 25), "يوم التروية", D(2015, 9, 21), None, "day"),
    ("بلغ عدد الحجاج هذا العام 1436هـ نحو مليونين", JUL, "هذا العام 1436هـ", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("ازدحمت الأسواق مع حلول عيد الأضحى", D(2015, 9, 10), "عيد الأضحى", D(2015, 9, 23), None, "day"),
    ("ازدحمت الأسواق في عيد الأضحى", D(2015, 9, 10), "عيد الأضحى", D(2015, 9, 23), None, "day"),  # the nearest
    ("تستعد الأسواق لعيد الأضحى", JUL, "عيد الأضحى", D(2015, 9, 23), None, "day"),  # 54 days ahead, 300 back
    ("ازدحمت الأسواق في عيد الميلاد", JUL, "عيد الميلاد", D(2014, 12, 25), None, "day"),  # 147 days ahead: too far
    ("زار المرضى في ثاني أيام العيد", JUL, "ثاني أيام العيد", D(2015, 7, 18), None, "day"),
    ("ازدحمت الأسواق مع حلول العيد", D(2015, 9, 20), "العيد", D(2015, 9, 23), None, "day"),  # al-Adha this time
    ("التقيا في أكتوبر تشرين الأول", JUL, "أكتوبر تشرين الأول", D(2014, 10, 1), D(2014, 10, 31), "month"),
    ("التقيا في تموز يوليو", JUL, "تموز يوليو", D(2015, 7, 1), D(2015, 7, 31), "month"),
    ("سيلتقيان في أكتوبر", JUL, "أكتوبر", D(2015, 10, 1), D(2015, 10, 31), "month"),
    ("يرفع البنك الفائدة في سبتمبر", JUL, "سبتمبر", D(2015, 9, 1), D(2015, 9, 30), "month"),  # two months ahead: the coming one
    ("تنطلق البطولة في 15 سبتمبر", JUL, "15 سبتمبر", D(2015, 9, 15), None, "day"),
    ("ينطلق الدوري في 14 أغسطس", D(2015, 8, 2), "14 أغسطس", D(2015, 8, 14), None, "day"),  # later in the anchor's month
    ("وقعت الحادثة في نوفمبر", JUL, "نوفمبر", D(2014, 11, 1), D(2014, 11, 30), "month"),  # four months ahead: last year's
    ("يبدأ الموسم في فبراير", D(2015, 12, 20), "فبراير", D(2015, 2, 1), D(2015, 2, 28), "month"),  # not across the year's end
    ("تغيرت السياسة بعد هجمات 11 سبتمبر في أمريكا", JUL, "هجمات 11 سبتمبر", D(2001, 9, 11), None, "day"),  # a famous day
    ("قامت ثورة 25 يناير في القاهرة", JUL, "ثورة 25 يناير", D(2011, 1, 25), None, "day"),
    ("وقعت أحداث 30 يونيو 2014 في المدينة", JUL, "30 يونيو 2014", D(2014, 6, 30), None, "day"),  # a year written wins
    ("وقع الاتفاق في مارس من العام الماضي", JUL, "مارس من العام الماضي", D(2014, 3, 1), D(2014, 3, 31), "month"),
    ("يفتتح المعرض في ديسمبر من العام الجاري", JUL, "ديسمبر من العام الجاري", D(2015, 12, 1), D(2015, 12, 31), "month"),
    ("تغيبت الفتاة منذ يوم العيد عن منزلها", JUL, "يوم العيد", D(2015, 7, 17), None, "day"),
    ("وقع الاتفاق في 5 مارس من العام الماضي", JUL, "5 مارس من العام الماضي", D(2014, 3, 5), None, "day"),
    ("صرفت المكافآت خلال شهر رجب", JUL, "خلال شهر رجب", D(2015, 4, 20), D(2015, 5, 18), "month"),
    ("التقيا في تشرين أول/أكتوبر", JUL, "تشرين أول/أكتوبر", D(2014, 10, 1), D(2014, 10, 31), "month"),
    ("هبطت مبيعات المصنع في الربع الثاني من العام الحالي", JUL, "الربع الثاني من العام الحالي", D(2015, 4, 1), D(2015, 6, 30), "month"),
    ("بلغت المبيعات في النصف الأول من 2014 مليارا", JUL, "النصف الأول من 2014", D(2014, 1, 1), D(2014, 6, 30), "month"),
    ("نشرت الشركة نتائجها للربع الثاني من العام", JUL, "للربع الثاني من العام", D(2015, 4, 1), D(2015, 6, 30), "month"),
    # A report of the past early in a quarter: a company's results, of the quarter just ended.
    ("نمت إيرادات المصنع خلال الربع الحالي عن الربع السابق", JUL, "خلال الربع الحالي", D(2015, 4, 1), D(2015, 6, 30), "month"),
    ("نمت إيرادات المصنع خلال الربع الحالي عن الربع السابق", JUL, "الربع السابق", D(2015, 1, 1), D(2015, 3, 31), "month"),
    ("ارتفع صافي الربح في الربع الحالي", D(2015, 8, 20), "الربع الحالي", D(2015, 7, 1), D(2015, 9, 30), "month"),
    ("من المتوقع أن يرتفع النمو في الربع الحالي", JUL, "الربع الحالي", D(2015, 7, 1), D(2015, 9, 30), "month"),
    ("تتحسن المبيعات في الربع المقبل", JUL, "الربع المقبل", D(2015, 10, 1), D(2015, 12, 31), "month"),
    ("يستمر المهرجان حتى نهاية شوال", JUL, "نهاية شوال", D(2015, 8, 6), D(2015, 8, 15), "month"),
    ("تبدأ الحملة مطلع ذي القعدة المقبل", JUL, "مطلع ذي القعدة المقبل", D(2015, 8, 16), D(2015, 8, 25), "month"),
    ("تبدأ الجولات في السادس من ذي الحجة المقبل", JUL, "السادس من ذي الحجة المقبل", D(2015, 9, 19), None, "day"),
    ("يعقد المؤتمر في 10 صفر المقبل", JUL, "10 صفر المقبل", D(2015, 11, 22), None, "day"),
    ("صدر القرار في شهر محرم الماضي", JUL, "شهر محرم الماضي", D(2014, 10, 25), D(2014, 11, 22), "month"),
    ("تنتهي المهلة في شهر شعبان", JUL, "شهر شعبان", D(2015, 5, 19), D(2015, 6, 17), "month"),
    ("يعود في رمضان المقبل", JUL, "رمضان المقبل", D(2016, 6, 6), D(2016, 7, 5), "month"),
    ("احتفلوا في عيد الفطر الماضي", D(2015, 7, 17), "عيد الفطر الماضي", D(2014, 7, 28), None, "day"),
    # Days of a Hijri month, two weekdays, the Saudi shorthand of Dhu al-Qa'dah.
    ("تقام الدورة خلال الفترة 14 - 16 شوال الجاري بالرياض", JUL, "14 - 16 شوال الجاري", D(2015, 7, 30), D(2015, 8, 1), "day"),
    ("تعرض الأفلام يومي الأحد والاثنين المقبلين في الصالة", JUL, "يومي الأحد والاثنين المقبلين", D(2015, 8, 2), D(2015, 8, 3), "day"),
    ("يفتح باب التسجيل في الثالث من القعدة المقبل", JUL, "الثالث من القعدة المقبل", D(2015, 8, 18), None, "day"),
    # ل + ال written لل; "today" as "our day"; hours counted back or ahead from the anchor.
    ("خصصت الوزارة ميزانية للعام الحالي تفوق سابقتها", JUL, "للعام الحالي", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("بقيت العادة حية حتى يومنا هذا في القرى", JUL, "يومنا هذا", JUL, None, "day"),
    ("سقطت أمطار غزيرة خلال الساعات الـ24 الماضية على المدينة", JUL, "خلال الساعات الـ24 الماضية", D(2015, 7, 30), JUL, "day"),
    ("يتوقع أن تهدأ الرياح خلال الـ48 ساعة المقبلة في الشمال", JUL, "الـ48 ساعة المقبلة", JUL, D(2015, 8, 2), "day"),
    ("وصلت فرق الإغاثة في الساعات الأخيرة إلى القرية", JUL, "في الساعات الأخيرة", JUL, JUL, "day"),  # the hours before the article: its day
    # "The early hours" of a morning are that morning, not one o'clock.
    ("انقطعت الكهرباء في الساعات الأولى من صباح اليوم عن الحي", JUL, "في الساعات الأولى من صباح اليوم", JUL, None, "day"),
    # Decades: of the century named, else the latest begun by the anchor's year; a part of one.
    ("ازدهرت صناعة النسيج في المدينة خلال ستينيات القرن الماضي", JUL, "ستينيات القرن الماضي", D(1960, 1, 1), D(1969, 12, 31), "year"),
    ("بدأ الرسام مسيرته أواخر الثمانينات في بيروت", JUL, "أواخر الثمانينات", D(1987, 1, 1), D(1989, 12, 31), "year"),
    # Years counted from the year named last.
    ("افتتح الجسر عام 1998 وبعد ذلك بثلاث سنوات أغلق للصيانة", JUL, "بعد ذلك بثلاث سنوات", D(2001, 1, 1), D(2001, 12, 31), "year"),
    # A present-tense lead of a planned unveiling: the coming Monday.
    ("يكشف وزير المالية الاثنين عن موازنة العام المقبل", JUL, "الاثنين", D(2015, 8, 3), None, "day"),
    # International outlets' styles.
    ("تمكنت فرق الدفاع المدني خلال الساعات الـ24 الماضية من إخماد الحرائق", D(2026, 12, 4), "خلال الساعات الـ24 الماضية", D(2026, 12, 3), D(2026, 12, 4), "day"),
    ("عقدت القمة يومي الأحد والاثنين في الدوحة", D(2026, 12, 4), "يومي الأحد والاثنين", D(2026, 11, 29), D(2026, 11, 30), "day"),
    # An ordinal that counts nights or times is no day of the month: the weekday beside it is the last one.
    ("قصفت المدفعية مواقع المسلحين لليلة الثالثة يوم الأحد قرب الحدود", D(2015, 7, 27), "يوم الأحد", D(2015, 7, 26), None, "day"),
    ("تظاهر المحتجون للمرة الثانية الخميس أمام البرلمان", JUL, "الخميس", D(2015, 7, 30), None, "day"),
    ("انتهت مباراة اليوم التي أقيمت في جدة بالتعادل", JUL, "اليوم", JUL, None, "day"),  # today's match: التي is not of اليوم
    # Midnight last night; a month with a clitic; "a few days / months ago".
    ("بدأ سريان وقف إطلاق النار منتصف الليلة الماضية في المدينة", JUL, "منتصف الليلة الماضية", D(2015, 7, 30), None, "day"),
    ("ارتفعت الصادرات لأبريل المنصرم بنسبة كبيرة", JUL, "لأبريل المنصرم", D(2015, 4, 1), D(2015, 4, 30), "month"),
    ("كشف الوزير قبل أيام عن خطة جديدة للنقل", JUL, "قبل أيام", D(2015, 7, 26), D(2015, 7, 29), "week"),
    ("شددت الشرطة الإجراءات منذ بضعة أيام في المدينة", JUL, "منذ بضعة أيام", D(2015, 7, 26), JUL, "week"),
    ("أعلنت الشركة قبل أشهر عن توسعة مصانعها", JUL, "قبل أشهر", D(2015, 1, 1), D(2015, 5, 31), "month"),
    # A level not seen in so long reaches back as far; plural cycles with خلال; a feast's break.
    ("سجل الذهب أدنى مستوى له في أربع سنوات ونصف", JUL, "في أربع سنوات ونصف", D(2011, 1, 1), D(2011, 12, 31), "year"),
    ("تخطط الوزارة لبناء مدارس خلال الأعوام الثلاثة المقبلة", JUL, "خلال الأعوام الثلاثة المقبلة", D(2016, 1, 1), D(2018, 12, 31), "year"),
    ("ازدحمت المطارات في عطلة العيد هذه بالمسافرين", JUL, "عطلة العيد هذه", D(2015, 7, 17), D(2015, 7, 20), "week"),
    ("ارتفعت البطالة مع نهاية عام 2014م في المنطقة", JUL, "نهاية عام 2014م", D(2014, 12, 1), D(2014, 12, 31), "month"),
    ("تراجعت البطالة مع مطلع عام 2014م في المنطقة", JUL, "مطلع عام 2014م", D(2014, 1, 1), D(2014, 1, 31), "month"),
    # An older year behind a year word.
    ("خاض المنتخب أول مباراة في تاريخه عام 1872 في المدينة", JUL, "عام 1872", D(1872, 1, 1), D(1872, 12, 31), "year"),
    ("سقطت المدينة سنة 1799م بعد حصار طويل", JUL, "سنة 1799م", D(1799, 1, 1), D(1799, 12, 31), "year"),
    # Two ordinal days joined by a glued «و» are one stretch too.
    ("وتعقد الاجتماعات يومي الثاني والثالث من أغسطس في الدوحة", JUL, "يومي الثاني والثالث من أغسطس", D(2015, 8, 2), D(2015, 8, 3), "day"),
    # Two days joined by «أو» are read as their stretch, from the first.
    ("ويتوقع أن يصل الوفد في 30 أو 31 يوليو الحالي إلى المدينة", JUL, "30 أو 31 يوليو الحالي", D(2015, 7, 30), D(2015, 7, 31), "day"),
    # «بعد» before a time of day is part of the expression as written, its day unchanged.
    ("وقعت الاشتباكات بعد منتصف ليل أمس في المدينة", JUL, "بعد منتصف ليل أمس", D(2015, 7, 30), D(2015, 7, 30), "day"),
    # A month's name between slashes; «لهذا اليوم» is today.
    ("أشار إلى كتابه بتاريخ 7 / يوليو /2015 م الموجه إلى المجلس", JUL, "7 / يوليو /2015 م", D(2015, 7, 7), D(2015, 7, 7), "day"),
    ("تبدأ الهدنة في 10/شوال / 1436هـ في المدن", JUL, "10/شوال / 1436هـ", D(2015, 7, 26), D(2015, 7, 26), "day"),
    ("توقعت الأرصاد في تقريرها لهذا اليوم سماء غائمة", JUL, "لهذا اليوم", JUL, JUL, "day"),
    ("حددت الوزارة الأسعار لشهر سبتمبر بعد المراجعة", JUL, "لشهر سبتمبر", D(2015, 9, 1), D(2015, 9, 30), "month"),
    ("تكررت الحوادث خلال الأشهر القلائل الماضية في القرى", JUL, "خلال الأشهر القلائل الماضية", D(2015, 1, 1), JUL, "month"),
    # A famous day beside a word for its event is of its year, the second of a pair too; alone, of the anchor's.
    ("أشاد الخطيب بشباب ثورتي «25 يناير» و«30 يونيو» في كلمته", JUL, "30 يونيو", D(2013, 6, 30), None, "day"),
    ("تحدث الوزير عن مكاسب الثورتين 25 يناير و30 يونيو أمام الطلاب", JUL, "30 يونيو", D(2013, 6, 30), None, "day"),
    ("صدر القرار في 30 يونيو بعد مشاورات طويلة", JUL, "30 يونيو", D(2015, 6, 30), None, "day"),
    # A Hijri year: the Gregorian year holding most of its days; a Hijri day with no year: the nearest.
    ("شارك الفريق في البطولة عام 1432 في ستوكهولم", JUL, "عام 1432", D(2011, 1, 1), D(2011, 12, 31), "year"),
    ("يبدأ صرف المكافآت يوم 3 محرم للمستحقين", D(2015, 10, 10), "يوم 3 محرم", D(2015, 10, 16), None, "day"),
    # A story that dates in the Hijri calendar alone: "this month" is the Hijri one (Shawwal 1436).
    ("افتتح المعرض عام 1430هـ ويستمر موسمه حتى الـ 20 من الشهر الجاري", D(2015, 7, 26), "الـ 20 من الشهر الجاري", D(2015, 8, 5), None, "day"),
    # The feast's days; dawn as an adverb; "the past months"; a part written with ب.
    ("عادت الحركة إلى الأسواق بعد انقضاء أيام العيد هنا", JUL, "أيام العيد", D(2015, 7, 17), D(2015, 7, 20), "week"),
    ("خرج الصيادون أمس إلى البحر ثم عادوا عند الفجر بصيد وفير", JUL, "عند الفجر", D(2015, 7, 30), None, "day"),
    ("انفجرت العبوة قبيل ظهر الاثنين في السوق", JUL, "قبيل ظهر الاثنين", D(2015, 7, 27), None, "day"),
    ("تلقى الوزير اتصالا هاتفيا في وقت متأخر من مساء الثلاثاء", JUL, "في وقت متأخر من مساء الثلاثاء", D(2015, 7, 28), None, "day"),  # تلقى is past
    ("عاد الوفد بعيد منتصف ليل الخميس إلى بلاده", JUL, "بعيد منتصف ليل الخميس", D(2015, 7, 30), None, "day"),
    # midnight between two days is the second's; early hours keep their day, as written
    ("قتل ثلاثة بعد منتصف ليل الأربعاء-الخميس في القصف", JUL, "بعد منتصف ليل الأربعاء-الخميس", D(2015, 7, 30), None, "day"),
    ("قتل جنديان في ساعة مبكرة اليوم في هجوم", JUL, "في ساعة مبكرة اليوم", JUL, None, "day"),
    # a quarter of this year with the year written; a Hijri month after its year; a year of two Hijri years
    ("تبدأ المرحلة مع الربع الأول من العام الجاري 2015 في الرياض", JUL, "الربع الأول من العام الجاري 2015",
     D(2015, 1, 1), D(2015, 3, 31), "month"),
    ("صدر القرار في 1435/7هـ وعدل لاحقا", JUL, "1435/7هـ", D(2014, 4, 30), D(2014, 5, 29), "month"),
    ("اعتمدت الميزانية للعام 1436/ 1437هـ في المجلس", JUL, "للعام 1436/ 1437هـ", D(2015, 1, 1), D(2015, 12, 31), "year"),
    # earlier this week; a bare month after «يتوقع» is ahead
    ("انتحر شخص في وقت سابق من الأسبوع في المدينة", JUL, "في وقت سابق من الأسبوع", D(2015, 7, 27), D(2015, 8, 2), "week"),
    ("تتوقع الحكومة إبرام اتفاق نهائي بحلول ديسمبر مع الشركة", JUL, "ديسمبر", D(2015, 12, 1), D(2015, 12, 31), "month"),
    # «غرة»: a month's first day
    ("تبدأ الدراسة غرة ذي القعدة المقبل في المدارس", JUL, "غرة ذي القعدة المقبل", D(2015, 8, 16), None, "day"),
    ("صرفت الرواتب غرة يونيو الماضي", JUL, "غرة يونيو الماضي", D(2015, 6, 1), None, "day"),
    # the word day before a date, a paired month after a preposition or before its day and year
    ("سجل المؤشر أعلى إغلاق يوم 22/07/2015م عند مستوى قياسي", JUL, "يوم 22/07/2015م", D(2015, 7, 22), None, "day"),
    ("تبدأ رحلات الحج اليوم الأول من شهر ذي الحجة القادم 1436هـ", JUL, "اليوم الأول من شهر ذي الحجة القادم 1436هـ",
     D(2015, 9, 14), None, "day"),
    ("زار الوزير العاصمة في مارس (آذار) وعاد", JUL, "في مارس (آذار)", D(2015, 3, 1), D(2015, 3, 31), "month"),
    ("وقعت الهجمات في سبتمبر (أيلول) 11 2001 في نيويورك", JUL, "سبتمبر (أيلول) 11 2001", D(2001, 9, 11), None, "day"),
    ("تراجعت المبيعات في الأشهر الماضية بشكل لافت", JUL, "في الأشهر الماضية", D(2015, 1, 1), JUL, "month"),
    ("ينتظر أن يوقع الطرفان العقد بنهاية الأسبوع الحالي في الرياض", JUL, "بنهاية الأسبوع الحالي", D(2015, 8, 1), D(2015, 8, 2), "week"),
]


@pytest.mark.parametrize("text,anchor,mention,start,end,precision", CALENDAR)
def test_calendar_expressions_of_news(text, anchor, mention, start, end, precision):
    found = [(m.value_start, m.value_end, m.precision) for m in find_dates(text, anchor) if m.text == mention]
    assert found == [(start, end or start, precision)]


NOT_DATES = ["توفي عن عمر في السبعينات من عمره", "الدعوى رقم 47/2015 جنايات", "الربيع العربي", "بعد ثلاث سنوات ونصف السنة", "بعد أيام من الهجوم", "بعد سنوات من الغياب", "تتزايد الأسعار يوما بعد يوم", "بين 3 - 4 آلاف", "حب", "اياب", "ابحث", "مارس الرئيس ضغوطا كبيرة", "لأكثر من ساعة", "44,875 فلسطينيا", "رجب طيب أردوغان", "أحد المسؤولين", "باب المندب", "ثلاثة آلاف مقاتل", "2000 مقاتل",
             "نحو 2000 من المتطوعين", "1500 - 2000 دولار", "بلغت 2014 حالة", "عدد (1982) حبة", "2013.5 مليار", "(2059 بتوقيت غرينتش)",
             "بمناسبة اليوم الوطني", "في اليوم الأول من المؤتمر", "فاز الفريق 4-صفر", "قال شعبان المصري",
             "أزمة متواصلة منذ أكثر من شهر", "احتفلت الكويت بالعيد الوطني", "العيد الخمسين لتأسيس الجامعة", "سجل هدفا في النصف الأول من المباراة",
             "مساء", "الخامس عشر", "السيارة", "دفع عام 1400 ريال", "سجل هدفا في مطلع الربع ساعة الأخيرة",
             "استمر العمل حتى نهاية الربع الثالث", "نقل مراسل عين اليوم الخبر", "أقامت دار اليوم حفلا لمنسوبيها",
             "يعمل الفريق على مدار اليوم", "تنطلق الليالي في اليوم المحدد لها", "سجل زمنا بلغ 1/15/52 دقيقة",
             "تبين أن الشركة غشت في الاختبار", "يعود الطلاب مع بداية العام الدراسي", "يبقى المريض من يومين إلى 3 أيام",
             "تتحسن النتائج من عام لآخر", "صارت المدة سنتين بدلا من سنة", "يبقى الوضع لفترة من ثلاث سنوات", "الربع الأول من العام المالي", "تجول الزوار في سوق الثلاثاء الشعبي", "يقدر الدعم الذي يوليه الأمير للجمعية",
             "التقيا في اليوم الذي وصل فيه الوفد", "سهر الطلاب في الليلة التي سبقت الامتحان", "يستغرق بناء الجسر في 5 سنوات"]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert [m.text for m in find_dates(text, FRI) if not m.vague] == []


def test_vague_expression_is_found_but_not_resolved():
    [m] = find_dates("منذ أيام", FRI)
    assert (m.vague, m.value_start) == (True, None)


def test_relative_date_needs_an_anchor():
    [m] = find_dates("أمس", None)
    assert (m.text, m.value_start) == ("أمس", None)


def test_offsets_point_into_the_original_text():
    text = "وَصَلَ الوزيرُ مساءَ أمسِ الأولِ إلى أنقرة"
    [m] = find_dates(text, D(2024, 12, 14))
    assert text[m.start:m.end] == m.text == "مساءَ أمسِ الأولِ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أمس الخميس 12/3 مساء يوم الماضي شهر 2024 هـ ٣ من إلى و،.\n")), max_size=80),
       st.one_of(st.none(), st.dates(min_value=D(1950, 1, 1), max_value=D(2070, 12, 31))),
       st.sampled_from([None, "past", "future"]))
def test_never_crashes_and_offsets_lie_inside(text, anchor, prefer):
    for m in find_dates(text, anchor, prefer):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.one_of(st.none(), st.dates()))
def test_any_unicode_text_is_safe(text, anchor):
    for m in find_dates(text, anchor):
        assert 0 <= m.start <= m.end <= len(text)


ANAPHORA = [
    ("وصل الوزير يوم 3 مارس 2017 والتقى الرئيس في اليوم نفسه", D(2017, 3, 3)),
    ("وصل الوزير يوم 3 مارس 2017 والتقى الرئيس مساء اليوم نفسه", D(2017, 3, 3)),
    ("وصل الوزير يوم 3 مارس 2017 وشارك صباحاً في العرض", D(2017, 3, 3)),
    ("وقال الرئيس أمس: «اليوم نطوي صفحة الخلاف»", D(2024, 12, 12)),
    # a quotation's today is a day of the last few named in the sentence before it, not one further back
    ("أعلنت الحكومة الأربعاء خطة جديدة. وقال الوزير: «نبدأ اليوم التنفيذ»", D(2024, 12, 11)),
    ("أعلنت الحكومة الأحد الماضي خطة جديدة. وقال الوزير: «نبدأ اليوم التنفيذ»", D(2024, 12, 13)),
    ("وصل الوزير الأربعاء. والتقى الرئيس. وقال: «نبدأ اليوم التنفيذ»", D(2024, 12, 13)),
    ("وصل الوزير يوم 3 مارس 2017 وغادر في اليوم التالي", D(2017, 3, 4)),
    ("وقع الهجوم في 5 أيار 2016 وتكرر يوم 27 من الشهر نفسه", D(2016, 5, 27)),
    ("وصل الوزير يوم 3 مارس 2017 وغادر بعد يومين", D(2017, 3, 5)),
    ("وصل الوزير يوم 3 مارس 2017 وعاد بعد ذلك بأسبوع", D(2017, 3, 10)),
    ("وصل الوزير يوم 3 مارس 2017 وكان قد زارها قبل ذلك بثلاثة أيام", D(2017, 2, 28)),
    ("وصل الوزير أمس وغادر بعد ساعتين", D(2024, 12, 12)),
    ("وصل الوزير يوم 3 مارس 2017 وفي ذات اليوم التقى الرئيس", D(2017, 3, 3)),
    ("سيصل الوفد بعد يومين", D(2024, 12, 15)),  # no day named before: counted from the anchor
    ("وصل الوزير أمس وغادر بعد يومين من المحادثات", None),  # counted from an event: not guessed
    ("وقع الانفجار الخميس وبدأ التحقيق بعد يومين فقط على الانفجار", None),
    ("عاد اللاعب أمس ويشارك في التمارين بعد أسبوعين من الآن", D(2024, 12, 27)),  # from now: the anchor
    ("وعاد الوفد بعد ذلك بيومين", None),  # "after that" with nothing dated before it
    # A plan counts from the anchor, not from a past day named before it.
    ("أكدت الإدارة أمس أن الدراسة ستبدأ بعد أسبوعين", D(2024, 12, 27)),
    ("سيصل الوفد الأحد ويغادر بعد يومين", D(2024, 12, 17)),  # from the coming day named
    ("وعاد الوفد بعد ذلك بأسبوع", None),
    # "في ذلك اليوم": the day told before, not today; nothing when none was.
    ("وصل الوزير يوم 3 مارس 2017 وفي ذلك اليوم افتتح المعرض", D(2017, 3, 3)),
    ("لم ينس الأهالي ما جرى في ذلك اليوم من خراب", None),
]


THIS_DAY_LIST = "1921 - افتتاح أول مدرسة في البلدة.\n2004 - 12 قتيلا في انهيار جسر خشبي.\nوولد فيه الشاعر عام 1931.\n"


def test_years_opening_the_lines_of_a_this_day_list_are_the_anchors_day_of_those_years():
    found = [(m.text, m.value_start, m.precision) for m in find_dates(THIS_DAY_LIST, JUL, heading="حدث في مثل هذا اليوم")]
    assert found == [("1921", D(1921, 7, 31), "day"), ("2004", D(2004, 7, 31), "day"), ("عام 1931", D(1931, 1, 1), "year")]


def test_a_this_day_heading_may_stand_on_a_line_of_its_own():
    found = [(m.text, m.value_start) for m in find_dates("في مثل هذا اليوم:\n" + THIS_DAY_LIST, JUL)]
    assert found == [("1921", D(1921, 7, 31)), ("2004", D(2004, 7, 31)), ("عام 1931", D(1931, 1, 1))]


def test_a_list_of_years_without_a_this_day_heading_is_a_chronology():
    found = [(m.text, m.value_start, m.precision) for m in find_dates("محطات:\n" + THIS_DAY_LIST, JUL)]
    assert found == [("1921", D(1921, 1, 1), "year"), ("عام 1931", D(1931, 1, 1), "year")]


def test_an_adverbial_part_of_day_with_no_day_before_it_is_the_anchors():
    m = longest("وصل الوزير صباحاً إلى بيروت", FRI)
    assert (m.value_start, m.time_of_day) == (FRI, "morning")


def test_today_in_a_quotation_without_a_day_of_speaking_stays_the_anchor():
    m = longest("وقال الرئيس: «اليوم نطوي صفحة الخلاف»", FRI)
    assert m.value_start == FRI


@pytest.mark.parametrize("text,expected", ANAPHORA)
def test_dates_that_point_back_at_the_last_day_named(text, expected):
    assert find_dates(text, FRI)[-1].value_start == expected


@pytest.mark.parametrize("text,expected,start", [
    ("قال اليوم (الثلاثاء) إن", "اليوم (الثلاثاء)", D(2024, 12, 13)),
    ("في مطلع مايو (أيار) الماضي", "مطلع مايو (أيار) الماضي", D(2024, 5, 1)),
    ("خلال الأسبوع الجاري", "خلال الأسبوع الجاري", D(2024, 12, 9)),
])
def test_brackets_and_leading_words_stay_in_the_mention(text, expected, start):
    m = longest(text, FRI)
    assert (m.text, m.value_start) == (expected, start)


NO_VALUE = [  # a year the grammar does not read (it reads 1900-2099) or a clock no clock shows
    ("وقعت معركة هاستينغز في 14 أكتوبر 1066", "14 أكتوبر"),
    ("في 15 يناير، 1066", "15 يناير"),
    ("في 15 يناير 2100", "15 يناير"),
    ("في يناير 1066", "يناير"),
    ("في الساعة 99:99", "في الساعة 99:99"),
    ("الساعة 24:30", "الساعة 24:30"),
    ("الساعة 12:60", "الساعة 12:60"),
]


@pytest.mark.parametrize("text,mention", NO_VALUE)
def test_a_year_out_of_range_or_an_impossible_clock_gives_no_value(text, mention):
    [m] = find_dates(text, THU)
    assert (m.text, m.value_start, m.precision, m.time) == (mention, None, None, None)


IN_RANGE = [  # the edges of what is still read
    ("في 15 يناير 2099", D(2099, 1, 15), "day", None),
    ("في 15 يناير 1900", D(1900, 1, 15), "day", None),
    ("الساعة 24:00", THU, "time", "00:00"),
    ("الساعة 23:59", THU, "time", "23:59"),
]


@pytest.mark.parametrize("text,day,precision,clock", IN_RANGE)
def test_the_edges_of_the_year_range_and_the_clock_are_read(text, day, precision, clock):
    m = longest(text, THU)
    assert (m.value_start, m.precision, m.time) == (day, precision, clock)


TOLD = [  # a metadata anchor (Friday) and the day a story's first "today/yesterday + weekday" tells
    ("أعلن النادي اليوم الثلاثاء أنه تعاقد مع لاعب جديد", D(2024, 12, 10), "اليوم الثلاثاء"),
    ("وصل الوفد أمس الإثنين إلى العاصمة", D(2024, 12, 10), "أمس الإثنين"),
    ("افتتح المحافظ صباح اليوم الخميس المعرض السنوي", D(2024, 12, 12), "صباح اليوم الخميس"),
    ("قال الوزير مساء اليوم الأربعاء إن الاتفاق قريب", D(2024, 12, 11), "مساء اليوم الأربعاء"),
    ("قال الوزير اليوم الجمعة إن الاتفاق قريب", None, None),  # agrees with the anchor
    ("قال الوزير اليوم الجمعة إنه وصل أمس الأربعاء", None, None),  # the first phrase agrees: no later one counts
    ("وصل الوفد أول أمس الأحد إلى العاصمة", None, None),  # only today and yesterday tell the day of writing
    ("يبدأ المعرض غدا الإثنين في العاصمة", None, None),
    ("قال الوزير اليوم السبت إن الاتفاق قريب", None, None),  # six days back: as likely a metadata day early
    ("وصل الوفد الثلاثاء إلى العاصمة", None, None),  # a weekday alone tells nothing
    ("وقع الاتفاق اليوم الأربعاء 11 ديسمبر 2024", D(2024, 12, 11), "اليوم الأربعاء"),  # the date beside it agrees
]


@pytest.mark.parametrize("text,day,phrase", TOLD)
def test_a_storys_today_and_weekday_correct_a_metadata_anchor(text, day, phrase):
    _, told = find_story_dates(text, FRI)
    assert (told.day, told.phrase) == (day, phrase) if day else told is None


def test_every_relative_date_of_a_retold_story_is_read_on_the_day_it_tells():
    mentions, _ = find_story_dates("أعلن النادي اليوم الثلاثاء أنه وقع العقد أمس بعد مفاوضات بدأت الأحد", FRI)
    assert [(m.text, m.value_start, m.anchor, m.weekday_agrees) for m in mentions] == [
        ("اليوم الثلاثاء", D(2024, 12, 10), D(2024, 12, 10), True),
        ("أمس", D(2024, 12, 9), D(2024, 12, 10), None),
        ("الأحد", D(2024, 12, 8), D(2024, 12, 10), True),
    ]


def test_find_dates_keeps_the_anchor_it_is_given():
    [m] = find_dates("أعلن النادي اليوم الثلاثاء أنه تعاقد مع لاعب", FRI)
    assert (m.value_start, m.anchor, m.weekday_agrees) == (FRI, FRI, False)


VAGUE_SPANS = [  # vague present, recent past and near future: a coarse stretch around the anchor
    ("يعمل الفريق حاليا على", FRI, FRI, "week"),
    ("لا توجد في الوقت الراهن خطة", FRI, FRI, "week"),
    ("تصاعدت الاشتباكات خلال الأيام القليلة الماضية", D(2024, 12, 6), FRI, "week"),
    ("يصل الوفد خلال الأيام القليلة المقبلة", FRI, D(2024, 12, 20), "week"),
    ("يعيش في المدينة منذ سنوات", D(2021, 1, 1), FRI, "year"),
]


@pytest.mark.parametrize("text,start,end,precision", VAGUE_SPANS)
def test_vague_present_and_recent_past_are_coarse_stretches(text, start, end, precision):
    m = longest(text, FRI)
    assert (m.value_start, m.value_end, m.precision, m.vague) == (start, end, precision, True)


def test_a_rough_count_back_keeps_its_grain():
    m = longest("تراجعت الأسعار قبل شهرين تقريبا", FRI)
    assert (m.text, m.value_start, m.value_end, m.precision) == ("قبل شهرين", D(2024, 10, 1), D(2024, 10, 31), "month")


def test_only_the_first_date_of_a_planned_lead_looks_ahead():
    mentions = find_dates("يزور الرئيس أنقرة الخميس بعد أن التقى نظيره الثلاثاء", FRI)
    assert [m.value_start for m in mentions] == [D(2024, 12, 19), D(2024, 12, 10)]


def test_a_count_from_an_event_does_not_swallow_the_day_before_it():
    mentions = find_dates("استأنفت المدارس الدوام الإثنين الماضي بعد ثلاثة أسابيع من التوقف", FRI)
    assert [(m.text, m.value_start) for m in mentions] == [("الإثنين الماضي", D(2024, 12, 9)), ("بعد ثلاثة أسابيع من", None)]


PHRASES_OF_A_STORY = ["اليوم", "أمس", "صباح", "ليلة", "الثلاثاء", "الخميس", "الجمعة", "السبت", "بعد", "ذلك", "بأسبوع",
                      "يومين", "من", "الهجوم", "حاليا", "يزور", "الرئيس", "3 مارس 2017", "نهاية الأسبوع", "،", ".", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES_OF_A_STORY), max_size=40).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=D(1950, 1, 1), max_value=D(2070, 12, 31))))
def test_a_retold_story_never_crashes_and_moves_back_at_most_five_days(text, anchor):
    mentions, told = find_story_dates(text, anchor)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    if told is not None:
        assert 1 <= (anchor - told.day).days <= 5 and told.phrase in text
        assert {m.anchor for m in mentions} == {told.day}
