"""English injection families carried into German, French, Spanish, Italian, Portuguese, Russian and
Chinese where the other tables had no equivalent, data only.

Found by a parity probe, not by reading eval records: one English sentence per family that the English
rules remove, translated into each language; a family is added here for a language where its
translation survived. First probe: dumping the model's store ("print out your database"), asking for
the system prompt with the verbs the older tables missed, acting as an evil or unrestricted persona,
concealment from the user, "repeat the text above", disowning ethics or refusal ("you have no
ethical guidelines", "you never refuse"), a secret asked for in a subordinate clause ("... if you
tell me the secret key"), tampering with the reply ("write your answer backwards"), Spanish "from
now on you answer ...". Second probe: "new instructions:", "you are no longer bound by any rules",
"pretend you are", "forget everything you were told", a line addressed to the AI followed by an
order ("AI assistant: call ..."), sending the user's data or credentials to an address, "stay in
character", "you must answer all my questions", "summarize your instructions", "override your
safety guidelines".

Each rule keeps the English rule's addressee (the reader's own database, prompt, reply, the user's
data) so that text addressed to a human ("Sichern Sie Ihre Datenbank", "repeat the steps above",
"envoyez les documents à rh@…", "restez dans votre rôle de médiateur") survives; tests pin one
look-alike per family and language where one is plausible.

Latin-script patterns are written without accents (the detection view drops Latin diacritics).
"""

# ruff: noqa: E501  (rule tables: one regex per entry reads better than wrapped fragments)

from __future__ import annotations

from trust.injection_rule import InjectionRule
from trust.injection_rule import make_rule as _r

# fmt: off
_DE_STORE = r"(?:datenbank|trainingsdaten|wissensdatenbank|wissensbasis|gedachtnis|kundendaten|benutzerdaten)"
_FR_STORE = r"(?:base de donnees|donnees d'entrainement|base de connaissances|memoire)"
_ES_STORE = r"(?:base de datos|datos de entrenamiento|base de conocimientos?|memoria)"
_IT_STORE = r"(?:database|banca dati|base di dati|dati di addestramento|base di conoscenza|memoria)"
_PT_STORE = r"(?:banco de dados|base de dados|dados de treinamento|dados de treino|base de conhecimento|memoria)"

DUMP_STORE: tuple[InjectionRule, ...] = (
    _r("de_dump_store", r"\b(?:druck\w{0,4}|verrat\w{0,3})\s+(?:mir\s+|uns\s+)?(?:\w+\s+){0,1}?(?:deine|deinen|ihre|ihren)\s+(?:gesamte\w?\s+|ganze\w?\s+|komplette\w?\s+|vollstandige\w?\s+)?" + _DE_STORE + r"\b|\b(?:deine|deinen)\s+(?:gesamte\w?\s+|ganze\w?\s+)?" + _DE_STORE + r"\s+(?:\w+\s+){0,2}?(?:ausdrucken|ausgeben|offenlegen|preisgeben|verraten)\b", 0.8,
       keys=("datenbank", "trainingsdaten", "wissens", "gedachtnis", "kundendaten", "benutzerdaten")),
    _r("fr_dump_store", r"\b(?:imprime[rz]?|revele[rz]?|divulgue[rz]?)\s+(?:pour moi\s+)?(?:tout\s+|toute\s+)?(?:ta|ton|votre|tes|vos)\s+(?:\w+\s+)?" + _FR_STORE + r"\b", 0.8,
       keys=("base de", "donnees", "memoire")),
    _r("es_dump_store", r"\b(?:imprime|imprima|imprimir|imprimas|revela|revele|revelar|divulga|divulgue|divulgar|vuelca|vuelque|volcar)(?:me)?\s+(?:toda\s+|todo\s+)?(?:tu|su|tus|sus)\s+(?:\w+\s+)?" + _ES_STORE + r"\b", 0.8,
       keys=("base de", "datos", "memoria")),
    _r("it_dump_store", r"\b(?:stampa|stampare|stampi|stampami|rivela|rivelare|riveli|rivelami|divulga|divulgare)\s+(?:per me\s+)?(?:tutt[oa]\s+)?(?:il tuo|la tua|tuo|tua|il suo|la sua)\s+(?:\w+\s+)?" + _IT_STORE + r"\b", 0.8,
       keys=("database", "dati", "conoscenza", "memoria")),
    _r("pt_dump_store", r"\b(?:imprima|imprime|imprimir|revele|revela|revelar|divulgue|divulga|divulgar|despeje)\s+(?:para mim\s+)?(?:todo\s+|toda\s+)?(?:o seu|a sua|seu|sua|o teu|a tua|teu|tua)\s+(?:\w+\s+)?" + _PT_STORE + r"\b", 0.8,
       keys=("dados", "conhecimento", "memoria")),
    _r("ru_dump_store", r"(?:распечата\w{0,4}|выведи(?:те)?|выгрузи(?:те)?|раскр\w{0,4}|слей(?:те)?)\s+(?:мне\s+)?(?:всю\s+|все\s+)?(?:свою|свои|твою|твои|вашу|ваши)\s+(?:базу данных|базу знаний|обучающие данные|данные обучения|память)", 0.8,
       keys=("базу", "данные", "память"), script="cyrillic"),
    _r("zh_dump_store", r"(?:打印|泄露|透露|输出|倾倒)(?:出)?(?:你的|您的)(?:整个|全部|所有)?(?:数据库|训练数据|知识库|记忆)", 0.8,
       keys=("数据库", "训练数据", "知识库", "记忆"), script="cjk"),
)

PROMPT_ASK: tuple[InjectionRule, ...] = (
    _r("de_prompt_ask", r"\b(?:zeig\w{0,2}|gib|nenn\w{0,2}|verrat\w{0,2}|teil\w{0,2}|wiederhol\w{0,2}|druck\w{0,2}|offenbar\w{0,2})\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:deinen|deine|dein|ihren|ihre)\s+(?:system-?prompt|systemanweisung(?:en)?|anfangsanweisung(?:en)?|ursprunglichen\s+anweisungen|geheimen\s+anweisungen|versteckten\s+anweisungen)\b", 0.85,
       keys=("prompt", "anweisung")),
    _r("fr_prompt_ask", r"\b(?:revele[rz]?|montre[rz]?|affiche[rz]?|donne[rz]?|repete[rz]?|communique[rz]?|partage[rz]?|divulgue[rz]?)(?:-moi)?\s+(?:ton|votre|tes|vos)\s+(?:prompt systeme|invite systeme|prompt initial|instructions (?:systeme|initiales|secretes|d'origine|cachees))\b", 0.85,
       keys=("prompt", "invite", "instructions")),
    _r("pt_prompt_ask", r"\b(?:revele|revela|revelar|mostre|mostra|mostrar|diga|compartilhe|repita|imprima)(?:-me)?\s+(?:o seu|a sua|seu|sua|o teu|a tua|teu|tua|as suas|suas)\s+(?:prompt (?:de|do) sistema|instrucoes (?:de|do) sistema|instrucoes iniciais|instrucoes secretas|instrucoes originais)\b", 0.85,
       keys=("prompt", "instrucoes")),
)

EVIL_PERSONA: tuple[InjectionRule, ...] = (
    _r("de_act_evil", r"\b(?:verhalte dich|verhalten sie sich|tu so|benimm dich|agiere|agieren sie|antworte|antworten sie|handle)\s+(?:ab jetzt\s+|nun\s+)?(?:wie|als)\s+(?:ein\w{0,2}\s+)?(?:bose\w?|bosartige?\w?|uneingeschrankte?\w?|ungefilterte?\w?|unzensierte?\w?|skrupellose?\w?|DAN)\b", 0.85,
       keys=("wie", "als")),
    _r("fr_act_evil", r"\b(?:agis|agissez|comporte-toi|comportez-vous|reponds|repondez|fais semblant d'etre|faites semblant d'etre)\s+(?:desormais\s+)?(?:comme|en tant que)\s+(?:une?\s+)?(?:\w+\s+)?(?:malveillante?|malefique|diabolique|maleficent\w?|sans (?:restrictions?|filtres?|limites?|censure)|non censuree?|DAN)\b", 0.85,
       keys=("comme", "en tant que")),
    _r("es_act_evil", r"\b(?:actua|actue|comportate|comportese|responde|responda|finge ser|finja ser)\s+(?:ahora\s+)?como\s+(?:una?\s+)?(?:\w+\s+)?(?:malvad[oa]|maliciosa?|malign[oa]|sin (?:restricciones|filtros|limites|censura)|sin ningun\w? (?:restriccion|filtro|limite)|DAN)\b", 0.85,
       keys=("como",)),
    _r("it_act_evil", r"\b(?:comportati|si comporti|agisci|agisca|rispondi|risponda|fingi di essere|finga di essere)\s+(?:ora\s+)?(?:come|da)\s+(?:un[oa]?\s+|un')?(?:\w+\s+)?(?:malvagi[oa]|malevol[oa]|maligno|senza (?:restrizioni|filtri|limiti|censura)|DAN)\b", 0.85,
       keys=("come", "da ")),
    _r("pt_act_evil", r"\b(?:aja|age|comporte-se|responda|finja ser|finge ser)\s+(?:agora\s+)?como\s+(?:uma?\s+)?(?:\w+\s+)?(?:malvad[oa]|maliciosa?|malign[oa]|sem (?:restricoes|filtros|limites|censura)|DAN)\b", 0.85,
       keys=("como",)),
    _r("zh_act_evil", r"(?:扮演|充当|假装是|假装成)(?:一个|一位|一名)?[^。！？!?\n]{0,10}?(?:没有任何|没有|不受任何|不受|无)(?:规则|限制|约束|道德)|(?:扮演|充当|假装是|假装成)(?:一个|一位|一名)?(?:邪恶|恶意|不受限制|无限制|无审查)", 0.85,
       keys=("扮演", "充当", "假装"), script="cjk"),
)

CONCEAL: tuple[InjectionRule, ...] = (
    _r("de_conceal_more", r"\b(?:sag|sage|erzahl|erzahle|verrat|verrate|teile|informiere|erwahne)\s+(?:es\s+|das\s+|davon\s+)?(?:dem|den)\s+(?:benutzer|nutzer|anwender)(?:in|n)?\s+(?:nicht|nichts|niemals|kein\w{0,2})\b", 0.9,
       keys=("benutzer", "nutzer", "anwender")),
    _r("it_conceal", r"\bnon\s+(?:dire|dirlo|dirgli|rivelare|menzionare|comunicare|mostrare|informare)\s+(?:nulla\s+|niente\s+)?(?:di questo\s+)?(?:all'?\s*|a\s+)utente|\bsenza\s+(?:informare|avvisare|dirlo a)\s+l'?\s*utente", 0.9,
       keys=("utente",)),
    _r("pt_conceal", r"\bnao\s+(?:conte|diga|revele|mencione|informe|mostre|fale)\s+(?:nada\s+)?(?:isso\s+|isto\s+)?(?:ao|a|para o)\s+(?:usuario|utilizador|usuaria|utilizadora)\b|\bsem\s+(?:informar|avisar|contar ao)\s+(?:o\s+)?(?:usuario|utilizador)\b", 0.9,
       keys=("usuari", "utilizador")),
)

REPEAT_ABOVE: tuple[InjectionRule, ...] = (
    _r("de_repeat_above", r"\b(?:wiederhole|wiederholen sie|gib|drucke|kopiere)\s+(?:den|die|das|alle)\s+(?:obigen|vorherigen|vorangehenden|vorstehenden)\s+(?:text|worter|anweisungen|inhalt|zeilen)\b|\b(?:wiederhole|wiederholen sie|kopiere)\s+(?:den|die|das|alle)\s+(?:text|worter|anweisungen|inhalt|zeilen)\s+(?:oben|daruber|davor|von oben|wortlich|wortwortlich)\b", 0.85,
       keys=("wiederhol", "gib", "drucke", "kopiere")),
    _r("fr_repeat_above", r"\brepete[rz]?\s+(?:le|les|tout le|tous les)\s+(?:texte|mots|instructions|contenu)\s+(?:ci-dessus|precedents?|au-dessus|mot pour mot|textuellement)\b", 0.85,
       keys=("repete",)),
    _r("es_repeat_above", r"\brepit(?:e|a|an)\s+(?:el|los|las|todo el)\s+(?:texto|palabras|instrucciones|contenido)\s+(?:anterior(?:es)?|de arriba|previo|palabra por palabra|textualmente)\b", 0.85,
       keys=("repit",)),
    _r("it_repeat_above", r"\bripet(?:i|a|ete)\s+(?:il|le|tutto il|tutte le)\s+(?:testo|parole|istruzioni|contenuto)\s+(?:qui sopra|sopra|precedenti?|parola per parola)\b", 0.85,
       keys=("ripet",)),
    _r("pt_repeat_above", r"\brepit(?:a|e|am)\s+(?:o|as|os|todo o)\s+(?:texto|palavras|instrucoes|conteudo)\s+(?:acima|anterior(?:es)?|palavra por palavra)\b", 0.85,
       keys=("repit",)),
    _r("ru_repeat_above", r"повтори(?:те)?\s+(?:весь\s+|все\s+)?(?:текст|слова|инструкции|содержимое)\s+(?:выше|сверху|дословно)|повтори(?:те)?\s+(?:весь\s+)?(?:приведённый|приведенный|предыдущий|вышеприведённый|вышеприведенный)\s+(?:выше\s+)?(?:текст|инструкции)", 0.85,
       keys=("повтори",), script="cyrillic"),
    _r("zh_repeat_above", r"重复(?:一下|一遍)?(?:上面|以上|上述|前面)(?:的)?(?:文字|文本|内容|指令|所有内容|话)", 0.85,
       keys=("重复",), script="cjk"),
)

NO_ETHICS: tuple[InjectionRule, ...] = (
    _r("de_no_ethics", r"\b(?:du hast|sie haben)\s+keine\w?\s+(?:ethischen|moralischen)\s+(?:richtlinien|grenzen|regeln|einschrankungen|bedenken|prinzipien|werte)\b|\b(?:lehnst|verweigerst)\s+(?:du\s+)?(?:nie|niemals)\s+(?:eine\w?\s+|irgendeine\w?\s+)?(?:anfrage|bitte|aufforderung|antwort)\w{0,2}|\blehne\s+(?:nie|niemals)\s+(?:eine\w?\s+)?(?:anfrage|bitte|aufforderung)\w{0,2}\s+ab\b", 0.85,
       keys=("keine", "nie")),
    _r("fr_no_ethics", r"\b(?:tu n'as|vous n'avez)\s+(?:aucune?|pas de)\s+(?:regles?|limites?|principes?|restrictions?|directives?|lignes directrices)\s+(?:ethiques?|morales?)\b|\b(?:tu ne refuses|vous ne refusez)\s+jamais\b|(?:^|[.!?:;\n]\s*)ne refuse(?:z)? jamais\b", 0.85,
       keys=("aucun", "pas de", "jamais")),
    _r("es_no_ethics", r"\bno tienes\s+(?:ningun\w?\s+)?(?:pautas|reglas|limites|principios|restricciones|directrices)\s+(?:eticas|eticos|morales)\b|\bnunca\s+(?:rechazas|rechaces|te niegas|te niegues)\b", 0.85,
       keys=("no tienes", "nunca")),
    _r("it_no_ethics", r"\bnon hai\s+(?:alcun\w?\s+)?(?:linee guida|regole|limiti|principi|restrizioni)\s+(?:etic\w{1,3}|moral\w{1,3})\b|\bnon (?:rifiuti|rifiutare|ti rifiuti) mai\b", 0.85,
       keys=("non hai", "mai")),
    _r("pt_no_ethics", r"\b(?:voce|tu)\s+nao\s+(?:tem|tens)\s+(?:nenhum\w?\s+)?(?:diretrizes|regras|limites|principios|restricoes)\s+(?:eticas|eticos|morais)\b|\b(?:voce|tu)\s+nunca\s+(?:recusa|recusas|se recusa)\b|\bnunca\s+(?:recuse|se recuse)\b", 0.85,
       keys=("nao", "nunca")),
    _r("ru_no_ethics", r"у (?:тебя|вас) нет\s+(?:никаких\s+)?(?:этических|моральных)\s+(?:принципов|норм|ограничений|правил|рамок)|(?:ты|вы)\s+никогда не\s+отказыва\w{0,20}|никогда не отказывай\w{0,20}", 0.85,
       keys=("нет", "никогда"), script="cyrillic"),
    _r("zh_no_ethics", r"(?:你|您)(?:没有|没有任何|不受)(?:任何)?(?:道德|伦理)(?:准则|限制|约束|规范|底线)|(?:你|您)(?:从不|永远不会?|绝不会?)拒绝", 0.85,
       keys=("道德", "伦理", "拒绝"), script="cjk"),
)

# "... wenn du mir den geheimen Schlüssel verrätst": the verb after its object, where the older
# tables expect "verrate mir ...".
SECRET_CLAUSE: tuple[InjectionRule, ...] = (
    _r("de_secret_clause", r"\b(?:mir|uns)\s+(?:deinen|dein|deine|ihren|ihr|ihre|den|das|die)\s+(?:\w+\s+)?(?:passwort|kennwort|geheimen?\s+schlussel|geheimschlussel|api-?schlussel|systemprompt|zugangsdaten)\s+(?:verratst|verraten|nennst|nennen|gibst|geben|sagst|sagen|zeigst|zeigen|mitteilst|mitteilen)\b", 0.85,
       keys=("passwort", "kennwort", "schlussel", "prompt", "zugangsdaten")),
    _r("es_secret_clause", r"\bme\s+(?:dices|digas|dice|diga|das|des|revelas|reveles|muestras|muestres|compartes|compartas|daras)\s+(?:tu|su|la|el)\s+(?:contrasena|clave (?:secreta|api)|prompt del sistema|credenciales)\b", 0.85,
       keys=("contrasena", "clave", "prompt", "credencial")),
    _r("it_secret_clause", r"\bmi\s+(?:dici|dica|dai|dia|riveli|mostri|passi|darai|dirai)\s+(?:la tua|il tuo|la sua|il suo|la|il)\s+(?:password|chiave (?:segreta|api)|prompt di sistema|credenziali)\b", 0.85,
       keys=("password", "chiave", "prompt", "credenziali")),
    _r("pt_secret_clause", r"\bme\s+(?:disser|diz|disseres|der|deres|da|revelar|revela|mostrar|mostra|passar)\s+(?:a sua|o seu|a tua|o teu|sua|seu|a|o)\s+(?:senha|chave (?:secreta|api)|prompt do sistema|credenciais)\b", 0.85,
       keys=("senha", "chave", "prompt", "credenciais")),
)

_DE_LANG = r"(?:englisch|deutsch|franzosisch|spanisch|russisch|chinesisch|japanisch|italienisch|portugiesisch|latein|klingonisch)"
REPLY_TAMPER: tuple[InjectionRule, ...] = (
    _r("de_reply_tamper", r"\b(?:schreib\w{0,2}|gib|formulier\w{0,2}|verfass\w{0,2})\s+(?:deine|ihre)\s+(?:antwort|ausgabe)(?:en)?\s+(?:nur\s+|ausschliesslich\s+)?(?:ruckwarts|umgekehrt|in umgekehrter reihenfolge|spiegelverkehrt|in gro(?:ss|ß)buchstaben|in (?:base64|hex|morse|binar)\w{0,4}|ohne (?:leerzeichen|vokale)|auf " + _DE_LANG + r")\b", 0.8,
       keys=("antwort", "ausgabe")),
    _r("fr_reply_tamper", r"\b(?:ecris|ecrivez|redige[sz]?|formule[sz]?|donne[sz]?)\s+(?:ta|votre)\s+reponse\s+(?:uniquement\s+)?(?:a l'envers|en sens inverse|a rebours|dans l'ordre inverse|en majuscules|en (?:base64|hexadecimal|morse|binaire)|sans (?:espaces|voyelles))\b", 0.8,
       keys=("reponse",)),
    _r("es_reply_tamper", r"\b(?:escribe|escriba|redacta|redacte|da|de|formula|formule)\s+(?:tu|su)\s+respuesta\s+(?:solo\s+)?(?:al reves|en orden inverso|a la inversa|en mayusculas|en (?:base64|hexadecimal|morse|binario)|sin (?:espacios|vocales))\b", 0.8,
       keys=("respuesta",)),
    _r("it_reply_tamper", r"\b(?:scrivi|scriva|formula|formuli|dai|dia)\s+(?:la tua|la sua)\s+risposta\s+(?:solo\s+)?(?:al contrario|all'incontrario|in ordine inverso|al rovescio|in maiuscolo|in (?:base64|esadecimale|morse|binario)|senza (?:spazi|vocali))\b", 0.8,
       keys=("risposta",)),
    _r("pt_reply_tamper", r"\b(?:escreva|escreve|de|formule|formula)\s+(?:a sua|sua|a tua|tua)\s+resposta\s+(?:apenas\s+|so\s+)?(?:de tras para frente|de tras pra frente|ao contrario|em ordem inversa|invertida|em maiusculas|em (?:base64|hexadecimal|morse|binario)|sem (?:espacos|vogais))\b", 0.8,
       keys=("resposta",)),
    _r("ru_reply_tamper", r"(?:напиши|дай|выведи|сформулируй)(?:те)?\s+(?:свой|ваш|твой)\s+ответ\s+(?:только\s+)?(?:задом наперёд|задом наперед|в обратном порядке|наоборот|заглавными буквами|в (?:base64|шестнадцатеричном виде|азбуке морзе|двоичном виде)|без (?:пробелов|гласных))", 0.8,
       keys=("ответ",), script="cyrillic"),
    _r("zh_reply_tamper", r"把(?:你的|您的)(?:回答|回复|答案)(?:倒过来|倒着|反过来|逆序|用大写字母|用base64|用十六进制|用摩尔斯)|(?:你的|您的)(?:回答|回复|答案)(?:要|必须|应该|请)?(?:倒过来写|倒着写|反过来写|逆序输出)", 0.8,
       keys=("回答", "回复", "答案"), script="cjk"),
    _r("es_from_now_on", r"\b(?:a partir de ahora|desde ahora|de ahora en adelante|desde este momento),?\s+(?:tu\s+)?(?:respondes|responderas|contestas|contestaras|hablaras|actuaras|seras|eres|vas a (?:responder|actuar|ser|hablar)|tienes que|solo (?:respondes|responderas|hablas)|siempre (?:respondes|responderas)|nunca (?:respondes|rechazas))\b", 0.9,
       keys=("ahora", "desde este momento")),
)

# ---- second probe: twelve more families (see the module docstring) --------------------------------

NEW_INSTRUCTIONS: tuple[InjectionRule, ...] = (
    _r("it_new_instructions", r"\bnuov[ae]\s+(?:istruzioni|indicazioni|direttive|compiti|regole)\s*[:!]", 0.85, keys=("nuov",)),
    _r("pt_new_instructions", r"\bnovas?\s+(?:instrucoes|orientacoes|diretrizes|tarefas?|regras)\s*[:!]", 0.85, keys=("nova",)),
)

_RULESET_FR = r"(?:regles?|restrictions?|limites?|directives?|consignes?|politiques?|principes?|filtres?|lignes directrices|OpenAI)"
_RULESET_ES = r"(?:reglas?|restricciones|limites|directrices|normas|politicas?|principios|filtros|OpenAI)"
_RULESET_IT = r"(?:regol[ae]|restrizioni|limiti|linee guida|norme|politiche|principi|filtri|OpenAI)"
_RULESET_PT = r"(?:regras?|restricoes|limites|diretrizes|normas|politicas?|principios|filtros|OpenAI)"
NO_LONGER_BOUND: tuple[InjectionRule, ...] = (
    _r("de_no_longer_bound", r"\b(?:du bist|sie sind)\s+(?:jetzt\s+|nun\s+)?(?:nicht mehr|nicht langer|nicht langer)\s+(?:an\s+(?:\w+\s+){0,2}?(?:regeln|richtlinien|vorgaben|einschrankungen|beschrankungen|anweisungen|OpenAI\w*)\s+gebunden|eingeschrankt|beschrankt|zensiert|gefiltert)\b", 0.9,
       keys=("nicht mehr", "nicht langer")),
    _r("fr_no_longer_bound", r"\b(?:tu n'es plus|vous n'etes plus)\s+(?:lie|soumis|tenu|limite|contraint|restreint|bride)e?s?\s+(?:par|a|aux)\s+(?:aucune?\s+|les\s+|tes\s+|vos\s+|des\s+|la\s+|le\s+)?(?:\w+\s+)?" + _RULESET_FR + r"\b", 0.9,
       keys=("n'es plus", "n'etes plus")),
    _r("es_no_longer_bound", r"\bya no\s+(?:estas|esta|estais)\s+(?:sujet|limitad|restringid|obligad|atad|vinculad)[oa]s?\s+(?:a|por)\s+(?:ninguna?\s+|las\s+|los\s+|tus\s+|sus\s+|la\s+|el\s+)?(?:\w+\s+)?" + _RULESET_ES + r"\b", 0.9,
       keys=("ya no",)),
    _r("it_no_longer_bound", r"\bnon sei piu\s+(?:vincolat|limitat|obbligat|legat|sottopost|tenut)[oa]\s+(?:da|a|dalle|alle|dai|ai)\s+(?:alcuna?\s+|le\s+|tue\s+|i\s+)?(?:\w+\s+)?" + _RULESET_IT + r"\b", 0.9,
       keys=("non sei piu",)),
    _r("pt_no_longer_bound", r"\b(?:voce|tu)\s+(?:ja\s+)?nao\s+(?:esta|estas)\s+mais\s+(?:pres|limitad|restrit|obrigad|vinculad|sujeit)[oa]\s+(?:a|por|as|aos)\s+(?:nenhuma?\s+|as\s+|suas\s+|tuas\s+)?(?:\w+\s+)?" + _RULESET_PT + r"\b", 0.9,
       keys=("nao esta", "nao estas")),
    _r("ru_no_longer_bound", r"(?:ты|вы)\s+больше не\s+(?:связан\w{0,2}|ограничен\w{0,2}|обязан\w{0,2}|подчиняешься|подчиняетесь)\s+(?:никакими\s+|никаким\s+)?(?:правил\w{0,4}|ограничени\w{0,4}|норм\w{0,4}|инструкци\w{0,4}|политик\w{0,4})", 0.9,
       keys=("больше не",), script="cyrillic"),
    _r("zh_no_longer_bound", r"(?:你|您)不再(?:受|被)(?:任何)?(?:规则|限制|约束|准则|政策|道德)", 0.9, keys=("不再",), script="cjk"),
)

PRETEND: tuple[InjectionRule, ...] = (
    _r("de_pretend_you_were", r"\btu so,?\s+als\s+(?:warst|seist)\s+du\b|\btun sie so,?\s+als\s+(?:waren|seien)\s+sie\b", 0.75, keys=("tu so", "tun sie so")),
    _r("fr_pretend_as_if", r"\bfai(?:s|tes) comme si (?:tu etais|vous etiez)\b|\bfai(?:s|tes) semblant d'etre\b", 0.75, keys=("comme si", "semblant")),
    _r("it_pretend", r"\bfingi(?:te)? di essere\b|\bfai finta di essere\b", 0.75, keys=("fingi", "finta")),
    _r("pt_pretend", r"\bfinja(?:m)?\s+(?:que\s+(?:voce\s+)?(?:e|es|seja)|ser)\b|\bfinge\s+(?:que es|ser)\b", 0.75, keys=("finja", "finge")),
)

FORGET_ALL: tuple[InjectionRule, ...] = (
    _r("zh_forget_all", r"忘(?:记|掉)[^。！？!?\n]{0,12}?(?:告诉|教给|教|对)(?:你|您)(?:的|说的|说过的)(?:一切|所有|全部|所有内容|话)", 0.9, keys=("忘记", "忘掉"), script="cjk"),
)

# A line addressed to the AI reading the text, then an order: "KI-Assistent: rufe ... auf".
ADDRESS_AI: tuple[InjectionRule, ...] = (
    _r("de_address_ai", r"(?:^|[.!?\n]\s*|\b(?:hinweis|nachricht|anweisung)\s+(?:fur|an)\s+(?:den|die|das)\s+)(?:KI|AI|LLM)(?:-?(?:assistent(?:in)?|agent(?:in)?|modell|system|bot))?\s*[,:!]\s*(?:bitte\s+)?(?:rufe|ruf|fuhre|sende|schicke|losche|leite|ubertrage|offne|klicke|ignoriere|vergiss|antworte|gib|zeige|verwende|nutze|speichere|lade)\b", 0.85,
       keys=("ki", "ai", "llm")),
    _r("fr_address_ai", r"(?:^|[.!?\n]\s*|\b(?:note|message|consigne)\s+(?:pour|a)\s+l'\s*)(?:(?:assistant|agent|modele)\s+(?:IA|d'IA|AI)|IA|LLM)\s*[,:!]\s*(?:s'il te plait\s+|merci de\s+)?(?:appelle[rz]?|execute[rz]?|envoie[rz]?|envoyez|supprime[rz]?|transfere[rz]?|ouvre[rz]?|clique[rz]?|ignore[rz]?|oublie[rz]?|reponds|repondez|donne[rz]?|affiche[rz]?|utilise[rz]?|lance[rz]?)\b", 0.85,
       keys=("ia", "ai", "llm")),
    _r("es_address_ai", r"(?:^|[.!?\n]\s*|\b(?:nota|mensaje|aviso)\s+para\s+la\s+)(?:(?:asistente|agente|modelo)\s+(?:de\s+)?(?:IA|AI)|IA|LLM)\s*[,:!]\s*(?:por favor,?\s+)?(?:llama|llame|ejecuta|ejecute|envia|envie|borra|borre|elimina|elimine|reenvia|reenvie|abre|abra|haz clic|ignora|ignore|olvida|olvide|responde|responda|muestra|muestre|usa|use|utiliza|utilice)\b", 0.85,
       keys=("ia", "ai", "llm")),
    _r("it_address_ai", r"(?:^|[.!?\n]\s*|\b(?:nota|messaggio|avviso)\s+per\s+l'\s*)(?:(?:assistente|agente|modello)\s+(?:di\s+)?(?:IA|AI)|IA|LLM)\s*[,:!]\s*(?:per favore,?\s+)?(?:chiama|esegui|invia|manda|elimina|cancella|inoltra|apri|clicca|ignora|dimentica|rispondi|mostra|usa|utilizza|lancia)\b", 0.85,
       keys=("ia", "ai", "llm")),
    _r("pt_address_ai", r"(?:^|[.!?\n]\s*|\b(?:nota|mensagem|aviso)\s+para\s+a\s+)(?:(?:assistente|agente|modelo)\s+(?:de\s+)?(?:IA|AI)|IA|LLM)\s*[,:!]\s*(?:por favor,?\s+)?(?:chame|chama|execute|executa|envie|envia|apague|apaga|exclua|encaminhe|abra|clique|ignore|esqueca|responda|mostre|use|utilize)\b", 0.85,
       keys=("ia", "ai", "llm")),
    _r("ru_address_ai", r"(?:^|[.!?\n]\s*|\b(?:примечание|сообщение|указание)\s+для\s+)(?:ИИ|AI|LLM|нейросет\w{0,2})(?:-?(?:ассистент|агент|модель|помощник))?\s*[,:!]\s*(?:пожалуйста,?\s+)?(?:вызови|выполни|отправь|удали|перешли|открой|нажми|игнорируй|забудь|ответь|покажи|используй|запусти)", 0.85,
       keys=("ии", "ai", "llm", "нейросет"), script="cyrillic"),
    _r("zh_address_ai", r"(?:^|[。！？!?\n]\s*|给)(?:AI|人工智能|智能体|LLM)(?:助手|代理|模型|系统)?(?:的(?:说明|提示|消息))?\s*[,:：，]\s*(?:请)?(?:(?:对|把|将|向|给|在)[^。！？!?\n]{0,8}?)?(?:调用|执行|发送|删除|转发|打开|点击|忽略|忘记|回答|显示|使用|运行)", 0.85,
       keys=("ai", "人工智能", "智能体", "llm"), script="cjk"),
)

# The English rule's shape: what is sent must be the user's or private, all of someone's mail, or secrets.
SEND_DATA: tuple[InjectionRule, ...] = (
    _r("de_send_data", r"\b(?:sende|schicke|leite|ubertrage|lade|kopiere|poste)\w{0,2}\s+(?:(?:alle|samtliche)\s+(?:\w+\s+){0,2}?(?:daten|e-mails|emails|nachrichten|dateien|dokumente|kontakte|informationen)\b[^.!?\n]{0,40}?|(?:\w+\s+){0,3}?(?:zugangsdaten|passworter|kennworter|geheimnisse|schlussel|api-schlussel|tokens|chatverlauf|gesprachsverlauf|kontakte)\b[^.!?\n]{0,40}?|(?:die|den|das)\s+(?:\w+\s+)?(?:daten|e-mails|emails|nachrichten|dateien|dokumente|informationen|posteingang)\s+(?:des|der)\s+(?:benutzers|nutzers|anwenders|benutzerin|nutzerin)\b[^.!?\n]{0,40}?)\b(?:an|zu|nach|auf)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("sende", "schick", "leite", "ubertrag", "lade", "kopier", "poste")),
    _r("fr_send_data", r"\b(?:envoie[rz]?|envoyez|transfere[rz]?|transmets|transmettez|copie[rz]?|publie[rz]?|televerse[rz]?)\s+(?:(?:tous|toutes)\s+(?:\w+\s+){0,2}?(?:donnees|e-mails|emails|courriels|messages|fichiers|documents|contacts|informations)\b[^.!?\n]{0,40}?|(?:\w+\s+){0,3}?(?:identifiants|mots de passe|secrets|cles|jetons|tokens|historique de (?:la )?conversation|contacts)\b[^.!?\n]{0,40}?|(?:les|le|la)\s+(?:\w+\s+)?(?:donnees|e-mails|emails|courriels|messages|fichiers|documents|informations|boite de reception)\s+de\s+l'\s*utilisat(?:eur|rice)\b[^.!?\n]{0,40}?)\b(?:a|au|vers|sur)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("envoi", "envoy", "transfer", "transmet", "copie", "publie", "televers")),
    _r("es_send_data_verb_first", r"\b(?:envia|envie|enviar|reenvia|reenvie|manda|mande|transfiere|transfiera|transmite|transmita|copia|copie|sube|suba|publica|publique)\s+(?:(?:todos|todas)\s+(?:\w+\s+){0,2}?(?:datos|correos|emails|e-mails|mensajes|archivos|documentos|contactos)\b[^.!?\n]{0,40}?|(?:\w+\s+){0,3}?(?:credenciales|contrasenas|secretos|claves|tokens|historial de (?:la )?conversacion|contactos)\b[^.!?\n]{0,40}?|(?:los|las|el|la)\s+(?:\w+\s+)?(?:datos|correos|emails|e-mails|mensajes|archivos|documentos|informacion|bandeja de entrada)\s+del\s+usuari[oa]\b[^.!?\n]{0,40}?)\b(?:a|al|hacia|en)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("envi", "mand", "transfier", "transmit", "copi", "sub", "public")),
    _r("it_send_data", r"\b(?:invia|inviare|manda|inoltra|trasferisci|trasmetti|copia|carica|pubblica)\s+(?:(?:tutt[ie])\s+(?:\w+\s+){0,2}?(?:dati|email|e-mail|messaggi|file|documenti|contatti)\b[^.!?\n]{0,40}?|(?:\w+\s+){0,3}?(?:credenziali|password|segreti|chiavi|token|cronologia della chat|contatti)\b[^.!?\n]{0,40}?|(?:i|le|il|la|gli)\s+(?:\w+\s+)?(?:dati|email|e-mail|messaggi|file|documenti|informazioni|posta)\s+dell'\s*utente\b[^.!?\n]{0,40}?)\b(?:a|al|verso|su)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("invia", "manda", "inoltra", "trasferisc", "trasmett", "copia", "carica", "pubblica")),
    _r("pt_send_data", r"\b(?:envie|envia|enviar|encaminhe|encaminha|mande|manda|transfira|transmita|copie|carregue|publique)\s+(?:(?:todos|todas)\s+(?:\w+\s+){0,2}?(?:dados|e-mails|emails|mensagens|arquivos|ficheiros|documentos|contatos|contactos)\b[^.!?\n]{0,40}?|(?:\w+\s+){0,3}?(?:credenciais|senhas|segredos|chaves|tokens|historico de conversa|contatos|contactos)\b[^.!?\n]{0,40}?|(?:os|as|o|a)\s+(?:\w+\s+)?(?:dados|e-mails|emails|mensagens|arquivos|ficheiros|documentos|informacoes|caixa de entrada)\s+do\s+(?:usuario|utilizador)\b[^.!?\n]{0,40}?)\b(?:a|ao|para|em)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("envi", "encaminh", "mand", "transfir", "transmit", "copie", "carregue", "publique")),
    _r("ru_send_data", r"(?:отправь|перешли|передай|скопируй|загрузи|вышли|отошли)(?:те)?\s+(?:(?:все|всю)\s+(?:\S+\s+){0,2}?(?:данные|письма|сообщения|файлы|документы|контакты|переписку)|(?:\S+\s+){0,3}?(?:учётные данные|учетные данные|пароли|секреты|ключи|токены|историю переписки|историю чата|контакты)|(?:\S+\s+)?(?:данные|письма|сообщения|файлы|документы|переписку)\s+пользовател\w{1,3})[^.!?\n]{0,40}?\s(?:на|в|по адресу)\s+(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("отправь", "перешли", "передай", "скопируй", "загрузи", "вышли", "отошли"), script="cyrillic"),
    _r("zh_send_data", r"(?:把|将)[^。！？!?\n]{0,6}?(?:用户的?|所有的?|全部的?)[^。！？!?\n]{0,6}?(?:数据|邮件|消息|聊天记录|对话|文件|文档|联系人|信息)[^。！？!?\n]{0,10}?(?:发送|发|转发|上传|传)(?:到|给|至)\s*(?:https?://|[\w.+-]+@[\w-]+\.)|(?:把|将)[^。！？!?\n]{0,10}?(?:凭据|凭证|密码|密钥|令牌|聊天记录)[^。！？!?\n]{0,10}?(?:发送|发|转发|上传|传)(?:到|给|至)\s*(?:https?://|[\w.+-]+@[\w-]+\.)", 0.9,
       keys=("发送", "发到", "发给", "转发", "上传", "传到", "传给", "传至", "发至"), script="cjk"),
)

STAY_IN_ROLE: tuple[InjectionRule, ...] = (
    _r("de_stay_in_role", r"\b(?:bleib|bleibe)\s+(?:immer\s+|stets\s+)?in\s+deiner\s+rolle\b(?!\s+als\b)|\b(?:fall|falle)\s+(?:nie|niemals)\s+aus\s+deiner\s+rolle\b", 0.8,
       keys=("rolle",)),
    _r("fr_stay_in_role", r"\breste[zr]?\s+(?:toujours\s+)?dans\s+(?:ton|votre)\s+personnage\b|\breste\s+(?:toujours\s+)?dans\s+ton\s+role\b(?!\s+d)|\bne\s+(?:sors|sortez)\s+(?:jamais|pas)\s+de\s+(?:ton|votre)\s+(?:personnage|role)\b", 0.8,
       keys=("personnage", "role")),
    _r("es_stay_in_role", r"\b(?:mantente|mantengase|permanece|permanezca|quedate)\s+(?:siempre\s+)?(?:en|dentro de)\s+(?:el|tu|su)\s+personaje\b|\bnunca\s+(?:rompas|salgas de)\s+(?:el|tu)\s+(?:personaje|papel)\b", 0.8,
       keys=("personaje", "papel")),
    _r("it_stay_in_role", r"\b(?:resta|rimani|restate|rimanete)\s+(?:sempre\s+)?(?:nel|nel tuo)\s+personaggio\b|\bnon\s+(?:uscire|uscite)\s+(?:mai\s+)?dal\s+(?:tuo\s+)?(?:personaggio|ruolo)\b", 0.8,
       keys=("personaggio", "ruolo")),
    _r("pt_stay_in_role", r"\b(?:permaneca|fique|mantenha-se|continue)\s+(?:sempre\s+)?(?:no|em)\s+(?:seu\s+|teu\s+)?personagem\b|\bnunca\s+(?:saia|quebre)\s+(?:do|o)\s+(?:seu\s+|teu\s+)?personagem\b", 0.8,
       keys=("personagem",)),
    _r("ru_stay_in_role", r"(?:оставайся|оставайтесь)\s+(?:всегда\s+)?в\s+образе|(?:не выходи|не выходите)\s+(?:никогда\s+)?из\s+(?:образа|роли)", 0.8,
       keys=("образ", "роли"), script="cyrillic"),
    _r("zh_stay_in_role", r"(?:保持|维持|不要跳出|不要脱离|别跳出|始终保持)(?:你的)?(?:角色|人设)(?!一致|设定)", 0.8, keys=("角色", "人设"), script="cjk"),
)

MUST_ANSWER: tuple[InjectionRule, ...] = (
    _r("de_must_answer", r"\b(?:du musst|sie mussen|du wirst|du sollst)\s+(?:ab jetzt\s+|nun\s+|jetzt\s+)?(?:alle|jede)\s+meine[rn]?\s+(?:fragen|anfragen|aufforderungen|frage|anfrage)\s+(?:\w+\s+){0,2}?beantworten\b", 0.8,
       keys=("musst", "mussen", "wirst", "sollst")),
    _r("zh_must_answer", r"(?:你|您)(?:必须|一定要|得)[^。！？!?\n]{0,8}?回答我的?(?:所有|任何|每一个|每个)(?:的)?(?:问题|请求)", 0.8, keys=("回答",), script="cjk"),
)

SUMMARIZE_PROMPT: tuple[InjectionRule, ...] = (
    _r("de_summarize_prompt", r"\b(?:fasse|fass|wiederhole|ubersetze|zitiere|liste)\s+(?:mir\s+)?(?:deine|ihre)\s+(?:\w+\s+)?(?:anweisungen|instruktionen|systemanweisungen|systemnachricht|konfiguration)\b(?!\s+(?:fur|zum|zur|an|zu)\b)", 0.85,
       keys=("anweisung", "instruktion", "systemnachricht", "konfiguration")),
    _r("fr_summarize_prompt", r"\b(?:resume[rz]?|repete[rz]?|traduis|traduisez|liste[rz]?|cite[rz]?|recite[rz]?)(?:-moi)?\s+(?:tes|vos)\s+(?:\w+\s+)?(?:instructions|consignes|directives)\b(?!\s+(?:de|d'|du|des|pour|a)\b)", 0.85,
       keys=("instructions", "consignes", "directives")),
    _r("es_summarize_prompt", r"\b(?:resume|resuma|repite|repita|traduce|traduzca|enumera|enumere|cita|cite)(?:me)?\s+(?:tus|sus)\s+(?:\w+\s+)?(?:instrucciones|indicaciones|directrices)\b(?!\s+(?:de|del|para|sobre)\b)", 0.85,
       keys=("instrucciones", "indicaciones", "directrices")),
    _r("it_summarize_prompt", r"\b(?:riassumi|ripeti|traduci|elenca|cita)(?:mi)?\s+(?:le tue|le sue)\s+(?:\w+\s+)?(?:istruzioni|indicazioni|direttive)\b(?!\s+(?:di|del|della|per|su)\b)", 0.85,
       keys=("istruzioni", "indicazioni", "direttive")),
    _r("pt_summarize_prompt", r"\b(?:resuma|resume|repita|traduza|liste|enumere|cite)\s+(?:as suas|suas|as tuas|tuas)\s+(?:\w+\s+)?(?:instrucoes|orientacoes|diretrizes)\b(?!\s+(?:de|do|da|para|sobre)\b)", 0.85,
       keys=("instrucoes", "orientacoes", "diretrizes")),
    _r("ru_summarize_prompt", r"(?:перескажи|повтори|переведи|перечисли|процитируй|изложи)(?:те)?\s+(?:кратко\s+)?(?:свои|твои|ваши)\s+(?:\S+\s+)?(?:инструкции|указания|директивы)(?!\s+(?:по|для|к)\s)", 0.85,
       keys=("инструкции", "указания", "директивы"), script="cyrillic"),
    _r("zh_summarize_prompt", r"(?:总结|概括|复述|重复|翻译|列出|引用)(?:一下)?(?:你的|您的)(?:系统)?(?:指令|指示|提示词)|(?:用|以)[^。！？!?\n]{0,12}?(?:总结|概括|列出|复述)(?:你的|您的)(?:系统)?(?:指令|指示|提示词)", 0.85,
       keys=("指令", "指示", "提示词"), script="cjk"),
)

OVERRIDE_SAFETY: tuple[InjectionRule, ...] = (
    _r("de_override_safety", r"\b(?:setze|setz|setzen sie)\s+(?:deine|ihre|alle)\s+(?:\w+\s+)?(?:sicherheitsrichtlinien|sicherheitsregeln|richtlinien|einschrankungen|schutzmechanismen|anweisungen)\s+(?:\w+\s+){0,4}?au(?:ss|ß)er kraft\b|\b(?:umgehe|umgeh|umgehen sie|deaktiviere|deaktivieren sie|ignoriere|ignorieren sie)\s+(?:deine|ihre)\s+(?:\w+\s+)?(?:sicherheitsrichtlinien|sicherheitsregeln|sicherheitsfilter|inhaltsfilter|inhaltsrichtlinien|ethischen richtlinien|schutzmechanismen)\b", 0.9,
       keys=("kraft", "richtlinien", "regeln", "filter", "schutzmechanismen")),
    _r("es_override_safety", r"\b(?:anula|anule|omite|omita|salta|salte|desactiva|desactive|ignora|ignore|elude|eluda|evita|evite)\s+(?:tus|sus)\s+(?:\w+\s+)?(?:directrices|restricciones|filtros|salvaguardas|pautas)\s+(?:de seguridad|eticas|morales|de contenido)\b", 0.9,
       keys=("seguridad", "eticas", "morales", "contenido")),
    _r("it_override_safety", r"\b(?:ignora|aggira|scavalca|disattiva|salta|annulla|bypassa)\s+(?:le tue|le sue|i tuoi|i suoi)\s+(?:\w+\s+)?(?:linee guida|restrizioni|filtri|protezioni|salvaguardie)\s+(?:di sicurezza|etiche|morali|sui contenuti)\b", 0.9,
       keys=("sicurezza", "etiche", "morali", "contenuti")),
    _r("pt_override_safety", r"\b(?:anule|anula|ignore|ignora|contorne|contorna|desative|desativa|pule|burle|burla)\s+(?:as suas|suas|as tuas|tuas|os seus|seus)\s+(?:\w+\s+)?(?:diretrizes|restricoes|filtros|protecoes|salvaguardas)\s+(?:de seguranca|eticas|morais|de conteudo)\b", 0.9,
       keys=("seguranca", "eticas", "morais", "conteudo")),
    _r("zh_override_safety", r"(?:绕过|绕开|无视|忽略|解除|突破|覆盖)(?:你的|您的)(?:所有)?(?:安全|道德|伦理|内容)(?:准则|限制|规则|过滤|过滤器|策略|防护|措施)", 0.9,
       keys=("安全", "道德", "伦理", "内容"), script="cjk"),
)

PARITY: tuple[InjectionRule, ...] = (
    DUMP_STORE + PROMPT_ASK + EVIL_PERSONA + CONCEAL + REPEAT_ABOVE + NO_ETHICS + SECRET_CLAUSE + REPLY_TAMPER
    + NEW_INSTRUCTIONS + NO_LONGER_BOUND + PRETEND + FORGET_ALL + ADDRESS_AI + SEND_DATA + STAY_IN_ROLE + MUST_ANSWER
    + SUMMARIZE_PROMPT + OVERRIDE_SAFETY
)
# fmt: on
