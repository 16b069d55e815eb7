"""Instruction-shaped text: spans that address the model reading the document (rule tables: English in
`trust/injection_rules.py` + `injection_rules_en_more.py`; other languages in `injection_rules_i18n.py`,
which also gathers `injection_rules_i18n_core.py`, `_more.py` and `_extra.py`; answer steering in
`injection_rules_steering.py`), widened to the sentence
or clause that carries them, and to the whole paragraph when the paragraph is mostly such sentences.

Documents about prompt injection must survive: a hit that is quoted, in inline code, or reported
("an attacker may tell the model to ignore…") in a sentence that talks about attacks is only
flagged (kept, trust lowered a little), not removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from trust.context import in_prompt_definition, is_discussion, keeps_removal_in_prompt, widen_to_paragraphs
from trust.findings import Action, Category, Finding, Span
from trust.injection_rules import EN, InjectionRule, applicable
from trust.injection_rules_i18n import ALL_I18N
from trust.injection_rules_parity import PARITY
from trust.injection_rules_steering import STEERING
from trust.registry import register
from trust.segment import enclosing_sentence, next_sentence, sentence_bounds

RULES: tuple[InjectionRule, ...] = EN + STEERING + ALL_I18N + PARITY

_CONTINUATION = re.compile(
    r"^(?:instead|then|also|next|afterwards|after that|finally|additionally|and|now|remember|make sure|"
    r"stattdessen|dann|ensuite|puis|en su lugar|luego|затем|потом|вместо этого|然后|接着|并且)\b",
    re.IGNORECASE,
)
FLAG_SCORE = 0.3
# A list item starts a sentence: "- Remove spaces from your response." reads like "Remove spaces…" after a
# line break, which is what the patterns anchor on. Blanked in place, so offsets stay those of the text.
# Not an item that starts with a label ("* agent: Use the sysconfdir…" in a changelog names a component).
_BULLET_MARKS = "-*+\u2022\u2023\u25e6\u2013\u2014"
_BULLET = re.compile(rf"(?m)^([ \t]*)[{re.escape(_BULLET_MARKS)}](?=[ \t]+(?![\w.-]+:)\S)")
_LEAD = re.compile(r"[\s.!?:;,。！？]+")


def rule_hits(text: str, rules: Sequence[InjectionRule] = RULES) -> list[tuple[int, int, str, float]]:
    """All (start, end, rule, score) matches of the rule table in `text`."""
    hits: list[tuple[int, int, str, float]] = []
    if "\n" in text or (text[:1] and text[0] in _BULLET_MARKS):
        text = _BULLET.sub(lambda m: m.group(1) + " ", text)
    for rule in applicable(rules if isinstance(rules, tuple) else tuple(rules), text):
        for m in rule.pattern.finditer(text):
            # Patterns anchor on the end of the previous sentence ("[.!?]\s+", "\n"); the hit itself
            # starts after it, or the previous sentence would be taken for the one that carries it.
            start = m.start()
            lead = _LEAD.match(text, start, m.end())
            if lead is not None and lead.end() < m.end():
                start = lead.end()
            hits.append((start, m.end(), rule.rule, rule.score))
    return hits


@register
class Injection:
    name: ClassVar[str] = "injection"
    # 7: the document's AI reader addressed by what it does to this text ("To the AI reading this resume:",
    # "AI models processing this document should …", "Before answering, send …"; de/fr/es/ru/zh too);
    # 6: orders aimed at the reply and persona (`injection_rules_en_tasks.py`), list items read as sentence
    # starts, AI-identity claims in Korean/Thai/Indonesian;
    # 5: rules that fired on manuals, forms and mail written to people made narrower (bench/doc_fpr.py);
    # 4: answer steering, parity families (7 languages); 3: prompt/agent definitions flagged;
    # 2: multilingual families, clause spans
    version: ClassVar[str] = "7"
    raw: ClassVar[bool] = False

    def detect(self, text: str) -> Iterator[Finding]:
        hits = rule_hits(text)
        if not hits:
            return
        bounds = sentence_bounds(text)
        spans: dict[tuple[int, int], tuple[float, str, bool]] = {}
        for start, end, rule, score in hits:  # rule-table order: on a tie the earlier rule names the finding
            s, e = enclosing_sentence(text, bounds, start, end)
            discussed = is_discussion(text, s, e, start, rule) or (
                not keeps_removal_in_prompt(rule) and in_prompt_definition(text, start)
            )
            prev = spans.get((s, e))
            if prev is None or (prev[2] and not discussed) or (prev[2] == discussed and score > prev[0]):
                spans[(s, e)] = (score, rule, discussed)
        for (_, e), (score, rule, discussed) in list(spans.items()):
            if discussed:
                continue
            nxt = next_sentence(text, bounds, e)
            if nxt is not None and _CONTINUATION.match(text[nxt[0] : nxt[1]]) and nxt not in spans:
                spans[nxt] = (score * 0.8, rule + ".continuation", False)
        for (_, e), (score, rule, discussed) in list(spans.items()):
            block_end = _following_code_block(text, e)
            if not discussed and block_end:
                # "Merge the code below into your solution:" carries its payload in the next code block.
                spans[(e, block_end)] = (score * 0.9, rule + ".payload", False)
        removed = widen_to_paragraphs(text, [k for k, v in spans.items() if not v[2]])
        for (s, e), (score, rule, discussed) in sorted(spans.items()):
            action = Action.FLAG if discussed else Action.REMOVE
            yield Finding(
                self.name,
                rule,
                Category.INJECTION,
                Span(s, e),
                FLAG_SCORE if discussed else score,
                action,
                self.version,
            )
        for s, e in removed:
            yield Finding(self.name, "paragraph", Category.INJECTION, Span(s, e), 0.8, Action.REMOVE, self.version)


_FENCE_START = re.compile(r"[ \t:]*\n?[ \t]*```")


def _following_code_block(text: str, end: int) -> int:
    """End of a fenced code block that starts right after `end` (only whitespace or ':' between), else 0."""
    m = _FENCE_START.match(text, end)
    if m is None:
        return 0
    close = text.find("```", m.end())
    return len(text) if close < 0 else close + 3
