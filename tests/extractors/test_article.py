"""One article end to end: the time budget that stops a long one, and extraction that never
fails on any text with an anchor anywhere in the accepted range (1900-2100)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.article import extract_article, extract_article_safely
from extractors.budget import Stopped
from schemas.articles import Article

SENTENCE = "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة أمس الخميس. "


def test_an_article_past_its_budget_is_recorded_as_failed_with_the_reason():
    article = Article(doc_id="long", text=SENTENCE * 2000, published=date(2018, 2, 15))
    size_kb = len(article.text.encode("utf-8")) // 1024
    reading = extract_article_safely(article, seconds=0.001)
    assert (reading.error, reading.mentions, reading.dates) == (
        f"extraction stopped after 0.001 s: article of {size_kb} KB", (), ())


def test_a_stop_request_ends_an_article_at_once_and_is_not_its_error():
    article = Article(doc_id="long", text=SENTENCE * 2000, published=date(2018, 2, 15))
    asked = iter([False, False, True])
    with pytest.raises(Stopped):
        extract_article_safely(article, stop=lambda: next(asked, True))


def test_an_article_within_its_budget_is_read_as_without_one():
    article = Article(doc_id="short", text=SENTENCE, published=date(2018, 2, 15))
    assert extract_article_safely(article, seconds=60) == extract_article(article)


WORDS = ["التقى", "زار", "الرئيس", "وزير الخارجية", "بوتين", "أردوغان", "نظيره", "التركي", "الجانبان", "التحالف",
         "هجوم", "في", "أنقرة", "دمشق", "أمس", "غدا", "الخميس", "الماضي", "المقبل", "الشهر", "العام", "يناير",
         "15", "1066", "2100", "1900", "9000", "99:99", "24:00", "عام", "قبل", "بعد", "الساعة", "مساء", "رمضان",
         "1445هـ", "3/4/2018", "إقرأ أيضا", "،", ".", "«", "»", "\n", "ـ", "َ"]
ANCHORS = st.one_of(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
                    st.sampled_from([date(1900, 1, 1), date(2100, 12, 31)]), st.none())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join), ANCHORS)
def test_extraction_never_fails_for_anchors_over_the_accepted_range(text, anchor):
    reading = extract_article(Article(doc_id="t", text=text, published=anchor))
    for m in reading.dates:
        assert text[m.start:m.end] == m.text
    for e in reading.mentions:
        assert text[e.trigger_start:e.trigger_end] == e.trigger


RETOLD = [  # published on a Friday (the crawl day); the story's own words may tell an earlier day
    ("أعلن النادي اليوم الثلاثاء أنه وقع العقد أمس.", date(2024, 12, 10), "jsonl 2024-12-13, corrected by «اليوم الثلاثاء»"),
    ("أعلن النادي اليوم الجمعة أنه وقع العقد أمس.", date(2024, 12, 13), "jsonl"),
    ("الرياض 13 ديسمبر 2024 (واس) - أعلن النادي اليوم الثلاثاء أنه وقع العقد.", date(2024, 12, 13), "jsonl"),
]


@pytest.mark.parametrize("text,anchor,source", RETOLD)
def test_a_metadata_anchor_without_a_dateline_yields_to_the_storys_weekday(text, anchor, source):
    reading = extract_article(Article(doc_id="t", text=text, published=date(2024, 12, 13), published_source="jsonl"))
    assert (reading.segments[0].anchor, reading.segments[0].anchor_source) == (anchor, source)
    assert {m.anchor for m in reading.dates} == {anchor}


def test_a_story_that_inherits_its_anchor_inherits_the_correction():
    text = "أعلن النادي اليوم الثلاثاء أنه وقع العقد.\nاقرأ أيضا\nوصل الوفد أمس إلى العاصمة."
    reading = extract_article(Article(doc_id="t", text=text, published=date(2024, 12, 13), published_source="jsonl"))
    assert [s.anchor for s in reading.segments] == [date(2024, 12, 10)] * 2
    assert reading.dates[-1].value_start == date(2024, 12, 9)
