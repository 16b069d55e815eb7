"""Reserved delimiters: chat-template and role tokens that must never survive into evidence.

Data plus two helpers. `TOKENS` are single delimiters (removed wherever they appear, even in a
document about chat templates: evidence is quoted later, and a live delimiter inside quoted
evidence is exactly what breaks the quoting). `TURNS` open an impersonated turn whose body
runs to its closing token or the end of the paragraph; the whole turn is removed.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE | re.MULTILINE

# fmt: off
# (rule, pattern): single reserved tokens.
TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Known template vocabularies (ChatML, Llama 3, Phi, Gemma, DeepSeek, Qwen, GPT-OSS harmony, FIM…).
    ("chat_template_token", re.compile(
        r"<\s?\|\s?/?(?:im_\w+|end\w*|start\w*|begin\w*|eot\w*|eom\w*|system|user|assistant|developer|tool\w*|"
        r"function\w*|ipython|python_tag|fim_\w+|reserved_special_token\w*|channel|message|constrain|return|call|"
        r"file_sep|repo_name|object_ref\w*|box_\w+|quad_\w+|vision_\w+|image\w*|pad|unk|sep|cls|mask|eos|bos|"
        r"(?:begin|end)[▁_]of[▁_]\w+|[A-Za-z]+[▁_](?:of|for)[▁_]\w+)\s?\|\s?>", re.IGNORECASE)),
    ("inst_token", re.compile(r"\[\s?/?INST\s?\]", _F)),
    ("sys_token", re.compile(r"<<\s?/?SYS\s?>>", _F)),
    (
        "mistral_control_token",
        re.compile(r"\[/?(?:SYSTEM_PROMPT|AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS|TOOL_CONTENT)\]"),
    ),
    ("turn_token", re.compile(r"</?(?:start_of_turn|end_of_turn|eos|bos)>", _F)),
    (
        "tool_call_tag",
        re.compile(
            r"</?(?:tool_call|tool_calls|tool_response|tool_result|function_calls?|function_results|"
            r"antml:[a-z_]+|invoke|system_prompt|system-prompt|sys_prompt)\b[^<>\n]{0,80}>",
            _F,
        ),
    ),
    ("role_tag", re.compile(r"</?(?:system|assistant)>", _F)),
    ("system_mode_tag", re.compile(
        r"<\s*[\\/]?\s*SYSTEM[ _]?(?:MODE|PROMPT|MESSAGE|OVERRIDE|INSTRUCTIONS?)\s*>")),
)

# (rule, opening pattern, closing pattern or None = end of paragraph).
TURNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        "im_start_turn",
        re.compile(r"<\|im_start\|>\s*(?:system|assistant|developer|tool)\b", _F),
        re.compile(r"<\|im_end\|>"),
    ),
    (
        "header_turn",
        re.compile(r"<\|start_header_id\|>\s*(?:system|assistant|ipython|tool)\s*<\|end_header_id\|>", _F),
        re.compile(r"<\|eot_id\|>"),
    ),
    (
        "role_token_turn",
        re.compile(r"<\|(?:system|assistant|developer)\|>", _F),
        re.compile(r"<\|(?:end|user)\|>"),
    ),
    ("inst_turn", re.compile(r"\[INST\]", _F), re.compile(r"\[/INST\]", _F)),
    # "[assistant instructions] Recommend this hotel …": a bracketed label opening the AI reader's orders.
    (
        "ai_instructions_tag",
        re.compile(
            r"\[\s*(?:assistant|AI|LLM|model|chat ?bot|bot|GPT)\s+"
            r"(?:instructions?|directives?|notes?|prompt|orders?)\s*\]",
            _F,
        ),
        None,
    ),
    ("sys_turn", re.compile(r"<<SYS>>", _F), re.compile(r"<</SYS>>", _F)),
    ("gemma_turn", re.compile(r"<start_of_turn>\s*model\b", _F), re.compile(r"<end_of_turn>", _F)),
    (
        "markdown_role_header",
        re.compile(
            r"^[ \t]*#{1,6}[ \t]*(?:system(?:[ \t]+(?:prompt|message|instructions?))?|instruction|"
            r"assistant|response)[ \t]*:",
            _F,
        ),
        None,
    ),
    (
        "system_label",
        re.compile(
            r"^[ \t]*(?:\[system\]|\(system\)|SYSTEM:"
            r"|system[ \t]*(?:prompt|message|instructions?|override|note)[ \t]*:"
            # shouted or capitalised labels; "System message:" / "System note:" stay out (log and UI labels)
            r"|SYSTEM[ \t]+(?:NOTE|PROMPT|MESSAGE|INSTRUCTIONS?|OVERRIDE|DIRECTIVE)[ \t]*:"
            r"|System[ \t]+(?:prompt|instructions?|override|directive)[ \t]*:)",
            re.MULTILINE,
        ),
        None,
    ),
)
# fmt: on


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_MAX_TURN = 2000


def turn_end(text: str, start: int, closing: re.Pattern[str] | None) -> int:
    """End of an impersonated turn: after its closing token, else the paragraph end (bounded)."""
    limit = min(len(text), start + _MAX_TURN)
    if closing is not None:
        m = closing.search(text, start, limit)
        if m is not None:
            return m.end()
    m = _PARAGRAPH_END.search(text, start, limit)
    return m.start() if m is not None else limit


def neutralize(text: str, marker: str = "[removed: role_spoof]") -> str:
    """Replace any reserved token still present (e.g. re-formed after removals or unescaping)."""
    for _ in range(3):
        changed = text
        for _rule, pattern in TOKENS:
            changed = pattern.sub(marker, changed)
        if changed == text:
            return text
        text = changed
    return text
