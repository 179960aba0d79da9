"""Whether an event is told as having happened: denied, hypothetical, planned or asserted."""

from __future__ import annotations

from schemas.articles import Segment
from schemas.dates import DateMention

from extractors.events.context import CLAUSE_PUNCT, HISTORY_ITEM, TO, Context, words_after, words_before
from extractors.events.triggers import Hit
from extractors.sentences import Sentence
from extractors.text import fold


def status_of(ctx: Context, hit: Hit, floor: int, date: DateMention | None, segment: Segment,
              sentence: Sentence) -> str:
    """Denied, hypothetical, planned (future form, a planning word, or a day after the story's
    own date: what has not happened yet is a plan), else asserted."""
    before = words_before(ctx.text, hit.start, floor, ctx.lex.window_words)
    if ctx.lex.cues["denied"].search(before) or ctx.lex.cues["denial_verbs"].search(fold(ctx.text[sentence.start:hit.start])):
        return "denied"
    # "من المقرر أن يلتقي", "يعتزم أن يزور": these govern the clause that أن opens.
    governing = words_before(ctx.text, hit.start, sentence.start, ctx.lex.window_words)
    if ctx.lex.cues["hypothetical"].search(governing):
        return "hypothetical"
    if hit.future or ctx.lex.cues["planned"].search(governing) or _planned_noun(ctx, hit, sentence):
        return "planned"
    if date and date.value_start and segment.anchor and (date.value_start > segment.anchor or _coming(date, segment)):
        return "planned"
    if hit.purpose and (hit.trigger.type != "offensive" or hit.trigger.pos == "verb") and not (date and date.start > hit.end):
        return "planned"  # "توجه إلى جدة للقاء المسؤولين", "قواعدها لشن غارات": meant, not yet told as done
    if hit.trigger.aspect == "imperfect" and not sentence.heading and not ctx.lex.cues["imperfect_past"].search(before) \
            and not HISTORY_ITEM.match(sentence.text) and not (  # a history list tells the past in the present
                ctx.lex.cues["subjunctive_leads"].search(before) and _past_day(date, segment)):
        return "planned"
    return "asserted"


def _past_day(date: DateMention | None, segment: Segment) -> bool:
    """Whether the event's day is before the story's: after "قبل أن" the imperfect then tells
    what was done ("قال … قبل أن يتوجه إلى إسطنبول … عصر أمس")."""
    return bool(date and date.value_end and segment.anchor and date.value_end < segment.anchor)


def _coming(date: DateMention, segment: Segment) -> bool:
    """"خلال الساعات المقبلة": a vague stretch from the story's day on is still to come."""
    return bool(date.vague and date.value_end and date.value_start == segment.anchor and date.value_end > segment.anchor)


def _planned_noun(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"سيجري … محادثات", "أعلنوا عزمهم على زيارة", "الزيارة المرتقبة", "المحادثات التي سيجريها": an
    event noun that its clause tells as to come or asked for; not the visit during which it will be
    done ("سيجري خلال زيارته محادثات": the visit is under way)."""
    if hit.trigger.pos != "noun":
        return False
    if words_before(ctx.text, hit.start, sentence.start, 1) in TO and ctx.lex.cues["invitation_verbs"].search(
            fold(ctx.text[sentence.start:hit.start])):
        return True  # "دعا الرئيس خلال لقائه … المبعوث إلى زيارة عدن": invited to, not yet made
    setting = ctx.lex.cues["during"].search(words_before(ctx.text, hit.start, sentence.start, 1))
    governing = CLAUSE_PUNCT.split(words_before(ctx.text, hit.start, sentence.start, ctx.lex.planned_reach_words))[-1]
    return bool(not setting and ctx.lex.cues["planned_in_clause"].search(governing) or ctx.lex.cues["planned_after"].search(
        words_after(ctx.text, hit.end, sentence.end, ctx.lex.planned_after_words)))
