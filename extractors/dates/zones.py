"""Find the zones of a text where dates may be: runs of date words holding one that can name a
time. Only zones reach the rules, so almost nothing of an article is tried."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import filterfalse, repeat

TOKENS = re.compile(r"\w+|[^\w\s]")
# The numbers of days, months, hours and years, whose cues are worked out with the grammar.
COMMON_NUMBERS = tuple(sorted({str(n) for n in range(100)} | {f"{n:02d}" for n in range(10)} | {str(n) for n in range(1300, 2100)}))
_CLITICS = frozenset("وفبلك")
_DIGITS = frozenset("0123456789")  # folded text has no other digits
_NUMBER_LEADS = _CLITICS | _DIGITS | {"ا"}
# What `str.isspace` (and so `str.split` and regex `\s`) takes for whitespace.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_RUN = re.compile(r"[SW_]*[SW]")  # a run from a token, to its last S or W
LINK_PUNCTUATION = frozenset("/-–,،:.()")
_CUT_FIRST = _SPACES + "".join(sorted(LINK_PUNCTUATION))  # cut pieces at these, like whitespace


def _kind(token: str, strong: frozenset[str], weak: frozenset[str]) -> bool | None:
    """True for a strong date word, False for a weak one, None for any other token; up to two
    clitics (و، ف، ب، ل، ك) may stand before the word."""
    for cut in range(3):
        piece = token[cut:]
        if piece[0] in _DIGITS or piece in strong:
            return True
        if piece in weak:
            return False
        if cut == 2 or len(token) <= cut + 1 or token[cut] not in _CLITICS:
            return None
    return None


def token_codes(strong: frozenset[str], weak: frozenset[str]) -> dict[str, str]:
    """Every date word with every clitic prefix, and its code (S strong, W weak): one lookup
    per token of a text."""
    prefixes = [""] + [a + b for a in _CLITICS for b in ("", *_CLITICS)]
    table = {}
    for word in strong | weak:
        for prefix in prefixes:
            kind = _kind(prefix + word, strong, weak)
            if kind is not None:
                table[prefix + word] = "S" if kind else "W"
    return table

def piece_codes(token_codes: dict[str, str]) -> dict[str, str]:
    """`token_codes` with the pieces that cost `find_zones` a turn of its loop when they recur:
    the empty piece between two cuts (a filler "_") and common numbers (strong)."""
    return {**token_codes, "": "_", **dict.fromkeys(COMMON_NUMBERS, "S")}


def find_zones(text: str, codes: dict[str, str]) -> list[tuple[int, int]]:
    """Runs of date tokens (a token is a word, a number or one punctuation mark) that hold a
    strong one, as (start, end) offsets.

    Regexes are slow on Arabic text, so the text is cut by `str.split` and each piece looked
    up whole: whitespace and the punctuation that may link date words (، / - :) are cut at
    first, and only pieces that are still not a bare word (digits, other marks) are cut into
    tokens. Each token gets a code (S strong, W weak, N neither); zones are the runs of S and
    W holding an S, widened over the linking marks at their edges. `codes` is a `piece_codes`
    table.
    """
    pieces = _cut(text)
    found = list(map(codes.get, pieces, repeat("N")))
    odd = _OddPieces()
    i = -1
    for piece in filterfalse(codes.__contains__, filterfalse(str.isalpha, pieces)):
        i = pieces.index(piece, i + 1)  # the pieces passed over are words or known: found at C speed
        if piece.isdigit() and piece.isascii():
            found[i] = "S"
        else:
            found[i] = "".join(_token_code(token, codes) for token in TOKENS.findall(piece))
            if not found[i].strip("N"):  # no date token in it ('"داعش"'): one N breaks a run as well
                found[i] = "N"
            elif len(found[i]) != 1:
                odd.add(i, len(found[i]))
    tokens = "".join(found)
    if "S" not in tokens:
        return []
    return [_widen(text, start, end) for start, end in _place(_runs(tokens), pieces, odd)]


def _cut(text: str) -> list[str]:
    spaced = text
    for mark in _CUT_FIRST:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    return spaced.split(" ")


def _runs(tokens: str) -> list[tuple[int, int]]:
    """The first and last token of each run of S and W (fillers "_" within, not at its ends)
    that holds an S: found from each S that no run holds yet, so the many N between cost
    nothing."""
    backwards = tokens[::-1]
    size = len(tokens)
    found = []
    at = tokens.find("S")
    while at >= 0:
        first = size - _RUN.match(backwards, size - at - 1).end()
        last = _RUN.match(tokens, at).end() - 1
        found.append((first, last))
        at = tokens.find("S", last + 1)
    return found


class _OddPieces:
    """The pieces that hold more than one token ("(15", '"امس"') or none: few, so token numbers
    map to pieces through them alone, with no running count over every piece."""

    def __init__(self) -> None:
        self.first_tokens: list[int] = []  # the number of each odd piece's first token
        self.pieces: list[int] = []
        self.counts: list[int] = []
        self.shifts: list[int] = []  # tokens minus pieces, up to the end of each odd piece
        self._shift = 0

    def add(self, piece: int, tokens: int) -> None:
        self.first_tokens.append(piece + self._shift)
        self.pieces.append(piece)
        self.counts.append(tokens)
        self._shift += tokens - 1
        self.shifts.append(self._shift)

    def locate(self, token: int) -> tuple[int, int | None]:
        """The piece holding token number `token`, and its place in that piece (None: the
        piece is that one token)."""
        k = bisect_right(self.first_tokens, token) - 1
        if k < 0:
            return token, None
        if token < self.first_tokens[k] + self.counts[k]:
            return self.pieces[k], token - self.first_tokens[k]
        return token - self.shifts[k], None


def _place(runs: list[tuple[int, int]], pieces: list[str], odd: _OddPieces) -> list[tuple[int, int]]:
    """Text offsets of runs of tokens (their first token's start, their last token's end), in
    text order: each piece's offset is summed on from the piece asked for before."""
    spans = []
    piece = offset = 0
    for run in runs:
        ends = []
        for side, token in enumerate(run):
            at, inner = odd.locate(token)
            offset += sum(map(len, pieces[piece:at])) + at - piece
            piece, text = at, pieces[at]
            ends.append(offset + (side * len(text) if inner is None else list(TOKENS.finditer(text))[inner].span()[side]))
        spans.append((ends[0], ends[1]))
    return spans


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """A zone with the linking marks just before and after it (", اليوم،")."""
    lo = start
    while lo > 0 and (text[lo - 1] in LINK_PUNCTUATION or text[lo - 1].isspace()):
        lo -= 1
    while lo < start and text[lo].isspace():
        lo += 1
    hi = end
    while hi < len(text) and (text[hi] in LINK_PUNCTUATION or text[hi].isspace()):
        hi += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _token_code(token: str, codes: dict[str, str]) -> str:
    code = codes.get(token)
    if code is None:
        return "S" if token[0] in _NUMBER_LEADS and _number(token) else "N"
    return code


def _number(token: str) -> bool:
    """A number, maybe behind one or two clitics and the article ("و2024", "ب15", "الـ15"
    folded to "ال15"): a strong date word."""
    for cut in range(3):
        rest = token[cut:]
        if rest[:1] in _DIGITS or rest[:2] == "ال" and rest[2:3] in _DIGITS:
            return True
        if cut == 2 or rest[:1] not in _CLITICS:
            return False
    return False
