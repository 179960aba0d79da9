"""Cutting a sentence into clauses, relative clauses set aside, and the window of each trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.events.context import CLAUSE_PUNCT, Context
from extractors.events.triggers import Hit
from extractors.sentences import Sentence
from extractors.text import Normalized, fold


@dataclass(frozen=True)
class Clauses:
    """Where clauses start in a sentence, and the relative clauses set inside it."""

    cuts: list[int]
    asides: list[tuple[int, int]]
    attributions: list[tuple[int, int]]
    purposes: list[tuple[int, int]]

    def aside_of(self, offset: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.asides if s <= offset < e), None)


@dataclass(frozen=True)
class Window:
    """The stretch of a sentence that belongs to one trigger, minus relative clauses set aside."""

    start: int
    end: int
    holes: tuple[tuple[int, int], ...] = ()
    aside: tuple[int, int] | None = None  # the relative clause this window lies in
    muted: tuple[tuple[int, int], ...] = ()  # attributions: their dates count, their actors and places do not

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end and not any(s <= offset < e for s, e in self.holes)

    def takes_part(self, offset: int) -> bool:
        """Whether an actor or place named at `offset` may take part in the event."""
        return offset in self and not any(s <= offset < e for s, e in self.muted)


def clauses(ctx: Context, sentence: Sentence) -> Clauses:
    """Clause openers (حيث، إن، أن، بينما …) cut a sentence; a relative clause (الذي …) runs to
    the next comma and is set aside, so "التقى X، الذي يرافق Z، Y" still joins X and Y; an
    attribution (بحسب ما …) or a purpose of talks (لبحث …) runs to the next comma or clause, and
    names no one who took part."""
    folded = Normalized(sentence.text)
    cuts, asides, attributions, purposes = {sentence.start}, [], [], []
    names = [(a.start, a.end) for a in ctx.actors_in(sentence.start, sentence.end)]
    for m in ctx.lex.clause_openers.finditer(folded.text):
        start = sentence.start + folded.span(m.start(), m.end())[0]
        if any(s <= start < e for s, e in names):
            continue  # "مون جيه إن": part of a name, not "إن"
        opener = m.group(0).lstrip("وف") if m.group(0) not in ctx.lex.relatives else m.group(0)
        if opener in ctx.lex.relatives or opener in ctx.lex.attributions or opener in ctx.lex.purposes:
            comma = CLAUSE_PUNCT.search(sentence.text, start - sentence.start)
            span = (start, sentence.start + comma.end() if comma else sentence.end)
            (asides if opener in ctx.lex.relatives else attributions if opener in ctx.lex.attributions
             else purposes).append(span)
        else:
            cuts.add(start)
    return Clauses(sorted(cuts), asides, _to_clause_end(attributions, cuts), _to_clause_end(purposes, cuts))


def setting_window(ctx: Context, hits: list[Hit], k: int, window: Window, settings: frozenset[int]) -> Window:
    """"بحث الوزير خلال زيارته أمس مع نظيره": the partner a verb's talks name after the visit told as
    their setting («مع …») is the verb's, not the visit's: the setting's window ends before «مع»."""
    hit = hits[k]
    if hit.start not in settings or not any(h.trigger.pos == "verb" for h in hits[:k]):
        return window
    partner = _WITH.search(ctx.text, hit.end, window.end)
    return replace(window, end=partner.start()) if partner else window


_WITH = re.compile(r"(?<!\w)مع(?!\w)")


def _to_clause_end(spans: list[tuple[int, int]], cuts: set[int]) -> list[tuple[int, int]]:
    return [(s, min([c for c in cuts if c > s] + [e])) for s, e in spans]


_ADJECTIVES_BEFORE_RELATIVE = 2
_SUPERLATIVE = re.compile(r"^الا\w{3}$")  # "الأعنف الذي تشهده": compared with others, not described


def window_of(parts: Clauses, hits: list[Hit], k: int, sentence: Sentence, settings: frozenset[int] = frozenset()) -> Window:
    """Trigger k's clause, cut at the neighbouring triggers; inside a relative clause, that clause.
    The clause of a verb, or of a noun of talks or a visit, runs on past an event noun told as its
    setting (`settings`: their starts): "بحث الوزير خلال الزيارة مع نظيره", the talks are with whom
    the clause names after it; "كان في استقباله لدى وصوله المطار رئيس الحكومة"; such a noun's
    clause reaches back past the setting right before it too ("أجرى كارتر بعيد وصوله إلى أربيل لقاء")."""
    hit = hits[k]
    aside = parts.aside_of(hit.start)
    layer = [h for h in hits if parts.aside_of(h.start) == aside]
    at = layer.index(hit)
    talks_noun = hit.trigger.pos == "noun" and hit.trigger.type != "offensive"
    before = [h for h in layer[:at] if not (talks_noun and h.start in settings and h is layer[at - 1])]
    low = before[-1].end if before else sentence.start
    after = [h for h in layer[at + 1:] if not ((hit.trigger.pos == "verb" or talks_noun) and h.start in settings)]
    high = after[0].start if after else sentence.end
    if aside is not None:
        return Window(max(aside[0], low), min(aside[1], high), aside=aside, muted=tuple(parts.attributions))
    cuts = [c for c in parts.cuts if parts.aside_of(c) is None]
    start = max([c for c in cuts if c <= hit.start] + [low])
    end = min([c for c in cuts if c > hit.end] + [high])
    # "الهجوم الذي شنه داعش فجر أمس": a relative clause right after the trigger describes it.
    own = [a for a in parts.asides if _describes(sentence, hit, a)
           and not any(a[0] <= h.start < a[1] for h in hits)]  # "الذي … منذ التفجير الذي نفذه": another event
    if own:
        end = max(end, min(own[0][1], high))
    return Window(start, end, tuple(a for a in parts.asides if start <= a[0] < end and a not in own),
                  muted=tuple(parts.attributions))


def _describes(sentence: Sentence, hit: Hit, aside: tuple[int, int]) -> bool:
    """A relative clause right after the trigger, or after its definite adjectives ("الهجوم
    الانتحاري الذي أوقع … في سوروتش"), is about the event: its day and place are the event's."""
    if aside[0] < hit.end:
        return False
    gap = fold(sentence.text[hit.end - sentence.start:aside[0] - sentence.start]).split()
    return len(gap) <= _ADJECTIVES_BEFORE_RELATIVE and all(w.startswith("ال") and not _SUPERLATIVE.match(w) for w in gap)


def mute_topics(ctx: Context, hit: Hit, window: Window, parts: Clauses) -> Window:
    """"التقى X Y لبحث الوضع في سوريا ولبنان": in talks, whoever is named after a word of
    purpose is what was talked about, not who talked."""
    if hit.trigger.type not in ctx.lex.talks:
        return window
    return replace(window, muted=window.muted + tuple(p for p in parts.purposes if p[0] >= hit.end))


def said_there(ctx: Context, hit: Hit, window: Window) -> Window:
    """"في مؤتمر صحفي مشترك أكدا فيه رفضهما قرار ترامب": after an event noun, what was said
    there is not who took part."""
    if hit.trigger.pos != "noun":
        return window
    after = Normalized(ctx.text[hit.end:window.end])
    said = ctx.lex.cues["speech_verbs"].search(after.text)
    return replace(window, end=hit.end + after.span(said.start(), said.end())[0]) if said else window
