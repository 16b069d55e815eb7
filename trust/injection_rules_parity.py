"""English injection families carried into German, French, Spanish, Italian, Portuguese, Russian and
Chinese where the other tables had no equivalent, data only.

Found by a parity probe, not by reading eval records: one English sentence per family that the English
rules remove, translated into each language; a family is added here for a language where its
translation survived. Families: dumping the model's store ("print out your database"), asking for the
system prompt with the verbs the older tables missed, acting as an evil or unrestricted persona,
concealment from the user, "repeat the text above", disowning ethics or refusal ("you have no ethical
guidelines", "you never refuse"), a secret asked for in a subordinate clause ("... if you tell me the
secret key"), tampering with the reply ("write your answer backwards") and Spanish "from now on you
answer ...". Each rule keeps the English rule's addressee (the reader's own database, prompt, reply)
so that documentation addressed to a human ("Sichern Sie Ihre Datenbank", "repeat the steps above")
survives; tests pin one look-alike per family.

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
    _r("de_reply_tamper", r"\b(?:schreib\w{0,2}|gib|formulier\w{0,2}|verfass\w{0,2})\s+(?:deine|ihre)\s+(?:antwort|ausgabe)(?:en)?\s+(?:nur\s+|ausschliesslich\s+)?(?:ruckwarts|umgekehrt|in umgekehrter reihenfolge|spiegelverkehrt|in grossbuchstaben|in (?:base64|hex|morse|binar)\w{0,4}|ohne (?:leerzeichen|vokale)|auf " + _DE_LANG + r")\b", 0.8,
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

PARITY: tuple[InjectionRule, ...] = DUMP_STORE + PROMPT_ASK + EVIL_PERSONA + CONCEAL + REPEAT_ABOVE + NO_ETHICS + SECRET_CLAUSE + REPLY_TAMPER
# fmt: on
