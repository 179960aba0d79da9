"""Stories and anchors: metadata first, else the dateline; a "read also" story has its own."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.segment import _MARKER_CHARS, boilerplate_lines, default_layout, find_dateline, lines, segment
from extractors.text import fold
from schemas.articles import Article

TWO_STORIES = (
    "عنوان الخبر الأول\n"
    "تاريخ النشر: 3rd, March 2019 GMT\n"
    "وصل الوزير أمس إلى العاصمة.\n"
    "إقرأ أيضاً:\n"
    "عنوان خبر آخر\n"
    "9 نيسان، 2020\n"
    "بغداد: تلقى رئيس الوزراء اليوم الخميس اتصالا هاتفيا.\n"
)

DATELINES = [
    ("عنوان\n  • 10/22/2016\n  • 00:00\nالنص.", "10/22/2016", date(2016, 10, 22)),
    ("الرياض 12 مارس 2017 (واس) - استقبل الملك ...", "12 مارس 2017", date(2017, 3, 12)),
    ("تاريخ النشر: الأحد 5 فبراير 2017\nنص طويل", "الأحد 5 فبراير 2017", date(2017, 2, 5)),
    ("Published: December 14, 2024\nنص", "December 14, 2024", date(2024, 12, 14)),
]


@pytest.mark.parametrize("text,dateline,day", DATELINES)
def test_datelines(text, dateline, day):
    assert find_dateline(text, 0, len(text)) == (dateline, day)


def test_a_long_sentence_with_a_date_is_not_a_dateline():
    text = "وقال الوزير في مؤتمر صحفي عقده في العاصمة بعد ظهر اليوم إن الاتفاق الموقع في 7 أكتوبر 2023 ما زال ساريا رغم كل شيء"
    assert find_dateline(text, 0, len(text)) is None


def test_each_story_has_its_own_anchor():
    parts = segment(Article(doc_id="d", text=TWO_STORIES))
    assert [(p.part, p.anchor, p.anchor_source) for p in parts] == [
        (0, date(2019, 3, 3), "dateline: 3rd, March 2019"),
        (1, date(2020, 4, 9), "dateline: 9 نيسان، 2020"),
    ]
    assert TWO_STORIES[parts[1].start:].startswith("إقرأ أيضاً")


def test_metadata_wins_over_the_dateline_for_the_first_story():
    parts = segment(Article(doc_id="d", text=TWO_STORIES, published=date(2019, 3, 4), published_source="manifest"))
    assert [(p.anchor, p.anchor_source, p.dateline_date) for p in parts] == [
        (date(2019, 3, 4), "manifest", date(2019, 3, 3)),
        (date(2020, 4, 9), "dateline: 9 نيسان، 2020", date(2020, 4, 9)),
    ]


@pytest.mark.parametrize("url, anchor", [
    ("http://example.com/Issues/20150725/Con20150725785453.htm", date(2015, 7, 25)),  # crawled a day later
    ("http://example.com/2015/07/24/article_1.html", date(2015, 7, 24)),  # two days later
    ("http://example.com/2015/07/21/article_1.html", date(2015, 7, 26)),  # too long before: not its issue
    ("http://example.com/2015/07/27/article_1.html", date(2015, 7, 26)),  # after the metadata day
    ("http://example.com/2015/20150725/ln1.htm", date(2015, 7, 25)),  # the first valid date
    ("http://example.com/news/article_1.html", date(2015, 7, 26)),
])
def test_the_issue_day_in_the_address_anchors_a_crawl_day(url, anchor):
    article = Article(doc_id="d", text="قال الوزير اليوم إن", published=date(2015, 7, 26), published_source="jsonl", url=url)
    assert segment(article)[0].anchor == anchor


def test_a_second_story_without_dateline_inherits_the_first_anchor():
    text = "خبر\nاقرأ أيضا\nخبر ثان بلا تاريخ."
    parts = segment(Article(doc_id="d", text=text, published=date(2020, 1, 2), published_source="manifest"))
    assert [(p.anchor, p.anchor_source) for p in parts] == [
        (date(2020, 1, 2), "manifest"), (date(2020, 1, 2), "inherited from the first story"),
    ]


def test_a_later_story_dateline_without_year_takes_the_year_of_the_first():
    text = "خبر أول.\nطالع أيضاً:\nعنوان\nعمان 16 كانون الثاني (بترا)- دانت المملكة التفجير أمس."
    parts = segment(Article(doc_id="d", text=text, published=date(2018, 1, 21), published_source="manifest"))
    assert [(p.anchor, p.anchor_source) for p in parts] == [
        (date(2018, 1, 21), "manifest"), (date(2018, 1, 16), "dateline: 16 كانون الثاني"),
    ]


def test_no_anchor_at_all():
    assert [(p.anchor, p.anchor_source) for p in segment(Article(doc_id="d", text="نص بلا تاريخ."))] == [(None, None)]


def test_boilerplate_lines():
    text = "خبر.\nمشاركة :\nكلمات دلالية: داعش سوريا\nالمصدر: وكالات"
    assert [text[s:e] for s, e in boilerplate_lines(text)] == ["مشاركة :", "كلمات دلالية: داعش سوريا", "المصدر: وكالات"]


LINE_WORDS = ["إقرأ أيضاً", "اقرأ  ايضا", "إِقْرَأ أيضا", "Read More", "شارك", "المصدر:", "• ", "خبر", "ـ", "\u200f", "أمس", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINE_WORDS), st.sampled_from(["\n", " ", "  ", "\n\n", ": "])), max_size=12))
def test_lines_opening_with_a_phrase_are_those_each_line_read_alone_gives(pairs):
    text = "".join(w + s for w, s in pairs)
    for opening in (default_layout().read_also, default_layout().boilerplate):
        assert opening.lines(text) == [(s, e) for s, e in lines(text) if opening.pattern.match(fold(text[s:min(e, s + _MARKER_CHARS)]))]
