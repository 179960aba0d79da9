"""The event lexicon: trigger forms from `data/triggers.csv` and the cue word lists of
`data/events.yaml`, compiled once into patterns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from extractors.once import built_once
from extractors.data_files import read_csv, read_yaml
from extractors.text import fold_phrase, phrase_alternation

_SUFFIX = r"(?P<suf>هما|هم|هن|ها|نا|ه)"
_ACCUSATIVE = "ا"  # "عقد اجتماعا": an indefinite noun object ends in alif
# Word lists of events.yaml read as sets of folded words, each an `EventLexicon` field of its name.
_WORD_SETS = ("unit_nouns", "striking_units", "belonging_words", "membership_words", "arrival_nouns", "arriving_things",
              "counted_victim_verbs", "craft_words", "killed_verbs_after", "killed_followers", "craft_hedges",
              "victim_counts")
_CUE_LISTS = ("planned", "denied", "responsible_for", "invitation_verbs", "hypothetical", "receiver_verbs", "during", "imperfect_past", "bounds",
              "denial_verbs", "hold_verbs", "join_verbs", "restating_prepositions", "speech_verbs", "claim_verbs", "attribution_verbs",
              "setting_prepositions", "continuations", "pronoun_complements", "author_verbs", "complementizers",
              "attack_references", "armed_cues", "condemnation_verbs", "received_after", "told_before", "firsts",
              "ally_markers", "background_prepositions", "planned_after", "arrival_leads",
              "planned_in_clause", "since_bounds", "said_openers", "looking_back",
              "subjunctive_leads", "telling_clauses")


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
    striking_units: frozenset[str]
    belonging_words: frozenset[str]
    membership_words: frozenset[str]
    arrival_nouns: frozenset[str]
    arriving_things: frozenset[str]
    counted_victim_verbs: frozenset[str]
    craft_words: frozenset[str]
    killed_verbs_after: frozenset[str]
    killed_followers: frozenset[str]
    craft_hedges: frozenset[str]
    victim_counts: frozenset[str]
    generic_forms: frozenset[str]
    cues: dict[str, regex.Pattern[str]]
    clause_openers: regex.Pattern[str]
    relatives: frozenset[str]
    attributions: frozenset[str]  # «بحسب ما أفاد …»: who reported, up to the next comma
    purposes: frozenset[str]  # «لبحث …»: what talks were about, up to the next comma
    phone: regex.Pattern[str]
    topics: regex.Pattern[str]
    roles: dict[str, dict[str, str]]
    confidence: dict[str, float]
    window_words: int
    condemnation_reach: int
    holder_reach: int  # words before a summit or session read for the verb of its holder
    bare_followers: frozenset[str]
    victim_markers: frozenset[str]  # «مقتل»، «استشهاد»: the actor after them is the one struck
    reporter_nouns: frozenset[str]  # «ناشطون»، «مصادر»: a nationality after them is no announcer
    coauthor_fillers: frozenset[str]  # «وقوات صالح» after an author: a second author
    struck_nouns: frozenset[str]  # «مواقع»، «مقرات»: the actor after them is what an attack hits
    author_pronoun_verbs: frozenset[str]  # «نفذها»، «شنه»: the actor after them is the attack's author
    unstruck_place_preps: frozenset[str]  # «الحدود مع باكستان»، «من داخل سوريا»: a place behind them is not struck
    origin_nouns: frozenset[str]  # «من داخل الأراضي اليمنية»: words of a land between «من» and the country fire came from
    carriers: frozenset[str]  # «وصلت السفينة»: a vehicle that arrives carries its sender, a traveller
    complete: dict[str, dict[str, Any]]  # the parties each type needs ("parties": how many, "source": an author)
    talks: frozenset[str]  # types a verb and a noun after it may tell as the same talks
    told_before_words: int  # how many words before a trigger `told_before` is looked for in
    person_heads: frozenset[str]  # after an event noun, these head a subject the gazetteer may lack
    evidence_kinds: frozenset[str]  # actor kinds whose sharing ties reports of two articles (events.yaml `merge`)
    evidence_countries: int  # how many shared countries tie them when no such actor is shared
    undated_ties: int  # an undated report needs this many ties to another article's event
    across_days: int  # an undated report joins another article's event at most this many days old
    stranger_reach_words: int  # how many words before an event noun a person head makes its subject a stranger
    subject_frames: frozenset[str]  # «كان»: the words between it and a verb are the verb's subject
    planned_after_words: int  # how many words after an event noun `planned_after` is looked for in
    planned_reach_words: int  # how many words before an event noun `planned_in_clause` is looked for in
    amount_words: frozenset[str]  # «نحو»، «أكثر»، «مليون»: an amount, not a place or a guest
    count_words: int  # how many words after a trigger of `@count` a count is looked for in


def _cue(words: list[str], clitics: str = "") -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)[وف]?{clitics}(?:{phrase_alternation(fold_phrase(w) for w in words)})(?!\w)")


def _armed_cue(words: list[str], possessed: list[str]) -> regex.Pattern[str]:
    """Words of arms behind the article or a preposition, and arms or forces with a possessive pronoun."""
    plain, owned = (phrase_alternation(fold_phrase(w) for w in ws) for ws in (words, possessed))
    return regex.compile(rf"(?<!\w)[وف]?{_NOUN_CLITICS}(?:{plain}|(?:{owned}){_POSSESSIVE})(?!\w)")


_NOUN_CLITICS = "(?:بال|لل|ال|ب|ل)?"  # «بطائرات»، «الطائرات»، «للحوثيين»: words of arms behind the article or a preposition
_POSSESSIVE = "(?:ها|هم|ه|نا)"


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold_phrase(w) for w in words)


def _roles(spec: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Roles by preposition per frame, the prepositions folded as actor mentions record them (على -> علي)."""
    return {frame: {fold_phrase(prep): role for prep, role in by_prep.items()} for frame, by_prep in spec.items()}


def _stems(form: str, pos: str) -> list[tuple[str, bool]]:
    """(stem, needs_suffix): a noun's ة becomes ت and its hamza seat changes before a suffix."""
    stems = [(form, False)]
    if pos == "noun" and form.endswith("ه"):
        stems.append((form[:-1] + "ت", True))
    if form.endswith("اء"):
        stems += [(form[:-1] + "ي", True), (form[:-1] + "و", True)]
    return stems


def _trigger(row: dict[str, str]) -> Trigger:
    return Trigger(row["type"], row["pos"], row["aspect"], row["frame"], row["cameo"], row["plover"],
                   _folded(row["requires"].split("|")) if row["requires"] else None,
                   _folded([w for w in row["excludes"].split("|") if w]))


def _trigger_pattern(plain: list[str], suffixed: list[str]) -> regex.Pattern[str]:
    """Trigger forms with clitics, ال, the future س and pronoun suffixes."""
    body = (rf"(?P<t>{phrase_alternation(plain)})(?:{_SUFFIX}|(?P<acc>{_ACCUSATIVE}))?"
            rf"|(?P<t>{phrase_alternation(suffixed)}){_SUFFIX}")
    return regex.compile(rf"(?<!\w)(?P<pre>[وف]?(?:بال|لل|ال|[بلك])?)(?P<fut>س(?=[يتن]))?(?:{body})(?!\w)")


def compile_lexicon(rows: list[dict[str, str]], spec: dict[str, Any]) -> EventLexicon:
    """Trigger forms (with clitics, ال and pronoun suffixes) and the cue word lists, compiled once."""
    triggers: dict[str, Trigger] = {}
    plain, suffixed = [], []
    for row in rows:
        trigger = _trigger(row)
        for form in row["forms"].split("|"):
            for stem, needs_suffix in _stems(fold_phrase(form), row["pos"]):
                triggers.setdefault(stem, trigger)
                (suffixed if needs_suffix else plain).append(stem)
    return EventLexicon(
        pattern=_trigger_pattern(plain, suffixed), triggers=triggers, not_triggers=_folded(spec["not_triggers"]),
        generic=frozenset(spec["generic_actors"]), generic_attackers=frozenset(spec["generic_attackers"]),
        **{key: _folded(spec[key]) for key in _WORD_SETS},
        cues={key: _armed_cue(spec[key], spec["armed_possessed"]) if key == "armed_cues" else _cue(spec[key]) for key in _CUE_LISTS},
        clause_openers=_cue(spec["clause_openers"] + spec["attribution_openers"] + spec["purpose_openers"]),
        generic_forms=_folded(spec["generic_unless_dated"]),
        relatives=_folded(spec["relative_pronouns"]), attributions=_folded(spec["attribution_openers"]),
        purposes=_folded(spec["purpose_openers"]), phone=_cue(spec["phone_cues"]),
        topics=_cue(spec["topic_nouns"]), roles=_roles(spec["roles"]), confidence=spec["confidence"],
        window_words=spec["cue_window_words"], condemnation_reach=spec["condemnation_reach_words"],
        holder_reach=spec["holder_reach_words"],
        bare_followers=_folded(spec["bare_followers"]), complete=spec["complete"], talks=frozenset(spec["talks"]),
        told_before_words=spec["told_before_words"], person_heads=_folded(spec["person_heads"]),
        stranger_reach_words=spec["stranger_reach_words"], subject_frames=_folded(spec["subject_frames"]),
        planned_after_words=spec["planned_after_words"], planned_reach_words=spec["planned_reach_words"],
        amount_words=_folded(spec["amount_words"]), count_words=spec["count_words"],
        victim_markers=_folded(spec["victim_markers"]), reporter_nouns=_folded(spec["reporter_nouns"]),
        coauthor_fillers=_folded(spec["coauthor_fillers"]), author_pronoun_verbs=_folded(spec["author_pronoun_verbs"]),
        struck_nouns=_folded(spec["struck_nouns"]), unstruck_place_preps=_folded(spec["unstruck_place_preps"]),
        origin_nouns=_folded(spec["origin_nouns"]), carriers=_folded(spec["carriers"]),
        evidence_kinds=frozenset(spec["merge"]["evidence_kinds"]), evidence_countries=spec["merge"]["evidence_countries"],
        across_days=spec["merge"]["across_days"], undated_ties=spec["merge"]["undated_ties"],
    )


@built_once
def default_lexicon() -> EventLexicon:
    return compile_lexicon(read_csv("triggers.csv"), read_yaml("events.yaml"))
