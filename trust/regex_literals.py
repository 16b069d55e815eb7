"""Literals a regex match must contain, read off the parsed pattern: a sound prefilter for costly patterns.

`required_literals(pattern)` returns clauses (an AND of ORs): every match of the pattern contains, for
each clause, one of its strings, compared after `fold_text` / `fold_pattern` case folding (the one
`re.IGNORECASE` applies). A text missing every string of a clause cannot match, so the pattern need
not run on it; a regex pass over a chunk costs some hundred substring checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# re.IGNORECASE pairs that simple lower-casing does not unite (re/_casefix.py, CPython 3.11), as
# classes; a class folds to its member that upper- then lower-cases to itself. tests/trust check
# this table against the re module over every cased code point.
_CASE_CLASSES = (
    "i\u0131",
    "s\u017f",
    "\u00b5\u03bc",
    "\u0345\u03b9\u1fbe",
    "\u0390\u1fd3",
    "\u03b0\u1fe3",
    "\u03b2\u03d0",
    "\u03b5\u03f5",
    "\u03b8\u03d1",
    "\u03ba\u03f0",
    "\u03c0\u03d6",
    "\u03c1\u03f1",
    "\u03c2\u03c3",
    "\u03c6\u03d5",
    "\u0432\u1c80",
    "\u0434\u1c81",
    "\u043e\u1c82",
    "\u0441\u1c83",
    "\u0442\u1c84\u1c85",
    "\u044a\u1c86",
    "\u0463\u1c87",
    "\u1c88\ua64b",
    "\u1e61\u1e9b",
    "\ufb05\ufb06",
)


def _canonical(members: str) -> str:
    stable = [m for m in members if m.upper().lower() == m]
    return min(stable) if stable else min(members)


_CANON = {m: _canonical(cls) for cls in _CASE_CLASSES for m in cls}
# Characters whose str.lower() is not their folded form: "İ" (lower() adds a combining dot; re folds it
# to "i") and the non-canonical class members. A text holding none of them folds with str.lower().
_TEXT_FIX = {"\u0130": "i"} | {m: c for m, c in _CANON.items() if m != c}
FOLD_FIX = re.compile("[" + "".join(sorted(_TEXT_FIX)) + "]")
_TEXT_TABLE = str.maketrans(_TEXT_FIX)


def fold_text(text: str) -> str:
    """The text as the literals of `required_literals` are compared: lower-cased, IGNORECASE pairs united.

    One character per character; equals `text.lower()` unless `FOLD_FIX` finds a character in `text`.
    """
    if FOLD_FIX.search(text) is None:
        return text.lower()
    return text.translate(_TEXT_TABLE).lower()


def fold_char(char: str) -> str:
    """A pattern character folded like `fold_text` folds the text characters re.IGNORECASE matches to it."""
    low = char.lower() if char != "\u0130" else "i"
    return _CANON.get(low, low)


_EXACT_LIMIT = 64  # more alternatives than this are not multiplied out
_PER_ALT = 3  # clauses of a branch alternative carried into the distributed form
_COMBO_LIMIT = 16
_Info = tuple[frozenset[str] | None, list[frozenset[str]]]  # (every string the node matches, or None; clauses)
_EMPTY: frozenset[str] = frozenset({""})


def required_literals(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Clauses (each a tuple of folded strings, one of which occurs in every match); () when none is known.

    Clauses that hold trivially (an empty alternative) are dropped; any clause is a sound prefilter.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unparsable pattern just gets no prefilter
        return ()
    exact, clauses = _seq(list(parsed))
    if exact is not None:
        clauses = [exact]
    reduced: list[frozenset[str]] = []
    for clause in clauses:
        if not clause or min(len(s) for s in clause) < 3:
            continue  # a clause with a one- or two-character string holds in nearly every text
        # A string holding another string of its clause adds nothing: the shorter one occurs whenever it does.
        reduced.append(frozenset(s for s in clause if not any(t != s and t in s for t in clause)))
    # A clause that includes another clause holds whenever that one does.
    kept = {c for c in reduced if not any(o < c for o in reduced)}
    return tuple(tuple(sorted(c)) for c in sorted(kept, key=_selectivity, reverse=True))


def _seq(items: list[tuple[object, object]]) -> _Info:
    """A concatenation: adjacent exact parts multiply out; other parts cut the run and add their clauses."""
    clauses: list[frozenset[str]] = []
    run: frozenset[str] = _EMPTY
    cut = False
    for item in items:
        exact, sub = _node(item)
        if exact is not None and len(run) * len(exact) <= _EXACT_LIMIT:
            run = frozenset(a + b for a in run for b in exact)
            continue
        cut = True
        clauses.append(run)
        if exact is not None:
            run = exact
        else:
            run = _EMPTY
            clauses.extend(sub)
    if not cut:
        return run, [run]
    clauses.append(run)
    return None, [c for c in clauses if "" not in c]


def _node(item: tuple[object, object]) -> _Info:
    op, av = item
    if op is _c.LITERAL:
        return frozenset({fold_char(chr(av))}), []  # type: ignore[arg-type]
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return _EMPTY, []  # zero width: the characters around it stay adjacent
    if op is _c.SUBPATTERN:
        return _seq(list(av[3]))  # type: ignore[index]
    if op is _c.ATOMIC_GROUP:
        return _seq(list(av))  # type: ignore[arg-type]
    if op is _c.IN:
        members = list(av)  # type: ignore[call-overload]
        if members and len(members) <= 8 and all(o is _c.LITERAL for o, _ in members):
            return frozenset(fold_char(chr(v)) for _, v in members), []
        return None, []
    if op is _c.BRANCH:
        return _branch([list(alt) for alt in av[1]])  # type: ignore[index]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        exact, clauses = _seq(list(sub))
        if lo == 0:
            if hi == 1 and exact is not None:
                return exact | _EMPTY, []
            return None, []
        if lo == 1 and hi == 1:
            return exact, clauses
        return None, clauses
    return None, []  # any other node: no known literal


def _branch(alts: list[list[tuple[object, object]]]) -> _Info:
    infos = [_seq(alt) for alt in alts]
    if all(e is not None for e, _ in infos):
        union = frozenset().union(*(e for e, _ in infos if e is not None))
        if len(union) <= _EXACT_LIMIT:
            return union, [union]
    # (A1 and A2) or (B1 and B2) = (A1 or B1) and (A1 or B2) and ...: each alternative's few most selective
    # clauses, distributed; sound, if weaker than the whole.
    combos: list[frozenset[str]] = [frozenset()]
    for exact, clauses in infos:
        options = [exact] if exact is not None else clauses
        options = sorted((c for c in options if "" not in c), key=_selectivity, reverse=True)[:_PER_ALT]
        if not options:
            return None, []
        if len(combos) * len(options) > _COMBO_LIMIT:
            options = options[:1]
        combos = [c | o for c in combos for o in options][:_COMBO_LIMIT]
    return None, combos


def _selectivity(clause: frozenset[str]) -> tuple[int, int]:
    # Longer shortest string first (rarer in text), then fewer strings (cheaper to check).
    return min(len(s) for s in clause), -len(clause)


class Substrings:
    """Which of a fixed set of strings occur in a text, found through the text's set of 3-character
    slices: one pass over the text instead of one substring search per string (there are thousands)."""

    def __init__(self, strings: Iterable[str]) -> None:
        unique = tuple(dict.fromkeys(strings))
        self._short = tuple(s for s in unique if len(s) < 3 and s.isascii())
        self._short_other = tuple(s for s in unique if len(s) < 3 and not s.isascii())  # cannot occur in ASCII
        buckets: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for s in unique:
            if len(s) >= 3:
                slices = [s[i : i + 3] for i in range(len(s) - 2)]
                buckets.setdefault(min(slices, key=_slice_cost), []).append((s, frozenset(slices)))
        self._buckets = {k: tuple(v) for k, v in buckets.items()}
        self._anchors = frozenset(buckets)

    def present(self, text: str, trigrams: frozenset[str] | None = None) -> set[str]:
        """The strings that occur in `text` (`trigrams`: its 3-character slices, when the caller has them)."""
        found = {s for s in self._short if s in text}
        if self._short_other and not text.isascii():
            found.update(s for s in self._short_other if s in text)
        if trigrams is None:
            trigrams = frozenset(map("".join, zip(text, text[1:], text[2:], strict=False)))
        for anchor in self._anchors & trigrams:  # iterates the smaller set
            for s, slices in self._buckets[anchor]:
                # All its slices present is necessary and a set operation; the substring search confirms.
                if len(s) == 3 or (trigrams.issuperset(slices) and s in text):
                    found.add(s)
        return found


# Strings are filed under their rarest-looking slice, so that few are confirmed on a text that lacks them:
# letters weighted by English frequency, blanks and the commonest English trigrams avoided.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"
_COMMON = (
    "theandingiontioentforherterhatthaereatehisconresverallonsncemenithtedersprothiwitareessnotivewasectrea"
    "comeveperinteststactiicaistearainoneouritiratyouellantstratiortounpreovetormanameuseineouseralleout"
)  # three letters each
_COMMON_TRIGRAMS = frozenset(_COMMON[i : i + 3] for i in range(0, len(_COMMON), 3))


def _slice_cost(tri: str) -> int:
    cost = 1000 if tri in _COMMON_TRIGRAMS else 0
    for c in tri:
        if c in _LETTERS:
            cost += 26 - _LETTERS.index(c)
        elif c.isspace():
            cost += 40
        elif c.isascii():
            cost += 10  # digits and punctuation: frequent in code, rare in prose
    return cost


_RECENT: tuple[tuple[str, str, frozenset[str]], ...] = ()


def _lower_and_trigrams(text: str) -> tuple[str, frozenset[str]]:
    # Detectors ask about the same string one after another (with a decoded payload or two in between); the
    # last few are kept, by identity. Replacing the tuple is one assignment, so threads never see half of it.
    global _RECENT
    recent = _RECENT
    for seen, lower, trigrams in recent:
        if seen is text:
            return lower, trigrams
    lower = text.lower()
    trigrams = frozenset(map("".join, zip(lower, lower[1:], lower[2:], strict=False)))
    _RECENT = ((text, lower, trigrams), *recent[:3])
    return lower, trigrams


class RuleFilter:
    """For a fixed list of (pattern, keys) rules: the rules worth running on a text. A rule passes when it has
    no keys or one of its keys occurs in `text.lower()`, and its `required_literals` occur in `fold_text(text)`;
    a rule that cannot pass cannot match (the keys are the rule's own prefilter, the literals are implied)."""

    def __init__(
        self, rules: Sequence[tuple[re.Pattern[str], tuple[str, ...]]], transform: Callable[[str], str] | None = None
    ) -> None:
        """`transform` maps every key and literal before lookup (rot13: test rules on the rot13 of a text)."""
        tf = transform or (lambda s: s)
        self._keyless = tuple(i for i, (_, keys) in enumerate(rules) if not keys)
        by_key: dict[str, list[int]] = {}
        for i, (_, keys) in enumerate(rules):
            for key in keys:
                by_key.setdefault(tf(key), []).append(i)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._required = tuple(
            tuple(frozenset(map(tf, clause)) for clause in required_literals(pattern)) for pattern, _ in rules
        )
        strings = [*by_key, *(s for clauses in self._required for clause in clauses for s in clause)]
        self._substrings = Substrings(strings)

    def passing(self, text: str) -> list[int]:
        """Indices of the rules that pass for `text`, ascending."""
        lower, trigrams = _lower_and_trigrams(text)
        found = self._substrings.present(lower, trigrams)
        if text.isascii() or FOLD_FIX.search(text) is None:
            found_folded = found  # fold_text(text) is text.lower()
        else:
            found_folded = self._substrings.present(fold_text(text))
        chosen = set(self._keyless)
        for key in found.intersection(self._by_key):
            chosen.update(self._by_key[key])
        required = self._required
        return [i for i in sorted(chosen) if all(not found_folded.isdisjoint(c) for c in required[i])]
