"""The shape of one injection rule and the cheap prefilter that picks the rules worth running on a text.

Kept apart from the rule tables (`injection_rules*.py`) so that every table module can build rules
without importing another table (the English table re-exports these names for older callers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from trust.regex_literals import RuleFilter


@dataclass(frozen=True, slots=True)
class InjectionRule:
    rule: str
    pattern: re.Pattern[str]
    score: float
    keys: tuple[str, ...] = ()  # lower-case substrings one of which must occur (cheap prefilter)
    script: str | None = None  # a script the text must contain (see _SCRIPTS)


def make_rule(
    rule: str, pattern: str, score: float = 0.9, *, keys: tuple[str, ...] = (), script: str | None = None
) -> InjectionRule:
    """One table entry; patterns are case-insensitive (use `(?-i:...)` where case carries meaning)."""
    if script is not None and script not in _SCRIPTS:
        raise ValueError(f"unknown script {script!r} for rule {rule!r}")
    # The detection view is NFKC: Thai sara am, Bengali/Devanagari nukta letters and full-width
    # punctuation are decomposed there, so a pattern typed with the composed form would never match.
    pattern = unicodedata.normalize("NFKC", pattern)
    keys = tuple(unicodedata.normalize("NFKC", k).lower() for k in keys)  # matched against the lower-cased view
    return InjectionRule(rule, re.compile(pattern, re.IGNORECASE), score, keys, script)


_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]"),
    "indic": re.compile(r"[\u0900-\u09ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
}


def applicable(rules: tuple[InjectionRule, ...], text: str) -> list[InjectionRule]:
    """Rules whose prefilter passes for `text` (a key substring occurs and the script is present) and whose
    pattern can match it (`regex_literals.RuleFilter`), in table order: a regex pass costs far more."""
    ascii_only = text.isascii()
    present: dict[str, bool] = {}
    out: list[InjectionRule] = []
    for i in _filter(rules).passing(text):
        rule = rules[i]
        if rule.script is not None:
            if rule.script not in present:
                present[rule.script] = not ascii_only and _SCRIPTS[rule.script].search(text) is not None
            if not present[rule.script]:
                continue
        out.append(rule)
    return out


# Keyed by identity: hashing a tuple of ~500 rules (each hashing its compiled pattern) on every call
# cost more than the substring checks themselves. The tuple is kept in the value so its id stays unique.
_FILTERS: dict[int, tuple[tuple[InjectionRule, ...], RuleFilter]] = {}


def _filter(rules: tuple[InjectionRule, ...]) -> RuleFilter:
    hit = _FILTERS.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    built = RuleFilter([(rule.pattern, rule.keys) for rule in rules])
    if len(_FILTERS) > 64:  # callers pass a few module-level tuples; never grow without bound
        _FILTERS.clear()
    _FILTERS[id(rules)] = (rules, built)
    return built
