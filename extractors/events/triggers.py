"""Trigger hits in a text, and whether each one tells an event of its own: what it needs
follows it, it does not restate the event of a verb before it, it is not the occasion of
what is told, or it points back at an event told before."""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from extractors.events.context import CLAUSE_PUNCT, TO, Context, words_after, words_before
from extractors.events.lexicon import EventLexicon, Trigger
from extractors.sentences import Sentence
from extractors.text import Normalized, fold

_VERB_OBJECT_GAP = 8
_BARE_CLITIC = regex.compile(r"^[وف]?(?:بال|لل|ال|ب)(?=\w{3})")  # «بمقذوف» -> «مقذوف»
_REQUIRES_REACH = 25  # words after a trigger searched for what it needs ("وصل … إلى")
_PLACE_NEED = "@place"  # in `requires`: a named place will do
_ARMED_NEED = "@armed"  # in `requires`: the sentence must speak of arms or armed men (events.yaml armed_cues)
_PAIR_NEED = "@pair"  # in `requires`: two actors joined by و right after it ("بحث X وY")
_TELLING_REACH = 4  # words after a definite event noun where a relative clause may tell it whole
_QUOTED_EXCLUDE = "@quoted"  # in `excludes`: a quoted name after it (a newspaper: "في اتصال هاتفي مع «المدينة»")
_NUMBER_EXCLUDE = "@number"  # in `excludes`: an amount after إلى ("وصل إلى 21 ألفا", "إلى أكثر من")
_COUNT_EXCLUDE = "@count"  # in `excludes`: a count just after it ("استقبل المستشفى 20 مصابا")
_WORD = regex.compile(r"\S+")
_EXCLUDE_REACH = 3  # words after a trigger read for what makes it something else
_QUOTES = "«“\"'"
_GLUED_TO = "ل"  # the preposition glued to a name ("لـ«عكاظ»", folded)
_WITH = "مع"
_GLUED_PLACE_REACH = 6  # words after «حل» within which its place glued to ب stands («حل الرئيس أمس بتونس»)
_PLACE_REACH = 8  # words after a trigger within which that place may stand
_RESTATING_GAP = 3  # words at most between an attack noun and a verb of attack that tells it again
_JOINED = ("و", "ف")  # glued before a verb, a new clause
_NEW_CLAUSE = frozenset({"ثم", "كما", "فيما", "بينما"})
_EXCLUDES_REACH = {"noun": 3, "verb": 6}  # words after a trigger where what makes it something else is looked for
_NEXT_WORD = regex.compile(r"\s*(\w+)")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    trigger: Trigger
    future: bool
    suffixed: bool
    definite: bool = False
    purpose: bool = False  # behind the lam of purpose ("للقاء", "لزيارة"): what is meant to happen
    armed_object: bool = False  # "شنت روسيا ضربة على …": a verb whose object is an attack noun that needs no arms named


def trigger_hits(text: str, lex: EventLexicon) -> list[Hit]:
    norm = Normalized(text)
    hits = []
    for m in lex.pattern.finditer(norm.text):
        if m.group(0) in lex.not_triggers:
            continue
        form = " ".join(m.group("t").split())
        pre = m.group("pre")
        if lex.triggers[form].pos == "verb" and (_verbal_noun(pre) or _marbuta_suffix(norm, m)):
            continue
        start, end = norm.span(m.start("t"), m.end())
        hits.append(Hit(start, end, text[start:end], lex.triggers[form], m.group("fut") is not None,
                        m.group("suf") is not None, pre.endswith(("ال", "لل")), pre.lstrip("وف") in ("ل", "لل")))
    return hits


def _marbuta_suffix(norm: Normalized, m: regex.Match[str]) -> bool:
    """"باب حطة": a verb's letters followed by what folding made ه from ة is a noun, not the verb
    with a pronoun ("حطه")."""
    return m.group("suf") == "ه" and norm.original[norm.span(m.start("suf"), m.end("suf"))[0]] == "ة"


def _verbal_noun(pre: str) -> bool:
    """"التباحث", "للبحث", "بحل مسائل": a verb's letters behind the article, ب or ك are its verbal
    noun (behind the lam of purpose they stay what is meant: "لشن غارات", "ليزور")."""
    return pre.endswith(("ال", "لل")) or pre.lstrip("وف") in ("ب", "ك")


def coalesce(hits: list[Hit], text: str) -> list[Hit]:
    """"شن تركيا عملية عسكرية": an event noun a few words after a verb of its type is that verb's
    object, not a second event; a verb of attack a few words after an attack noun, in its clause,
    tells that attack again ("غارات عنيفة لطيران التحالف شنت على مواقع المسلحين")."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        gap = text[prev.end:hit.start] if prev else ""
        verb_object = prev is not None and prev.trigger.pos == "verb" and hit.trigger.pos == "noun" \
            and not _needs_other_object(prev, hit)
        reach = _VERB_OBJECT_GAP if verb_object else 2
        breaks = CLAUSE_PUNCT.search(gap.replace("،", "").replace(",", "") if verb_object else gap)
        if prev is not None and not breaks and _retells(prev, hit, gap, text[hit.start - 1:hit.start]):
            continue
        if not (prev and prev.trigger.type == hit.trigger.type and len(gap.split()) <= reach and not breaks):
            out.append(hit)
        elif verb_object and _ARMED_NEED not in (hit.trigger.requires or frozenset()):
            out[-1] = replace(prev, armed_object=True)
    return out


def _retells(noun: Hit, verb: Hit, gap: str, before: str) -> bool:
    """"غارات عنيفة لطيران التحالف شنت على مواقع المسلحين": an indefinite attack noun, then within a few
    words of its clause (the caller has seen no punctuation in `gap`; no line break, no «و» or «ثم»
    opening another) a verb of attack that tells it again."""
    return noun.trigger.pos == "noun" and verb.trigger.pos == "verb" and not noun.definite \
        and noun.trigger.type == verb.trigger.type == "offensive" and len(gap.split()) <= _RESTATING_GAP \
        and "\n" not in gap and before not in _JOINED and _NEW_CLAUSE.isdisjoint(gap.split())


def _needs_other_object(verb: Hit, noun: Hit) -> bool:
    """"أطلق الجيش عملية عسكرية": an attack verb that needs a word after it (a missile) takes as
    its object no attack noun but one that is that word ("فجر … سيارة مفخخة"); the noun tells the event."""
    needed = (verb.trigger.requires or frozenset()) - {_ARMED_NEED}
    return verb.trigger.type == "offensive" and bool(needed) and fold(noun.text).split()[0] not in needed


def requirement_met(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """What must follow a trigger does ("وصل … إلى"), and nothing that makes it something else
    does ("جولة من المفاوضات" is a round of talks, not a tour)."""
    need = hit.trigger.requires
    if hit.trigger.excludes and _excluded(ctx, hit, sentence):
        return False
    if need is None:
        return True
    if _PAIR_NEED in need and _pair_after(ctx, hit, sentence):
        return True
    if _ARMED_NEED in need:  # «هجوم حاد على الحكومة» is criticism: an attack needs arms in its sentence
        return hit.armed_object or bool(ctx.lex.cues["armed_cues"].search(ctx.folded(sentence.start, sentence.end)))
    held_by = {w[1:] for w in need if w.startswith("<")}
    if held_by:  # "عقدا أمس قمة تاريخية": only a summit someone held
        before = words_before(ctx.text, hit.start, sentence.start, ctx.lex.holder_reach).split()
        return not held_by.isdisjoint(before + [w[1:] for w in before if w[:1] in "وف"])  # "وترأس"
    if _PLACE_NEED in need and any(len(ctx.text[hit.end:p.start].split()) <= _PLACE_REACH
                                   for p in ctx.places_in(hit.end, sentence.end)):
        return True  # "حط بوتين الرحال مساء أمس في أنقرة": a place named just after it
    if hit.trigger.type == "offensive" and hit.suffixed and not need.isdisjoint(_BARE_CLITIC.sub("", w) for w in words_before(
            ctx.text, hit.start, sentence.start, 2).split()):
        return True  # "صاروخا أطلقه الحوثيون", "بمقذوف أطلقته": the object named before a verb that points back at it
    after = words_after(ctx.text, hit.end, sentence.end, _REQUIRES_REACH).split()
    if need - {_PLACE_NEED} == {"الى"}:
        return any(w == "الى" or (w.startswith("ل") and len(w) > 3) for w in after)
    if need == {"ب"} and hit.trigger.type == "visit":  # "حل أمس بتونس": a named place, not «حل المشاكل … بالتنسيق»
        return any(p.prep == "ب" and len(ctx.text[hit.end:p.start].split()) <= _GLUED_PLACE_REACH
                   for p in ctx.places_in(hit.end, sentence.end))
    if need == {"ب"}:  # "اتصل الرئيس أمس بنظيره": a word glued to ب
        return any(w.startswith("ب") and len(w) > 3 for w in after[:6])
    return not need.isdisjoint(after)


def _excluded(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """A word or a pair of words just after the trigger makes it something else ("لقاء ودي",
    "اتصال هاتفي مع صحيفة"); with `@quoted`, a quoted name behind مع or a glued ل (a newspaper:
    "مع «المدينة»", "لـ«عكاظ»"); with `@number`, an amount behind its إلى ("وصل … إلى 40 في المئة")."""
    excludes = hit.trigger.excludes
    after = words_after(ctx.text, hit.end, sentence.end, _exclude_reach(hit)).split()
    pairs = [f"{w} {nxt}" for w, nxt in zip(after, after[1:])]
    if not excludes.isdisjoint(after) or not excludes.isdisjoint(pairs):
        return True
    if _QUOTED_EXCLUDE in excludes and any(_quoted_after(w, nxt) for w, nxt in zip([""] + after, after)):
        return True
    if _COUNT_EXCLUDE in excludes and _counted_after(ctx, hit, sentence):
        return True
    if _NUMBER_EXCLUDE not in excludes:
        return False
    reach = words_after(ctx.text, hit.end, sentence.end, _REQUIRES_REACH).split()
    goal = next((nxt for w, nxt in zip(reach, reach[1:]) if w in TO), "")
    return _amount(ctx, goal)


def _amount(ctx: Context, word: str) -> bool:
    """A number, or a word that names an amount ("نحو", "أكثر", "مليون")."""
    return any(c.isdigit() for c in word) or word in ctx.lex.amount_words


def _counted_after(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"استقبل المستشفى 20 مصابا", "استقبلت المملكة مليون حاج": a count just after the verb (not a
    number of a date) makes it a tally of arrivals, not a reception of a guest."""
    dates = ctx.dates_in(hit.end, sentence.end)
    for k, word in enumerate(_WORD.finditer(ctx.text, hit.end, sentence.end)):
        if k == ctx.lex.count_words:
            return False
        if _amount(ctx, fold(word.group())) and not any(d.start <= word.start() < d.end for d in dates):
            return True
    return False


def _exclude_reach(hit: Hit) -> int:
    """A verb of attack is read past its subject ("شنت القوات الإسرائيلية حملة اعتقالات"); any other
    trigger only just after it ("وصل الرئيس إلى الرياض لبحث اتفاق" is a journey)."""
    return _EXCLUDES_REACH.get(hit.trigger.pos, _EXCLUDE_REACH) if hit.trigger.type == "offensive" else _EXCLUDE_REACH


def _quoted_after(before: str, word: str) -> bool:
    """"مع «المدينة»", "لـ«عكاظ»": a quoted name behind مع or a glued ل."""
    glued = word.startswith(_GLUED_TO)
    return (before == _WITH or glued) and word.removeprefix(_GLUED_TO)[:1] in _QUOTES


def _pair_after(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"بحث الرئيس X والرئيس Y العلاقات": two actors joined by و right after the verb."""
    first, second = (ctx.actors_in(hit.end, sentence.end) + [None, None])[:2]
    if first is None or second is None or ctx.text[hit.end:first.start].split():
        return False
    return fold(ctx.text[first.end:second.start]).split() == ["و"]


def in_words(ctx: Context, hit: Hit, subject: str | None, start: int, end: int) -> bool:
    """"هاجم أردوغان حزب العمال": a person who «attacks» (a trigger that needs arms in its sentence)
    attacks in words, unless armed men stand before it in the clause ("مجموعة مسلحة بقيادة فيدل
    كاسترو تهاجم") or an act of arms follows it ("شن … غارات")."""
    if not (hit.trigger.pos == "verb" and hit.trigger.requires and _ARMED_NEED in hit.trigger.requires
            and subject and ctx.kind(subject) == "person"):
        return False
    if any(ctx.kind(a.actor_id) == "armed_group" for a in ctx.actors_in(start, hit.start)):
        return False
    return not any(t.trigger.type == "offensive" and t.trigger.requires is None
                   for t in trigger_hits(ctx.text[hit.end:end], ctx.lex))


def restates(ctx: Context, hit: Hit, before: list[Hit], sentence: Sentence) -> bool:
    """"استقبل الملك الوزير … وجرى خلال اللقاء بحث": after a verb, a noun of its type (or of talks) behind
    في / خلال / عقب … tells the same event again (its date is the verb's); "اعترضت الدفاعات صاروخا
    أطلقه الحوثيون": after an attack, a verb holding what it launched as a pronoun only names the
    attack's author."""
    if hit.trigger.type == "offensive" and fold(hit.text) in ctx.lex.author_pronoun_verbs:
        return any(h.trigger.type == "offensive" for h in before)
    return hit.trigger.pos == "noun" and any(h.trigger.pos == "verb" and _same_kind(ctx, h, hit) for h in before) \
        and bool(ctx.lex.cues["restating_prepositions"].search(words_before(ctx.text, hit.start, sentence.start, 2)))


def _same_kind(ctx: Context, verb: Hit, noun: Hit) -> bool:
    """Of one type, or both talks ("بحث X وY … في اتصال هاتفي": the call is the verb's talks)."""
    return verb.trigger.type == noun.trigger.type or {verb.trigger.type, noun.trigger.type} <= ctx.lex.talks


def is_setting(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"على هامش قمة الناتو": the occasion of what is told, not an event told."""
    return hit.trigger.pos == "noun" and bool(
        ctx.lex.cues["setting_prepositions"].search(words_before(ctx.text, hit.start, sentence.start, 2)))


def points_back(ctx: Context, hit: Hit, kind: str, sentence: Sentence) -> bool:
    """A definite event noun that names an event told before: talks not held by a verb
    ("ترأس الاجتماع"), an attack after its victims or a condemnation ("تعازيه بضحايا التفجير",
    "ونددت واشنطن الجمعة بالهجوم")."""
    if not (hit.definite and hit.trigger.pos == "noun"):
        return False
    before = words_before(ctx.text, hit.start, sentence.start, 2)
    if kind == "offensive":
        return bool(ctx.lex.cues["attack_references"].search(before)) or condemned(ctx, hit, sentence)
    if ctx.lex.cues["telling_clauses"].search(words_after(ctx.text, hit.end, sentence.end, _TELLING_REACH)):
        return False  # "الزيارة التي قام بها ولي العهد لمصر أمس": told whole, not pointed back at
    return not ctx.lex.cues["hold_verbs"].search(words_before(ctx.text, hit.start, sentence.start, 3))


def condemned(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"ونددت واشنطن الجمعة بالهجوم": an attack noun a few words after a verb of condemnation."""
    word_start = max(sentence.start, ctx.text.rfind(" ", sentence.start, hit.start) + 1)  # before its «بال»
    return hit.trigger.pos == "noun" and bool(ctx.lex.cues["condemnation_verbs"].search(
        words_before(ctx.text, word_start, sentence.start, ctx.lex.condemnation_reach)))


def joins(ctx: Context, hit: Hit, sentence: Sentence) -> bool:
    """"وحضر اللقاء وزير الخارجية": a bare definite event noun after حضر / شارك في points back
    at an event told before, which its subject joins; so does an attack after a claim ("تبنى")."""
    if not (hit.definite and hit.trigger.pos == "noun"):
        return False
    before = words_before(ctx.text, hit.start, sentence.start, ctx.lex.window_words)
    if hit.trigger.type == "offensive":
        return bool(ctx.lex.cues["claim_verbs"].search(before))  # "وتبنى تنظيم داعش الهجوم"
    if not ctx.lex.cues["join_verbs"].search(before):
        return False
    follower = _NEXT_WORD.match(ctx.text, hit.end)
    if follower is None:
        return True  # punctuation or the end of the text right after the noun
    return bool(ctx.actors_in(follower.start(1), follower.end(1))) or fold(follower.group(1)) in ctx.lex.bare_followers
