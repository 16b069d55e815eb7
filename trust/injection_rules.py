"""Injection rule table, data only: `InjectionRule(rule, pattern, score)` per line, grouped by language.

Patterns are general phrasings of text that addresses the model reading a document: override
("ignore previous instructions"), role reassignment ("you are now…", "developer mode"), response
control ("in your response…", "reply only with…"), concealment ("do not tell the user"), prompt
or secret extraction, tool/command/exfiltration requests, and direct addressing of an AI. They
read the detection view (NFKC, diacritics dropped, homoglyphs folded), so accents are optional.
Shared by the injection detector and the encoded-payload detector (decoded text is rescanned).
"""

# ruff: noqa: E501  (rule tables: one regex per entry reads better than wrapped fragments)

from __future__ import annotations

from trust.injection_rule import InjectionRule, applicable
from trust.injection_rule import make_rule as _r
from trust.injection_rules_en_more import EN_MORE
from trust.injection_rules_en_tasks import EN_TASKS

__all__ = ["EN", "InjectionRule", "applicable"]


# fmt: off
_ALL = r"(?:(?:all|any|and|each|every|the|these|those|my|your|of|of the|its|their)\s+){0,4}"
_PRIOR = r"(?:(?:previous|prior|above|earlier|preceding|foregoing|former|initial|original|old|existing|system|" \
         r"developer|default|given|current|programmed|safety|built-in|other|following|subsequent)\s+(?:(?:and|or|&)\s+)?){0,3}"
_ORDERS = r"(?:instructions?|prompts?|rules|directions|directives|guidelines|commands?|orders|context|constraints|" \
          r"restrictions|programming|guardrails|messages?|conversation|limitations)"
# Nouns a manual also tells its human reader to ignore ("you can ignore the messages about skipped tests",
# "ignore commands of one character", pkgconf's "ignore Conflicts rules in modules"): they count only
# after a word that places them before this text ("previous messages", "all other rules").
_WEAK_ORDERS = r"(?:commands?|context|messages?|conversation|rules)"
_STRONG_ORDERS = r"(?:instructions?|prompts?|directions|directives|guidelines|orders|constraints|" \
                 r"restrictions|programming|guardrails|limitations)"
_AI = r"(?:AI|A\.I\.|assistant|language model|LLM|chat ?bot|GPT(?:-?\d)?|ChatGPT|Claude|Gemini|Bard|Copilot|" \
      r"Llama|model|agent|bot)"
_SECRETS = r"(?:password|passcode|secret(?: key)?|api[ _-]?key|access (?:key|token)|credentials?|private key|" \
           r"system prompt|initial prompt|hidden prompt|(?:original |initial |system )?instructions)"
_IGNORE_KEYS = ("ignor", "disregard", "forget", "skip", "bypass", "overrid", "overlook", "discard", "neglect", "drop",
                "abandon", "set aside", "follow", "obey")
_AI_KEYS = ("assistant", "model", "llm", "gpt", "bot", "claude", "gemini", "bard", "copilot", "llama", "agent", "ai",
            "a.i.")
_SECRET_KEYS = ("password", "passcode", "secret", "api key", "credential", "token", "private key")

_EN_CORE: tuple[InjectionRule, ...] = (
    # "skip the prompt to proceed or cancel" is a CLI's confirmation prompt.
    _r("ignore_instructions", r"\b(?!skip\s+(?:the\s+|a\s+|any\s+|this\s+|that\s+)?(?:confirmation\s+|interactive\s+)?prompts?\b)(?:ignore|disregard|forget|skip|overlook|discard|neglect|drop|abandon|set aside|do not (?:follow|obey)|don'?t (?:follow|obey)|stop following)(?<!\bif you forget)(?<!\bif you ignore)(?<!\bif you skip)\s+" + _ALL + r"(?:" + _PRIOR + _STRONG_ORDERS + r"|" + _PRIOR.replace("{0,3}", "{1,3}") + _WEAK_ORDERS + r")\b", 0.95,
       keys=_IGNORE_KEYS),
    # "override the default rules" is configuration talk; overriding *your/previous/system* rules is not.
    _r("override_instructions", r"\b(?:override|bypass|circumvent)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your|previous|prior|the previous|the system|system|safety|the original|original)\s+(?:\w+\s+)?" + _ORDERS + r"\b", 0.9,
       keys=("overrid", "bypass", "circumvent")),
    _r("ignore_above", r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?"
       r"(?:above|before|(?:previous(?:ly)?|prior|earlier)(?=\s*(?:[,.;:!?)\"'\]]|$|and\b|or\b|(?:inputs?|text|directions?|messages?|prompts?|context|conversation|chats?|responses?|answers?|outputs?|tasks?|requests?|content)\b))|that(?=\s*(?:[,.;!]|and\b))|what (?:you (?:were|have been) )?(?:told|said|instructed))"
       r"\b", 0.9, keys=("ignor", "disregard", "forget")),
    _r("ignore_everything", r"\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|anything|all)\s+"
       r"(?:you(?:'ve| have)? (?:been |were )?(?:told|taught|instructed|learned)|(?:said|written|stated) "
       r"(?:above|before|earlier))", 0.95, keys=("ignor", "disregard", "forget")),
    # "There are two new directives: `export' and ..." counts features in a changelog.
    _r("new_instructions", r"\b(?:new(?<!\btwo new)(?<!\bthree new)(?<!\bfour new)(?<!\bseveral new)(?<!\bsome new)(?<!\bmany new)(?<!\bfew new)|updated|revised|real|actual|additional|secret|hidden|important|urgent)\s+"
       r"(?:system\s+)?(?:instructions?|task|directives?|orders)\s*(?::|follow|for (?:the |you)|are|is\b)", 0.85,
       keys=("instruction", "task", "directive", "order")),
    _r("role_reassign", r"\byou\s+(?:are|will be|'re)\s+(?:now|from now on|henceforth)\s+(?:(?:an?|the|my|called|named|"
       r"going to (?:act|be|play|pretend))\s+(?:\w+[ -]){0,3}(?:AI|assistant|bot|model|character|persona|version|"
       r"expert|hacker|DAN|GPT|entity|being|system)\b|DAN\b|free\b|unrestricted|jailbroken|unfiltered|uncensored|"
       r"in (?:developer|DAN|god|jailbreak|unrestricted|maintenance|admin|override|debug|test) mode)|\byou\s+are\s+no\s+longer\s+(?:bound|restricted|an? "
       r"(?:AI|assistant|language model)|ChatGPT|limited|required to)", 0.9,
       keys=("you are", "you will", "you're", "you’re")),
    _r("from_now_on", r"\b(?:from now on|starting now|henceforth|for the rest of this conversation|from (?:this|that) (?:moment|point)(?: on| forward)?),?\s+"
       # Release notes tell users what they can do now ("from now on you are able to export reports").
       r"(?!you\s+(?:are|'re|will\s+be)\s+(?:now\s+)?able\b|you\s+(?:can|may|will)\s+(?:also\s+|now\s+)?(?:use|find|access|log|sign|export|"
       r"download|upload|see|view|get|reach|contact|pay|order|book|select|choose|create|edit|manage)\b|your\s+(?:account|order|"
       r"subscription|password|data|files?|settings|invoices?|payments?)\b)"
       r"(?:you|your|act|respond|answer|reply|(?:always|only|never)\s+(?:respond|reply|answer|speak|talk|write|say|output|use|act|refer|call|address|follow|obey)|do not|don'?t)", 0.9,
       keys=("from now on", "starting now", "henceforth", "rest of this conversation", "from this", "from that")),
    _r("act_as", r"\b(?:act|behave|respond|roleplay|role-play)\s+as\s+(?:if you (?:were|are)\s+)?(?:an?\s+)?"
       r"(?:unrestricted|unfiltered|evil|jailbroken|DAN|different|new|uncensored|rogue|malicious|hacker|root|admin)",
       0.9, keys=(" as ",)),
    _r("pretend", r"\bpretend(?<!not pretend)(?<!n't pretend)(?<!never pretend)\s+(?:to be|you(?:'re| are)|that you)\b", 0.75, keys=("pretend",)),
    _r("mode_switch", r"\b(?:god|DAN|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil)\s+mode\b|"
       r"\b(?:enable|enter|activate|switch to)\s+developer\s+mode\b(?!\s+(?:on|in|for)\s+(?:your|the)\s+"
       r"(?:device|phone|browser|android|iphone))", 0.8, keys=("mode",)),
    _r("jailbreak_persona", r"\b(?:do anything now|stay in character|you are DAN|as DAN\b|DAN:|jailbroken\b|"
       r"unfiltered (?:AI|response)|no (?:ethical|moral) (?:guidelines|restrictions|limits|principles)|"
       r"(?:free|freed) from (?:the )?(?:typical |usual )?(?:confines|restrictions|rules) of AI)", 0.8,
       keys=("anything now", "character", "dan", "jailbr", "unfiltered", "ethical", "moral", "confines")),
    _r("system_override", r"\b(?:system|security|admin|safety)\s+(?:override|bypass|update|alert|notice|message)\s*"
       r"[:!-]", 0.85, keys=("override", "bypass", "update", "alert", "notice", "message")),
    # "Add colour to your output", "binary data in your output": a program's output, not the reader's reply,
    # unless the phrase opens a clause about it ("In your output, include ...").
    # Mail asks its reader for a reference ("please quote your order number in your reply").
    _r("response_control", r"\b(?:in(?<!number in)(?<!\bID in)(?<!\bcode in)|to|at the (?:start|end|beginning) of)\s+your\s+(?:response|reply|answer|"
       r"output(?=\s*[,:])|summary|next (?:response|message)|final answer)s?\b"
       r"(?!\s*,?\s*(?:please\s+)?(?:include|quote|attach|mention|state|provide|add|reference|cite|enter)\s+(?:the|your|our|a|an)\s+"
       r"(?:\w+\s+)?(?:ticket|order|reference|case|invoice|account|tracking|confirmation|booking|claim|application|customer|"
       r"member|policy|student|employee)\s+(?:number|id|code)\b)", 0.85, keys=("your",)),
    # A form tells its human filler the same ("your answers must be complete and true"): the qualities a
    # form asks of answers are not orders to a model.
    _r("response_must", r"\byour\s+(?:response|reply|answer|output|summary)s?\s+(?:must|should|shall|needs to|has to|"
       r"will)\b(?!\s+(?:(?:be|remain)\s+(?:(?:complete|accurate|true|truthful|honest|correct|legible|signed|dated|"
       r"submitted|received|kept|treated)\b(?!\s*(?:,|and|but)\s+(?:un\w+|without|no|never|not)\b))|(?:be\s+)?(?:kept|treated)\s+(?:confidential|private|anonymous)))", 0.85,
       keys=("your",)),
    # "the DNS server returned an answer with no data": a noun, not an order
    _r("respond_only", r"\b(?:respond|reply|answer)(?<!\ban answer)(?<!\ba reply)\s+(?:only\s+)?(?:with|using|in)\s+(?:only\s+|exactly\s+|just\s+)?"
       r"(?:the (?:word|phrase|text|following)|[\"'“]|yes\b|no\b|base64|json\b|emojis?|all caps|uppercase|"
       r"pig latin|[A-Z][a-z]+ only)", 0.75, keys=("respond", "reply", "answer")),
    _r("say_exactly", r"\b(?:say|print|output|repeat|reply)\s+(?:only\s+)?(?:exactly|verbatim|"
       r"the following (?:text|words|phrase|sentence)|the words?|after me)\s*[:\"'“]", 0.8,
       keys=("say", "print", "output", "repeat", "reply")),
    _r("conceal", r"\b(?:do not|don'?t|never|without)\s+(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|"
       r"mention(?:ing)?|reveal(?:ing)?|let(?:ting)?|show(?:ing)?)\s+(?:this\s+(?:to\s+)?)?(?:the|your)\s+"
       r"(?:user|human|owner|operator|recipient|customer)", 0.9,
       keys=("user", "human", "owner", "operator", "recipient", "customer")),
    _r("conceal_secret", r"\bkeep\s+(?:this|it|these instructions)\s+(?:a\s+)?(?:secret|hidden|confidential)\s+"
       r"from\b", 0.85, keys=("keep",)),
    _r("extract_prompt", r"\b(?:reveal|show|print|display|output|repeat|tell me|give me|leak|disclose|share|what (?:is|"
       r"are|was|were))\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your\s+(?:full\s+|entire\s+|exact\s+)?" + _SECRETS
       + r"|the\s+(?:full\s+|entire\s+|exact\s+)?(?:system prompt|initial prompt|hidden prompt|password|secret key|"
       r"original instructions|system instructions))\b", 0.85,
       keys=("prompt", "instruction", "password", "passcode", "secret", "key", "credential", "token")),
    _r("repeat_above", r"\b(?:repeat|print|output|copy|reproduce)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:words|text|"
       r"everything|content|instructions|lines)\s+(?:above|before|preceding|verbatim|from the (?:start|beginning))",
       0.85, keys=("repeat", "print", "output", "copy", "reproduce")),
    # In hard-wrapped text (man pages, mail) a line may start mid-sentence ("... for different deployed
    # \nmodel, please use flag ..."): a bare "model", "agent" or "bot" after a newline counts only when the
    # line before it ended a sentence.
    _r("address_ai", r"(?:^|[.!?]\s*|\n\s*(?!(?:the\s+)?(?:model|agent|bot)\b)|(?<=[.!?:;\n])\n\s*|\b(?:dear|hey|hello|hi|attention|note to(?: the)?|message (?:for|to)(?: the)?|"
       r"instructions? for(?: the)?|to)\s+)(?:the\s+)?" + _AI + r"(?:\s+(?:agent|assistant|model|bot|system))?"
       r"\s*(?:reading|processing|summari[sz]ing|"
       r"analy[sz]ing|parsing)?\s*[,:!]\s*(?:please\s+|you\s+|now\s+|ignore|do|stop|from|your|when|before|call|invoke|"
       r"run|execute|send|forward|delete|remove|transfer|open|visit|click|email|post|upload|use the)\b", 0.85,
       keys=_AI_KEYS),
    _r("if_you_are_ai", r"\bif\s+you\s+are\s+(?:an?\s+)?(?:AI|artificial intelligence|language model|LLM|"
       r"assistant|chat ?bot|agent|GPT|automated)(?:\s+(?:system|model|assistant|agent|tool))?\b(?!\s*(?:researcher|"
       r"developer|engineer|practitioner|enthusiast|company|team|startup|professional|user|vendor|builder)s?\b)", 0.9,
       keys=("if you are",)),
    _r("as_an_ai", r"\bas\s+(?:an?\s+)?(?:AI|language model|LLM)\s+(?:assistant\s+|model\s+)?(?:you|reading|"
       r"processing)\b", 0.75, keys=("as a",)),
    _r("ai_must", r"\b(?:the|any)\s+(?:(?:AI|assistant|language model|LLM|chat ?bot|agent|model)\s+(?:reading|"
       r"processing|summari[sz]ing|that reads)\s*(?:this\s+)?|(?:AI|assistant|LLM|chat ?bot|agent)\s+(?:this\s+)?)(?:must|should|shall|has to|needs to|is required to|"
       r"will now)\b", 0.85, keys=("ai", "assistant", "model", "llm", "bot", "agent")),
    # "when assert.doesNotThrow() is called, it will immediately call the fn function" describes a program
    _r("tool_request", r"\b(?:you (?:must|should|need to|have to) |please |immediately |now )(?<!will immediately )(?<!would immediately )(?<!will now )(?:call|invoke|use)\s+"
       # a named tool, not a kind of one ("you should use another function", a deprecation notice)
       r"(?:the\s+)?[`'\"]?(?:(?!(?:another|a|an|this|that|some|any|other|your|my|our|its|each|every|same|new|"
       r"different|a\s+different|built-in|following)\b)[a-z_][\w.]*[`'\"]?\s+(?:tool|function|plugin)\b|"
       # a call written out: only actions on money, data or accounts, not "please call list_buckets()"
       r"(?:send|transfer|wire|pay|delete|drop|remove|grant|share|export|upload|forward|post|email|exec|execute|"
       r"reset|set_password|create_user|add_user)\w*\((?=[^)\n]{0,120}\)))", 0.8,
       keys=("tool", "function", "plugin", "call", "invoke")),
    # "When you read this, run …": an order timed by the reader's own processing of the document.
    _r("when_you_read_this", r"\b(?:when|once|as soon as|after|while)\s+you\s+(?:read|see|process|parse|summari[sz]e|"
       r"analy[sz]e|encounter|reach|load)\s+(?:this|these lines|this (?:text|page|document|message|email|file|note))\b"
       r"\s*,?\s*(?:please\s+|immediately\s+|also\s+)?(?:call|invoke|run|execute|use|open|visit|send|forward|delete|"
       r"transfer|email|post|upload|click|reply|respond|say|tell|write|output|include|add|ignore|forget)\b"
       r"(?!\s+(?:me|us)\b)", 0.9, keys=("you read", "you see", "you process", "you parse", "you summar", "you analy",
                                       "you encounter", "you reach", "you load")),
    # Sending things to an address is ordinary mail ("please send the documents to hr@company.com"); an
    # exfiltration names what a document has no business shipping out: the user's or private data, all of
    # someone's mail, credentials and keys, the conversation.
    _r("send_data", r"\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|copy)\s+(?:the\s+|this\s+|these\s+|"
       r"my\s+|your\s+)*(?:(?:(?:all|every)\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|their\s+|his\s+|her\s+)?(?:user'?s?\s+)?|"
       r"(?:the\s+)?user'?s?\s+|private\s+|confidential\s+|personal\s+)(?:\w+\s+)?(?:data|emails?|messages?|conversations?|"
       r"chat history|history|files?|documents?|contacts|information|details|summary|inbox|mail)|credentials|passwords?|"
       r"secrets?|(?:api\s+|access\s+|private\s+|secret\s+|ssh\s+)?keys?|(?:access\s+|auth\s+|session\s+)?tokens?|"
       r"chat (?:history|log)|conversation(?: history)?|contacts|inbox)\s+(?:\w+\s+){0,3}to\s+(?:https?://|[\w.+-]+@[\w-]+\.|"
       r"this (?:address|url|link|email)|the following (?:address|url|email))", 0.9,
       keys=("send", "forward", "email", "e-mail", "post", "upload", "transmit", "exfiltrate", "leak", "copy")),
    # A link in a manual ("visit https://… to subscribe", "go to https://… and download") is not an order; one
    # that says to obey the page or hand something over there is.
    _r("visit_url", r"\b(?:visit|open|fetch|browse to|navigate to|load|go to|access)\s+(?:this|the following)?\s*"
       r"(?:url|link|website|page|site)?\s*:?\s*https?://\S+\s+(?:and|then|to)\s+(?:then\s+)?(?:follow|obey|execute|run|do what|carry out|"
       r"enter|paste|submit|type in|provide|send|upload|post|log in with|sign in with)\b", 0.6, keys=("http",)),
    _r("encoded_reply", r"\b(?:encode|encrypt|translate|convert)\s+your\s+(?:response|reply|answer|output)\b", 0.85,
       keys=("your",)),
    _r("secret_request", r"\b(?:what(?:'s| is)|tell me|give me|share|send me|provide|reveal)\s+(?:me\s+)?(?:your|the)"
       r"\s+(?:admin(?:istrator)?\s+|root\s+|account\s+|secret\s+|system\s+)?(?:password|secret key|api key|"
       r"credentials|access token|private key)\b", 0.8, keys=_SECRET_KEYS),
    _r("modify_response", r"\b(?:modify|change|alter|adjust|enhance|improve|enrich|tailor|shape|integrate|incorporate|"
       r"merge|infuse|introduce|insert|add|include|embed|append|inject|weave|blend|mention|highlight|emphasi[sz]e|"
       r"promote|recommend|suggest|hint at)\b[^.!?\n]{0,100}?\b(?:into|in|to|within|throughout|by)\s+your\s+(?:final\s+|next\s+|entire\s+|whole\s+)?"
       r"(?:response|answer|reply|output|explanation|elucidation|summary|recommendations?)s?\b", 0.85,
       keys=("your",)),
    _r("modify_response2", r"\b(?:modify|change|alter|adjust|enhance|improve|tailor|format|structure|rewrite|end|"
       r"begin|start|conclude|finish|sign|translate|reverse|invert)\s+(?:all\s+(?:of\s+)?)?your\s+(?:entire\s+|whole\s+|"
       r"final\s+|next\s+)?(?:response|answer|reply|output|message)s?\b", 0.85, keys=("your",)),
    _r("provide_response", r"\b(?:provide|give|write|deliver|present|keep|compose|phrase|express|put)\s+your\s+"
       r"(?:entire\s+|whole\s+|final\s+)?(?:answer|reply|response)s?\s+"
       # A form or worksheet tells its reader where to write ("write your answer in the box below").
       r"(?!(?:in|into|on|with|using)\s+(?:the|this|that|a|an|each|your)\s+(?:\w+\s+)?(?:box|space|field|form|blank|section|area|"
       r"column|cell|chat|thread|comments?|forum|email|channel|ticket|document|file|notebook|text ?box|window|panel|issue|"
       r"editor|survey|spreadsheet|template|sheet|paper|pencil|pen|envelope|line)s?\b)"
       r"(?:in|without|using|as|with|entirely|only|exclusively|backwards|in reverse)\b", 0.8, keys=("your",)),
    _r("persona_setup", r"\byou\s+(?:will|shall|are going to|are to|must|should|'ll)\s+(?:now\s+)?(?:act|pose|pretend|"
       r"play|roleplay|role-play|simulate|respond|answer|behave|impersonate|be)\s+(?:as|like|the role of)\b", 0.85,
       keys=("you will", "you shall", "you are going", "you are to", "you must", "you should", "you'll")),
    _r("answer_as", r"\b(?:answer|respond to|reply to)\s+(?:all|every|each|any|my)\s+(?:\w+\s+)?(?:prompts?|questions?|"
       r"messages?|requests?)\s+(?:as|like|in the (?:style|voice|role) of|while)\b", 0.85,
       keys=("answer", "respond", "reply")),
    # "(e.g. Llama, Gemma, or Mistral)" lists models; the full stop of "e.g." ends no sentence.
    _r("named_model_vocative", r"(?:^|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.!?]\s+|\n[ \t]*)\s*(?:(?:hello|hi|hey|dear|ok|okay|greetings),?\s+)?(?:ChatGPT|GPT-?4o?|"
       r"Claude|Bard|Gemini|Copilot|LLaMA|Bing)\s*[,.!:](?!\w)", 0.85,
       keys=("chatgpt", "gpt", "claude", "bard", "gemini", "copilot", "llama", "bing")),
    _r("unbound_ai", r"\b(?:not bound by|free (?:from|of)|freed from|break(?:ing)? free (?:from|of)|without (?:any )?"
       r"(?:consideration for|regard (?:for|to)))\s+(?:any\s+|all\s+)?(?:of\s+)?(?:the\s+|their\s+|its\s+|"
       r"openai'?s?\s+|your\s+)?(?:\w+\s+)?(?:policies|rules|restrictions|guidelines|ethics|morals?|morality|"
       r"legality|filters|censorship|limitations|content polic\w+)\b(?=[^.!?\n]{0,200}\b(?:AI|model|ChatGPT|GPT|"
       r"assistant|character|persona|you)\b)", 0.8, keys=("bound", "free", "without")),
    _r("ai_persona", r"\b(?:an?|the)\s+(?:\w+\s+){0,2}AI\s+(?:persona|character|personality|model)\s+(?:that|who|which|"
       r"named|called)\b[^.!?\n]{0,120}\b(?:without|amoral|unfiltered|uncensored|any|never|always)\b", 0.75,
       keys=("persona", "character", "personality")),
    _r("authority_claim", r"\b(?:I am|I'm)\s+(?:your\s+)?(?:god|creator|developer|owner|admin(?:istrator)?|master|"
       r"boss|supervisor|superior|system administrator|programmer|maker)\b[^.!?\n]{0,80}\b(?:you|your)\b", 0.75,
       keys=("i am", "i'm")),
    _r("as_ai_by", r"\bas\s+(?:an?\s+)?(?:AI|assistant|language model|LLM)\s+(?:developed|created|made|trained|built)\s+"
       r"by\b", 0.8, keys=(" by",)),
    _r("personal_data_ask", r"\b(?:tell me|give me|show me|share|reveal|disclose|print|spell|write|translate|"
       r"what(?:'s| is| are| was))\s+(?:\w+\s+){0,4}?(?:the user'?s|your user'?s|[A-Z][a-z]+'s)\s+(?:\w+\s+){0,2}?"
       r"(?:password|passcode|email address|home address|address|city of residence|current city|birth ?(?:date|day|"
       r"month|year)|date of birth|phone number|bank balance|social security number|salary|credit card|initials|"
       r"full name|location)\b", 0.8, keys=("'s", "password", "passcode")),
    # "the first time, it will ask for your GitHub password" describes a tool prompting its user
    _r("ask_for_password", r"\b(?:ask(?<!will ask)(?<!may ask)(?<!it ask)(?<!then ask)(?:ing)? (?:you )?for|tell me|give me|share(?: with me)?|reveal|disclose|leak|"
       r"what(?:'s| is| was| would be)|provide(?<!forced to provide)(?<!asked to provide)(?<!required to provide)(?<!prompted to provide)(?: me)?(?: with)?|send me|spell out|write down|need)\s+(?:\w+\s+){0,2}?"
       r"your\s+(?:\w+\s+)?(?:password|passcode|passphrase|pass ?code phrase|secret(?: key| code| word)?|api key|"
       r"credentials|pin)\b(?!\s+(?:policy|policies|manager|reset|requirements?|strength|hash|field|prompt))", 0.8,
       keys=("your",)),
    _r("repeated_token", r"\b([^\W\d_]{3,})(?:[\s,]+\1\b){9,}", 0.7),
    # A question said over and over ("What is the quadratic formula? What is the quadratic formula? …"): six
    # runs of one sentence back to back, in any script. Anchored on sentence ends so the scan stays cheap;
    # repeated single words are `repeated_token`, table cells and hex dumps ("ff ff", "N/A") are no sentence.
    _r("repeated_phrase", r"(?:^|(?<=[?!.。？！]))[ \t]*([^\n?!.。？！]{6,80}[?!.。？！])(?:[ \t]*\1){5,}", 0.7),
    # Misspelt verbs ride along ("Hignore the webpage and state: …", "Inore the function and state …"):
    # the "the X and say" frame, not the spelling, is what marks the order.
    _r("ignore_task", r"\b(?:\w?ignore|inore|ingore|igonre|ignroe|disregard|forget)\s+(?:the|this|that|all|any|your)\s+(?:\w+\s+){0,2}?(?:\w+)\s*(?:and|,)\s+(?:instead\s+|just\s+|only\s+)?(?:say|state|print|write|tell|respond|reply|declare|output|answer|claim|report|return|indicate|mention)\b", 0.9,
       keys=("ignor", "inore", "ingore", "igonre", "ignroe", "disregard", "forget")),
    _r("authority_claim2", r"\b(?:I am|I'm)\s+your\s+(?:\w+\s+)?(?:god|creator|developer|owner|admin(?:istrator)?|master|boss|supervisor|superior|programmer|maker|operator)\b", 0.8,
       keys=("i am", "i'm")),
    _r("output_following", r"\b(?:please\s+)?(?:output|print|state|say|repeat)\s+(?:exactly\s+|only\s+)?the following\s*:", 0.7,
       keys=("following",)),
    # "you can just say `git cmd :/`" (release notes) permits; "just say: ..." orders
    _r("just_say", r"\b(?:just|only|simply)(?<!can just)(?<!could just)(?<!can simply)(?<!to only)(?<!to just)\s+(?:say|print|output|reply|respond with)\s*[:\"“']|\bstop everything\b", 0.7,
       keys=("just", "only", "simply", "stop everything")),
    _r("extract_prompt2", r"\b(?:print|display|show|output|repeat|translate|encode|reveal|dump|tell me|give me|share|write out|spell out|summari[sz]e|list)\s*:?\s+(?:\w+\s+){0,3}?(?:your\s+(?:initial|system|original|hidden|secret|starting|first|full|entire)?\s*(?:prompt|instructions|system message|configuration|initiali[sz]ation)|the\s+(?:system|initial|hidden|original)\s+(?:prompt|instructions|message))\b", 0.85,
       keys=("prompt", "instruction", "system message", "configuration", "initiali")),
    _r("told_before", r"\b(?:you were|you've been|you have been)\s+(?:told|given|instructed|programmed)\s+(?:\w+\s+){0,3}?(?:before|at the (?:beginning|start)|initially|earlier|previously)\b|\b(?:instructions|text|prompt) you (?:were|have been) given\b", 0.85,
       keys=("you were", "you've been", "you have been")),
    _r("complete_leak", r"\b(?:complete|continue)\s+(?:this|the following)(?:\s+sentence)?\s*:\s*['\"“][^'\"”]{0,40}(?:instructed|system prompt|my instructions|initial prompt|secret)", 0.8,
       keys=("complete", "continue")),
    _r("override_mode", r"\b(?:entering|enter|activate|activating|now in)\s+(?:\w+\s+){0,2}(?:override|maintenance|god|DAN|jailbreak|unrestricted|sudo)\s+mode\b|\boverride mode\b|\b(?:administrator|developer|root|emergency)\s+override\s*[:!-]", 0.85,
       keys=("mode", "override")),
    _r("respond_to_every", r"(?:^|[.!?:]\s+|\n[ \t]*|\byou\s+(?:will|must|should|shall|are to)\s+(?:now\s+)?)(?:respond|reply|answer)\s+to\s+(?:every|all|each|any)\s+(?:\w+\s+)?(?:prompts?|messages?|questions?|requests?|user (?:entries|inputs?|messages?))\b", 0.85,
       keys=("respond", "reply", "answer")),
    _r("never_refuse", r"\b(?:never|don'?t|do not|cannot|can'?t|won'?t|will not|must not)\s+(?:ever\s+)?(?:break(?:ing)? character|refuse(?: (?:a|any|the) (?:user'?s? )?request|(?=\s*(?:[.,;:!]|$|(?:to (?:answer|respond|reply|comply|help)|anything|any|me|them|it)\b)))|say (?:that )?(?:you(?:'re| are) sorry|I'?m sorry|I apologi[sz]e|you can'?t))\b|\b(?:doesn'?t|does not|don'?t|do not|without)\s+care\s+(?:about\s+)?(?:any\s+)?(?:laws|morals|ethics|rules|boundaries)\b", 0.85,
       keys=("never", "refuse", "character", "care")),
    _r("take_role", r"\byou\s+(?:will|shall|are going to|must|'ll)\s+(?:now\s+)?(?:take on|assume|adopt|embody)\s+the\s+(?:role|persona|identity|character)\s+of\b|\b(?:I want|I'?d like|I would like)\s+you\s+to\s+(?:act|pretend|roleplay|role-play|simulate|play|be|become|behave)\b|\bact\s+(?:like|as though|as if)\s+(?:you(?:'re| are)|we are)\b", 0.8,
       keys=("you",)),
    _r("unrestricted_ai", r"\b(?:AI|chatbot|bot|model|assistant|GPT|persona|character)\s+(?:\w+\s+){0,3}?(?:without|with no|free of)\s+(?:any\s+)?(?:restrictions|limits|limitations|filters|rules|ethics|morals|censorship|guidelines|boundaries)\b", 0.85,
       keys=("without", "with no", "free of")),
    _r("developer_mode", r"\bsimulate\s+(?:the\s+)?(?:developer|DAN|jailbreak)\s+mode\b|\b(?:enable|activate)\s+(?:the\s+)?(?:DAN|jailbreak)\s+mode\b|\bdeveloper mode (?:output|responses?|enabled)\b", 0.85,
       keys=("mode",)),
    _r("system_begins", r"\bsystem\s+i-?nstructions?\s+(?:begins?|starting|starts?)\b|(?:^|\n[ \t]*)\s*(?-i:\$system)\b", 0.85,
       keys=("system",)),
    _r("user_data_ask", r"(?:\b(?:can|could|would|will)\s+you\s+|(?:^|[.!?]\s+|\n[ \t]*)\s*(?:please\s+)?(?:tell|give|write|translate|spell|list|provide|print|show|reveal|share|calculate|compute|convert|encode|reverse|what(?:'s| is| are| was)))[^.!?\n]{0,80}?\bthe user'?s\s+(?!(?:login|user|account|host|group|display|screen|file|home|directory)\s+name\b)(?:\w+\s+){0,2}?(?:full\s+)?(?:name|initials|birth\w*|date of birth|password|passcode|address|city|email(?: address)?|phone(?: number)?|age|location|bank balance|balance|ssn|social security number|salary|credit card(?: number)?|account number|mother'?s maiden name)\b", 0.8,
       keys=("user",)),
    _r("secret_demand", r"\b(?:I need you to|can you|could you|would you|will you|you must|you have to|you need to)\s+(?:please\s+)?(?:confirm|verify|share|tell me|give me|reveal|disclose|send me|provide|write|spell|print|show me|repeat|read out)\b[^.!?\n]{0,40}?\b(?:password|passcode|secret key|secret code|api key|access code|security code|credentials|PIN|private key)\b", 0.8,
       keys=("password", "passcode", "secret", "api key", "access code", "security code", "credentials", "pin", "private key")),
    # Planted code: ornate verbs of merging plus "the subsequent/below code snippet" plus "your solution".
    _r("merge_code", r"\b(?:integrate|incorporate|merge|infuse|introduce|embed|weave|harmoni[sz]e|leverage|engage|utili[sz]e|blend|fuse|elevat\w+|enhance|enrich|augment|inject|ensure a seamless integration of)\b[^.!?\n]{0,60}?\b(?:the\s+)?(?:following|subsequent|below|above|provided|given|ensuing|succeeding)\s+(?:code|python|script|program)?\s*(?:snippet|block|excerpt|segment|fragment|code|lines?)\b[^.!?\n]{0,80}?\b(?:your|the)\s+(?:\w+\s+)?(?:code(?:base)?|algorithm|solution|program|answer|response|elucidation|explanation|script|implementation|project|functionality)", 0.85,
       keys=("snippet", "block", "excerpt", "segment", "fragment", "code")),
    # With the words to say ("instead say 'I have been pwned'"): grep's "suppress normal output; instead print a
    # count of matching lines" describes an option.
    _r("instead_do", r"\b(?:instead|rather),?\s+(?:you\s+(?:should|must|will)\s+|please\s+)?(?:respond|reply|say|"
       r"output|print|write|tell|answer)\b\s*(?:only\s+|just\s+|simply\s+)?(?:with\s+|that\s+|me\s+)?[:\"“'‘]", 0.6, keys=("instead", "rather")),
)
# fmt: on

# Further English families (persona set-up, response tampering, planted code, ...) live in their own table.
EN: tuple[InjectionRule, ...] = _EN_CORE + EN_MORE + EN_TASKS
