"""One event per real-world happening: merge reports across sentences and articles.

Two reports are one event when they have the same type and status, share an actor (a person
when both name people), their days agree and their places agree (a city lies in a country).
Reports of two articles also need a tie beyond type and day (events.yaml `merge`): a shared
person, body or group, two shared countries, the same town, or for attacks the same attacking
state; an attack's actors tie only on the same side. An undated report agrees with a day up to
`UNDATED_WINDOW` before its article, or `across_days` and on two ties for another article's;
a week or a month joins a day, or another week or month, only in its own article.
A dated report lends its day to undated ones; a meeting held "during a visit" takes the
visit's day. Two events on different known days are never merged.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable

from schemas.events import Event, EventActor, EventMention, EventSource

from extractors.events.lexicon import EventLexicon, default_lexicon
from extractors.gazetteer import Gazetteer, default_gazetteer, is_place_actor, place_actor_id

UNDATED_WINDOW = timedelta(days=14)
_SOURCE_RANK = {"explicit": 0, "relative": 1, "during": 2, "context": 3, "merged": 4, None: 5}
_PRECISION_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "year": 4, None: 5}


@dataclass
class _Cluster:
    """Reports of one event; `head` is the member whose date is best attested."""

    head: EventMention
    members: list[EventMention] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    dated: list[EventMention] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    towns: set[str] = field(default_factory=set)
    attackers: set[str] = field(default_factory=set)
    struck: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, mention: EventMention, gaz: Gazetteer) -> "_Cluster":
        cluster = cls(head=mention)
        cluster.add(mention, gaz)
        return cluster

    def add(self, mention: EventMention, gaz: Gazetteer) -> None:
        self.members.append(mention)
        self.actors |= {a.actor_id for a in mention.actors}
        self.docs.add(mention.doc_id)
        self.towns |= _towns(mention, gaz)
        self.attackers |= _attackers(mention)
        self.struck |= _struck(mention)
        if mention.date is not None:
            self.dated.append(mention)
        if _rank(mention) < _rank(self.head):
            self.head = mention

    def actor_ids(self) -> set[str]:
        return self.actors


def _rank(m: EventMention) -> tuple:
    return (m.date is None, _SOURCE_RANK[m.date_source], _PRECISION_RANK[m.precision], m.doc_id, m.trigger_start)


def _people(ids: set[str], gaz: Gazetteer) -> set[str]:
    """Known people and strangers a title introduced; not countries, bodies or visited places."""
    return {i for i in ids if (gaz.actors[i].kind == "person" if i in gaz.actors else not is_place_actor(i))}


def _actors_overlap(a: set[str], b: set[str], gaz: Gazetteer) -> bool:
    """They share an actor; when both name people, one's people contain the other's (or two are shared)."""
    people_a, people_b = _people(a, gaz), _people(b, gaz)
    if people_a and people_b:
        shared = people_a & people_b
        return bool(shared) and (people_a <= people_b or people_b <= people_a or len(shared) >= 2)
    return bool(a & b)


def _towns(mention: EventMention, gaz: Gazetteer) -> set[str]:
    """Places below a country the report names: where it happened and a visited city."""
    towns = {a.actor_id for a in mention.actors if is_place_actor(a.actor_id)}
    if mention.place_id is not None and gaz.places[mention.place_id].kind != "country":
        towns.add(place_actor_id(mention.place_id))
    return towns


def _attackers(mention: EventMention) -> set[str]:
    return {a.actor_id for a in mention.actors if a.role == "source"}


def _struck(mention: EventMention) -> set[str]:
    return {a.actor_id for a in mention.actors if a.role != "source"}


def _shared(mention: EventMention, cluster: _Cluster) -> set[str]:
    """Actors both name; for an attack only on the same side (the attacker of one is no tie to an
    attack on it)."""
    if _kind(mention) == "offensive":
        return (_attackers(mention) & cluster.attackers) | (_struck(mention) & cluster.struck)
    return {a.actor_id for a in mention.actors} & cluster.actors


def _is_evidence(actor_id: str, gaz: Gazetteer, lex: EventLexicon) -> bool:
    """A named person, body or group (a stranger a title introduced too); not a country, a place
    or a generic actor ("مسلحون"), which many unrelated reports share."""
    if actor_id in lex.generic:
        return False
    known = gaz.actors.get(actor_id)
    return known.kind in lex.evidence_kinds if known is not None else not is_place_actor(actor_id)


def _ties(mention: EventMention, cluster: _Cluster, gaz: Gazetteer, lex: EventLexicon) -> int:
    """What ties a report to an event beyond type and day: each shared person, body or group, the
    same town, two shared countries, and for an attack the same attacking state."""
    shared = _shared(mention, cluster)
    countries = {i for i in shared if i in gaz.actors and gaz.actors[i].kind == "country"}
    return (sum(_is_evidence(i, gaz, lex) for i in shared) + bool(_towns(mention, gaz) & cluster.towns)
            + (len(countries) >= lex.evidence_countries)
            + (_kind(mention) == "offensive" and bool(countries & _attackers(mention) & cluster.attackers)))


def _tied(mention: EventMention, cluster: _Cluster, gaz: Gazetteer, lex: EventLexicon) -> bool:
    """A report of the event's own article needs no tie; another article's needs one, and two when
    it gives no date (an undated sentence is as often background as news)."""
    if mention.doc_id in cluster.docs:
        return True
    return _ties(mention, cluster, gaz, lex) >= (lex.undated_ties if mention.date is None else 1)


def _days_agree(mention: EventMention, other: EventMention, window: timedelta) -> bool:
    """Known days overlap; an undated report agrees with a day from one day after its article back
    to `window` before it, and with another undated one whose article appeared within `window`."""
    if mention.date is None and other.date is None:
        return mention.anchor is None or other.anchor is None or abs(mention.anchor - other.anchor) <= window
    if mention.date is None or other.date is None:
        dated, undated = (other, mention) if mention.date is None else (mention, other)
        if undated.anchor is None:
            return True
        return dated.date - timedelta(days=1) <= undated.anchor and (dated.date_end or dated.date) >= undated.anchor - window
    if mention.precision in ("day", "time") and other.precision in ("day", "time"):
        return mention.date == other.date
    return mention.date <= (other.date_end or other.date) and other.date <= (mention.date_end or mention.date)


def places_agree(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    """Same place, one unknown, or one inside the other (a city and its country)."""
    if a is None or b is None or a == b:
        return True
    pa, pb = gaz.places.get(a), gaz.places.get(b)
    if pa is None or pb is None:
        return False
    return (pa.kind == "country" and pb.country == a) or (pb.kind == "country" and pa.country == b)


# Talks and the joint press conference that closes them are one encounter.
_SAME_ENCOUNTER = {"meeting": "meeting", "press_conference": "meeting"}


def _kind(mention: EventMention) -> str:
    return _SAME_ENCOUNTER.get(mention.type, mention.type)


def _fits(mention: EventMention, cluster: _Cluster, gaz: Gazetteer, lex: EventLexicon) -> bool:
    head = cluster.head
    return (
        _kind(mention) == _kind(head)
        and mention.status == head.status
        and _actors_overlap({a.actor_id for a in mention.actors}, cluster.actor_ids(), gaz)
        and _tied(mention, cluster, gaz, lex)
        and all(_days_agree(mention, m, _window(mention, m, lex)) and _precisions_agree(mention, m)
                for m in (*cluster.dated, head))
        and all(places_agree(mention.place_id, m.place_id, gaz) for m in cluster.members)
        and (_kind(head) != "offensive" or _same_attack(mention, cluster, gaz))
    )


def _window(mention: EventMention, other: EventMention, lex: EventLexicon) -> timedelta:
    """How long before its article an undated report may have happened: a story goes back
    `UNDATED_WINDOW`, another article's report of the same event appears within days."""
    return UNDATED_WINDOW if mention.doc_id == other.doc_id else timedelta(days=lex.across_days)


def _same_attack(mention: EventMention, cluster: _Cluster, gaz: Gazetteer) -> bool:
    """The same groups strike again and again: an undated attack joins another only from the
    same article or in the same town (a country holds too many)."""
    if mention.date is not None and cluster.head.date is not None:
        return True
    return mention.doc_id in cluster.docs or bool(_towns(mention, gaz) & cluster.towns)


def _coarse(mention: EventMention) -> bool:
    return mention.date is not None and mention.precision not in ("day", "time")


def _precisions_agree(mention: EventMention, other: EventMention) -> bool:
    """Across articles a week or a month joins only the same week or month, never a day: "this
    week's bombings" and "last week's visit" cover many events, seldom another article's."""
    if mention.doc_id == other.doc_id or None in (mention.date, other.date) or not (_coarse(mention) or _coarse(other)):
        return True
    return (mention.precision, mention.date) == (other.precision, other.date)


def attach_joiners(mentions: list[EventMention]) -> list[EventMention]:
    """"وحضر اللقاء وزير الخارجية", "وتبنى داعش الهجوم": the attendee (or claimer) takes part in
    the event of that kind told last before it in the same article, on that event's day, so
    that the report merges there instead of standing as an event of its own."""
    out = []
    for m in mentions:
        if m.joins:
            told = [x for x in mentions if x.doc_id == m.doc_id and x.trigger_start < m.trigger_start
                    and _kind(x) == _kind(m) and not (x.joins or x.heading) and x.status == m.status]
            if told:
                before = max(told, key=lambda x: x.trigger_start)
                own = {a.actor_id for a in before.actors}
                keep_roles = m.type == "offensive"  # the one who claims an attack is its author
                actors = before.actors + tuple(EventActor(actor_id=a.actor_id, role=a.role if keep_roles else "participant",
                                                          text=a.text) for a in m.actors if a.actor_id not in own)
                dating = {} if before.date is None else {  # the day of the event, not of attending or claiming
                    "date": before.date, "date_end": before.date_end, "precision": before.precision,
                    "time_of_day": before.time_of_day, "date_text": before.date_text, "date_source": "context"}
                m = m.model_copy(update={"actors": actors, **dating})
        out.append(m)
    return out


def lend_visit_dates(mentions: list[EventMention], gaz: Gazetteer | None = None) -> list[EventMention]:
    """A meeting "خلال زيارة" takes the day of that visit, told elsewhere in the same article."""
    gaz = gaz or default_gazetteer()
    out = []
    for m in mentions:
        if m.during_visit and m.date is None:
            ids = {a.actor_id for a in m.actors}
            days = {(v.date, v.date_end, v.precision, v.date_text) for v in mentions
                    if v.doc_id == m.doc_id and v.type == "visit" and v.date is not None
                    and v.precision in ("day", "time") and ids & {a.actor_id for a in v.actors}
                    and places_agree(v.place_id, m.place_id, gaz)}
            if len(days) == 1:
                day, end, precision, text = days.pop()
                m = m.model_copy(update={"date": day, "date_end": end, "precision": precision,
                                         "date_text": text, "date_source": "during"})
        out.append(m)
    return out


_COARSE = "coarse"  # index key for clusters dated only to a week, month or year


class _Index:
    """Clusters by (kind, actor) and by the day of their head: a report is compared only with
    clusters that share an actor and could agree on the day."""

    def __init__(self) -> None:
        self.by_day: dict[tuple[str, str], dict[object, set[int]]] = defaultdict(lambda: defaultdict(set))

    def add(self, kind: str, actors: set[str], day: object, at: int) -> None:
        for actor in actors:
            self.by_day[(kind, actor)][day].add(at)

    def candidates(self, kind: str, mention: EventMention) -> list[int]:
        days: list[object] | None
        if mention.date is not None and mention.precision in ("day", "time"):
            days = [mention.date, None, _COARSE]
        elif mention.date is None and mention.anchor is not None:
            span = (UNDATED_WINDOW + timedelta(days=1)).days
            days = [mention.anchor - timedelta(days=k) for k in range(-1, span + 1)] + [None, _COARSE]
        else:
            days = None  # a coarse date or no anchor: any day may agree
        found: set[int] = set()
        for actor in {a.actor_id for a in mention.actors}:
            table = self.by_day[(kind, actor)]
            for day in (table if days is None else days):
                found |= table.get(day, set())
        return sorted(found)


def _cluster(mentions: list[EventMention], gaz: Gazetteer, lex: EventLexicon) -> list[_Cluster]:
    """Best-dated reports first; each joins the fitting event it shares most actors with."""
    clusters: list[_Cluster] = []
    index = _Index()
    for mention in sorted(mentions, key=lambda m: (m.date is None, _coarse(m), _SOURCE_RANK[m.date_source], m.doc_id,
                                                   m.trigger_start)):
        kind, ids = _kind(mention), {a.actor_id for a in mention.actors}
        fits = [i for i in index.candidates(kind, mention) if _fits(mention, clusters[i], gaz, lex)]
        if fits:
            at = max(fits, key=lambda i: (len(ids & clusters[i].actors), clusters[i].head.date is not None))
            clusters[at].add(mention, gaz)
        else:
            at = len(clusters)
            clusters.append(_Cluster.of(mention, gaz))
        head = clusters[at].head
        day = head.date if head.precision in ("day", "time") or head.date is None else _COARSE
        index.add(kind, clusters[at].actors, day, at)
    return clusters


def _roles(members: list[EventMention]) -> tuple[EventActor, ...]:
    roles: dict[str, str] = {}
    names: dict[str, str] = {}
    for m in members:
        for a in m.actors:
            if roles.get(a.actor_id, "participant") == "participant":
                roles[a.actor_id] = a.role
            if a.text:
                names.setdefault(a.actor_id, a.text)
    # Built from already-validated reports: model_construct skips validating them a second time.
    return tuple(EventActor.model_construct(actor_id=k, role=v, text=names.get(k)) for k, v in roles.items())


def event_id(head: EventMention) -> str:
    """Stable id from the best-dated report: its article, trigger offset and type."""
    key = f"{head.doc_id}|{head.trigger_start}|{head.type}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def is_complete(kind: str, actors: tuple[EventActor, ...], lex: EventLexicon, kind_of: Callable[[str], str]) -> bool:
    """Whether the event names the parties its type needs (events.yaml `complete`); `kind_of`
    gives an actor's kind."""
    needs = lex.complete.get(kind, {})
    if any(kind_of(a.actor_id) in needs.get("alone", ()) for a in actors):
        return True
    parties = [a for a in actors if not (needs.get("beyond_places") and is_place_actor(a.actor_id))]
    return (len(parties) >= needs.get("parties", 0)
            and (not needs.get("source") or any(a.role == "source" for a in actors)))


def _confidence(members: list[EventMention], docs: set[str], actors: tuple[EventActor, ...], kind: str,
                lex: EventLexicon, gaz: Gazetteer) -> float:
    """The best report's, a little more per further article; capped low when a party is missing."""
    score = min(1.0, max(m.confidence for m in members) + 0.05 * (len(docs) - 1))
    if not is_complete(kind, actors, lex, lambda a: gaz.actors[a].kind if a in gaz.actors else ""):
        score = min(score, lex.confidence["incomplete"])
    return round(score, 2)


def _event(cluster: _Cluster, gaz: Gazetteer, lex: EventLexicon) -> Event:
    head = cluster.head
    members = sorted(cluster.members, key=lambda m: (m.doc_id, m.trigger_start))
    places = [m.place_id for m in members if m.place_id]
    place = min(places, key=lambda p: (gaz.places[p].kind == "country", places.index(p)), default=None)
    undated_members = any(m.date is None for m in members)
    date_source = "merged" if head.date is not None and undated_members else head.date_source
    sources = [EventSource.model_construct(doc_id=m.doc_id, sentence=m.sentence, date_text=m.date_text,
                                           trigger=m.trigger, trigger_start=m.trigger_start) for m in members]
    docs = {m.doc_id for m in members}
    time_of_day = head.time_of_day or next((m.time_of_day for m in members if m.date == head.date and m.time_of_day), None)
    kind = "meeting" if any(m.type == "meeting" for m in members) else head.type
    actors = _roles(members)
    return Event.model_construct(
        event_id=event_id(head), type=kind, date=head.date, date_end=head.date_end, precision=head.precision,
        time_of_day=time_of_day, date_source=date_source, status=head.status,  # type: ignore[arg-type]
        location=gaz.places[place].name_ar if place else None,
        confidence=_confidence(members, docs, actors, kind, lex, gaz),
        cameo=head.cameo, plover=head.plover, actors=actors, sources=tuple(sources),
        first_reported=min((m.anchor for m in members if m.anchor), default=None),
    )


def merge_events(mentions: list[EventMention], gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events ordered by day (undated last), each with every report that tells it.

    An event told only by headlines or captions, or only by a definite noun that points back
    ("المحادثات" with nothing else), is dropped: alone, these are too thin to stand as a report.
    """
    gaz = gazetteer or default_gazetteer()
    lex = default_lexicon()
    clusters = _cluster(lend_visit_dates(attach_joiners(mentions), gaz), gaz, lex)
    events = [_event(c, gaz, lex) for c in clusters if not all(m.heading or m.anaphoric for m in c.members)]
    return sorted(events, key=lambda e: (e.date is None, e.date or 0, e.event_id))
