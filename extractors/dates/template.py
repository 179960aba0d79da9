"""What a rule template says about its matches before any text is seen.

A template (`dates.yaml`, after its macros are inlined) is a small regex: words, `{class}`
placeholders, groups, alternations, quantifiers, character sets and lookarounds. It is
parsed once into a tree, and two facts are drawn from it:

- `needs`: groups of cues of which every match holds one each ("{month} {year4}" needs a
  month name and a year), so a rule is tried only on zones that hold them all;
- `firsts`: the words a match can begin with ("(?:يوم )?{weekday}" begins with يوم or a
  weekday), so a rule is tried only where such a word starts.

Both err towards trying a rule: whatever cannot be told from words (weak words,
punctuation, character sets) needs nothing and may begin anything.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

_LOOKAROUND = ("(?<!", "(?<=", "(?=", "(?!")
_WORD = re.compile(r"[^\W\d_]+")
_META = frozenset(".^$*+?{}[]|()\\")  # characters that are regex syntax, not text, when bare
ANY = None  # `firsts` of a template that may begin with anything
NUMBER = "#"  # the first word of a match that begins with a digit


@dataclass(frozen=True)
class Node:
    kind: str  # seq, alt, opt, word, class, mark, char, look
    children: tuple[Node, ...] = ()
    text: str = ""


def parse(template: str) -> Node:
    """The tree of a template; raises ValueError on unbalanced parentheses."""
    node, pos = _sequence(template, 0)
    if pos != len(template):
        raise ValueError(f"unbalanced template {template!r}")
    return node


def _sequence(t: str, pos: int) -> tuple[Node, int]:
    branches: list[Node] = []
    items: list[Node] = []
    while pos < len(t) and t[pos] != ")":
        if t[pos] == "|":
            branches.append(Node("seq", tuple(items)))
            items, pos = [], pos + 1
            continue
        item, pos = _part(t, pos)
        if pos < len(t) and t[pos] in "?*+":
            if t[pos] != "+":
                item = Node("opt", (item,))
            pos += 2 if t[pos + 1:pos + 2] == "?" else 1
        items.append(item)
    branches.append(Node("seq", tuple(items)))
    return (branches[0] if len(branches) == 1 else Node("alt", tuple(branches))), pos


def _part(t: str, pos: int) -> tuple[Node, int]:
    if t.startswith(_LOOKAROUND, pos):
        return Node("look"), _group_end(t, pos)
    if t[pos] == "(":
        inner, pos = _sequence(t, pos + (3 if t.startswith("(?:", pos) else 1))
        return inner, pos + 1
    if t[pos] == "[":
        end = t.index("]", pos + 2) + 1
        return _char_set(t[pos + 1:end - 1]), end
    if t[pos] == "\\":
        return _one_char(t[pos + 1]), pos + 2
    if t[pos] == "{":
        end = t.index("}", pos)
        return Node("class", text=t[pos + 1:end].split(">")[0]), end + 1
    word = _WORD.match(t, pos)
    if word is None:
        return (Node("char") if t[pos] in _META else _one_char(t[pos])), pos + 1
    if word.end() < len(t) and t[word.end()] in "?*{":
        return Node("char"), word.end()  # a quantifier binds the last letter only: not a sure word
    return Node("word", text=word.group()), word.end()


def _one_char(ch: str) -> Node:
    """A literal mark (":", "/", "،") is a sure part of a match; a letter or digit after a
    backslash is a class (\\s, \\d) and tells nothing."""
    return Node("mark", text=ch) if _is_mark(ch) else Node("char")


def _char_set(body: str) -> Node:
    """"[/.\\-]": one of these marks; a set with a range, a class or a negation tells nothing."""
    marks = body.replace("\\", "")
    if body.startswith("^") or re.search(r"\\[a-zA-Z]|[^\\]-.", body) or not all(map(_is_mark, marks)):
        return Node("char")
    return Node("mark", text=marks)


def _is_mark(ch: str) -> bool:
    return not (ch.isalnum() or ch.isspace() or ch == "_")


def _group_end(t: str, pos: int) -> int:
    depth = 0
    while True:
        ch = t[pos]
        pos += 2 if ch == "\\" else 1
        depth += (ch == "(") - (ch == ")")
        if ch == ")" and depth == 0:
            return pos


def needs(node: Node, class_cues: dict[str, frozenset[str]], strong: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Groups of cues of which every match holds one each."""
    if node.kind == "seq":
        return tuple(n for child in node.children for n in needs(child, class_cues, strong))
    if node.kind == "alt":
        branches = [needs(child, class_cues, strong) for child in node.children]
        return (frozenset().union(*(min(b, key=len) for b in branches)),) if all(branches) else ()
    if node.kind == "word" and node.text in strong:
        return (frozenset([node.text]),)
    if node.kind == "mark":
        return (frozenset(node.text),)
    if node.kind == "class" and node.text in class_cues:
        return (class_cues[node.text],)
    return ()


def firsts(node: Node, class_firsts: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """The words a match can begin with, or ANY."""
    words, empty = _firsts(node, class_firsts)
    return ANY if words is ANY or empty else words


def _firsts(node: Node, class_firsts: dict[str, frozenset[str] | None]) -> tuple[frozenset[str] | None, bool]:
    """(first words or ANY, whether the node can match nothing)."""
    if node.kind == "seq":
        words: set[str] = set()
        for child in node.children:
            more, empty = _firsts(child, class_firsts)
            if more is ANY:
                return ANY, False
            words |= more
            if not empty:
                return frozenset(words), False
        return frozenset(words), True
    if node.kind == "alt":
        found = [_firsts(child, class_firsts) for child in node.children]
        if any(words is ANY for words, _ in found):
            return ANY, False
        return frozenset().union(*(words for words, _ in found)), any(empty for _, empty in found)
    if node.kind == "opt":
        return _firsts(node.children[0], class_firsts)[0], True
    if node.kind == "look":
        return frozenset(), True
    if node.kind == "word":
        return frozenset([node.text]), False
    if node.kind == "class":
        return class_firsts.get(node.text, ANY), False
    return ANY, False


def phrase_firsts(phrases: list[str]) -> frozenset[str] | None:
    """The first words of a class's phrases, or ANY when one begins with something else."""
    words = set()
    for phrase in phrases:
        word = _WORD.match(phrase)
        if word is None:
            return ANY
        words.add(word.group())
    return frozenset(words)


def start_words(token: str) -> frozenset[str]:
    """The words a match beginning at `token` (a run of word characters, or one mark) may
    begin with: its letters without one or two clitics, and NUMBER when a digit comes within
    them ("و2024")."""
    word = _WORD.match(token)
    letters = word.group() if word else ""
    number = any(ch.isdigit() for ch in token[:3])
    return frozenset({letters, letters[1:], letters[2:], *((NUMBER,) if number else ())})
