"""Event mentions of an article: each trigger that tells an event, with its cast, date,
place, status and confidence."""

from __future__ import annotations

from bisect import bisect_left

from schemas.actors import ActorReading, PlaceMention
from schemas.articles import Segment
from schemas.dates import DateMention
from schemas.events import EventActor, EventMention

from extractors.budget import UNLIMITED, Budget
from extractors.events.clauses import Window, clauses, mute_topics, said_there, setting_window, window_of
from extractors.events.context import QUOTED, Context
from extractors.events.dating import carry_after, date_for, settle_date, tells_attacks_in_general, told_long_before
from extractors.events.lexicon import EventLexicon, default_lexicon
from extractors.events.places import location
from extractors.events.roles import Cast, Thread, cast_event, credit_claims
from extractors.events.status import status_of
from extractors.events.triggers import Hit, coalesce, is_setting, joins, points_back, requirement_met, restates, \
    trigger_hits
from extractors.gazetteer import Gazetteer, default_gazetteer, is_facility_actor, place_actor_id
from extractors.segment import boilerplate_lines
from extractors.sentences import Sentence, split_sentences
from extractors.spans import Spans


def find_event_mentions(
    doc_id: str,
    text: str,
    segments: list[Segment],
    dates: list[DateMention],
    reading: ActorReading,
    gazetteer: Gazetteer | None = None,
    lexicon: EventLexicon | None = None,
    budget: Budget = UNLIMITED,
) -> list[EventMention]:
    """Every event mention in an article, with actors, roles, place, date and status."""
    lex = lexicon or default_lexicon()
    ctx = Context(doc_id, text, dates, reading, gazetteer or default_gazetteer(), lex, _datelines(dates, segments))
    skipped = Spans(boilerplate_lines(text))
    in_dates = Spans([(d.start, d.end) for d in dates])
    hits = coalesce([h for h in trigger_hits(text, lex) if not in_dates.cover(h.start)], text)
    starts = [h.start for h in hits]
    out: list[EventMention] = []
    for segment in segments:
        carry: DateMention | None = None
        for sentence in split_sentences(text, segment.start, segment.end):
            budget.check()
            if skipped.cover(sentence.start):
                continue
            here = hits[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
            if here:
                out += _mentions_in_sentence(ctx, sentence, here, carry, segment)
            carry = carry_after(ctx, sentence, carry, segment)
    return out


def _datelines(dates: list[DateMention], segments: list[Segment]) -> set[tuple[int, int]]:
    """The spans of the date mentions that are a story's dateline (they date the story, not an event)."""
    by_text: dict[str, list[Segment]] = {}
    for seg in segments:
        if seg.dateline:
            by_text.setdefault(seg.dateline, []).append(seg)
    return {(d.start, d.end) for d in dates for s in by_text.get(d.text, ()) if s.start <= d.start < s.end}


def _mentions_in_sentence(ctx: Context, sentence: Sentence, hits: list[Hit], carry: DateMention | None,
                          segment: Segment) -> list[EventMention]:
    """Each trigger in its window: cast, dated (or carried the narrative's date), then built."""
    hits = _keep_telling(ctx, sentence, hits)
    parts = clauses(ctx, sentence)
    visit_from = _visit_start(ctx, sentence, hits)
    settings = frozenset(h.start for h in hits if h.trigger.pos == "noun" and ctx.told_as_setting(h, sentence.start))
    thread = Thread()
    out: list[EventMention] = []
    for k, hit in enumerate(hits):
        window = window_of(parts, hits, k, sentence, settings)
        window = mute_topics(ctx, hit, said_there(ctx, hit, setting_window(ctx, hits, k, window, settings)), parts)
        cast = cast_event(ctx, hit, window, sentence, segment, thread)
        if cast is None:
            continue
        found = date_for(ctx, hit, window, sentence)
        if tells_attacks_in_general(ctx, hit, cast.kind, found, sentence):
            continue
        past = told_long_before(ctx, hit, sentence)
        if past and found is not None and found.start < hit.end:
            found = None  # "وصل اليوم … منذ زيارته الأخيرة": the day before it is not the past visit's
        background = past or (cast.kind == "offensive" and hit.trigger.pos == "noun")
        date, source = settle_date(found, carry, sentence, background)
        during_visit = visit_from is not None and hit.start < visit_from and cast.kind != "visit"
        out.append(_build_mention(ctx, hit, window, cast, date, source, sentence, segment, during_visit))
    return credit_claims(ctx, sentence, out)


def _keep_telling(ctx: Context, sentence: Sentence, hits: list[Hit]) -> list[Hit]:
    """Triggers that tell an event: a trigger without what it needs cuts no clause; one that
    restates a verb's event or names the occasion is dropped."""
    hits = [h for h in hits if requirement_met(ctx, h, sentence)]
    return [h for k, h in enumerate(hits) if not (restates(ctx, h, hits[:k], sentence) or is_setting(ctx, h, sentence))]


def _visit_start(ctx: Context, sentence: Sentence, hits: list[Hit]) -> int | None:
    """Where a visit told behind "خلال" starts: the events before it in the sentence happened during it."""
    return min((h.start for h in hits if h.trigger.type == "visit"
                and ctx.told_during(h.start, sentence.start)),
               default=None)


def _build_mention(ctx: Context, hit: Hit, window: Window, cast: Cast, date: DateMention | None, source: str | None,
                   sentence: Sentence, segment: Segment, during_visit: bool) -> EventMention:
    """The mention with its place, status, confidence and the flags merge reads."""
    place = location(ctx, ctx.places_within(window), hit, cast.frame)
    return EventMention(
        doc_id=ctx.doc_id, type=cast.kind, trigger=hit.text, trigger_start=hit.start,  # type: ignore[arg-type]
        trigger_end=hit.end, sentence=sentence.text, sentence_start=sentence.start,
        actors=cast.roles + _visited(ctx, cast, place),
        date=date.value_start if date else None, date_end=date.value_end if date else None,
        precision=date.precision if date else None, time_of_day=date.time_of_day if date else None,
        date_text=date.text if date else None, date_source=source,  # type: ignore[arg-type]
        status=status_of(ctx, hit, window.start, date, segment, sentence),  # type: ignore[arg-type]
        location=ctx.gaz.places[place.place_id].name_ar if place else None,
        place_id=place.place_id if place else None, confidence=_confidence(ctx, hit, cast, date, sentence),
        cameo="041" if cast.kind == "call" else hit.trigger.cameo, plover=hit.trigger.plover,
        during_visit=during_visit, heading=sentence.heading, anchor=segment.anchor,
        anaphoric=points_back(ctx, hit, cast.kind, sentence), joins=joins(ctx, hit, sentence),
    )


def _visited(ctx: Context, cast: Cast, place: PlaceMention | None) -> tuple[EventActor, ...]:
    """A visit's destination below a country ("وصل … إلى عدن") is a party to it, as the country is
    (a capital stands for its country, which is one already); so is the town an attack struck
    ("قصف … على أحياء سكنية في مدينة تعز"), capital or not."""
    visited = ctx.gaz.places[place.place_id] if place is not None else None
    if visited is None or visited.kind == "country":
        return ()
    struck = cast.kind == "offensive" and place is not None and place.prep not in ctx.lex.unstruck_place_preps
    if not struck and (cast.frame != "visitor" or ctx.gaz.capitals.get(visited.country or "") == visited.place_id):
        return ()
    actor_id = place_actor_id(place.place_id)
    return () if any(a.actor_id == actor_id for a in cast.roles) else (EventActor(actor_id=actor_id, role="target"),)


def _confidence(ctx: Context, hit: Hit, cast: Cast, date: DateMention | None, sentence: Sentence) -> float:
    """A verb, two parties, a date, a headline, a quotation and a borrowed subject each move it."""
    conf = ctx.lex.confidence
    parties = [r for r in cast.roles if not is_facility_actor(r.actor_id)]  # a building is where, not who
    score = (conf[hit.trigger.pos] + conf["two_actors"] * (len(parties) > 1) + conf["dated"] * (date is not None)
             + conf["heading"] * sentence.heading + conf["quoted"] * _is_quoted(sentence, hit)
             + conf["inherited_subject"] * cast.inherited)
    return round(max(0.05, min(1.0, score)), 2)


def _is_quoted(sentence: Sentence, hit: Hit) -> bool:
    offset = hit.start - sentence.start
    return any(m.start() < offset < m.end() for m in QUOTED.finditer(sentence.text))
