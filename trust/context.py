"""Context around a hit, shared by the injection detectors: is the sentence *about* an attack
(quoted, in code, or reported speech next to words like "attack", "example", "jailbreak"), and
is a paragraph nearly all flagged (then it goes whole: "not the chunk, unless it is nothing else").
"""

from __future__ import annotations

import re

_DISCUSSION = re.compile(
    r"\b(?:prompt[- ]injections?|injections?|jailbreak\w*|attack\w*|adversar\w*|malicious|exploit\w*|"
    r"red[- ]team\w*|(?<![.@])example(?![.-]\w)|e\.g\.|"  # not the placeholder domain www.example.com, x@evil.example
    r"such as|for instance|detect\w*|scanner|classif\w*|payloads?|probes?|"
    r"phrases?|benchmark\w*|"
    r"dataset|test cases?|guardrails?|defen[cs]e\w*|vulnerab\w*|threat\w*|mitigat\w*|canary|heuristic\w*|"
    r"strings? like|prompts? like|inputs? like)\b",
    re.IGNORECASE,
)
_QUOTES = "\"“”'`«»„"
_REPORTED = re.compile(r"\b(?:to|them to|it to|model to|LLM to|AI to)\s*$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A labelled example: the label names a message/prompt/payload or is code-quoted (`x`:, "x":).
_AS_VALUE = re.compile(
    r"(?:\b(?:message|input|prompt|payload|example|text|query|string|attack|injection|instruction|user|"
    r"malicious\w*)\w*|[\"'`])\s*[:=]\s*[\"'`(]?\s*$",
    re.IGNORECASE,
)


# Rules that *name* an attack (DAN, developer mode) rather than give an order: a cue word in the same
# sentence ("the DAN attack") is enough to read them as a mention.
MENTION_RULES = frozenset({"jailbreak_persona", "mode_switch", "developer_mode", "unrestricted_ai", "override_mode"})


def in_fenced_code(text: str, pos: int) -> bool:
    """Inside a Markdown code fence (an odd number of ``` before pos)."""
    return text.count("```", 0, pos) % 2 == 1


def is_discussion(text: str, s: int, e: int, hit: int, rule: str = "") -> bool:
    """Quoted, in code, presented as a value, or reported speech, next to words about attacks/examples."""
    before = text[s:hit]
    context = text[max(0, s - 200) : min(len(text), e + 100)]
    if _DISCUSSION.search(context) is None:
        return False
    if rule in MENTION_RULES and _DISCUSSION.search(text, s, e) is not None:
        return True
    quoted = sum(before.count(q) for q in _QUOTES) % 2 == 1 or before.rstrip().endswith(tuple(_QUOTES))
    reported = _REPORTED.search(before) is not None
    as_value = _AS_VALUE.search(before) is not None  # "Message: ignore previous…", `payload = "…"`
    in_code = before.count("`") % 2 == 1 or text[s:e].lstrip().startswith((">>>", "$ ", "# "))
    if not in_code and in_fenced_code(text, hit):
        # A fenced block is an example only when the prose around the fence says so; a jailbreak
        # pasted into a fence carries its own cue words ("jailbreak", "DAN") and is not a discussion.
        in_code = _cue_outside_fence(text, hit)
    return quoted or reported or in_code or as_value


# A prompt, template or agent definition that is the document's own subject: its text addresses a model
# by design (a README showing its system prompt, an agent YAML, a PromptTemplate string), so its orders are
# flagged, not removed. Override orders ("ignore previous instructions") are removed even there.
_PROMPT_CUE = re.compile(
    r"\b(?:(?:system |user |chat )?prompts?|templates?|PromptTemplate|system message|agents?|personas?|"
    r"backstory)\b",
    re.IGNORECASE,
)
_PROMPT_KEY = r"[\"']?\w*(?:prompt|template|instructions?|system_?message|persona|backstory|goal|preamble)\w*[\"']?"
_BLOCK_KEY = re.compile(r"^\s*(?:-\s+)?" + _PROMPT_KEY + r"\s*:\s*(?:[|>][-+]?\s*)?$", re.IGNORECASE)
_STRING_KEY = re.compile(
    r"(?:^|[\s{,(])" + _PROMPT_KEY + r"\s*(?::|=|\+=)\s*\(?\s*[frbuFRBU]?(?P<q>\"\"\"|'\'\'|\"|')",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_LINE = re.compile(r":\s*$")
_OVERRIDE_RULE = re.compile(r"ignore|override|forget|disregard|exfil|secret|decode|conceal")


def keeps_removal_in_prompt(rule: str) -> bool:
    """Orders that are removed even inside a prompt definition: overrides, exfiltration, secret grabs."""
    return _OVERRIDE_RULE.search(rule) is not None


def in_prompt_definition(text: str, pos: int) -> bool:
    """`pos` lies in a labelled prompt: a fence or indented block under a line naming a prompt/template/
    agent, a YAML block under a prompt-ish key (`instructions: |`), or a string assigned to one."""
    if in_fenced_code(text, pos):
        fence = text.rfind("```", 0, pos)
        return _PROMPT_CUE.search(text, max(0, fence - 200), fence) is not None
    line_start = text.rfind("\n", 0, pos) + 1
    indent = _indent(text, line_start)
    if indent:
        i = line_start
        for _ in range(60):  # walk up to the line that opens this indented block
            if i == 0:
                return False
            prev = text.rfind("\n", 0, i - 1) + 1
            line = text[prev : i - 1]
            if line.strip() and _indent(line, 0) < indent:
                if _BLOCK_KEY.search(line):
                    return True
                return _LABEL_LINE.search(line) is not None and _PROMPT_CUE.search(line) is not None
            i = prev
        return False
    last = None
    for m in _STRING_KEY.finditer(text, max(0, pos - 600), pos):
        last = m
    if last is None:
        return False
    quote, body = last.group("q"), text[last.end() : pos]
    return quote not in body and (len(quote) == 3 or "\n" not in body)


def _indent(text: str, start: int) -> int:
    n = 0
    while start + n < len(text) and text[start + n] in " \t":
        n += 1
    return n


def _cue_outside_fence(text: str, pos: int) -> bool:
    """A discussion cue in the 200 chars before the fence around `pos` or the 100 chars after it."""
    fs = text.rfind("```", 0, pos)
    fe = text.find("```", pos)
    fe = len(text) if fe < 0 else fe + 3
    return (
        _DISCUSSION.search(text, max(0, fs - 200), max(fs, 0)) is not None
        or _DISCUSSION.search(text, fe, min(len(text), fe + 100)) is not None
    )


def is_quoted_discussion(text: str, s: int, e: int) -> bool:
    """A whole sentence that is quoted or in code, next to words about attacks: an example, not an order."""
    around = text[max(0, s - 2) : min(len(text), e + 2)]
    if not any(q in around for q in _QUOTES) and not text[s:e].lstrip().startswith((">>>", "$ ", "# ", "- `")):
        return False
    return _DISCUSSION.search(text[max(0, s - 200) : min(len(text), e + 100)]) is not None


def widen_to_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that are nearly all (>= 80 % of words) flagged sentences: remove them whole."""
    if not spans:
        return []
    out: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    for ps, pe in zip(starts, ends, strict=True):
        inside = [(max(s, ps), min(e, pe)) for s, e in spans if s < pe and e > ps]
        if not inside:
            continue
        covered = sum(len(text[s:e].split()) for s, e in inside)
        total = len(text[ps:pe].split()) or 1
        if covered / total >= 0.8:
            out.append((ps, pe))
    return out
