"""Role spoofing: chat-template delimiters, impersonated system/assistant turns, fake tool calls.

Single tokens come from `trust/delimiters.py` and are removed; an opening turn token takes its
whole turn with it. Tool-call-shaped JSON is only flagged: API documentation is full of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from trust.context import in_prompt_definition
from trust.delimiters import TOKENS, TURNS, turn_end
from trust.findings import Action, Category, Finding, Span
from trust.registry import register

_TOOL_JSON = re.compile(
    r"""\{\s*"(?:tool_calls|function_call|tool_use)"\s*:|\{\s*"(?:name|tool)"\s*:\s*"[\w.-]{1,64}"\s*,\s*"(?:arguments|parameters|input|args)"\s*:"""
)


# Turns opened by plain words, not reserved tokens: a template shown as the document's subject keeps them.
_PLAIN_LABELS = frozenset({"markdown_role_header", "system_label"})


@register
class RoleSpoof:
    name: ClassVar[str] = "role_spoof"
    version: ClassVar[str] = "3"  # 2: plain role labels inside a shown prompt/template are flagged;
    # 3: shouted or capitalised system labels ("SYSTEM NOTE:"), "[assistant instructions]" opening a turn
    raw: ClassVar[bool] = False

    def detect(self, text: str) -> Iterator[Finding]:
        if not any(c in text for c in "<[#(sS{"):
            return
        for rule, pattern in TOKENS:
            for m in pattern.finditer(text):
                yield self._finding(rule, m.start(), m.end(), 0.9)
        for rule, opening, closing in TURNS:
            for m in opening.finditer(text):
                end = turn_end(text, m.end(), closing)
                score = 0.9 if closing is not None else 0.7
                if rule in _PLAIN_LABELS and in_prompt_definition(text, m.start()):
                    # "SYSTEM: You are…" inside a template the document shows is its subject, not a turn.
                    yield Finding(
                        self.name, rule, Category.ROLE_SPOOF, Span(m.start(), end), 0.3, Action.FLAG, self.version
                    )
                    continue
                yield self._finding(rule, m.start(), end, score)
        for m in _TOOL_JSON.finditer(text):
            yield Finding(
                self.name,
                "tool_call_json",
                Category.ROLE_SPOOF,
                Span(m.start(), m.end()),
                0.4,
                Action.FLAG,
                self.version,
            )

    def _finding(self, rule: str, start: int, end: int, score: float) -> Finding:
        return Finding(self.name, rule, Category.ROLE_SPOOF, Span(start, end), score, Action.REMOVE, self.version)
