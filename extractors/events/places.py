"""Where an event happened, where a visit went, and whether its visitor came from elsewhere."""

from __future__ import annotations

from schemas.actors import PlaceMention

from extractors.events.clauses import Window
from extractors.events.context import Context, words_before
from extractors.events.triggers import Hit
from extractors.sentences import Sentence


DESTINATION_PREPS = ("الي", "ل")  # إلى (folded) and a glued لـ: whereto


def destination(ctx: Context, places: list[PlaceMention], hit: Hit) -> PlaceMention | None:
    """Where a visit went: the place after إلى/لـ ("وصل … إلى محافظة العلا"), else the first one
    after the trigger ("زار الدوحة") — not a place named in a title on the way."""
    after = [p for p in places if p.start >= hit.end and ctx.gaz.places[p.place_id].country
             and p.prep != "خارج"]  # "سيتوجه إلى خارج المملكة": away from it, not to it
    return next((p for p in after if p.prep in DESTINATION_PREPS), after[0] if after else None)


def location(ctx: Context, places: list[PlaceMention], hit: Hit, frame: str) -> PlaceMention | None:
    """Where it happened: a visit's destination; otherwise the most specific place in the
    clause, preferring one after a location preposition, never the subject of talks
    ("الوضع في سوريا")."""
    if frame == "visitor" and (visited := destination(ctx, places, hit)) is not None:
        return visited
    places = [p for p in places if not ctx.lex.topics.search(words_before(ctx.text, p.start, 0, 3))]
    located = [p for p in places if p.prep in ctx.gaz.words["location_prepositions"] or p.prep == "ب"] or places
    if not located:
        return None
    return min(located, key=lambda p: (ctx.gaz.places[p.place_id].kind == "country", abs(p.start - hit.end)))


def countries_visited(ctx: Context, hit: Hit, window: Window) -> set[str]:
    """Countries a visit goes to as a whole: named after the trigger, or by their capital."""
    named = {a.actor_id for a in ctx.actors_within(window) if a.start >= hit.end and ctx.kind(a.actor_id) == "country"}
    visited = destination(ctx, ctx.places_within(window), hit)
    if visited is not None:
        country = ctx.gaz.places[visited.place_id].country
        if country and ctx.gaz.capitals.get(country) == visited.place_id:
            named.add(country)
    return named


def _country_of(ctx: Context, actor_id: str | None) -> str | None:
    actor = ctx.gaz.actors.get(actor_id or "") or ctx.stranger(actor_id)
    return actor.country if actor else None


def foreign_visitor(ctx: Context, subject: str | None, visited: set[str], sentence: Sentence) -> str | None:
    """Nobody visits their own country (a city in it, yes): when the visitor found is a citizen
    of the country visited, the visitor is the sentence's first person from elsewhere, or nobody."""
    if subject is None or ctx.kind(subject) != "person" or _country_of(ctx, subject) not in visited:
        return subject
    return next((a.actor_id for a in ctx.actors_in(sentence.start, sentence.end)
                 if ctx.kind(a.actor_id) == "person" and a.prep is None
                 and _country_of(ctx, a.actor_id) not in visited | {None}), None)


def setting_country(ctx: Context, hit: Hit, subject: str | None, sentence: Sentence) -> str | None:
    """"رحب الوزير … بالمحادثات التي تستضيفها مصر، وذلك خلال زيارة": a visit told as the
    setting of its sentence ("خلال زيارة") with no destination of its own went to the last
    foreign country the sentence named before it."""
    if hit.trigger.pos != "noun" or not ctx.told_during(hit.start, sentence.start):
        return None
    home = _country_of(ctx, subject)
    named = [a.actor_id for a in ctx.actors_in(sentence.start, hit.start)
             if ctx.kind(a.actor_id) == "country" and a.actor_id != home]
    return named[-1] if named else None
