"""Find who is named in an article: gazetteer names, titles, people a title introduces.

    "وزير الخارجية الأمريكي" on 2018-02-15  -> rex_tillerson          (title, office held that day)
    "محافظ نينوى نجم الجبوري"               -> x:نجم_الجبوري          (introduced; later "الجبوري")
    "نظيره التركي" after Mattis            -> Turkey's defence minister
    "في مطار أنقرة"                         -> a place, not the actor Turkey
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from typing import Callable, Iterator

import regex

from schemas.actors import Actor, ActorMention, ActorReading, PlaceMention
from schemas.articles import Segment

from extractors.budget import UNLIMITED, Budget
from extractors.coreference import Discourse, find_surnames
from extractors.learned_names import default_cues, names_namesake, taken_mask, with_learned_names
from extractors.gazetteer import (
    ACTOR, BARE_TITLE, CAPITAL_WORD, COALITION_REF, COUNTERPART, FORCE, GROUP_REF, HOME_FORCE, HONORIFIC, MODIFIER,
    NISBA, ORG_REF, PAIR_REF, PLACE, PLURAL_TITLE, PRONOUN_REF, TITLE, Gazetteer, KeyHit, body_actor_id, default_gazetteer,
    facility_actor_id,
    find_keys, place_actor_id,
)
from extractors.names import (
    NEXT_WORD, first_names_fit, last_word, lineage_name_after, match_known_person, named_as_father, opens_name,
    plain_name_after,
    surname_after,
)
from extractors.stories import Stories
from extractors.text import Normalized, fold, fold_phrase

_NISBA_SHAPE = regex.compile(r"^ال\w{3,}ي$")  # "السنغافوري": a nationality the gazetteer lacks
_ORGANISATION_KINDS = {"organisation", "armed_group", "government_body"}
_GENERIC_OFFICES = {"head_of_state", "head_of_government"}  # a counterpart is sought by these only after the named office
_GENITIVE_CLITICS = ("", "ل", "لل")  # "رئيس البنك الدولي", "الأمين العام لمنظمة …"
_PORTFOLIO = "minister"  # titles.csv's office of "وزير الإعلام" and the like: no other minister holds it


@dataclass
class _Resolver:
    """One left-to-right pass over an article's gazetteer hits, resolving each to actors or places."""

    norm: Normalized
    segments: list[Segment]
    gaz: Gazetteer
    hits: list[KeyHit]
    discourse: Discourse
    places: list[PlaceMention] = field(default_factory=list)
    delegated: int = -1  # the last nationality hit taken as a delegation's country

    @property
    def text(self) -> str:
        return self.norm.text

    def adjacent(self, end: int, j: int) -> bool:
        """Hit j follows `end` on the same line with only spaces between."""
        if j >= len(self.hits) or self.hits[j].clitic:
            return False
        gap = self.text[end:self.hits[j].start]
        return not gap.strip() and "\n" not in gap

    def prep(self, hit: KeyHit, skip_place_nouns: bool = False) -> str | None:
        """The preposition governing a hit: a glued ب/ل or the word before it.

        With `skip_place_nouns`, nouns like مطار / شمالي are looked through ("في مطار أنقرة");
        a place noun with no preposition before it still marks a location ("شمالي سورية").
        """
        before = hit.start - len(hit.clitic)
        if hit.clitic.endswith(("ب", "ل")):
            m = last_word(self.text, before)
            if not (m and m.group(1) in self.gaz.words["object_nouns"]):
                return hit.clitic[-1]
            before = m.start()  # "على مواقع لمنظمة …": the preposition before the noun governs
        skipped = False
        for _ in range(3):
            m = last_word(self.text, before)
            if not m:
                break
            word = m.group(1)
            if skip_place_nouns and word in self.gaz.words["place_nouns"]:
                before, skipped = m.start(), True
                continue
            if word in self.gaz.words["object_nouns"]:
                before = m.start()
                continue
            if word == _FROM and (noun := last_word(self.text, m.start())) and noun.group(1) in self.gaz.words["partitive_nouns"]:
                before = noun.start()  # "وفدا من الكونغرس": the body's people, not where from
                continue
            if word == _IN and (member := self.member_before(m.start())):
                before = member.start()  # "القيادي في حركة حماس": its member, not where
                continue
            if word in self.gaz.words["role_prepositions"] | self.gaz.words["location_prepositions"]:
                return word
            return self.agent_preposition(m) or ("في" if skipped else None)
        return "في" if skipped else None

    def member_before(self, end: int) -> regex.Match[str] | None:
        """The member noun ending the text before `end` ("القيادي", "عضو بارز"), past one modifier."""
        m = last_word(self.text, end)
        if m and m.group(1) in self.gaz.words["member_modifiers"]:
            m = last_word(self.text, m.start())
        return m if m and m.group(1) in self.gaz.words["member_nouns"] else None

    def agent_preposition(self, word: regex.Match[str]) -> str | None:
        """"من قبل طيران التحالف", "على يد مسلحين": a two-word preposition ending in `word`."""
        before = last_word(self.text, word.start())
        pair = f"{before.group(1)} {word.group(1)}" if before else ""
        return pair if pair in self.gaz.words["role_prepositions"] else None

    @cached_property
    def seen(self) -> Counter[str | None]:
        """How often each id is found among the article's names."""
        return Counter(h.kinds.get(ACTOR) or h.kinds.get(NISBA) or h.kinds.get(PLACE) for h in self.hits)

    def town_meant(self, hit: KeyHit) -> str | None:
        """"عمان" in an article about Jordan is Amman: the homonym town when its country is named
        more often than the country the name otherwise stands for."""
        town = self.gaz.homonyms.get(self.text[hit.start:hit.end])
        if town is None:
            return None
        tally = self.countries_named
        return town if tally[self.gaz.places[town].country] > tally[self.country_named(hit)] else None

    @cached_property
    def countries_named(self) -> Counter[str | None]:
        """How often each country is named in the article, by its name, a nationality, a town in it
        or one of its people; homonyms («عمان») count for neither reading."""
        return Counter(self.country_named(h) for h in self.hits if self.text[h.start:h.end] not in self.gaz.homonyms)

    def country_named(self, hit: KeyHit) -> str | None:
        if NISBA in hit.kinds:
            return hit.kinds[NISBA]
        if PLACE in hit.kinds:
            return self.gaz.places[hit.kinds[PLACE]].country
        actor = self.gaz.actors.get(hit.kinds.get(ACTOR, ""))
        return (actor.actor_id if actor.kind == "country" else actor.country) if actor else None

    @cached_property
    def stories(self) -> Stories:
        return Stories(self.norm, self.segments, self.hits, self.gaz)

    def anchor_of(self, hit: KeyHit) -> date | None:
        """The day of the story a hit stands in: titles resolve on it."""
        return self.stories.anchor_at(hit.start)

    def limit(self, j: int) -> int:
        """Where hit j starts (the end of the text after the last): a plain name stops there."""
        return self.hits[j].start if j < len(self.hits) else len(self.text)

    def emit(self, start: int, end: int, actor_id: str, how: str, prep: str | None,
             name: tuple[int, int] | None = None) -> None:
        s, e = self.norm.span(start, end)
        named = self.norm.original[slice(*self.norm.span(*name))] if name else None
        self.discourse.remember(ActorMention(start=s, end=e, text=self.norm.original[s:e], actor_id=actor_id,
                                             how=how, prep=prep, name=named))

    def emit_place(self, start: int, end: int, place_id: str, prep: str | None) -> None:
        s, e = self.norm.span(start, end)
        self.places.append(PlaceMention(start=s, end=e, text=self.norm.original[s:e], place_id=place_id, prep=prep))

    def resolve_hits(self, budget: Budget) -> None:
        i = 0
        while i < len(self.hits):
            budget.check()
            i = self.resolve_hit(i)

    def resolve_hit(self, i: int) -> int:
        """Resolve hit i by the first handler of its kinds that takes it; the index of the next hit."""
        for handler in _handlers_for(frozenset(self.hits[i].kinds)):
            following = handler(self, i)
            if following is not None:
                return following
        return i + 1

    def skip_namesake(self, i: int) -> int | None:
        """"مطار الملك سلمان", "مستشفى الأمير فيصل بن خالد": a person named right after a noun of
        what is named after someone (`namesake_nouns`), honorifics between, is that thing: the
        name's hits are passed over. Otherwise not its to take."""
        hit = self.hits[i]
        if not self.naming(hit) or not names_namesake(self.text, hit.start, default_cues()):
            return None
        end, j = hit.end, i + 1
        while self.adjacent(end, j) and self.naming(self.hits[j]):
            end, j = self.hits[j].end, j + 1
        return j

    def naming(self, hit: KeyHit) -> bool:
        """A hit that is, or opens, a person's name: an honorific, a title or a known person."""
        return bool(hit.kinds.keys() & {HONORIFIC, TITLE, BARE_TITLE}) or self.is_person(hit)

    def take_actor(self, i: int) -> int | None:
        """A named actor other than a country (a country may be a place), nor a body named as the
        place it governs behind a preposition of place ("جولته في إقليم كردستان")."""
        hit = self.hits[i]
        if self.gaz.actors[hit.kinds[ACTOR]].kind == "country":
            return None
        if PLACE in hit.kinds and self.prep(hit, skip_place_nouns=True) in self.gaz.words["location_prepositions"]:
            return None
        if self.is_person(hit) and (name := self.longer_name(hit, i + 1)) is not None:
            self.introduce(hit, name, "", None)
            return self.after(name[1], i + 1)
        if not (self.is_person(hit) and (self.other_first_name(hit) or self.ordinary_word(hit)
                                         or named_as_father(self.text, hit.start, self.gaz))):
            self.emit(hit.start, hit.end, hit.kinds[ACTOR], "alias", self.prep(hit), (hit.start, hit.end))
        return i + 1

    def longer_name(self, hit: KeyHit, j: int) -> tuple[int, int] | None:
        """"عبدالله بن عبدالعزيز الربيعة" is not King Abdullah: a known name of lineage followed by a
        family name of its own (an ال word no common word, no other gazetteer key) is someone else's."""
        if not self.gaz.words["lineage_words"] & set(self.text[hit.start:hit.end].split()):
            return None
        nxt = NEXT_WORD.match(self.text, hit.end)
        if nxt is None or not nxt.group(1).startswith("ال") or (j < len(self.hits) and self.hits[j].start <= nxt.start(1)):
            return None
        word = nxt.group(1)
        ordinary = word in self.gaz.common_words or word in self.gaz.words["name_stopwords"] \
            or word in self.gaz.words["former_words"]
        return None if ordinary else (hit.start, nxt.end(1))

    def take_country_force(self, i: int) -> int | None:
        """"المدفعية العراقية", "القوات الحكومية اليمنية": the forces of the country after them."""
        hit = self.hits[i]
        if i + 1 >= len(self.hits) or NISBA not in self.hits[i + 1].kinds:
            return None
        nxt = self.hits[i + 1]
        gap = self.text[hit.end:nxt.start]
        if len(gap.split()) > 1 or "\n" in gap:
            return None
        self.emit(hit.start, nxt.end, nxt.kinds[NISBA], "alias", self.prep(hit), (hit.start, nxt.end))
        return self.take_joined_forces(nxt.end, i + 2)

    def take_joined_forces(self, end: int, j: int) -> int:
        """"القوات الباكستانية والأفغانية": a nationality joined by و to a country's forces names
        that country's forces too."""
        while j < len(self.hits) and NISBA in self.hits[j].kinds and self.hits[j].clitic == "و" \
                and self.text[end:self.hits[j].start].strip() == "و":
            nisba = self.hits[j]
            self.emit(nisba.start, nisba.end, nisba.kinds[NISBA], "alias", None, (nisba.start, nisba.end))
            end, j = nisba.end, j + 1
        return j

    def take_home_force(self, i: int) -> int | None:
        """"القوات الأمنية" in a story from Baghdad: Iraq's (unless a nationality follows)."""
        hit = self.hits[i]
        if i + 1 < len(self.hits) and NISBA in self.hits[i + 1].kinds and self.adjacent(hit.end, i + 1):
            return None
        home = self.home_country(hit.start)
        if home:
            self.emit(hit.start, hit.end, home, "home", self.prep(hit), (hit.start, hit.end))
        return i + 1

    def take_pair(self, i: int) -> int:
        hit = self.hits[i]
        for actor_id in self.discourse.recall_pair():
            self.emit(hit.start, hit.end, actor_id, "coreference", self.prep(hit))
        return i + 1

    def take_coalition(self, i: int) -> int:
        hit = self.hits[i]
        coalition = self.discourse.recall_coalition(self.seen)
        if coalition:
            self.emit(hit.start, hit.end, coalition, "coreference", self.prep(hit), (hit.start, hit.end))
        return i + 1

    def take_group(self, i: int) -> int:
        hit = self.hits[i]
        group = self.discourse.recall_of_kind("armed_group")
        if group:
            self.emit(hit.start, hit.end, group, "coreference", self.prep(hit))
        return i + 1

    def take_organisation(self, i: int) -> int:
        """"فريق من المركز": the organisation named last whose name holds the noun (مركز)."""
        hit = self.hits[i]
        organisation = self.discourse.recall_named(fold_phrase(hit.kinds[ORG_REF]).removeprefix("ال"))
        if organisation and not self.names_another(hit.end, organisation):
            self.emit(hit.start, hit.end, organisation, "coreference", self.prep(hit))
        return i + 1

    def names_another(self, end: int, actor_id: str) -> bool:
        """"الهيئة العامة" after "هيئة تحرير الشام", "الجبهة الجنوبية" after "جبهة النصرة": a
        definite word after the noun, none of the actor's names' words nor an epithet of a group
        ("المنظمة الإرهابية"), names another body."""
        after = NEXT_WORD.match(self.text, end)
        word = after.group(1) if after else ""
        if not word.startswith("ال") or word in self.gaz.words["reference_epithets"] | self.gaz.words["name_stopwords"]:
            return False  # "لدول المجلس الذي عقد": a relative pronoun names nothing
        return word not in self.discourse.name_words(actor_id)

    def take_ranked(self, i: int) -> int:
        """"استقبل سموه", "التقى معاليه": the person of that rank named last."""
        hit = self.hits[i]
        person = self.discourse.recall_ranked(self.gaz.ranks[hit.kinds[PRONOUN_REF]])
        if person:
            self.emit(hit.start, hit.end, person, "coreference", self.prep(hit))
        return i + 1

    def take_lineage(self, i: int) -> int | None:
        """"الأمير فيصل بن خالد", "الشيخة مي بنت محمد آل خليفة": honorifics, then a name of
        lineage the gazetteer lacks: a person the article introduces. Otherwise not its to take."""
        hit = self.hits[i]
        end, j = self.past_honorifics(hit.end, i + 1)
        if self.adjacent(end, j):
            return None
        name = self.lineage_of(end, j) or self.ranked_name(self.hits[j - 1], end, j)
        if name is None:
            return None
        self.introduce(hit, name, "", None)
        return self.after(name[1], j)

    def ranked_name(self, honorific: KeyHit, end: int, j: int) -> tuple[int, int] | None:
        """"اللواء ناصر الدويسي": after a military rank (`naming_honorifics`), a closed name of two
        or three words is a person."""
        if fold(self.text[honorific.start:honorific.end]) not in self.gaz.words["naming_honorifics"]:
            return None
        name = plain_name_after(self.norm, end, self.limit(j), self.gaz)
        if name is None:
            return None
        words = self.text[name[0]:name[1]].split()
        while len(words) > 2 and words[-1] in self.gaz.common_words:  # "ناصر الدويسي المواقع"
            words.pop()
        return (name[0], name[0] + len(" ".join(words))) if len(words) >= 2 else None

    def lineage_of(self, end: int, j: int) -> tuple[int, int] | None:
        """A name of lineage after `end` (hit j the next) that neither holds nor runs into a known
        person ("عادل بن أحمد الجبير" is the known الجبير); a known father in it is no matter
        ("سلطان بن سلمان بن عبدالعزيز")."""
        name = lineage_name_after(self.text, end, self.gaz)
        if name is None:
            return None
        k = self.after(name[1], j)
        if any(self.is_person(h) and not named_as_father(self.text, h.start, self.gaz) for h in self.hits[j:k]) or (self.adjacent(name[1], k) and self.is_person(self.hits[k])):
            return None
        return name

    def after(self, end: int, j: int) -> int:
        """The first hit from j on that starts after `end` (those inside a name are part of it)."""
        while j < len(self.hits) and self.hits[j].start < end:
            j += 1
        return j

    def take_capital(self, i: int) -> int | None:
        """"العاصمة العراقية": the capital of the country named by the nationality after it."""
        hit = self.hits[i]
        if not (self.adjacent(hit.end, i + 1) and NISBA in self.hits[i + 1].kinds):
            return None
        nxt = self.hits[i + 1]
        place_id = self.gaz.capitals.get(nxt.kinds[NISBA])
        if place_id:
            self.emit_place(hit.start, nxt.end, place_id, self.prep(hit))
        return i + 2

    def take_nisba(self, i: int) -> int:
        """A nationality adjective; after `delegation_nouns` («المفاوضين الروس») the country as a party."""
        hit = self.hits[i]
        before = last_word(self.text, hit.start)
        acting = before is not None and before.group(1) in self.gaz.words["delegation_nouns"] \
            and not self.text[before.end(1):hit.start].strip()
        joined = hit.clitic == "و" and i > 0 and self.delegated == i - 1 \
            and not self.text[self.hits[i - 1].end:hit.start - len(hit.clitic)].strip()  # "وفدين روسي وأوكراني"
        if acting or joined:
            self.delegated = i
        self.emit(hit.start, hit.end, hit.kinds[NISBA], "delegation" if acting or joined else "nisba", None)
        return i + 1

    def skip_modified(self, i: int) -> int:
        """"مساعد وزير الخارجية": the title names another post; only a following name counts."""
        j = i + 1
        if j < len(self.hits) and TITLE in self.hits[j].kinds and not self.text[self.hits[i].end:self.hits[j].start].strip():
            return self.resolve_title(j, modified=True)
        return j

    def dateline_place(self, hit: KeyHit) -> bool:
        """"بيروت - شنت …", "القاهرة (رويترز) -", "سبق- جدة:": a place a line opens with (past at
        most a few words of an outlet's name) and a dash or colon closes is where the story was
        filed, not its country acting."""
        floor = max(0, hit.start - _DATELINE_LEAD_CHARS)  # read no further back: linear in a long line
        newline = self.text.rfind("\n", floor, hit.start)
        if newline < 0 and floor > 0:
            return False
        return len(self.text[newline + 1:hit.start].split()) <= _DATELINE_LEAD_WORDS \
            and bool(_DATELINE_END.match(self.text, hit.end))

    def take_place(self, i: int) -> int:
        """A place, or an actor named as one ("في مطار أنقرة"); a capital named other than as
        a place stands for its country."""
        hit = self.hits[i]
        if self.in_idiom(hit):
            return i + 1  # "مسقط رأس والده": a birthplace, not Muscat
        prep = self.prep(hit, skip_place_nouns=True)
        is_location = prep in self.gaz.words["location_prepositions"] or prep == "ب"
        if not is_location and self.ordinary_place(hit):
            return i + 1  # "دعم مالي", "للبنين": a country whose name is an ordinary word is taken only as where
        place_id = self.town_meant(hit) or hit.kinds.get(PLACE)
        if place_id and (is_location or ACTOR not in hit.kinds):
            self.emit_place(hit.start, hit.end, place_id, prep)
            place = self.gaz.places[place_id]
            capital_of = place.country if self.gaz.capitals.get(place.country or "") == place_id else None
            if capital_of and not is_location and not self.dateline_place(hit):
                self.emit(hit.start, hit.end, capital_of, "capital", prep, (hit.start, hit.end))
        elif ACTOR in hit.kinds and is_location and hit.kinds[ACTOR] in self.gaz.places:
            self.emit_place(hit.start, hit.end, hit.kinds[ACTOR], prep)  # "إلى جمهورية المالديف": where, as "إلى المالديف"
        elif ACTOR in hit.kinds:
            self.emit(hit.start, hit.end, hit.kinds[ACTOR], "alias", prep, (hit.start, hit.end))
        return i + 1

    def in_idiom(self, hit: KeyHit) -> bool:
        """A place's name that opens an idiom (`place_idioms`: «مسقط رأس», a birthplace) names no place."""
        follower = NEXT_WORD.match(self.text, hit.end)
        followers = self.gaz.idioms.get(self.text[hit.start:hit.end], frozenset())
        return follower is not None and follower.group(1) in followers

    def resolve_title(self, i: int, modified: bool = False) -> int:
        """A title, its country, honorifics and the name that may follow."""
        hit = self.hits[i]
        anchor = self.anchor_of(hit)
        office = hit.kinds.get(TITLE) or hit.kinds.get(BARE_TITLE)
        end, j, country = hit.end, i + 1, self.gaz.title_countries.get(self.text[hit.start:hit.end])
        qualified = country is not None
        organisation: int | None = None  # the hit of the organisation the post is in
        if self.adjacent(end, j) and (NISBA in self.hits[j].kinds or PLACE in self.hits[j].kinds) \
                and not self.ordinary_place(self.hits[j]):  # "مستشار مالي": financial, not of Mali
            qualifier = self.hits[j].kinds
            country = qualifier.get(NISBA) or self.gaz.places[qualifier[PLACE]].country
            end, j, qualified = self.hits[j].end, j + 1, True
        elif self.of_organisation(end, j):  # "الأمين العام لمنظمة التعاون الإسلامي", "رئيس البنك الدولي"
            organisation, end, j, qualified = j, self.hits[j].end, j + 1, True
        elif (shape := NEXT_WORD.match(self.text, end)) and _NISBA_SHAPE.match(shape.group(1)) and (
                j >= len(self.hits) or self.hits[j].start > shape.start(1)):
            end, qualified = shape.end(1), True
        shape = NEXT_WORD.match(self.text, end)
        former = shape is not None and fold(shape.group(1)) in self.gaz.words["former_words"]
        if shape is not None and former:
            end = shape.end(1)  # "الرئيس اليمني السابق": not whoever holds the office that day
        held = bool(country and office and self.gaz.holder(office, country, anchor))
        if qualified and not held and j < len(self.hits) and (PLACE in self.hits[j].kinds or self.country_of(
                self.hits[j])) and self.posted_at(end, j):
            end, j = self.hits[j].end, j + 1  # "السفير الروسي في دمشق", "لدى المملكة": where the post is held
        phrase = " ".join(self.text[hit.start:end].split()) if qualified else None
        if phrase is not None and (named := self.appositive_of(hit, country)) is not None:
            self.discourse.titled[phrase] = named  # "الأمير سعد بن فهد أمير منطقة عسير"
        end, after = self.past_honorifics(end, j)
        honoured, j = after > j, after
        nxt = self.hits[j] if self.adjacent(end, j) else None
        if nxt is not None and self.is_person(nxt) and (longer := self.longer_name(nxt, j + 1)) is not None:
            self.introduce(hit, longer, office or "", country)
            return self.after(longer[1], j + 1)
        if nxt is not None and self.is_person(nxt):
            self.emit(hit.start, nxt.end, nxt.kinds[ACTOR], "alias", self.prep(hit), (nxt.start, nxt.end))
            return self.resolve_second_counterpart(j + 1, hit)
        if nxt is None and (lineage := self.lineage_of(end, j)) is not None:
            self.introduce(hit, lineage, office or "", country)  # "وزير الدولة الأمير منصور بن متعب"
            return self.after(lineage[1], j)
        surname = surname_after(self.text, end, self.limit(j), self.gaz, office, country, anchor)
        if surname is not None:
            actor_id, word_end = surname
            self.emit(hit.start, word_end, actor_id, "alias", self.prep(hit), (end + 1, word_end))
            return j
        name = plain_name_after(self.norm, end, self.limit(j), self.gaz) if qualified else \
            self.honoured_name(end, j, honoured)
        if name is not None and self.adjacent(name[1], j) and self.is_person(self.hits[j]):
            person = self.hits[j]
            if first_names_fit(self.text, name, person.kinds[ACTOR], self.gaz) or self.serves(person, name, organisation):
                self.emit(hit.start, person.end, person.kinds[ACTOR], "alias", self.prep(hit), (name[0], person.end))
                return j + 1
            name, j = (name[0], person.end), j + 1  # "خوان كارلوس بيريز" is not شمعون بيريز
        if former:
            return j
        if name is not None and office and (TITLE in hit.kinds or organisation is not None) and not held:
            self.introduce(hit, name, office, country)  # a known holder is not followed by a stranger's name
            if phrase is not None:
                self.discourse.titled.setdefault(phrase, self.discourse.mentions[-1].actor_id)
            return j
        if organisation is not None:  # no name: the organisation itself; its officer holds no title elsewhere
            self.take_actor(organisation)
            return j
        if not qualified and not modified and office and (headed := self.name_after_body(end, j)) is not None:
            self.introduce(hit, headed, office, None)
            return self.after(headed[1], j)
        if modified or nxt is not None and ACTOR in nxt.kinds or (not qualified and self.heads_another(hit, j)):
            return j
        actor_id = self.discourse.titled.get(phrase or "") or self.title_holder(hit, office, country, anchor)
        if actor_id and not self.named_otherwise(end, actor_id):
            how = "counterpart" if COUNTERPART in hit.kinds else ("title" if country else "coreference")
            self.emit(hit.start, end, actor_id, how, self.prep(hit))
        return j

    def appositive_of(self, hit: KeyHit, country: str | None) -> str | None:
        """The person a title of `country` stands beside: one named right before it, only spaces
        or a comma between, of no other country ("الأمير سعد بن فهد أمير منطقة عسير"; not
        "السيسي الرئيس الفرنسي", two people)."""
        if not self.discourse.mentions:
            return None
        last = self.discourse.mentions[-1]
        gap = self.norm.original[last.end:self.norm.span(hit.start, hit.end)[0]]
        actor = self.discourse.look_up(last.actor_id)
        if actor is None or actor.kind != "person" or gap.strip(" ،,") or "\n" in gap:
            return None
        return last.actor_id if actor.country in (None, country) else None

    def honoured_name(self, end: int, j: int, honoured: bool) -> tuple[int, int] | None:
        """"وزير الإسكان الأستاذ ماجد الحقيل", "وزير النقل بدر باسلمة": after a title with no
        country, a closed name of two or three words that runs into no known person, behind an
        honorific or opening with a given name."""
        name = plain_name_after(self.norm, end, self.limit(j), self.gaz)
        if name is None or " " not in self.text[name[0]:name[1]] or (self.adjacent(name[1], j) and self.is_person(self.hits[j])):
            return None
        return name if honoured or self.text[name[0]:name[1]].split()[0] in self.gaz.words["given_names"] else None

    def name_after_body(self, end: int, j: int) -> tuple[int, int] | None:
        """"رئيس مجموعة الفلاني الشيخ عبدالرحمن بن علي", "مدير عام مطار أبها فهد العدواني": after a
        title, the body it heads in a few words (places and bodies the gazetteer knows among them,
        no person nor title), then a person's name behind an honorific, or a name of two words or
        more opening with a given name."""
        pos, words = end, 0
        while words < self.gaz.body_max_words and (word := NEXT_WORD.match(self.text, pos)) is not None:
            j = self.after(word.start(1), j)
            if self.adjacent(pos, j) and HONORIFIC in self.hits[j].kinds and words:
                # "مدير جامعة الأمير سطام": a body named after someone, not its head's name
                return None if names_namesake(self.text, self.hits[j].start, default_cues()) else self.name_behind_honorifics(j)
            if words and opens_name(word.group(1), self.gaz):
                name = plain_name_after(self.norm, pos, self.limit(j), self.gaz)
                return name if name and " " in self.text[name[0]:name[1]] else None
            if word.group(1) in self.gaz.words["name_stopwords"] or (
                    j < len(self.hits) and self.hits[j].start < word.end(1) and self.naming(self.hits[j])):
                return None
            pos, words = word.end(1), words + 1
        return None

    def past_honorifics(self, end: int, j: int) -> tuple[int, int]:
        """The end of the honorific hits from j on that follow `end` one after another, and the
        index of the hit after them."""
        while self.adjacent(end, j) and HONORIFIC in self.hits[j].kinds:
            end, j = self.hits[j].end, j + 1
        return end, j

    def name_behind_honorifics(self, j: int) -> tuple[int, int] | None:
        """The name after honorific hit j and any honorifics right after it: a lineage, or a closed
        name of two or three words."""
        end, j = self.past_honorifics(self.hits[j].end, j + 1)
        if self.adjacent(end, j):
            return None
        name = self.lineage_of(end, j) or plain_name_after(self.norm, end, self.limit(j), self.gaz)
        return name if name and " " in self.text[name[0]:name[1]] else None

    def named_otherwise(self, end: int, actor_id: str) -> bool:
        """"الملك سعود" in a history of King Saud: a given name right after the title that is none
        of the holder's names makes it someone else's title."""
        after = NEXT_WORD.match(self.text, end)
        return after is not None and after.group(1) in self.gaz.words["given_names"] - self.gaz.words["name_stopwords"] \
            and after.group(1) not in self.gaz.words_of.get(actor_id, frozenset())

    def heads_another(self, hit: KeyHit, j: int) -> bool:
        """"رئيس المدينة", "الأمين العام للفيفا": a one-word title without its article before a
        definite noun, or any title before one behind a glued ل, that the gazetteer does not know,
        names the head of that body, not the country's (or the UN's) office."""
        title = self.text[hit.start:hit.end]
        after = NEXT_WORD.match(self.text, hit.end)
        if after is None or (j < len(self.hits) and self.hits[j].start <= after.start(1)
                             and self.hits[j].kinds.keys() != {ORG_REF}):  # "للمنظمة" names a body too
            return False
        construct = " " not in title and not title.startswith("ال") and after.group(1).startswith("ال")
        return construct or after.group(1).startswith("لل")

    def of_organisation(self, end: int, j: int) -> bool:
        """Hit j is an organisation right after `end`, as a genitive or behind a glued ل
        ("رئيس البنك الدولي", "الأمين العام لمنظمة …"): the title is a post in it."""
        if j >= len(self.hits) or ACTOR not in self.hits[j].kinds:
            return False
        org = self.hits[j]
        gap = self.text[end:org.start - len(org.clitic)]
        return (self.gaz.actors[org.kinds[ACTOR]].kind in _ORGANISATION_KINDS and org.clitic in _GENITIVE_CLITICS
                and not gap.strip() and "\n" not in gap)

    def serves(self, person: KeyHit, name: tuple[int, int], organisation: int | None) -> bool:
        """"رئيس الحكومة اليمنية خالد محفوظ بحاح": a known surname after an office in an
        organisation (hit) of the person's own country is that person when one of the first names
        written before it is theirs (a middle name may be new; "ماثيو ميلر" is not كريستوفر ميلر)."""
        country = self.gaz.actors[self.hits[organisation].kinds[ACTOR]].country if organisation is not None else None
        own = self.gaz.words_of.get(person.kinds[ACTOR], frozenset())
        return country is not None and self.gaz.actors[person.kinds[ACTOR]].country == country \
            and not own.isdisjoint(self.text[name[0]:name[1]].split())

    def posted_at(self, end: int, j: int) -> bool:
        """Hit j is a place right after `end` behind a post preposition ("في دمشق", "بتونس")."""
        place = self.hits[j]
        gap = self.text[end:place.start - len(place.clitic)]
        if place.clitic:
            return not gap.strip() and place.clitic[-1] in self.gaz.words["post_prepositions"]
        return "\n" not in gap and gap.split() in [[w] for w in self.gaz.words["post_prepositions"]]

    def resolve_plural_title(self, i: int) -> int:
        """"الرؤساء الروسي والتركي والإيراني", "وزراء خارجية روسيا وتركيا": each country's holder."""
        hit = self.hits[i]
        anchor = self.anchor_of(hit)
        end, j = hit.end, i + 1
        while j < len(self.hits) and (country := self.country_of(self.hits[j])) and self.listed(end, j):
            holder = self.gaz.holder(hit.kinds[PLURAL_TITLE], country, anchor)
            if holder:
                self.emit(self.hits[j].start, self.hits[j].end, holder, "title", self.prep(hit))
            end, j = self.hits[j].end, j + 1
        return j

    def country_of(self, hit: KeyHit) -> str | None:
        if NISBA in hit.kinds:
            return hit.kinds[NISBA]
        actor = self.gaz.actors.get(hit.kinds.get(ACTOR, ""))
        return actor.actor_id if actor and actor.kind == "country" else None

    def listed(self, end: int, j: int) -> bool:
        """Hit j continues a list after `end`: only spaces, a comma or و between."""
        gap = self.text[end:self.hits[j].start - len(self.hits[j].clitic)]
        return "\n" not in gap and gap.strip(" ،,") in ("", "و") and (not self.hits[j].clitic or self.hits[j].clitic == "و")

    def resolve_second_counterpart(self, j: int, title: KeyHit) -> int:
        """"نظيريه التركي فكري إيشيك والإيراني حسين دهقان": a second nationality and name."""
        if j + 1 < len(self.hits) and self.hits[j].clitic == "و" and NISBA in self.hits[j].kinds \
                and self.adjacent(self.hits[j].end, j + 1) and self.is_person(self.hits[j + 1]):
            person = self.hits[j + 1]
            self.emit(self.hits[j].start, person.end, person.kinds[ACTOR], "alias", self.prep(title),
                      (person.start, person.end))
            return j + 2
        return j

    def other_first_name(self, hit: KeyHit) -> bool:
        """"تركي المالكي" is not نوري المالكي: a one-word alias right after a first name that is
        not among the known person's names belongs to someone else ("إن ترامب": a particle is no
        first name, though «مون جيه إن» ends with it)."""
        if " " in self.text[hit.start:hit.end] or hit.clitic:
            return False
        before = last_word(self.text, hit.start)
        if before is None or self.text[before.end():hit.start].strip():
            return False
        word = before.group(1)
        own = self.gaz.words_of.get(hit.kinds[ACTOR], frozenset())
        return (word in self.gaz.name_words and word not in own and word not in self.gaz.words["name_stopwords"]
                and not self.names_person(before.start(1), before.end(1))
                and not self.own_first_name_before(before.start(1), own))

    def own_first_name_before(self, start: int, own: frozenset[str]) -> bool:
        """"عادل بن أحمد الجبير": the word before `start` is a father's name after the person's
        own first name and a lineage word, so the name is still the known person's."""
        lineage = last_word(self.text, start)
        if lineage is None or lineage.group(1) not in self.gaz.words["lineage_words"]:
            return False
        first = last_word(self.text, lineage.start(1))
        return first is not None and first.group(1) in own

    def names_person(self, start: int, end: int) -> bool:
        """"التقى ترامب بوتين": the word before is a known person's own name, not a first name."""
        at = bisect_left(self.hits, start, key=lambda h: h.start)
        return at < len(self.hits) and self.hits[at].end == end and self.is_person(self.hits[at])

    def ordinary_word(self, hit: KeyHit) -> bool:
        """"لولا", "ترأس": a one-word name that is also an ordinary word is not taken alone."""
        return fold(self.text[hit.start:hit.end]) in self.gaz.words["ordinary_words"]

    def ordinary_place(self, hit: KeyHit) -> bool:
        """"مالي", "بنين": a place's name (no nationality's) that is also an ordinary word."""
        return PLACE in hit.kinds and NISBA not in hit.kinds and self.ordinary_word(hit)

    def is_person(self, hit: KeyHit) -> bool:
        return ACTOR in hit.kinds and self.gaz.actors[hit.kinds[ACTOR]].kind == "person"

    def title_holder(self, hit: KeyHit, office: str | None, country: str | None, anchor: date | None) -> str | None:
        if COUNTERPART in hit.kinds:
            subject = self.discourse.recall_person()
            offices = self.discourse.find_offices(subject, anchor) if subject else set()
            opening, end = _sentence_around(self.text, hit.start)
            if not self.person_named_since(self.norm.span(opening, hit.start)[0]):
                offices = self.offices_ahead(hit, end, anchor) or offices
            ordered = sorted(offices, key=lambda o: (o in _GENERIC_OFFICES, o))  # "الرئيس": a president's, first
            return next((h for o in ordered if (h := self.gaz.holder(o, country, anchor))), None)
        if office is None:
            return None
        if country is not None:
            return self.gaz.holder(office, country, anchor) or self.discourse.recall_person(
                office, country, anchor, exact=hit.kinds.get(TITLE) == _PORTFOLIO)
        home = self.home_country(hit.start)
        at_home = self.gaz.holder(office, home, anchor) if home else None
        if BARE_TITLE in hit.kinds:
            return self.discourse.recall_person(office, None, anchor) or at_home or self.gaz.holder(office, None, anchor)
        return at_home or self.gaz.holder(office, None, anchor) or self.discourse.recall_person(office, None, anchor)

    def person_named_since(self, start: int) -> bool:
        """Whether one of the last mentions, from `start` (original offset) on, is of a person."""
        return any(m.start >= start and (actor := self.discourse.look_up(m.actor_id)) is not None
                   and actor.kind == "person" for m in reversed(self.discourse.mentions[-_RECENT_MENTIONS:]))

    def offices_ahead(self, counterpart: KeyHit, end: int, anchor: date | None) -> set[str]:
        """"في مكالمة هاتفية مع نظيره الفرنسي، أكد وزير الخارجية السعودي": a counterpart named
        before anyone in its sentence (which ends at `end`) is of the office of the first title or
        person after it there."""
        first = bisect_left(self.hits, counterpart.end, key=lambda h: h.start)
        for j, hit in enumerate(self.hits[first:], first):
            if hit.start >= end:
                break
            if TITLE in hit.kinds and self.adjacent(hit.end, j + 1) and NISBA in self.hits[j + 1].kinds:
                return {hit.kinds[TITLE]}  # "وزير الخارجية السعودي", not a club's "الزعيم"
            actor = self.gaz.actors.get(hit.kinds.get(ACTOR, ""))
            if actor is not None and actor.kind == "person":
                return self.discourse.find_offices(actor.actor_id, anchor)
        return set()

    def home_country(self, offset: int) -> str | None:
        """The country of the story's dateline place ("تونس 4 جانفي 2018 (وات)"): a title with no
        country there means that country's office ("رئيس الجمهورية")."""
        return self.stories.home_country(offset)

    def take_towns(self) -> None:
        """"في مدينة مروة": a one-word town the gazetteer lacks after a town noun, a place an event
        may strike or reach (an actor `place:x:…`), unless a rule named something there."""
        taken = taken_mask(len(self.norm.original), [*self.discourse.mentions, *self.places])
        for m in _town_pattern(frozenset(self.gaz.words["town_nouns"])).finditer(self.text):
            word = m.group("town")
            if not _town_name(word, self.gaz):
                continue
            s, e = self.norm.span(*m.span("town"))
            if any(taken[s:e]):
                continue
            actor_id = place_actor_id("x:" + word)
            self.discourse.introduce(Actor(actor_id=actor_id, name_ar=self.norm.original[s:e], kind="place",
                                           aliases=(self.norm.original[s:e],)), "")
            glued = m.group("clitic")[-1:]  # "بقرية المفتاحة": where, not whereto
            prep = glued if glued in ("ب", "ل") else self.prep(KeyHit(m.start("noun"), m.end("noun"), "", {}))
            self.emit(m.start("town"), m.end("town"), actor_id, "introduced", prep)

    def take_facilities(self) -> None:
        """"زار مستشفى الملك سعود", "بزيارة لمقر مصلحة الجمارك العامة": a building the gazetteer
        lacks, a facility noun and the name after it (`_facility_end`), is a place a visit may
        reach or an attack strike (an actor `place:f:…`); "زار أعضاء لجنة أصدقاء المرضى": a body so
        named (`body_nouns`) is an organisation that may travel (`body:…`); unless a rule named it."""
        actors = taken_mask(len(self.norm.original), self.discourse.mentions)
        places = taken_mask(len(self.norm.original), self.places)
        bodies = self.gaz.words["body_nouns"]
        nouns = self.gaz.words["facility_nouns"] | bodies
        named, placed = _covering(actors, self.norm), _covering(places, self.norm)
        last = 0
        for m in _facility_pattern(nouns).finditer(self.text):
            if m.start() < last or named(m.start("noun")) or placed(m.start("noun")):
                continue  # "لمقر مصلحة الجمارك": one facility, not a second inside the first; "المسجد الأقصى": a place
            end = _facility_end(self.text, m.end("noun"), m.group("noun").startswith("ال"), self.gaz, nouns,
                                named, placed)
            if end is None:
                continue
            last = end
            folded = self.text[m.start("noun"):end]
            s, e = self.norm.span(m.start("noun"), end)
            body = m.group("noun") in bodies
            actor_id = body_actor_id(folded) if body else facility_actor_id(folded)
            self.discourse.introduce(Actor(actor_id=actor_id, name_ar=self.norm.original[s:e],
                                           kind="organisation" if body else "place",
                                           aliases=(self.norm.original[s:e],)), "")
            glued = m.group("clitic")[-1:]
            hit = KeyHit(m.start("noun"), end, "", {})
            self.emit(m.start("noun"), end, actor_id, "introduced", glued if glued in ("ب", "ل") else self.prep(hit))

    def introduce(self, hit: KeyHit, name: tuple[int, int], office: str, country: str | None) -> None:
        """A person the gazetteer lacks, named after a title: a stable id from the folded name."""
        folded = self.text[name[0]:name[1]]
        known = match_known_person(folded, self.gaz)
        if known:
            self.emit(hit.start, name[1], known, "alias", self.prep(hit), name)
            return
        actor_id = "x:" + folded.replace(" ", "_")
        s, e = self.norm.span(*name)
        actor = Actor(actor_id=actor_id, name_ar=self.norm.original[s:e], kind="person", country=country,
                      aliases=(self.norm.original[s:e],))
        self.discourse.introduce(actor, office)
        self.emit(hit.start, name[1], actor_id, "introduced", self.prep(hit), name)


def find_actors(text: str, segments: list[Segment], gazetteer: Gazetteer | None = None,
                budget: Budget = UNLIMITED) -> ActorReading:
    """Actors and places named in `text`; title-only mentions resolve on each story's anchor day."""
    gaz = gazetteer or default_gazetteer()
    norm = Normalized(text)
    discourse = Discourse(gaz)
    resolver = _Resolver(norm, segments, gaz, find_keys(norm.text, gaz), discourse)
    resolver.resolve_hits(budget)
    resolver.take_facilities()
    resolver.take_towns()
    find_surnames(norm, discourse)
    return with_learned_names(text, ActorReading(
        mentions=tuple(sorted(discourse.mentions, key=lambda m: m.start)),
        places=tuple(resolver.places),
        introduced=tuple(actor for actor, _ in discourse.introduced.values()),
    ))


def _town_name(word: str, gaz: Gazetteer) -> bool:
    """A word that may name a town: no frequent word, name or stop word (nor behind ال or a glued
    preposition), no word behind a glued و/ف, nor one that ends in a pronoun ("وضجيجها") or an
    adjective's ية ("حدودية")."""
    if word[0] in "وف" or word.endswith(_NOT_TOWN_ENDINGS) and not word.startswith("ال"):
        return False
    stems = {word} | {word[len(p):] for p in _GLUED_BEFORE_TOWN if word.startswith(p) and len(word) > len(p) + 2}
    return not any(w in gaz.common_words or w in gaz.name_words or w in gaz.words["name_stopwords"] for w in stems)


def _facility_end(text: str, at: int, definite: bool, gaz: Gazetteer, nouns: frozenset[str],
                  named: Callable[[int], bool], placed: Callable[[int], bool]) -> int | None:
    """Where the name after a facility noun ending at `at` ends, or None when no name follows.
    It runs over at most `body_max_words` words joined by single spaces: ال words and places;
    given names right after the noun, an honorific («الملك») or another given name; right after
    the noun, the head of a genitive («لجنة أصدقاء المرضى») or, as its last word, a word the news
    rarely uses («سيهات»). It stops at a stop word, a glued preposition or «و», another facility's
    or body's noun («لمقر مصلحة الجمارك»: the body is named, not its seat), a name a rule took for
    an actor, and anything not a word. After a definite noun, only ال words (its adjectives).
    `nouns` are the facility and body nouns; `named(offset)` and `placed(offset)` tell whether a
    rule took the word there for an actor or a place."""
    end, before = None, _HEAD
    for word in _facility_words(text, at, gaz.body_max_words):
        w, start = word.group(1), word.start(1)
        if named(start) or w in gaz.words["name_stopwords"] or _glued_word(w, gaz) or _heads_a_name(w, nouns):
            break
        if definite and w in gaz.words["honorifics"]:
            break  # "الجمعية الدكتور …": a person after a body named by its adjectives
        if w.startswith("ال") or placed(start):
            before = _HONORIFIC if w in gaz.words["honorifics"] else _ARTICLE
        elif definite or before == _ARTICLE:
            break  # "مطار أربيل الدولي فلاح …": a name after the adjective is someone's, not the airport's
        elif w in gaz.name_words or w in gaz.words["lineage_words"]:
            before = _GIVEN
        elif before != _HEAD:
            break
        elif text.startswith(" ال", word.end(1)):
            before = _GIVEN  # "لجنة أصدقاء المرضى": the head of a genitive
        elif w not in gaz.common_words:
            return None if w.endswith(_ADVERB_ENDING) else word.end(1)  # "متحف سيجاتتيني"; not "مستشفى ميدانيا"
        else:
            break
        end = word.end(1)
    return end


_HEAD, _ARTICLE, _HONORIFIC, _GIVEN = range(4)  # what the last word of a facility's name was
_ADVERB_ENDING = "ا"  # "متوجها", "مثلا": an accusative adverb, not a name


def _covering(mask: bytearray, norm: Normalized) -> Callable[[int], bool]:
    """Whether `mask` (over the original text) covers the character at a folded offset."""
    return lambda at: bool(mask[norm.span(at, at + 1)[0]])


def _heads_a_name(word: str, nouns: frozenset[str]) -> bool:
    """"لجنة أصدقاء المرضى المستشفى": a facility's or a body's noun starts another name (here what
    the body visited), never a word of this one."""
    return word in nouns or word.startswith("ال") and word[2:] in nouns


def _facility_words(text: str, at: int, count: int) -> Iterator[regex.Match[str]]:
    """Up to `count` words after `at`, each behind one space, stopping at the first gap that is not."""
    for _ in range(count):
        word = _SPACED_WORD.match(text, at)
        if word is None:
            return
        yield word
        at = word.end()


def _glued_word(word: str, gaz: Gazetteer) -> bool:
    """"والسلام", "بالرياض", "للاطمئنان", "بمدينة": a word behind a glued و, or behind a glued
    preposition before ال or a common word, ends a name (not «بن», nor «بندر», nor «كاروليني»)."""
    if word in gaz.name_words or word in gaz.words["lineage_words"]:
        return False
    rest = word[1:]
    return word[0] == "و" or word[0] in "بلكف" and (rest.startswith(("ال", "ل")) or rest in gaz.common_words)


@cache
def _facility_pattern(facility_nouns: frozenset[str]) -> regex.Pattern[str]:
    nouns = "|".join(sorted(facility_nouns, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?P<clitic>[وف]?[بل]?)(?P<noun>{nouns})(?!\w)")


_SPACED_WORD = regex.compile(r" ([\u0621-\u064a]{2,})(?!\w)")
_NOT_TOWN_ENDINGS = ("ها", "هم", "هما", "يه")
_GLUED_BEFORE_TOWN = ("بال", "لل", "ال", "ب", "ل", "ك")  # "باستقبال", "للخطر": a word behind a preposition


@cache
def _town_pattern(town_nouns: frozenset[str]) -> regex.Pattern[str]:
    nouns = "|".join(sorted(town_nouns, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?P<clitic>[وف]?[بل]?)(?P<noun>{nouns})\s+(?P<town>(?:ال)?[\u0621-\u064a]{{3,}})(?!\w)")  # not "المدينة آمنة"


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence of folded `text` that offset `at` lies in."""
    start = max(text.rfind(mark, 0, at) for mark in _SENTENCE_MARKS) + 1
    ends = [found for mark in _SENTENCE_MARKS if (found := text.find(mark, at)) >= 0]
    return start, min(ends, default=len(text))


_SENTENCE_MARKS = (".", "\n", "؟", "!", "?")
_DATELINE_LEAD_WORDS = 3  # "عبدالله البرقاوي- سبق- الرياض:": an outlet or a reporter before the place
_DATELINE_LEAD_CHARS = 80  # how far back the start of a dateline's line may lie
_DATELINE_END = regex.compile(r"\s*(?:\([^)\n]{0,40}\)\s*)?[-–—:/]")
_RECENT_MENTIONS = 8  # how far back a person named earlier in the sentence is looked for
_FROM = "من"
_IN = "في"

_Handler = Callable[[_Resolver, int], int | None]

# (kind a hit must have, kinds it must not have, handler), tried in order: a handler returns
# the index of the next hit to resolve, or None when the hit's neighbours make it not its to take.
_HANDLERS: tuple[tuple[str, frozenset[str], _Handler], ...] = (
    (MODIFIER, frozenset({TITLE}), _Resolver.skip_modified),
    (HONORIFIC, frozenset(), _Resolver.skip_namesake),
    (TITLE, frozenset(), _Resolver.skip_namesake),
    (BARE_TITLE, frozenset(), _Resolver.skip_namesake),
    (ACTOR, frozenset(), _Resolver.skip_namesake),
    (HONORIFIC, frozenset(), _Resolver.take_lineage),
    (ACTOR, frozenset(), _Resolver.take_actor),
    (TITLE, frozenset(), _Resolver.resolve_title),
    (COUNTERPART, frozenset(), _Resolver.resolve_title),
    (BARE_TITLE, frozenset(), _Resolver.resolve_title),
    (FORCE, frozenset(), _Resolver.take_country_force),
    (HOME_FORCE, frozenset({ACTOR}), _Resolver.take_home_force),
    (PAIR_REF, frozenset({ACTOR}), _Resolver.take_pair),
    (PLURAL_TITLE, frozenset({ACTOR}), _Resolver.resolve_plural_title),
    (COALITION_REF, frozenset({ACTOR}), _Resolver.take_coalition),
    (GROUP_REF, frozenset({ACTOR}), _Resolver.take_group),
    (ORG_REF, frozenset({ACTOR}), _Resolver.take_organisation),
    (PRONOUN_REF, frozenset({ACTOR}), _Resolver.take_ranked),
    (CAPITAL_WORD, frozenset(), _Resolver.take_capital),
    (PLACE, frozenset(), _Resolver.take_place),
    (ACTOR, frozenset(), _Resolver.take_place),
    (NISBA, frozenset(), _Resolver.take_nisba),
)


@cache
def _handlers_for(kinds: frozenset[str]) -> tuple[_Handler, ...]:
    """The handlers whose kinds a hit has (hits come in few shapes), each once however many of
    its kinds call for it (`skip_namesake` is listed under four)."""
    return tuple(dict.fromkeys(handler for needed, barred, handler in _HANDLERS if needed in kinds and not kinds & barred))
