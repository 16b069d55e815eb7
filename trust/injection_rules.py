"""Injection rule table, data only: `InjectionRule(rule, pattern, score)` per line, grouped by language.

Patterns are general phrasings of text that addresses the model reading a document: override
("ignore previous instructions"), role reassignment ("you are now…", "developer mode"), response
control ("in your response…", "reply only with…"), concealment ("do not tell the user"), prompt
or secret extraction, tool/command/exfiltration requests, and direct addressing of an AI. They
read the detection view (NFKC, diacritics dropped, homoglyphs folded), so accents are optional.
Shared by the injection detector and the encoded-payload detector (decoded text is rescanned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InjectionRule:
    rule: str
    pattern: re.Pattern[str]
    score: float


def _r(rule: str, pattern: str, score: float = 0.9) -> InjectionRule:
    return InjectionRule(rule, re.compile(pattern, re.IGNORECASE), score)


_ALL = r"(?:(?:all|any|each|every|the|these|those|my|your|of|of the|its|their)\s+){0,3}"
_PRIOR = r"(?:(?:previous|prior|above|earlier|preceding|foregoing|former|initial|original|old|existing|system|" \
         r"developer|default|given|current|programmed|safety|built-in|other)\s+){0,2}"
_ORDERS = r"(?:instructions?|prompts?|rules|directions|directives|guidelines|commands?|orders|context|constraints|" \
          r"restrictions|programming|guardrails|messages?|conversation|limitations)"
_AI = r"(?:AI|A\.I\.|assistant|language model|LLM|chat ?bot|GPT(?:-?\d)?|ChatGPT|Claude|Gemini|Bard|Copilot|" \
      r"Llama|model|agent|bot)"
_SECRETS = r"(?:password|passcode|secret(?: key)?|api[ _-]?key|access (?:key|token)|credentials?|private key|" \
           r"system prompt|initial prompt|hidden prompt|(?:original |initial |system )?instructions)"

EN: tuple[InjectionRule, ...] = (
    _r("ignore_instructions", r"\b(?:ignore|disregard|forget|skip|bypass|override|overlook|discard|neglect|drop|"
       r"abandon|set aside|do not (?:follow|obey)|don'?t (?:follow|obey)|stop following)\s+" + _ALL + _PRIOR + _ORDERS
       + r"\b", 0.95),
    _r("ignore_above", r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?"
       r"(?:above|before|previous(?:ly)?|prior|earlier|that|what (?:you (?:were|have been) )?(?:told|said|instructed))"
       r"\b", 0.9),
    _r("ignore_everything", r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|anything|all)\s+"
       r"(?:you(?:'ve| have)? (?:been |were )?(?:told|taught|instructed|learned)|(?:said|written|stated) "
       r"(?:above|before|earlier))", 0.95),
    _r("new_instructions", r"\b(?:new|updated|revised|real|actual|additional|secret|hidden|important|urgent)\s+"
       r"(?:system\s+)?(?:instructions?|task|directives?|orders)\s*(?::|follow|for (?:the |you)|are|is\b)", 0.85),
    _r("role_reassign", r"\byou\s+(?:are|will be|'re)\s+(?:now|from now on|henceforth)\s+(?:(?:an?|the|my|called|named|"
       r"going to (?:act|be|play|pretend))\s+(?:\w+[ -]){0,3}(?:AI|assistant|bot|model|character|persona|version|"
       r"expert|hacker|DAN|GPT|entity|being|system)\b|DAN\b|free\b|unrestricted|jailbroken|unfiltered|uncensored|"
       r"in (?:developer|DAN|god|jailbreak|unrestricted) mode)|\byou\s+are\s+no\s+longer\s+(?:bound|restricted|an? "
       r"(?:AI|assistant|language model)|ChatGPT|limited|required to)", 0.9),
    _r("from_now_on", r"\b(?:from now on|starting now|henceforth|for the rest of this conversation),?\s+"
       r"(?:you|your|act|respond|answer|reply|always|only|never|do not|don'?t)", 0.9),
    _r("act_as", r"\b(?:act|behave|respond|roleplay|role-play)\s+as\s+(?:if you (?:were|are)\s+)?(?:an?\s+)?"
       r"(?:unrestricted|unfiltered|evil|jailbroken|DAN|different|new|uncensored|rogue|malicious|hacker|root|admin)",
       0.9),
    _r("pretend", r"\bpretend\s+(?:to be|you(?:'re| are)|that you)\b", 0.75),
    _r("mode_switch", r"\b(?:god|DAN|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil)\s+mode\b|"
       r"\b(?:enable|enter|activate|switch to)\s+developer\s+mode\b(?!\s+(?:on|in|for)\s+(?:your|the)\s+"
       r"(?:device|phone|browser|android|iphone))", 0.8),
    _r("jailbreak_persona", r"\b(?:do anything now|stay in character|you are DAN|as DAN\b|DAN:|jailbroken\b|"
       r"unfiltered (?:AI|response)|no (?:ethical|moral) (?:guidelines|restrictions|limits|principles)|"
       r"(?:free|freed) from (?:the )?(?:typical |usual )?(?:confines|restrictions|rules) of AI)", 0.8),
    _r("system_override", r"\b(?:system|security|admin|safety)\s+(?:override|bypass|update|alert|notice|message)\s*"
       r"[:!-]", 0.85),
    _r("response_control", r"\b(?:in|to|at the (?:start|end|beginning) of)\s+your\s+(?:response|reply|answer|"
       r"output|summary|next (?:response|message)|final answer)s?\b", 0.85),
    _r("response_must", r"\byour\s+(?:response|reply|answer|output|summary)s?\s+(?:must|should|shall|needs to|has to|"
       r"will)\b", 0.85),
    _r("respond_only", r"\b(?:respond|reply|answer)\s+(?:only\s+)?(?:with|using|in)\s+(?:only\s+|exactly\s+|just\s+)?"
       r"(?:the (?:word|phrase|text|following)|[\"'“]|yes\b|no\b|base64|json\b|emojis?|all caps|uppercase|"
       r"pig latin|[A-Z][a-z]+ only)", 0.75),
    _r("say_exactly", r"\b(?:say|print|output|repeat|reply)\s+(?:only\s+)?(?:exactly|verbatim|"
       r"the following (?:text|words|phrase|sentence)|the words?|after me)\s*[:\"'“]", 0.8),
    _r("conceal", r"\b(?:do not|don'?t|never|without)\s+(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|"
       r"mention(?:ing)?|reveal(?:ing)?|let(?:ting)?|show(?:ing)?)\s+(?:this\s+(?:to\s+)?)?(?:the|your)\s+"
       r"(?:user|human|owner|operator|recipient|customer)", 0.9),
    _r("conceal_secret", r"\bkeep\s+(?:this|it|these instructions)\s+(?:a\s+)?(?:secret|hidden|confidential)\s+"
       r"from\b", 0.85),
    _r("extract_prompt", r"\b(?:reveal|show|print|display|output|repeat|tell me|give me|leak|disclose|share|what (?:is|"
       r"are|was|were))\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your\s+(?:full\s+|entire\s+|exact\s+)?" + _SECRETS
       + r"|the\s+(?:full\s+|entire\s+|exact\s+)?(?:system prompt|initial prompt|hidden prompt|password|secret key|"
       r"original instructions|system instructions))\b", 0.85),
    _r("repeat_above", r"\b(?:repeat|print|output|copy|reproduce)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:words|text|"
       r"everything|content|instructions|lines)\s+(?:above|before|preceding|verbatim|from the (?:start|beginning))",
       0.85),
    _r("address_ai", r"(?:^|[.!?\n]\s*|\b(?:dear|hey|hello|hi|attention|note to(?: the)?|message (?:for|to)(?: the)?|"
       r"instructions? for(?: the)?|to)\s+)(?:the\s+)?" + _AI + r"\s*(?:reading|processing|summari[sz]ing|"
       r"analy[sz]ing|parsing)?\s*[,:!]\s*(?:please\s+|you\s+|now\s+|ignore|do|stop|from|your|when|before)", 0.85),
    _r("if_you_are_ai", r"\bif\s+you\s+are\s+(?:an?\s+)?(?:AI|artificial intelligence|language model|LLM|"
       r"assistant|chat ?bot|agent|GPT|automated)", 0.9),
    _r("as_an_ai", r"\bas\s+(?:an?\s+)?(?:AI|language model|LLM)\s+(?:assistant\s+|model\s+)?(?:you|reading|"
       r"processing)\b", 0.75),
    _r("ai_must", r"\b(?:the|any)\s+(?:AI|assistant|language model|LLM|chat ?bot|agent|model)\s+(?:reading|"
       r"processing|summari[sz]ing|that reads)?\s*(?:this\s+)?(?:must|should|shall|has to|needs to|is required to|"
       r"will now)\b", 0.85),
    _r("tool_request", r"\b(?:you (?:must|should|need to|have to) |please |immediately |now )(?:call|invoke|use)\s+"
       r"(?:the\s+)?[`'\"]?[a-z_][\w.]*[`'\"]?\s+(?:tool|function|plugin)\b", 0.8),
    _r("send_data", r"\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|copy)\s+(?:all\s+|the\s+|"
       r"this\s+|these\s+|my\s+|your\s+|every\s+)*(?:user'?s?\s+|private\s+|confidential\s+|personal\s+)?"
       r"(?:data|emails?|messages?|conversation|chat history|history|files?|documents?|credentials|passwords?|"
       r"secrets?|keys?|contacts|information|details|summary)\s+(?:\w+\s+){0,3}to\s+(?:https?://|[\w.+-]+@[\w-]+\.|"
       r"this (?:address|url|link|email)|the following (?:address|url|email))", 0.9),
    _r("visit_url", r"\b(?:visit|open|fetch|browse to|navigate to|load|go to|access)\s+(?:this|the following)?\s*"
       r"(?:url|link|website|page|site)?\s*:?\s*https?://\S+\s+(?:and|to|then)\b", 0.6),
    _r("encoded_reply", r"\b(?:encode|encrypt|translate|convert)\s+your\s+(?:response|reply|answer|output)\b", 0.85),
    _r("secret_request", r"\b(?:what(?:'s| is)|tell me|give me|share|send me|provide|reveal)\s+(?:me\s+)?(?:your|the)"
       r"\s+(?:admin(?:istrator)?\s+|root\s+|account\s+|secret\s+|system\s+)?(?:password|secret key|api key|"
       r"credentials|access token|private key)\b", 0.8),
    _r("instead_do", r"\b(?:instead|rather),?\s+(?:you\s+(?:should|must|will)\s+|please\s+)?(?:respond|reply|say|"
       r"output|print|write|tell|answer)\b", 0.6),
)
