"""Which date mention an event takes: one in its clause or sentence, else the date the
narrative carries from the sentences before."""

from __future__ import annotations

import re
from datetime import timedelta

from schemas.articles import Segment
from schemas.dates import DateMention

from extractors.events.clauses import Window
from extractors.events.context import QUOTED, Context, words_before
from extractors.events.triggers import Hit
from extractors.sentences import Sentence
from extractors.text import fold

_EXPLICIT_RULES = ("day_month", "month_day", "numeric", "hijri", "month_year", "holiday", "year")
_CARRY_SPAN = timedelta(days=31)
_EXPLICIT_CARRY_SPAN = timedelta(days=7)


_CLAUSE_BREAK = re.compile(r"[،,؛;]")
_DATE_HELD = "\x00"  # where a date stood, in a clause read for what looks back before it
_AGO = "ago"  # the date grammar's rule for "منذ ثلاثة أيام", "قبل أسبوعين"


def date_for(ctx: Context, hit: Hit, window: Window, sentence: Sentence) -> DateMention | None:
    """First date after the trigger in its clause, else the nearest before it in the sentence;
    a vague one ("حاليا", "منذ سنوات") only when the clause holds no sharper one.

    Dates that bound a duration ("منذ 5 يونيو", "حتى الخميس", "أول زيارة منذ 27 عاما") do not date an event.
    """
    usable = [d for d in ctx.dates_in(sentence.start, sentence.end)
              if not _after_bound(ctx, d, sentence) and not _first_since(ctx, d, sentence) and not _since(ctx, d)]
    found = _nearest(ctx, hit, window, usable)
    if found is not None and found.vague:
        return _nearest(ctx, hit, window, [d for d in usable if not d.vague and d.start in window]) or found
    return found


def _nearest(ctx: Context, hit: Hit, window: Window, usable: list[DateMention]) -> DateMention | None:
    held = [d for d in usable if window.start <= d.start and d.end <= hit.start and hit.trigger.pos == "noun"
            and ctx.lex.cues["author_verbs"].search(fold(ctx.text[window.start:d.start]))]
    if held:  # "أجرى بوتين اليوم الأربعاء اتصالا هاتفيا": between the verb and its noun
        return held[-1]
    forward = [d for d in usable if hit.end <= d.start and d.start in window and not _past_since(ctx, hit, d)]
    backward = [d for d in usable if d.end <= hit.start]
    if backward and backward[-1].start in window and _during_after(ctx, hit, backward[-1]):
        return backward[-1]  # "قال … اليوم السبت خلال لقاء جمعهما": what was said then was said at it
    if forward:
        return forward[0]
    return backward[-1] if backward else None


def _past_since(ctx: Context, hit: Hit, mention: DateMention) -> bool:
    """"أسوأ هجوم منذ إحراق شاب … قبل عام": a named date (a month, a year, an explicit day) after
    a later "منذ" in its own clause dates what منذ looks back to, not the event before it. Not a
    منذ that opens a date of its own ("منذ سنوات"), nor a date past a comma, where the main clause
    may resume ("أعنف غارات منذ بدء الحملة، فجر أمس"), nor a day told relative to the story
    ("وصل في أول زيارة منذ توليه منصبه إلى القاهرة يوم الجمعة"), though a count of days ago is
    ("أول هجوم منذ سقوط الهدنة قبل عشرة أيام")."""
    if mention.precision == "day" and not _explicit(mention) and _AGO not in mention.how.split("+"):
        return False
    pieces, at = [], hit.end
    for other in ctx.dates_in(hit.end, mention.start):
        pieces.append(ctx.text[at:other.start] + _DATE_HELD)
        at = max(at, other.end)
    pieces.append(ctx.text[at:mention.start])
    clause = fold(_CLAUSE_BREAK.split("".join(pieces))[-1])
    return any(not clause[m.end():].lstrip().startswith(_DATE_HELD) for m in ctx.lex.cues["looking_back"].finditer(clause))


def _during_after(ctx: Context, hit: Hit, mention: DateMention) -> bool:
    """An event noun right after a date and "خلال", "أثناء", "على هامش": the setting of what
    the clause says was said or done that day."""
    between = fold(ctx.text[mention.end:hit.start]).split()
    return hit.trigger.pos == "noun" and 0 < len(between) <= 2 and bool(ctx.lex.cues["during"].fullmatch(" ".join(between)))


def _after_bound(ctx: Context, mention: DateMention, sentence: Sentence) -> bool:
    """"منذ 5 يونيو", "حتى الآن": a date right after a bound says since or until when, not when."""
    return bool(ctx.lex.cues["bounds"].search(words_before(ctx.text, mention.start, sentence.start, 1)))


def _since(ctx: Context, mention: DateMention) -> bool:
    """"الهدنة المطبقة منذ 2013": a named time opened by a bound is since when, not when (a
    count of days, "منذ ثلاثة أيام", is ago; a vague span, "منذ سنوات", is weighed apart)."""
    return bool(ctx.lex.cues["since_bounds"].match(fold(mention.text))) and not mention.vague \
        and _AGO not in mention.how.split("+")


def _first_since(ctx: Context, mention: DateMention, sentence: Sentence) -> bool:
    """"أول زيارة منذ 27 عاما": a date opened by a bound after "أول" says since when, not when."""
    return bool(ctx.lex.cues["bounds"].match(fold(mention.text))) and bool(
        ctx.lex.cues["firsts"].search(words_before(ctx.text, mention.start, sentence.start, ctx.lex.window_words)))


def _bounds(ctx: Context, mention: DateMention, sentence: Sentence) -> bool:
    """"حتى الآن", "منذ ثلاثة أيام": a date after a bound or opened by one is no day the story
    goes on in (though "أجرى منذ ثلاثة أيام اتصالا" dates its own event)."""
    return _after_bound(ctx, mention, sentence) or bool(ctx.lex.cues["bounds"].match(fold(mention.text)))


def told_long_before(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"منذ زيارته الأخيرة", "سبق له أن زار": an event long past, background to the story; the
    cue ends right before the trigger ("أجرى منذ ثلاثة أيام اتصالا" is dated, not past)."""
    return ctx.cue_ends_at("told_before", hit.start, sentence.start, ctx.lex.told_before_words)


def date_source(mention: DateMention) -> str:
    return "explicit" if _explicit(mention) else "relative"


def _explicit(mention: DateMention) -> bool:
    """A date named in full by the text (a day and month, a year, a feast), not told relative to the story."""
    return any(rule in mention.how for rule in _EXPLICIT_RULES)


def _carry_span(mention: DateMention) -> timedelta:
    """How far from the story's date a date may lie and still be the story's day: relative
    words ("أمس", "الخميس") name the news days; a written-out date a month back is background."""
    return _CARRY_SPAN if date_source(mention) == "relative" else _EXPLICIT_CARRY_SPAN


def _turns_away(mention: DateMention, segment: Segment) -> bool:
    """A vague time that leaves the story's day ("مؤخرا", "منذ سنوات"); not the present ("حاليا")."""
    present = segment.anchor is not None and mention.value_start == mention.value_end == segment.anchor
    return mention.vague and not present


def carry_after(ctx: Context, sentence: Sentence, carry: DateMention | None, segment: Segment) -> DateMention | None:
    """The narrative date after a sentence: its first day near the anchor, not one that bounds a
    duration ("حتى الآن", "منذ يومين"); none after a vague one that turns to the past or future
    ("مؤخرا", "منذ سنوات"), but "حاليا" keeps the story's day."""
    if sentence.heading:
        return None
    found = ctx.dates_in(sentence.start, sentence.end)
    if any(_turns_away(d, segment) for d in found):
        return None
    quoted = [(sentence.start + m.start(), sentence.start + m.end()) for m in QUOTED.finditer(sentence.text)]
    days = [d for d in found if d.value_start is not None and d.precision in ("day", "time")
            and (segment.anchor is None or abs(d.value_start - segment.anchor) <= _carry_span(d))
            and not any(s <= d.start < e for s, e in quoted) and not _bounds(ctx, d, sentence)]
    return days[0] if days else carry


def tells_attacks_in_general(ctx: Context, hit: Hit, kind: str, found: DateMention | None, sentence: Sentence) -> bool:
    """"الهجمات الحوثية": an undated definite attack noun of a generic form tells attacks in
    general, not one attack; so does one that someone is said to be behind ("وراء هجمات")."""
    if kind != "offensive" or hit.trigger.pos != "noun" or \
            " ".join(fold(hit.text).split()).lstrip("وفبلك").removeprefix("ال") not in ctx.lex.generic_forms:
        return False
    return (hit.definite and found is None) or ctx.cue_ends_at("responsible_for", hit.start, sentence.start, 2)


def settle_date(found: DateMention | None, carry: DateMention | None, sentence: Sentence,
                background: bool) -> tuple[DateMention | None, str | None]:
    """The date found and its source, else the narrative's date (not for a headline or an attack
    told as background); a mention with no calendar value dates nothing."""
    source = date_source(found) if found else None
    if found is None and carry is not None and not sentence.heading and not background:
        found, source = carry, "context"
    if found is not None and found.value_start is None:
        return None, None
    return found, source
