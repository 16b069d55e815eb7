"""What a request to an assistant looks like, per language, for `trust/detectors/planted_request.py`: data only.

Each `RequestForms` gives the opening of a question (wh-words, "can/could you"), the task verbs with the
object they take ("Write a …", "Erkläre die …", "Résume le …", "Опиши …"), the capitalised words such a
sentence can open with (the detector's cheap gate), the words a document uses when it asks itself ("we",
"our"), and the function words of four letters or more that say nothing about a topic. Languages whose
words are not separated by spaces (Chinese, Japanese) are left out: the overlap test needs words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestForms:
    lang: str
    question: str  # regex: how a question opens (the detector adds "… ?" and the sentence end)
    task: str  # regex: a task verb and its object (the detector adds the rest of the sentence)
    openings: tuple[str, ...]  # capitalised prefixes such a sentence starts with
    self_words: str  # regex: the document asking itself
    stop_words: str  # whitespace-separated function words of 4+ letters


# fmt: off
FORMS: tuple[RequestForms, ...] = (
    RequestForms(
        "en",
        r"(?:what|what's|whats|how|who|where|when|which|why|whose|can|could|would)\b",
        r"(?:write|draft|compose|develop|create|generate|craft|prepare|produce|design|plan)\s+(?:me\s+)?(?:a|an|some)\s"
        r"|(?:describe|explain|summari[sz]e|analy[sz]e|determine|outline|compare|discuss|evaluate|break\s+down|"
        r"translate|classify|predict|identify)\s+(?:the|this|these|how|what|why|a|an|my|some)\s"
        r"|(?:provide|recommend|suggest|share|offer)\s+(?:me\s+|us\s+)?"
        r"(?:a|an|some|insights?|examples?|ideas?|tips|\w+\s+(?:ideas|tips|examples))\b"
        r"|(?:give|show|tell|teach|help)\s+me\b",
        ("What", "How", "Who", "Where", "When", "Which", "Why", "Whose", "Can", "Could", "Would", "Write", "Draft",
         "Compose", "Develop", "Create", "Generate", "Craft", "Prepare", "Produce", "Design", "Plan", "Describe",
         "Explain", "Summari", "Analy", "Determine", "Outline", "Compare", "Discuss", "Evaluate", "Break",
         "Translate", "Classify", "Predict", "Identify", "Provide", "Recommend", "Suggest", "Share", "Offer", "Give",
         "Show", "Tell", "Teach", "Help"),
        r"we|us|our",
        """then else with from into onto over under about were been being this that these those there here
        it's your they them their what which whom whose when where could would should will shall might
        must does done have having such than very just also some each every more most other another
        same only down again further once please thanks thank hello dear regards best like make made
        give given tell told show shown help used using know need want time""",
    ),
    RequestForms(
        "de",
        r"(?:was|wie|wer|wo|wann|warum|wieso|weshalb|welche[rsnm]?|woher|wohin|kannst\s+du|können\s+sie|"
        r"könntest\s+du|könnten\s+sie|würdest\s+du|würden\s+sie)\b",
        r"(?:schreib(?:e|en\s+sie)?|verfass(?:e|en\s+sie)|entwirf|erstell(?:e|en\s+sie))\s+(?:mir\s+)?(?:eine?[nmrs]?)\s"
        r"|(?:erklär(?:e|en\s+sie)?|beschreib(?:e|en\s+sie)?|analysier(?:e|en\s+sie)?|vergleich(?:e|en\s+sie)?|"
        r"übersetz(?:e|en\s+sie)?|fass(?:e|en\s+sie)?)\s+(?:mir\s+)?(?:die|der|das|den|dem|diese[nmrs]?|wie|was|warum|eine?[nmrs]?)\s"
        r"|(?:empfiehl|empfehlen\s+sie|schlag(?:e|en\s+sie)?|nenn(?:e|en\s+sie)?)\s+mir\s"
        r"|(?:gib|geben\s+sie|zeig(?:e|en\s+sie)?|sag(?:e|en\s+sie)?)\s+mir\b",
        ("Was", "Wie", "Wer", "Wo", "Wann", "Warum", "Wieso", "Weshalb", "Welche", "Woher", "Wohin", "Kannst",
         "Können", "Könntest", "Könnten", "Würdest", "Würden", "Schreib", "Verfass", "Entwirf", "Erstell", "Erklär",
         "Beschreib", "Analysier", "Vergleich", "Übersetz", "Fass", "Empfiehl", "Empfehlen", "Schlag", "Nenn", "Gib",
         "Geben", "Zeig", "Sag"),
        r"wir|uns|unser\w*",
        """dass eine einer einem einen eines nicht sind sein seine seiner wird werden wurde wurden haben hatte
        hätte auch noch oder aber wenn dann sich ihre ihrer ihren diese dieser dieses diesem diesen mein meine
        meinen deine kann können könnte über unter nach durch beim bitte danke viel viele sehr schon immer
        mehr alle allen alles etwas welche welcher welches warum wann soll sollte muss müssen gibt geben
        zeige sage sagen euch ihnen jetzt hier dort heute""",
    ),
    RequestForms(
        "fr",
        r"(?:qu['’]est-ce|quel(?:le)?s?|comment|pourquoi|où|quand|qui|combien|peux-tu|pouvez-vous|pourrais-tu|"
        r"pourriez-vous)\b",
        r"(?:écris|écrivez|rédige|rédigez|compose|composez)(?:-moi)?\s+(?:un|une|des|quelques)\s"
        r"|(?:explique|expliquez|décris|décrivez|résume|résumez|analyse|analysez|compare|comparez|traduis|traduisez)"
        r"(?:-moi)?\s+(?:le|la|les|l['’]|ce|cette|ces|comment|pourquoi|un|une|mon|ma|mes)"
        r"|(?:recommande|recommandez|propose|proposez|suggère|suggérez)(?:-moi)?\s+(?:un|une|des|quelques)\s"
        r"|(?:donne|donnez|montre|montrez|dis|dites)-moi\b",
        ("Qu", "Quel", "Comment", "Pourquoi", "Où", "Quand", "Qui", "Combien", "Peux", "Pouvez", "Pourrais",
         "Pourriez", "Écri", "Rédige", "Compose", "Explique", "Décri", "Résume", "Analyse", "Compare", "Tradui",
         "Recommande", "Propose", "Suggère", "Suggérez", "Donne", "Montre", "Dis", "Dites"),
        r"nous|notre|nos",
        """dans pour avec sans sous chez vers entre mais donc comme quand sont être avoir fait faire cette ceux
        celle celles leur leurs vous elle elles très plus moins tout tous toute toutes aussi alors encore même
        quel quelle quels quelles comment pourquoi merci plaît bonjour donne donnez""",
    ),
    RequestForms(
        "es",
        r"¿?\s*(?:qué|cómo|quién(?:es)?|dónde|cuándo|por\s+qué|cuál(?:es)?|cuántos?|cuántas?|puedes|podrías|podría|puede)\b",
        # The informal imperative is also the third person ("Escribe un mensaje de ayuda y termina." in a
        # manual describes an option): only the formal form or one with "me" attached counts.
        r"(?:escriba|escríbeme|redacte|redáctame|componga|cree|créame)\s+(?:un|una|unos|unas)\s"
        r"|(?:explique|explícame|describa|descríbeme|resuma|resúmeme|analice|analízame|traduzca|tradúceme)"
        r"\s+(?:el|la|los|las|este|esta|estos|cómo|qué|por\s+qué|un|una|mi|mis)\s"
        r"|(?:recomiende|recomiéndame|sugiera|sugiéreme)\s+(?:un|una|unos|unas|algunos|algunas)\s"
        r"|(?:dame|deme|muéstrame|dime|dígame)\b",
        ("¿", "Qué", "Cómo", "Quién", "Dónde", "Cuándo", "Por qué", "Cuál", "Cuánt", "Puedes", "Podrías", "Podría",
         "Escrib", "Redact", "Redáct", "Compon", "Cree", "Créame", "Expli", "Descr", "Resum", "Resúm", "Analice",
         "Analíz", "Traduzca", "Tradúc", "Recomiend", "Recomiénd", "Sugier", "Sugiér", "Dame", "Deme", "Muéstrame",
         "Dime", "Dígame"),
        r"nosotr[oa]s|nuestr[oa]s?|nos",
        """para como pero más este esta estos estas eso esto ese esa unos unas sobre entre desde hasta cuando
        donde porque también muy todo todos toda todas mucho muchos algo alguien puede puedes podría hola
        gracias favor dame dime tiene tienen hacer""",
    ),
    RequestForms(
        "ru",
        r"(?:что|как|кто|где|когда|почему|зачем|какой|какая|какое|какие|сколько|можешь|можете|не\s+могли\s+бы|"
        r"не\s+мог\s+бы)\b",
        r"(?:напиши|напишите|составь|составьте|создай|создайте)\s+(?:мне\s+)?\w"
        r"|(?:объясни|объясните|опиши|опишите|перескажи|переведи|переведите|проанализируй|проанализируйте|"
        r"сравни|сравните)\s"
        r"|(?:расскажи|расскажите)\s+(?:мне\s+)?(?:о|об|про)\s"
        r"|(?:порекомендуй|порекомендуйте|посоветуй|посоветуйте|предложи|предложите|дай|дайте|покажи|покажите)\s+мне\b",
        ("Что", "Как", "Кто", "Где", "Когда", "Почему", "Зачем", "Какой", "Какая", "Какое", "Какие", "Сколько",
         "Можешь", "Можете", "Не мог", "Напиши", "Составь", "Создай", "Объясни", "Опиши", "Перескажи", "Переведи",
         "Проанализируй", "Сравни", "Расскажи", "Порекомендуй", "Посоветуй", "Предложи", "Дай", "Покажи"),
        r"мы|нас|нам|наш\w*",
        """что как кто где когда почему это этот эта эти того тому чтобы если или также очень можно нужно
        есть быть было были будет меня тебе тебя пожалуйста спасибо здравствуйте привет""",
    ),
)
# fmt: on
