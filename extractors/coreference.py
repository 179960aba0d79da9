"""The discourse memory of one article: whom it has named so far, so that a later mention
("الوزير", "الجانبان", "التحالف", "الجبوري") can point back at them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from datetime import date
from itertools import islice
from typing import Iterator

import regex

from schemas.actors import Actor, ActorMention

from extractors.gazetteer import Gazetteer
from extractors.spans import Spans
from extractors.text import Normalized, fold_phrase

_ORGANISATION_KINDS = frozenset({"organisation", "government_body", "armed_group"})  # what "المركز", "الجبهة" point back at
_RANK_REACH = 40  # mentions back within which "سموه" finds the person of its rank


@dataclass
class Discourse:
    """The actors named so far, in order, and the people a title introduced."""

    gaz: Gazetteer
    mentions: list[ActorMention] = field(default_factory=list)
    introduced: dict[str, tuple[Actor, str | None]] = field(default_factory=dict)
    titled: dict[str, str] = field(default_factory=dict)  # a title with its place ("امير منطقه عسير") -> its holder named here
    _named: dict[str, None] = field(default_factory=dict, repr=False)  # actor ids, the latest named last

    def remember(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        self._named.pop(mention.actor_id, None)
        self._named[mention.actor_id] = None

    def latest_first(self) -> Iterator[str]:
        """Each actor named so far once, the latest named first: what a walk back over the
        mentions meets first, without the walk over every mention of an actor named often."""
        return reversed(self._named)

    def introduce(self, actor: Actor, office: str) -> None:
        self.introduced.setdefault(actor.actor_id, (actor, office))

    def look_up(self, actor_id: str) -> Actor | None:
        return self.introduced[actor_id][0] if actor_id in self.introduced else self.gaz.actors.get(actor_id)

    def find_offices(self, actor_id: str, anchor: date | None) -> set[str]:
        """The offices a person held that day; an introduced person holds the title that introduced them."""
        if actor_id in self.introduced:
            return {self.introduced[actor_id][1] or ""}
        return self.gaz.offices_of(actor_id, anchor)

    def recall_person(self, office: str | None = None, country: str | None = None,
                      anchor: date | None = None, exact: bool = False) -> str | None:
        """The latest person mentioned who fits a bare title ("الوزير" -> any minister); with
        `exact`, who holds that very office ("وزير الإعلام اليمني" is no other Yemeni minister)."""
        for actor_id in self.latest_first():
            actor = self.look_up(actor_id)
            if actor is None or actor.kind != "person" or (country and actor.country != country):
                continue
            if office is None:
                return actor.actor_id
            held = self.find_offices(actor.actor_id, anchor)
            if any(o == office or (not exact and o.endswith(office)) for o in held):
                return actor.actor_id
        return None

    def recall_pair(self) -> list[str]:
        """"الجانبان", "الوزيران": the two people (else the two parties) named last."""
        for wanted in ("person", None):
            found: list[str] = []
            for actor_id in self.latest_first():
                actor = self.look_up(actor_id)
                if actor is None or (wanted and actor.kind != wanted):
                    continue
                found.append(actor_id)
                if len(found) == 2:
                    return found
        return []

    def recall_coalition(self, seen: Counter[str | None]) -> str | None:
        """"التحالف": the coalition named last, else the one whose war the article names most
        (`seen`: how often each id is found among the article's names)."""
        named = next((actor_id for actor_id in self.latest_first() if actor_id in self.gaz.theatres), None)
        if named:
            return named
        counts = {c: sum(n for x, n in seen.items() if x in actors) for c, actors in self.gaz.theatres.items()}
        best = max(counts, key=lambda c: counts[c], default=None)
        return best if best and counts[best] else None

    def recall_named(self, word: str) -> str | None:
        """"المركز": the organisation (or armed group) named last whose name holds that word ("مركز")."""
        return next((actor_id for actor_id in self.latest_first() if (a := self.look_up(actor_id)) is not None
                     and a.kind in _ORGANISATION_KINDS and word in _name_words(a.name_ar, a.aliases)), None)

    def name_words(self, actor_id: str) -> frozenset[str]:
        """The folded words of the names of a known actor (none for an unknown one)."""
        actor = self.look_up(actor_id)
        return _name_words(actor.name_ar, actor.aliases) if actor is not None else frozenset()

    def recall_ranked(self, titles: frozenset[str]) -> str | None:
        """"سموه": the person whose mention, among the last `_RANK_REACH`, carries one of `titles`."""
        for mention in islice(reversed(self.mentions), _RANK_REACH):
            actor = self.look_up(mention.actor_id)
            written = f" {fold_phrase(mention.text)} "
            if actor is not None and actor.kind == "person" and any(f" {t} " in written for t in titles):
                return mention.actor_id
        return None

    def recall_of_kind(self, kind: str) -> str | None:
        return next((actor_id for actor_id in self.latest_first()
                     if (a := self.look_up(actor_id)) is not None and a.kind == kind), None)


@cache
def _name_words(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The folded words of an actor's names, worked out once per actor."""
    return frozenset(w for n in (name, *aliases) for w in fold_phrase(n).split())


def _has_surname(words: list[str], stopwords: frozenset[str], lineage: frozenset[str]) -> bool:
    """"سلمان بن عبدالعزيز", "مي بنت محمد آل خليفة" have none: the last word is a father's or a family's."""
    return len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in stopwords and words[-2] not in lineage


def _after_patronymic(text: str, start: int, patronymics: frozenset[str]) -> bool:
    """"محمد بن نايف": the word after بن is a father's name, not a surname said alone."""
    before = text[max(0, start - 6):start].split()
    return bool(before) and before[-1] in patronymics and text[start - 1:start].isspace()


def _after_other_name(text: str, start: int, own: list[str], gaz: Gazetteer) -> bool:
    """"عبد الخالق الحوثي" in an article about عبد الملك الحوثي: a surname right after a given
    name none of the person's own (or after «عبد»/«أبو» and a word) is another person's."""
    before = text[max(0, start - _NAME_REACH):start].split()
    if not before or not text[start - 1:start].isspace() or before[-1] in own or before[-1] in gaz.words["honorifics"]:
        return False  # "السيد مساهل": an honorific, not a given name
    return before[-1] in gaz.words["given_names"] or before[-1] in gaz.name_words and before[-1] not in gaz.common_words \
        or len(before) > 1 and before[-2] in gaz.words["compound_name_heads"]


_NAME_REACH = 30  # characters before a surname read for the two words of a given name


def find_surnames(norm: Normalized, discourse: Discourse) -> None:
    """Later mentions by surname alone ("الجبوري", "عون") of people this article named in full."""
    taken = Spans([(m.start, m.end) for m in discourse.mentions])
    named = {m.actor_id: m.name for m in discourse.mentions if m.name and " " in m.name and discourse.look_up(m.actor_id)
             and discourse.look_up(m.actor_id).kind == "person"}
    surnames = {actor_id: fold_phrase(name).split() for actor_id, name in named.items()}
    surnames.update({actor_id: actor_id[2:].split("_") for actor_id in discourse.introduced})
    patronymics = discourse.gaz.words["lineage_words"]
    for actor_id, words in surnames.items():
        if not _has_surname(words, discourse.gaz.words["surname_stopwords"], patronymics | discourse.gaz.words["family_words"]):
            continue  # "فيصل بن خالد": خالد is his father, not a name to call him by
        for m in regex.finditer(rf"(?<!\w)(?:[وف]?[بل]?)({regex.escape(words[-1])})(?!\w)", norm.text):
            s, e = norm.span(m.start(1), m.end(1))
            if not (taken.cover(s) or _after_patronymic(norm.text, m.start(), patronymics)
                    or _after_other_name(norm.text, m.start(), words, discourse.gaz)
                    or (m.start(1) > m.start() and words[-1] in discourse.gaz.words["ordinary_words"])):
                discourse.remember(ActorMention(start=s, end=e, text=norm.original[s:e], actor_id=actor_id,
                                                how="surname", prep=None, name=norm.original[s:e]))
