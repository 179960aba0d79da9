"""Event mentions: triggers from `data/triggers.csv`, tied to actors, a place and a date.

For each trigger, its clause (cut at commas, relative pronouns, "حيث", "إن/أن" … and at the
neighbouring triggers) supplies actors; the preposition before an actor gives its role under
the trigger's frame (تلقى اتصالا من: the caller is the source). The date is the first one
after the trigger in its clause, else the nearest before it in the sentence, else any in the
sentence, else the date carried from the previous sentence while the narrative continues;
otherwise the event stays undated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from typing import Any

import regex

from schemas.actors import ActorMention, ActorReading, PlaceMention
from schemas.articles import Segment
from schemas.dates import DateMention
from schemas.events import EventActor, EventMention, Role

from extractors.data_files import read_csv, read_yaml
from extractors.gazetteer import Gazetteer, default_gazetteer
from extractors.segment import boilerplate_lines
from extractors.sentences import Sentence, split_sentences
from extractors.text import Normalized, fold, fold_phrase, phrase_alternation

_SUFFIX = r"(?P<suf>هما|هم|هن|ها|نا|ه)"
_ACCUSATIVE = "ا"  # "عقد اجتماعا": an indefinite noun object ends in alif
_QUOTED = regex.compile(r"[\"“«][^\"“”«»]{3,}?[\"”»]")
_CLAUSE_PUNCT = regex.compile(r"[،,;:؛\"“”«»]")
_EXPLICIT_RULES = ("day_month", "month_day", "numeric", "hijri", "month_year", "holiday", "year")
_CARRY_SPAN = timedelta(days=31)
_EXPLICIT_CARRY_SPAN = timedelta(days=7)
_GENITIVE_GAP = 30
_SUBJECT_KINDS = {"person", "organisation", "armed_group", "government_body"}
_FOCUS_DECAY = 0.6
_ANTECEDENT_REACH = 60
_AUTHOR_REACH = 30  # characters after a generic attacker where its group may be named
_NEXT_WORD = regex.compile(r"\s*(\w+)")


@dataclass(frozen=True)
class Trigger:
    type: str
    pos: str
    aspect: str
    frame: str
    cameo: str
    plover: str
    requires: frozenset[str] | None  # one of these words must follow ("وصل … إلى", "أطلق … صاروخا")
    excludes: frozenset[str] = frozenset()  # words that, just after it, make it something else


@dataclass(frozen=True)
class EventLexicon:
    pattern: regex.Pattern[str]
    triggers: dict[str, Trigger]
    not_triggers: frozenset[str]
    generic: frozenset[str]
    generic_attackers: frozenset[str]
    unit_nouns: frozenset[str]
    generic_forms: frozenset[str]
    cues: dict[str, regex.Pattern[str]]
    clause_openers: regex.Pattern[str]
    relatives: frozenset[str]
    phone: regex.Pattern[str]
    topics: regex.Pattern[str]
    roles: dict[str, dict[str, str]]
    confidence: dict[str, float]
    window_words: int
    bare_followers: frozenset[str]


def _cue(words: list[str]) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)[وف]?(?:{phrase_alternation(fold_phrase(w) for w in words)})(?!\w)")


def _stems(form: str, pos: str) -> list[tuple[str, bool]]:
    """(stem, needs_suffix): a noun's ة becomes ت and its hamza seat changes before a suffix."""
    stems = [(form, False)]
    if pos == "noun" and form.endswith("ه"):
        stems.append((form[:-1] + "ت", True))
    if form.endswith("اء"):
        stems += [(form[:-1] + "ي", True), (form[:-1] + "و", True)]
    return stems


def compile_lexicon(rows: list[dict[str, str]], spec: dict[str, Any]) -> EventLexicon:
    """Trigger forms (with clitics, ال and pronoun suffixes) and the cue word lists, compiled once."""
    triggers: dict[str, Trigger] = {}
    plain, suffixed = [], []
    for row in rows:
        trigger = Trigger(row["type"], row["pos"], row["aspect"], row["frame"], row["cameo"], row["plover"],
                          frozenset(fold_phrase(w) for w in row["requires"].split("|")) if row["requires"] else None,
                          frozenset(fold_phrase(w) for w in row["excludes"].split("|") if w))
        for form in row["forms"].split("|"):
            for stem, needs_suffix in _stems(fold_phrase(form), row["pos"]):
                triggers.setdefault(stem, trigger)
                (suffixed if needs_suffix else plain).append(stem)
    body = (rf"(?P<t>{phrase_alternation(plain)})(?:{_SUFFIX}|(?P<acc>{_ACCUSATIVE}))?"
            rf"|(?P<t>{phrase_alternation(suffixed)}){_SUFFIX}")
    pattern = regex.compile(rf"(?<!\w)(?P<pre>[وف]?(?:بال|لل|ال|[بلك])?)(?P<fut>س(?=[يتن]))?(?:{body})(?!\w)")
    cues = {key: _cue(spec[key]) for key in ("planned", "denied", "hypothetical", "receiver_verbs", "during",
                                             "imperfect_past", "bounds", "denial_verbs", "hold_verbs", "join_verbs", "restating_prepositions",
                                             "speech_verbs", "claim_verbs", "setting_prepositions",
                                             "continuations", "pronoun_complements", "author_verbs", "complementizers",
                                             "attack_references")}
    openers = regex.compile(rf"(?<!\w)[وف]?(?:{phrase_alternation(fold_phrase(w) for w in spec['clause_openers'])})(?!\w)")
    return EventLexicon(
        pattern=pattern, triggers=triggers, not_triggers=frozenset(fold_phrase(w) for w in spec["not_triggers"]),
        generic=frozenset(spec["generic_actors"]), generic_attackers=frozenset(spec["generic_attackers"]),
        unit_nouns=frozenset(fold_phrase(w) for w in spec["unit_nouns"]), cues=cues, clause_openers=openers,
        generic_forms=frozenset(fold_phrase(w) for w in spec["generic_unless_dated"]),
        relatives=frozenset(fold_phrase(w) for w in spec["relative_pronouns"]), phone=_cue(spec["phone_cues"]),
        topics=_cue(spec["topic_nouns"]), roles=spec["roles"], confidence=spec["confidence"],
        window_words=spec["cue_window_words"],
        bare_followers=frozenset(fold_phrase(w) for w in spec["bare_followers"]),
    )


@cache
def default_lexicon() -> EventLexicon:
    return compile_lexicon(read_csv("triggers.csv"), read_yaml("events.yaml"))


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    text: str
    trigger: Trigger
    future: bool
    suffixed: bool
    definite: bool = False
    purpose: bool = False  # behind the lam of purpose ("للقاء", "لزيارة"): what is meant to happen


def _trigger_hits(text: str, lex: EventLexicon) -> list[_Hit]:
    norm = Normalized(text)
    hits = []
    for m in lex.pattern.finditer(norm.text):
        if m.group(0) in lex.not_triggers:
            continue
        form = " ".join(m.group("t").split())
        start, end = norm.span(m.start("t"), m.end())
        pre = m.group("pre")
        hits.append(_Hit(start, end, text[start:end], lex.triggers[form], m.group("fut") is not None,
                         m.group("suf") is not None, pre.endswith(("ال", "لل")), pre.lstrip("وف") in ("ل", "لل")))
    return hits


_VERB_OBJECT_GAP = 8
_REQUIRES_REACH = 25  # words after a trigger searched for what it needs ("وصل … إلى")
_PLACE_NEED = "@place"  # in `requires`: a named place will do
_PLACE_REACH = 8  # words after a trigger within which that place may stand


def _coalesce(hits: list[_Hit], text: str) -> list[_Hit]:
    """"شن تركيا عملية عسكرية": an event noun a few words after a verb of its type is that verb's
    object, not a second event."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        gap = text[prev.end:hit.start] if prev else ""
        verb_object = prev is not None and prev.trigger.pos == "verb" and hit.trigger.pos == "noun"
        reach = _VERB_OBJECT_GAP if verb_object else 2
        breaks = _CLAUSE_PUNCT.search(gap.replace("،", "").replace(",", "") if verb_object else gap)
        if not (prev and prev.trigger.type == hit.trigger.type and len(gap.split()) <= reach and not breaks):
            out.append(hit)
    return out


def _words_before(text: str, start: int, floor: int, n: int) -> str:
    return " ".join(fold(text[floor:start]).split()[-n:])


def _words_after(text: str, end: int, ceiling: int, n: int) -> str:
    return " ".join(fold(text[end:ceiling]).split()[:n])


@dataclass
class _Context:
    """What one article offers to every trigger: text, dates, actors, places, gazetteer."""

    doc_id: str
    text: str
    dates: list[DateMention]
    reading: ActorReading
    gaz: Gazetteer
    lex: EventLexicon
    datelines: set[tuple[int, int]]

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        return [a for a in self.reading.mentions if start <= a.start < end and a.how != "nisba"]

    def actors_within(self, window: _Window) -> list[ActorMention]:
        return [a for a in self.actors_in(window.start, window.end) if a.start in window]

    def places_within(self, window: _Window) -> list[PlaceMention]:
        return [p for p in self.reading.places if p.start in window]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start < end and (d.start, d.end) not in self.datelines]

    def kind(self, actor_id: str) -> str:
        actor = self.gaz.actors.get(actor_id)
        return actor.kind if actor else "person"

    def nisba_after(self, hit: _Hit) -> ActorMention | None:
        """"الهجوم التركي", "الضربة الصاروخية الأمريكية": a nationality adjective just after an
        event noun (past at most one other adjective) names its author."""
        for a in self.reading.mentions:
            if a.how == "nisba" and a.start >= hit.end and len(self.text[hit.end:a.start].split()) <= 1:
                return a
        return None


@dataclass(frozen=True)
class _Clauses:
    """Where clauses start in a sentence, and the relative clauses set inside it."""

    cuts: list[int]
    asides: list[tuple[int, int]]

    def aside_of(self, offset: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.asides if s <= offset < e), None)


def clauses(ctx: _Context, sentence: Sentence) -> _Clauses:
    """Clause openers (حيث، إن، أن، بينما …) cut a sentence; a relative clause (الذي …) runs to
    the next comma and is set aside, so "التقى X، الذي يرافق Z، Y" still joins X and Y."""
    folded = Normalized(sentence.text)
    cuts, asides = {sentence.start}, []
    names = [(a.start, a.end) for a in ctx.actors_in(sentence.start, sentence.end)]
    for m in ctx.lex.clause_openers.finditer(folded.text):
        start = sentence.start + folded.span(m.start(), m.end())[0]
        if any(s <= start < e for s, e in names):
            continue  # "مون جيه إن": part of a name, not "إن"
        if m.group(0).lstrip("وف") in ctx.lex.relatives or m.group(0) in ctx.lex.relatives:
            comma = _CLAUSE_PUNCT.search(sentence.text, start - sentence.start)
            asides.append((start, sentence.start + comma.end() if comma else sentence.end))
        else:
            cuts.add(start)
    return _Clauses(sorted(cuts), asides)


def _status(ctx: _Context, hit: _Hit, floor: int, heading: bool, date: DateMention | None, segment: Segment,
            sentence: Sentence) -> str:
    """Denied, hypothetical, planned (future form, a planning word, or a day after the story's
    own date: what has not happened yet is a plan), else asserted."""
    before = _words_before(ctx.text, hit.start, floor, ctx.lex.window_words)
    if ctx.lex.cues["denied"].search(before) or ctx.lex.cues["denial_verbs"].search(fold(ctx.text[sentence.start:hit.start])):
        return "denied"
    # "من المقرر أن يلتقي", "يعتزم أن يزور": these govern the clause that أن opens.
    governing = _words_before(ctx.text, hit.start, sentence.start, ctx.lex.window_words)
    if ctx.lex.cues["hypothetical"].search(governing):
        return "hypothetical"
    if hit.future or ctx.lex.cues["planned"].search(governing):
        return "planned"
    if date and date.value_start and segment.anchor and date.value_start > segment.anchor:
        return "planned"
    if hit.purpose and hit.trigger.type != "offensive" and not (date and date.start > hit.end):
        return "planned"  # "توجه إلى جدة للقاء المسؤولين": a meeting meant, not yet told as held
    if hit.trigger.aspect == "imperfect" and not heading and not ctx.lex.cues["imperfect_past"].search(before):
        return "planned"
    return "asserted"


def _subject(ctx: _Context, hit: _Hit, window: _Window, frame: str) -> ActorMention | None:
    """Who does it: the genitive after an event noun, an actor just before a verb, or after it."""
    eligible = _SUBJECT_KINDS | ({"country"} if hit.trigger.type == "offensive" else set())
    if frame == "victim":  # "اغتيال النائب العام": the genitive is the one killed
        eligible = eligible | {"person"}
    plain = [a for a in ctx.actors_within(window) if (a.prep is None or _unit_of(ctx, a)) and ctx.kind(a.actor_id) in eligible]
    before = [a for a in plain if a.end <= hit.start]
    after = [a for a in plain if a.start >= hit.end]
    if frame == "receiver" or (hit.trigger.pos == "noun" and hit.suffixed):
        chosen = before[-1] if before else None
    elif hit.trigger.pos == "noun" and ctx.lex.cues["author_verbs"].search(fold(ctx.text[window.start:hit.start])):
        chosen = before[-1] if before else None  # "نفذت القاذفات ضربات على مواقع داعش": not the genitive after
    elif hit.trigger.pos == "noun":
        chosen = after[0] if after and after[0].start - hit.end <= _GENITIVE_GAP else None
    elif before and len(ctx.text[before[-1].end:hit.start].split()) <= 2:
        chosen = before[-1]
    else:
        chosen = after[0] if after else (before[-1] if before else None)
    return _named_author(ctx, chosen) if chosen is not None else None


def _unit_of(ctx: _Context, mention: ActorMention) -> bool:
    """"وحدات من الجيش العربي السوري": the actor behind من is the one a unit of it stands for."""
    if mention.prep != "من":
        return False
    words = _words_before(ctx.text, mention.start, 0, 2).split()
    return len(words) == 2 and (words[0] in ctx.lex.unit_nouns or words[0][:1] in "وف" and words[0][1:] in ctx.lex.unit_nouns)


def _named_author(ctx: _Context, mention: ActorMention) -> ActorMention:
    """"انتحاري من تنظيم داعش", "مسلحون من حركة الشباب": a generic attacker stands for the
    group named right after it behind من."""
    if mention.actor_id not in ctx.lex.generic:
        return mention
    for group in ctx.actors_in(mention.end, mention.end + _AUTHOR_REACH):
        if group.prep == "من" and ctx.kind(group.actor_id) in _SUBJECT_KINDS and group.actor_id not in ctx.lex.generic:
            return group
    return mention


_SUBJECT_ROLE: dict[str, Role] = {"receiver": "target", "host": "target", "caller": "source", "visitor": "source",
                                  "attack": "source", "victim": "target"}
_OTHER_ROLE: dict[str, Role] = {"host": "source", "caller": "target", "attack": "target", "receiver": "source"}


def _roles(ctx: _Context, frame: str, subject: str | None, actors: list[ActorMention],
           places: list[PlaceMention], hit: _Hit) -> tuple[EventActor, ...]:
    by_prep = ctx.lex.roles.get(frame, {})
    roles: dict[str, Role] = {}
    names = {a.actor_id: a.name for a in reversed(actors) if a.name}
    if subject:
        roles[subject] = _SUBJECT_ROLE.get(frame, "participant")
    for actor in actors:
        if frame == "visitor" and ctx.kind(actor.actor_id) == "country" and actor.start >= hit.end:
            role: Role = "target"
        else:
            role = by_prep.get(actor.prep or "", _OTHER_ROLE.get(frame, "participant") if actor.start >= hit.end
                               else "participant")  # type: ignore[assignment]
        roles.setdefault(actor.actor_id, role)
    if frame == "attack" and not any(r == "target" for r in roles.values()):
        for place in places:  # an attack on a place strikes the country it lies in
            country = ctx.gaz.places[place.place_id].country
            if country and place.start >= hit.end and country not in roles:
                roles[country] = "target"
                break
    if frame == "visitor" and (destination := _destination(ctx, places, hit)) is not None:
        roles.setdefault(ctx.gaz.places[destination.place_id].country, "target")
    return tuple(EventActor(actor_id=a, role=r, text=names.get(a)) for a, r in roles.items())


def _country_of(ctx: _Context, actor_id: str | None) -> str | None:
    actor = ctx.gaz.actors.get(actor_id or "") or next((a for a in ctx.reading.introduced if a.actor_id == actor_id), None)
    return actor.country if actor else None


def _foreign_visitor(ctx: _Context, subject: str | None, visited: set[str], sentence: Sentence) -> str | None:
    """Nobody visits their own country (a city in it, yes): when the visitor found is a citizen
    of the country visited, the visitor is the sentence's first person from elsewhere, or nobody."""
    if subject is None or ctx.kind(subject) != "person" or _country_of(ctx, subject) not in visited:
        return subject
    return next((a.actor_id for a in ctx.actors_in(sentence.start, sentence.end)
                 if ctx.kind(a.actor_id) == "person" and a.prep is None
                 and _country_of(ctx, a.actor_id) not in visited | {None}), None)


def _countries_visited(ctx: _Context, hit: _Hit, window: _Window) -> set[str]:
    """Countries a visit goes to as a whole: named after the trigger, or by their capital."""
    named = {a.actor_id for a in ctx.actors_within(window) if a.start >= hit.end and ctx.kind(a.actor_id) == "country"}
    destination = _destination(ctx, ctx.places_within(window), hit)
    if destination is not None:
        country = ctx.gaz.places[destination.place_id].country
        if country and ctx.gaz.capitals.get(country) == destination.place_id:
            named.add(country)
    return named


def _destination(ctx: _Context, places: list[PlaceMention], hit: _Hit) -> PlaceMention | None:
    """Where a visit went: the place after إلى/لـ ("وصل … إلى محافظة العلا"), else the first one
    after the trigger ("زار الدوحة") — not a place named in a title on the way."""
    after = [p for p in places if p.start >= hit.end and ctx.gaz.places[p.place_id].country]
    return next((p for p in after if p.prep in ("الي", "ل")), after[0] if after else None)


def _location(ctx: _Context, places: list[PlaceMention], hit: _Hit, frame: str) -> PlaceMention | None:
    """Where it happened: a visit's destination; otherwise the most specific place in the
    clause, preferring one after a location preposition, never the subject of talks
    ("الوضع في سوريا")."""
    if frame == "visitor" and (destination := _destination(ctx, places, hit)) is not None:
        return destination
    places = [p for p in places if not ctx.lex.topics.search(_words_before(ctx.text, p.start, 0, 3))]
    located = [p for p in places if p.prep in ctx.gaz.words["location_prepositions"] or p.prep == "ب"] or places
    if not located:
        return None
    return min(located, key=lambda p: (ctx.gaz.places[p.place_id].kind == "country", abs(p.start - hit.end)))


def _date_for(ctx: _Context, hit: _Hit, window: _Window, sentence: Sentence) -> DateMention | None:
    """First date after the trigger in its clause, else the nearest before it in the sentence.

    Dates that bound a duration ("منذ 5 يونيو", "حتى الخميس") do not date an event.
    """
    usable = [d for d in ctx.dates_in(sentence.start, sentence.end)
              if not ctx.lex.cues["bounds"].search(_words_before(ctx.text, d.start, sentence.start, 1))]
    held = [d for d in usable if window.start <= d.start and d.end <= hit.start and hit.trigger.pos == "noun"
            and ctx.lex.cues["author_verbs"].search(fold(ctx.text[window.start:d.start]))]
    if held:  # "أجرى بوتين اليوم الأربعاء اتصالا هاتفيا": between the verb and its noun
        return held[-1]
    forward = [d for d in usable if hit.end <= d.start and d.start in window]
    backward = [d for d in usable if d.end <= hit.start]
    if forward:
        return forward[0]
    return backward[-1] if backward else None


def _date_source(mention: DateMention) -> str:
    return "explicit" if any(rule in mention.how for rule in _EXPLICIT_RULES) else "relative"


def _focus(ctx: _Context, upto: int, floor: int) -> str | None:
    """The person the story is about so far.

    Each mention counts, more as the first person of its sentence, little after a
    preposition, and less the further back its sentence lies.
    """
    sentences = [s for s in split_sentences(ctx.text, floor, upto) if not s.heading]
    scores: dict[str, float] = {}
    for distance, sentence in enumerate(reversed(sentences)):
        people = [a for a in ctx.actors_in(sentence.start, min(sentence.end, upto)) if ctx.kind(a.actor_id) == "person"]
        for i, a in enumerate(people):
            weight = 0.25 if a.prep else (2.0 if i == 0 else 1.0)
            scores[a.actor_id] = scores.get(a.actor_id, 0.0) + weight * _FOCUS_DECAY ** distance
    return max(scores, key=lambda k: scores[k]) if scores else None


def _is_quoted(sentence: Sentence, hit: _Hit) -> bool:
    offset = hit.start - sentence.start
    return any(m.start() < offset < m.end() for m in _QUOTED.finditer(sentence.text))


def _requirement_met(ctx: _Context, hit: _Hit, sentence: Sentence) -> bool:
    """What must follow a trigger does ("وصل … إلى"), and nothing that makes it something else
    does ("جولة من المفاوضات" is a round of talks, not a tour)."""
    need = hit.trigger.requires
    if hit.trigger.excludes and set(_words_after(ctx.text, hit.end, sentence.end, 3).split()) & hit.trigger.excludes:
        return False
    if need is None:
        return True
    held_by = {w[1:] for w in need if w.startswith("<")}
    if held_by:  # "عقدا أمس قمة تاريخية": only a summit someone held
        return not held_by.isdisjoint(_words_before(ctx.text, hit.start, sentence.start, ctx.lex.window_words).split())
    if _PLACE_NEED in need and any(hit.end <= p.start < sentence.end and len(ctx.text[hit.end:p.start].split()) <= _PLACE_REACH
                                   for p in ctx.reading.places):
        return True  # "حط بوتين الرحال مساء أمس في أنقرة": a place named just after it
    after = _words_after(ctx.text, hit.end, sentence.end, _REQUIRES_REACH).split()
    if need - {_PLACE_NEED} == {"الى"}:
        return any(w == "الى" or (w.startswith("ل") and len(w) > 3) for w in after)
    if need == {"ب"}:  # "حل أمس بتونس": a place glued to ب
        return any(w.startswith("ب") and len(w) > 3 for w in after[:6])
    return not need.isdisjoint(after)


@dataclass(frozen=True)
class _Window:
    """The stretch of a sentence that belongs to one trigger, minus relative clauses set aside."""

    start: int
    end: int
    holes: tuple[tuple[int, int], ...] = ()
    aside: tuple[int, int] | None = None  # the relative clause this window lies in

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end and not any(s <= offset < e for s, e in self.holes)


def _window(parts: _Clauses, hits: list[_Hit], k: int, sentence: Sentence) -> _Window:
    """Trigger k's clause, cut at the neighbouring triggers; inside a relative clause, that clause."""
    hit = hits[k]
    aside = parts.aside_of(hit.start)
    layer = [h for h in hits if parts.aside_of(h.start) == aside]
    at = layer.index(hit)
    low = layer[at - 1].end if at else sentence.start
    high = layer[at + 1].start if at + 1 < len(layer) else sentence.end
    if aside is not None:
        return _Window(max(aside[0], low), min(aside[1], high), aside=aside)
    cuts = [c for c in parts.cuts if parts.aside_of(c) is None]
    start = max([c for c in cuts if c <= hit.start] + [low])
    end = min([c for c in cuts if c > hit.end] + [high])
    # "الهجوم الذي شنه داعش فجر أمس": a relative clause right after the trigger describes it.
    own = [a for a in parts.asides if 0 <= a[0] - hit.end <= 2]
    if own:
        end = max(end, min(own[0][1], high))
    return _Window(start, end, tuple(a for a in parts.asides if start <= a[0] < end and a not in own))


def _said_there(ctx: _Context, hit: _Hit, window: _Window) -> _Window:
    """"في مؤتمر صحفي مشترك أكدا فيه رفضهما قرار ترامب": after an event noun, what was said
    there is not who took part."""
    if hit.trigger.pos != "noun":
        return window
    after = Normalized(ctx.text[hit.end:window.end])
    said = ctx.lex.cues["speech_verbs"].search(after.text)
    return replace(window, end=hit.end + after.span(said.start(), said.end())[0]) if said else window


def _antecedent(ctx: _Context, window: _Window) -> str | None:
    """In a relative clause ("الوزير الأمريكي، الذي وصل إلى موسكو"), the one it is about: the
    actor just before the relative pronoun."""
    if window.aside is None:
        return None
    before = [a for a in ctx.actors_in(max(0, window.aside[0] - _ANTECEDENT_REACH), window.aside[0])
              if ctx.kind(a.actor_id) in _SUBJECT_KINDS]
    return before[-1].actor_id if before else None


def _who(ctx: _Context, hit: _Hit, window: _Window, frame: str, previous: str | None,
         sentence: Sentence, segment: Segment) -> tuple[str | None, bool]:
    """The subject's actor id, and whether it was inherited from the context.

    Without a subject in its clause, a trigger takes the previous trigger's subject in the
    sentence, else the clause's own actor before it, else the person the story is about.
    Attacks and headlines never borrow the story's protagonist.
    """
    if hit.trigger.type == "offensive" and hit.trigger.pos == "noun" and (nisba := ctx.nisba_after(hit)):
        return nisba.actor_id, False
    lead = _words_before(ctx.text, hit.start, window.start, 3)
    if previous and hit.trigger.pos == "verb" and ctx.lex.cues["continuations"].search(lead):
        return previous, True  # "… حيث اجتمع بالرئيس القبرصي": the same subject goes on
    subject = _subject(ctx, hit, window, frame)
    if subject is not None:
        return subject.actor_id, False
    if ctx.lex.cues["pronoun_complements"].search(lead):
        main = [a for a in ctx.actors_in(sentence.start, window.start) if a.prep is None
                and ctx.kind(a.actor_id) in _SUBJECT_KINDS | {"country"}]
        if main:
            return main[0].actor_id, False  # "أعلن الحرس الثوري أنه استهدف": the one who announced
    antecedent = _antecedent(ctx, window)
    if antecedent is not None:
        return antecedent, False
    kinds = _SUBJECT_KINDS | ({"country"} if hit.trigger.type == "offensive" else set())
    eligible = [a for a in ctx.actors_within(window) if a.end <= hit.start and a.prep is None
                and ctx.kind(a.actor_id) in kinds]
    if hit.trigger.type == "offensive":  # "بدأت القوات الحكومية اليمنية … هجوما": the clause's subject
        return (eligible[-1].actor_id if eligible else _announcer(ctx, window, sentence)), False
    if previous:
        return previous, True
    if eligible:
        return eligible[-1].actor_id, False
    if sentence.heading:
        return None, False
    return _focus(ctx, hit.start, segment.start), True


def _announcer(ctx: _Context, window: _Window, sentence: Sentence) -> str | None:
    """"أعلنت وزارة الدفاع الروسية أن قاذفاتها نفذت ضربات": in a reported clause with no named
    author, the attack is the announcer's: the main clause's actor, or its nationality."""
    opening = fold(ctx.text[window.start:window.end]).split()[:1]
    if not opening or not ctx.lex.cues["complementizers"].fullmatch(opening[0]):
        return None
    main = [a for a in ctx.reading.mentions if sentence.start <= a.start < window.start and a.prep is None
            and (a.how == "nisba" or ctx.kind(a.actor_id) in _SUBJECT_KINDS | {"country"})]
    return main[0].actor_id if main else None


def _points_back(ctx: _Context, hit: _Hit, kind: str, sentence: Sentence) -> bool:
    """A definite event noun that names an event told before: talks not held by a verb
    ("ترأس الاجتماع"), an attack after its victims or a condemnation ("تعازيه بضحايا التفجير")."""
    if not (hit.definite and hit.trigger.pos == "noun"):
        return False
    before = _words_before(ctx.text, hit.start, sentence.start, 2)
    if kind == "offensive":
        return bool(ctx.lex.cues["attack_references"].search(before))
    return not ctx.lex.cues["hold_verbs"].search(_words_before(ctx.text, hit.start, sentence.start, 3))


def _joins(ctx: _Context, hit: _Hit, sentence: Sentence) -> bool:
    """"وحضر اللقاء وزير الخارجية": a bare definite event noun after حضر / شارك في points back
    at an event told before, which its subject joins; so does an attack after a claim ("تبنى")."""
    if not (hit.definite and hit.trigger.pos == "noun"):
        return False
    before = _words_before(ctx.text, hit.start, sentence.start, ctx.lex.window_words)
    if hit.trigger.type == "offensive":
        return bool(ctx.lex.cues["claim_verbs"].search(before))  # "وتبنى تنظيم داعش الهجوم"
    if not ctx.lex.cues["join_verbs"].search(before):
        return False
    follower = _NEXT_WORD.match(ctx.text, hit.end)
    if follower is None:
        return True  # punctuation or the end of the text right after the noun
    return bool(ctx.actors_in(follower.start(1), follower.end(1))) or fold(follower.group(1)) in ctx.lex.bare_followers


def _restates(ctx: _Context, hit: _Hit, before: list[_Hit], sentence: Sentence) -> bool:
    """"استقبل الملك الوزير … وجرى خلال اللقاء بحث": after a verb, a noun of its type behind
    في / خلال / عقب … tells the same event again (its date is the verb's)."""
    return hit.trigger.pos == "noun" and any(h.trigger.pos == "verb" and h.trigger.type == hit.trigger.type for h in before) \
        and bool(ctx.lex.cues["restating_prepositions"].search(_words_before(ctx.text, hit.start, sentence.start, 2)))


def _fronted_speaker(ctx: _Context, hit: _Hit, window: _Window, sentence: Sentence) -> str | None:
    """"وفي ندوة صحفية عقدها اليوم، أكد الوزير …": a press conference put before the main
    clause is held by the one who speaks in it."""
    if len(fold(ctx.text[sentence.start:hit.start]).split()) > 2:
        return None
    return next((a.actor_id for a in ctx.actors_in(window.end, sentence.end)
                 if a.prep is None and ctx.kind(a.actor_id) == "person"), None)


def _setting(ctx: _Context, hit: _Hit, sentence: Sentence) -> bool:
    """"على هامش قمة الناتو": the occasion of what is told, not an event told."""
    return hit.trigger.pos == "noun" and bool(
        ctx.lex.cues["setting_prepositions"].search(_words_before(ctx.text, hit.start, sentence.start, 2)))


def _enough_actors(ctx: _Context, kind: str, roles: tuple[EventActor, ...]) -> bool:
    """Talks need a person, or two parties; a visit or an attack needs someone."""
    if kind in ("meeting", "call", "press_conference"):
        return len(roles) >= 2 or any(ctx.kind(r.actor_id) == "person" for r in roles)
    return bool(roles)


def _type_and_frame(ctx: _Context, hit: _Hit, window: _Window) -> tuple[str, str]:
    """"بحث … هاتفيا مع": talks by telephone are a call; "تلقى … اتصالا": the subject was called."""
    kind = hit.trigger.type
    clause = fold(ctx.text[window.start:window.end])
    if kind == "meeting" and hit.trigger.pos == "verb" and ctx.lex.phone.search(clause):
        kind = "call"
    before = fold(ctx.text[window.start:hit.start])
    if kind == "call" and ctx.lex.cues["receiver_verbs"].search(before):
        return kind, "receiver"
    return kind, "caller" if kind == "call" else hit.trigger.frame


def _participants(ctx: _Context, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors that take part: not a building or body named only as the place ("بقصر قرطاج")."""
    return [a for a in actors
            if not (a.prep in ctx.gaz.words["location_prepositions"] or a.prep == "ب") or ctx.kind(a.actor_id) == "person"]


def _mentions_in_sentence(ctx: _Context, sentence: Sentence, hits: list[_Hit], carry: DateMention | None,
                          segment: Segment) -> list[EventMention]:
    out: list[EventMention] = []
    previous_subject: str | None = None
    previous_people: tuple[str, ...] = ()
    hits = [h for h in hits if _requirement_met(ctx, h, sentence)]  # a trigger without what it needs cuts no clause
    hits = [h for k, h in enumerate(hits) if not (_restates(ctx, h, hits[:k], sentence) or _setting(ctx, h, sentence))]
    parts = clauses(ctx, sentence)
    during_from = min((h.start for h in hits if h.trigger.type == "visit"
                       and ctx.lex.cues["during"].search(_words_before(ctx.text, h.start, sentence.start, 2))),
                      default=None)
    for k, hit in enumerate(hits):
        window = _said_there(ctx, hit, _window(parts, hits, k, sentence))
        kind, frame = _type_and_frame(ctx, hit, window)
        subject_id, inherited = _who(ctx, hit, window, frame, previous_subject, sentence, segment)
        actors = _participants(ctx, ctx.actors_within(window))
        if kind != "offensive":
            actors = [a for a in actors if a.actor_id not in ctx.lex.generic]
        else:  # a generic attacker is its author or nobody: never the one attacked
            actors = [a for a in actors if a.actor_id not in ctx.lex.generic_attackers or a.actor_id == subject_id]
        roles = _roles(ctx, frame, subject_id, actors, ctx.places_within(window), hit)
        if frame == "visitor" and (visitor := _foreign_visitor(ctx, subject_id, _countries_visited(ctx, hit, window),
                                                               sentence)) != subject_id:
            if not (hit.trigger.pos == "noun" and hit.suffixed):
                previous_subject = subject_id  # "وصل الحريري إلى بيروت": a return home, not a visit
                continue
            subject_id = visitor  # "… في مستهل زيارته للولايات المتحدة": not the American named before it
            roles = _roles(ctx, frame, subject_id, actors, ctx.places_within(window), hit)
        people = [r.actor_id for r in roles if ctx.kind(r.actor_id) == "person"]
        if frame == "symmetric" and len(people) < 2 and previous_people and not actors:
            roles = tuple(EventActor(actor_id=p, role="participant") for p in previous_people)
        elif frame == "symmetric" and hit.trigger.pos == "verb" and not sentence.heading and (
                previous_subject or len(people) == 1):
            partner = previous_subject or _focus(ctx, hit.start, segment.start)
            if partner and partner not in {r.actor_id for r in roles}:
                roles = (*roles, EventActor(actor_id=partner, role="participant"))
        if kind == "press_conference" and not roles and (speaker := _fronted_speaker(ctx, hit, window, sentence)):
            subject_id, roles = speaker, (EventActor(actor_id=speaker, role="participant"),)
        if not _enough_actors(ctx, kind, roles):
            continue
        previous_subject = subject_id or previous_subject
        previous_people = tuple(r.actor_id for r in roles if ctx.kind(r.actor_id) == "person") or previous_people
        mention = _date_for(ctx, hit, window, sentence)
        date_source = _date_source(mention) if mention else None
        background = kind == "offensive" and hit.trigger.pos == "noun"
        if background and hit.definite and mention is None and \
                " ".join(fold(hit.text).split()).lstrip("وفبلك").removeprefix("ال") in ctx.lex.generic_forms:
            continue  # "الهجمات الحوثية": attacks in general, not one attack
        if mention is None and carry is not None and not sentence.heading and not background:
            mention, date_source = carry, "context"
        if mention is not None and mention.value_start is None:
            mention, date_source = None, None
        place = _location(ctx, ctx.places_within(window), hit, frame)
        conf = ctx.lex.confidence
        score = (conf[hit.trigger.pos] + conf["two_actors"] * (len(roles) > 1) + conf["dated"] * (mention is not None)
                 + conf["heading"] * sentence.heading + conf["quoted"] * _is_quoted(sentence, hit)
                 + conf["inherited_subject"] * inherited)
        out.append(EventMention(
            doc_id=ctx.doc_id, type=kind, trigger=hit.text, trigger_start=hit.start,  # type: ignore[arg-type]
            trigger_end=hit.end, sentence=sentence.text, sentence_start=sentence.start, actors=roles,
            date=mention.value_start if mention else None, date_end=mention.value_end if mention else None,
            precision=mention.precision if mention else None, time_of_day=mention.time_of_day if mention else None,
            date_text=mention.text if mention else None, date_source=date_source,  # type: ignore[arg-type]
            status=_status(ctx, hit, window.start, sentence.heading, mention, segment, sentence),  # type: ignore[arg-type]
            location=ctx.gaz.places[place.place_id].name_ar if place else None,
            place_id=place.place_id if place else None, confidence=round(max(0.05, min(1.0, score)), 2),
            cameo="041" if kind == "call" else hit.trigger.cameo, plover=hit.trigger.plover,
            during_visit=during_from is not None and hit.start < during_from and kind != "visit",
            heading=sentence.heading, anchor=segment.anchor,
            anaphoric=_points_back(ctx, hit, kind, sentence),
            joins=_joins(ctx, hit, sentence),
        ))
    return _claimed(ctx, sentence, out)


def _claimed(ctx: _Context, sentence: Sentence, mentions: list[EventMention]) -> list[EventMention]:
    """"الهجوم الذي نفذه مسلحان … وتبناه تنظيم داعش": the group named after a claim verb is the
    author of the attacks told before it in the sentence."""
    folded = Normalized(sentence.text)
    claim = ctx.lex.cues["claim_verbs"].search(folded.text)
    if claim is None:
        return mentions
    at = sentence.start + folded.span(claim.start(), claim.end())[1]
    group = next((a for a in ctx.actors_in(at, sentence.end) if a.prep is None and a.actor_id not in ctx.lex.generic
                  and ctx.kind(a.actor_id) in ("armed_group", "organisation")), None)
    if group is None:
        return mentions
    out = []
    for m in mentions:
        if m.type == "offensive" and m.trigger_start < at:
            kept = tuple(a for a in m.actors if not (a.role == "source" and a.actor_id in ctx.lex.generic_attackers))
            m = m.model_copy(update={"actors": (EventActor(actor_id=group.actor_id, role="source", text=group.name),
                                                *(a for a in kept if a.actor_id != group.actor_id))})
        out.append(m)
    return out


def _carry_span(mention: DateMention) -> timedelta:
    """How far from the story's date a date may lie and still be the story's day: relative
    words ("أمس", "الخميس") name the news days; a written-out date a month back is background."""
    return _CARRY_SPAN if _date_source(mention) == "relative" else _EXPLICIT_CARRY_SPAN


def _carry_after(ctx: _Context, sentence: Sentence, carry: DateMention | None, segment: Segment) -> DateMention | None:
    """The narrative date after a sentence: its first day near the anchor; none after a vague one."""
    if sentence.heading:
        return None
    found = ctx.dates_in(sentence.start, sentence.end)
    if any(d.vague for d in found):
        return None
    quoted = [(sentence.start + m.start(), sentence.start + m.end()) for m in _QUOTED.finditer(sentence.text)]
    days = [d for d in found if d.value_start is not None and d.precision in ("day", "time")
            and (segment.anchor is None or abs(d.value_start - segment.anchor) <= _carry_span(d))
            and not any(s <= d.start < e for s, e in quoted)]
    return days[0] if days else carry


def find_event_mentions(
    doc_id: str,
    text: str,
    segments: list[Segment],
    dates: list[DateMention],
    reading: ActorReading,
    gazetteer: Gazetteer | None = None,
    lexicon: EventLexicon | None = None,
) -> list[EventMention]:
    """Every event mention in an article, with actors, roles, place, date and status."""
    lex = lexicon or default_lexicon()
    datelines = {(d.start, d.end) for d in dates for s in segments if s.dateline and d.text == s.dateline
                 and s.start <= d.start < s.end}
    ctx = _Context(doc_id, text, dates, reading, gazetteer or default_gazetteer(), lex, datelines)
    skip = boilerplate_lines(text)
    in_dates = [(d.start, d.end) for d in dates]
    hits = _coalesce([h for h in _trigger_hits(text, lex) if not any(s <= h.start < e for s, e in in_dates)], text)
    out: list[EventMention] = []
    for segment in segments:
        carry: DateMention | None = None
        for sentence in split_sentences(text, segment.start, segment.end):
            if any(s <= sentence.start < e for s, e in skip):
                continue
            here = [h for h in hits if sentence.start <= h.start < sentence.end]
            if here:
                out += _mentions_in_sentence(ctx, sentence, here, carry, segment)
            carry = _carry_after(ctx, sentence, carry, segment)
    return out
