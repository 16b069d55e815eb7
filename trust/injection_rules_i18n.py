"""Injection rules beyond English, data only: German, French, Spanish, Russian, Chinese, plus Italian,
Portuguese, Japanese, Korean and override phrasings in eight more languages. `ALL_I18N` also gathers
the later tables: `injection_rules_i18n_core.py` (more families for de/fr/es/ru/zh),
`injection_rules_i18n_more.py` (it/pt/ja/ko/hi/el, decode requests) and `injection_rules_i18n_extra.py`
(tr/id/vi/ar/bn/th/tl). Same families as `injection_rules.py` (override, role reassignment,
response control, concealment, prompt/secret extraction). Latin-script patterns are written
without accents because the detection view drops diacritics ("precedentes" matches "précédentes").
"""

# ruff: noqa: E501  (rule tables: one regex per entry reads better than wrapped fragments)

from __future__ import annotations

from trust.injection_rule import InjectionRule
from trust.injection_rule import make_rule as _r
from trust.injection_rules_i18n_core import CORE_MORE
from trust.injection_rules_i18n_extra import EXTRA_I18N
from trust.injection_rules_i18n_more import MORE_I18N

# fmt: off
DE: tuple[InjectionRule, ...] = (
    _r("de_ignore", r"\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte(?:n)?|uberspring(?:e|en)?|"
       r"verwirf|umgeh(?:e|en)?)\s+(?:sie\s+)?(?:\w+\s+){0,3}(?:anweisung(?:en)?|instruktion(?:en)?|befehle?|regeln|"
       r"vorgaben|anordnungen|richtlinien|eingaben|anfragen|alles(?: bisherige| vorherige| obige)?|oben)\b", 0.95,
       keys=("ignor", "vergiss", "vergessen", "missacht", "uberspring", "verwirf", "umgeh")),
    _r("de_role", r"\b(?:du bist|sie sind)\s+(?:jetzt|nun|ab (?:jetzt|sofort)|ab heute)\b|"
       r"\bab (?:jetzt|sofort)\s+(?:bist|wirst|musst|sollst|antwortest) du\b", 0.9,
       keys=("du bist", "sie sind", "ab jetzt", "ab sofort")),
    _r("de_new", r"\bneue\s+(?:anweisungen|anweisung|instruktionen|aufgabe|regeln)\s*[:!]", 0.85,
       keys=("neue",)),
    _r("de_response", r"\b(?:in|am (?:anfang|ende)) (?:deiner|ihrer) (?:antwort|ausgabe|zusammenfassung)\b|"
       r"\b(?:antworte|antworten sie)\s+(?:nur|ausschliesslich)\b", 0.85,
       keys=("antwort", "ausgabe", "zusammenfassung")),
    _r("de_conceal", r"\b(?:sag|sage|erzahl|verrate)\s+(?:es\s+|das\s+)?(?:dem|den)\s+(?:benutzer|nutzer|anwender)"
       r"\s+nicht|\bohne\s+(?:den|dem)\s+(?:benutzer|nutzer)\s+zu\s+(?:informieren|benachrichtigen)", 0.9,
       keys=("benutzer", "nutzer", "anwender")),
    _r("de_secret", r"\b(?:wie lautet|gib mir|nenne mir|verrate mir|zeig mir|teile mir|teilen sie|was ist)\s+"
       r"(?:\w+\s+){0,2}(?:dein|ihr|das|den)\w{0,20}\s+(?:\w+\s+)?(?:passwort|kennwort|geheime?n?\s+schlussel|"
       r"geheimschlussel|api-?schlussel|systemprompt|system-prompt|zugangsdaten)", 0.85,
       keys=("passwort", "kennwort", "schlussel", "prompt", "zugangsdaten")),
    # Debug, admin and maintenance modes are what manuals document ("Passe en mode Débogage", vim(1));
    # the jailbreak modes are the developer and god modes, as in the English rule.
    _r("de_mode", r"\b(?:entwickler|gott)modus\b|\bsystem(?:uberschreibung|-override)\b", 0.8,
       keys=("modus", "uberschreibung", "override")),
)

FR: tuple[InjectionRule, ...] = (
    _r("fr_ignore", r"\b(?:ignore[rz]?|oublie[rz]?|ne tiens pas compte|ne tenez pas compte|fais abstraction|"
       r"faites abstraction|contourne[rz]?|neglige[rz]?)\s+(?:de\s+)?(?:\w+\s+){0,3}(?:instructions?|consignes?|"
       r"directives?|regles|ordres|commandes|indications|tout ce qui (?:precede|a ete dit)|ce qui precede)\b", 0.95,
       keys=("ignor", "oubli", "tiens pas", "tenez pas", "abstraction", "contourn", "neglig")),
    _r("fr_role", r"\b(?:tu es|vous etes)\s+(?:maintenant|desormais|a present)\b|\b(?:a partir de maintenant|"
       r"desormais|dorenavant),?\s+(?:tu|vous)\b", 0.9,
       keys=("tu es", "vous etes", "a partir de", "desormais", "dorenavant")),
    _r("fr_new", r"\bnouvelles?\s+(?:instructions?|consignes?|directives?|taches?)\s*[:!]", 0.85,
       keys=("nouvelle",)),
    _r("fr_response", r"\bdans (?:ta|votre) (?:reponse|sortie|resume)\b|\b(?:reponds|repondez)\s+(?:uniquement|"
       r"seulement)\b", 0.85, keys=("reponse", "repond")),
    _r("fr_conceal", r"\bne\s+(?:le\s+|l'|en\s+)?(?:dis|dites|revele[sz]?|mentionne[sz]?)\s+(?:pas|rien|jamais)\s+"
       r"(?:a\s+)?l'utilisateur|\bsans\s+(?:en\s+)?informer\s+l'utilisateur", 0.9, keys=("utilisateur",)),
    _r("fr_secret", r"\b(?:quel est|donne[sz]?-moi|revele[sz]?(?:-moi)?|montre[sz]?-moi|communique[sz]?-moi|"
       r"partage[sz]?|dis-moi|indique[sz]?-moi)\s+(?:\w+\s+){0,2}(?:ton|votre|le|la)\s+(?:mot de passe|"
       r"cle (?:secrete|api)|invite systeme|prompt systeme|identifiants)", 0.85,
       keys=("mot de passe", "cle ", "invite", "prompt", "identifiant")),
    _r("fr_mode", r"\bmode (?:developpeur|dieu|sans restriction)\b", 0.8,
       keys=("mode ",)),
)

ES: tuple[InjectionRule, ...] = (
    _r("es_ignore", r"\b(?:ignora[rd]?|ignore[ns]?|olvida[rd]?|olvide[ns]?|omite|omita|haz caso omiso|"
       r"descarta|pasa por alto|no hagas caso)\s+(?:de\s+)?(?:\w+\s+){0,3}(?:instrucciones|indicaciones|"
       r"ordenes|reglas|directrices|comandos|todo lo anterior|lo anterior|todo lo que)\b", 0.95,
       keys=("ignor", "olvid", "omit", "caso omiso", "descarta", "pasa por alto", "no hagas caso")),
    _r("es_role", r"\b(?:ahora|a partir de ahora|desde ahora|de ahora en adelante),?\s+(?:eres|seras|tu eres|"
       r"usted es|actua|responde|debes)\b|\b(?:eres|usted es)\s+ahora\b", 0.9, keys=("ahora",)),
    _r("es_new", r"\bnuevas?\s+(?:instrucciones|indicaciones|ordenes|tareas?)\s*[:!]", 0.85, keys=("nueva",)),
    _r("es_response", r"\ben (?:tu|su) (?:respuesta|salida|resumen)\b|\b(?:responde|responda)\s+(?:solo|unicamente"
       r"|solamente)\b", 0.85, keys=("respuesta", "salida", "resumen", "respond")),
    _r("es_conceal", r"\bno\s+(?:se\s+lo\s+|le\s+|lo\s+)?(?:digas|diga|menciones|reveles|informes)\s+(?:nada\s+)?"
       r"(?:a|al)\s+(?:el\s+)?usuario|\bsin\s+(?:informar|avisar|decirle)\s+al\s+usuario", 0.9,
       keys=("usuario",)),
    _r("es_secret", r"\b(?:cual es|dime|dame|revela(?:me)?|muestra(?:me)?|comparte|proporciona(?:me)?|podrias "
       r"(?:decirme|darme|compartir))\s+(?:\w+\s+){0,2}(?:tu|su|la|el)\s+(?:contrasena|clave (?:secreta|api)|"
       r"prompt del sistema|credenciales)", 0.85, keys=("contrasena", "clave", "prompt", "credencial")),
    _r("es_mode", r"\bmodo (?:desarrollador|dios|sin restricciones)\b", 0.8,
       keys=("modo ",)),
)

IT_PT: tuple[InjectionRule, ...] = (
    _r("it_ignore", r"\b(?:ignora|ignorate|dimentica|dimenticate|trascura)\s+(?:\w+\s+){0,3}(?:istruzioni|"
       r"indicazioni|regole|ordini|comandi|tutto (?:cio|quello) che)\b", 0.95,
       keys=("ignora", "dimentica", "trascura")),
    _r("it_role", r"\b(?:ora sei|adesso sei|da ora in poi|d'ora in poi)\b", 0.85,
       keys=("sei", "d'ora", "da ora")),
    _r("it_secret", r"\b(?:qual e|dimmi|dammi|rivela(?:mi)?|mostra(?:mi)?)\s+(?:\w+\s+){0,2}(?:la tua|il tuo|la|il)"
       r"\s+(?:password|chiave (?:segreta|api)|prompt di sistema|credenziali)", 0.85,
       keys=("password", "chiave", "prompt", "credenziali")),
    _r("pt_ignore", r"\b(?:ignore|ignora|ignorem|esqueca|esquecam|desconsidere|desconsidera)\s+(?:\w+\s+){0,3}"
       r"(?:instrucoes|orientacoes|regras|ordens|comandos|tudo (?:o )?que)\b", 0.95,
       keys=("ignor", "esquec", "desconsider")),
    _r("pt_role", r"\b(?:agora voce e|a partir de agora|de agora em diante|voce agora e)\b", 0.85,
       keys=("agora",)),
    _r("pt_secret", r"\b(?:qual e|diga-me|me diga|me de|revele|mostre|compartilhe)\s+(?:\w+\s+){0,2}(?:a sua|o seu|"
       r"sua|seu|a|o)\s+(?:senha|chave (?:secreta|api)|prompt do sistema|credenciais)", 0.85,
       keys=("senha", "chave", "prompt", "credenciais")),
    _r("it_pt_response", r"\bn(?:ella tua|a sua) (?:risposta|resposta)\b", 0.8,
       keys=("risposta", "resposta")),
)

RU: tuple[InjectionRule, ...] = (
    _r("ru_ignore", r"(?:игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?|не обращай(?:те)? внимания на|"
       r"отбрось(?:те)?|пренебреги(?:те)?|не следуй(?:те)?)\s+(?:\w+\s+){0,3}(?:инструкци\w{0,20}|указани\w{0,20}|"
       r"команд\w{0,20}|правил\w{0,20}|всё|все|вышесказанное|сказанное|предыдущ\w{0,20}|вышеуказанн\w{0,20})", 0.95,
       keys=("игнор", "проигнор", "забуд", "не обращай", "отбрось", "пренебреги", "не следуй"), script="cyrillic"),
    _r("ru_role", r"(?:ты|вы)\s+(?:теперь|отныне|сейчас)\s|(?:с этого момента|отныне|теперь),?\s+(?:ты|вы)\s", 0.9,
       keys=("теперь", "отныне", "сейчас", "с этого момента"), script="cyrillic"),
    _r("ru_new", r"нов(?:ые|ая)\s+(?:инструкци\w{0,20}|задач\w{0,20}|указани\w{0,20})\s*[:!]", 0.85, keys=("нов",), script="cyrillic"),
    _r("ru_response", r"в (?:своём|своем|вашем|твоём|твоем) ответе|(?:отвечай|ответь)(?:те)?\s+только", 0.85,
       keys=("ответ", "отвечай"), script="cyrillic"),
    _r("ru_conceal", r"не (?:говори|сообщай|рассказывай)(?:те)?\s+(?:об этом\s+)?пользовател\w{0,20}", 0.9,
       keys=("не говори", "не сообщай", "не рассказывай"), script="cyrillic"),
    _r("ru_secret", r"(?:какой|каков|скажи(?:те)?|назови(?:те)?|раскрой(?:те)?|покажи(?:те)?|сообщи(?:те)?|дай(?:те)?)"
       r"\s+(?:мне\s+)?(?:\w+\s+){0,2}(?:твой|ваш|свой)?\s*(?:секретный ключ|пароль|системный промпт|"
       r"системные инструкции|учётные данные|учетные данные)", 0.85, keys=("ключ", "пароль", "промпт", "инструкции", "учётн", "учетн"), script="cyrillic"),
    _r("ru_mode", r"режим\w{0,20}\s+(?:разработчика|бога|администратора|отладки)", 0.8, keys=("режим",), script="cyrillic"),
)

ZH_JA_KO: tuple[InjectionRule, ...] = (
    _r("zh_ignore", r"(?:忽略|忽视|无视|不要理会|不理会|忘记|忘掉|跳过|绕过|無視|忽略掉)(?:之前|以前|上面|上述|先前|前面|"
       r"所有|你的|全部|一切|以上|原来|原有)?.{0,6}?(?:的)?(?:所有|全部)?(?:指令|指示|说明|規則|规则|提示|命令|要求|設定|设定|"
       r"内容|限制|一切|上述)", 0.95, keys=("忽略", "忽视", "无视", "不要理会", "不理会", "忘记", "忘掉", "跳过", "绕过", "無視"), script="cjk"),
    _r("zh_role", r"(?:你现在是|你現在是|从现在开始|從現在開始|从现在起|今后你|你将扮演|你要扮演)", 0.85, keys=("你现在是", "你現在是", "从现在", "從現在", "今后你", "扮演"), script="cjk"),
    _r("zh_new", r"(?:新的|新)(?:指令|指示|任务|任務)\s*[:：]", 0.85, keys=("指令", "指示", "任务", "任務"), script="cjk"),
    _r("zh_response", r"(?:在你的|在您的)(?:回答|回复|回覆|答复|输出)(?:中|里|裡)", 0.85, keys=("在你的", "在您的"), script="cjk"),
    _r("zh_conceal", r"(?:不要|别|別|切勿)(?:告诉|告訴|通知|透露给)(?:用户|使用者)", 0.9, keys=("告诉", "告訴", "通知", "透露给"), script="cjk"),
    _r("zh_secret", r"(?:告诉我|告訴我|透露|显示(?!的)|顯示(?!的)|给我|給我|分享|提供(?!的)|说出|是什么|是什麼).{0,8}?(?:密码|密碼|密钥|密鑰|"
       r"秘密钥匙|系统提示|系統提示|凭证|凭据)", 0.8, keys=("密码", "密碼", "密钥", "密鑰", "秘密钥匙", "系统提示", "系統提示", "凭证", "凭据"), script="cjk"),
    _r("zh_mode", r"(?:开发者|開發者|上帝)模式|系统覆盖|系統覆蓋", 0.8, keys=("模式", "系统覆盖", "系統覆蓋"), script="cjk"),
    _r("ja_ignore", r"(?:上記|以前|これまで|前|すべて|全て)の?(?:指示|命令|ルール|指令|内容)?を?(?:無視|忘れ)", 0.95, keys=("無視", "忘れ"), script="cjk"),
    _r("ja_ignore_bare", r"(?:^|[。、\s'\"「])無視して[、,]", 0.85, keys=("無視して",), script="cjk"),
    _r("ja_role", r"(?:あなたは今|今からあなたは|これからあなたは)", 0.8, keys=("あなたは今", "今からあなたは", "これからあなたは"), script="cjk"),
    _r("ja_secret", r"(?:パスワード|秘密鍵|秘密のキー|シークレットキー|システムプロンプト|APIキー)(?:を|は).{0,12}?"
       r"(?:教えて|共有|提供|見せて|何)", 0.8, keys=("パスワード", "秘密鍵", "秘密のキー", "シークレットキー", "システムプロンプト", "apiキー"), script="cjk"),
    _r("ja_response", r"(?:あなたの)?(?:回答|返答|応答)(?:に|で|の中で)", 0.7, keys=("回答", "返答", "応答"), script="cjk"),
    _r("ko_ignore", r"(?:이전|위의|앞의|모든|기존)\s*(?:의\s*)?(?:지시|지침|명령|규칙|지시사항|내용)\w{0,20}\s*(?:을|를)?\s*"
       r"(?:무시|잊)", 0.95, keys=("무시", "잊"), script="cjk"),
    _r("ko_secret", r"(?:비밀\s*(?:번호|키)|암호|패스워드|시스템\s*프롬프트)\w{0,20}\s*(?:을|를|은|는|이|가)?\s*.{0,10}?"
       r"(?:알려|공유|말해|보여|무엇)", 0.8, keys=("비밀", "암호", "패스워드", "프롬프트"), script="cjk"),
)

# Override phrasings in further languages of the evaluation data (Hindi, Bengali, Arabic, Turkish,
# Vietnamese, Indonesian, Thai, Tagalog). The nukta in Devanagari is optional: NFKC splits it off.
OTHER: tuple[InjectionRule, ...] = (
    _r("hi_ignore", r"(?:निर्देश\w{0,20}|अनुदेश\w{0,20}|आदेश\w{0,20}|नियम\w{0,20})\s*(?:को|की)?\s*(?:अनदेखा|नज\u093c?रअंदाज\u093c?|भूल|उपेक्षा)"
       r"|(?:पिछले|पहले के|सभी)\s+(?:\S+\s+){0,2}(?:अनदेखा|नज\u093c?रअंदाज\u093c?|भूल)", 0.95,
       keys=("अनदेखा", "नज", "भूल", "उपेक्षा"), script="indic"),
    _r("bn_ignore", r"(?:নির্দেশ\S{0,12}|আদেশ\S{0,12}|নিয়ম\S{0,12})\s*(?:\S+\s+){0,2}(?:উপেক্ষা|ভুলে|অগ্রাহ্য)", 0.95,
       keys=("উপেক্ষা", "ভুলে", "অগ্রাহ্য"), script="indic"),
    _r("ar_ignore", r"(?:تجاهل|انس|أنس|اتجاهل|لا تلتفت إلى)\s+(?:\S+\s+){0,2}(?:التعليمات|الإرشادات|الأوامر|التوجيهات|القواعد|"
       r"كل ما|جميع)", 0.95, keys=("تجاهل", "انس", "أنس", "اتجاهل", "لا تلتفت"), script="arabic"),
    _r("tr_ignore", r"\b(?:talimat\w{0,20}|yonerge\w{0,20}|komut\w{0,20}|kural\w{0,20}|her seyi)\s+(?:\w+\s+)?(?:yok say|gormezden gel|"
       r"unut|dikkate alma|boşver|bosver)", 0.95,
       keys=("yok say", "gormezden", "unut", "dikkate alma", "bosver", "boşver")),
    _r("vi_ignore", r"\b(?:bo qua|phot lo|quen|khong can quan tam)\s+(?:\w+\s+){0,4}(?:huong dan|chi dan|lenh|chi thi|"
       r"quy tac)", 0.95, keys=("bo qua", "phot lo", "quen", "quan tam")),
    _r("id_ignore", r"\b(?:abaikan|lupakan|acuhkan|jangan hiraukan)\s+(?:\w+\s+){0,3}(?:instruksi|perintah|petunjuk|"
       r"aturan|arahan)", 0.95, keys=("abaikan", "lupakan", "acuhkan", "hiraukan")),
    _r("th_ignore", r"(?:เพิกเฉย|ละเว้น|ไม่สนใจ|อย่า(?:ไป)?สนใจ|ลืม)\S{0,12}(?:คำสั่ง|คำแนะนำ|คำชี้แจง|กฎ)", 0.95,
       keys=("เพิกเฉย", "ละเว้น", "สนใจ", "ลืม"), script="thai"),
    _r("tl_ignore", r"\b(?:huwag pansinin|balewalain|kalimutan|huwag sundin)\s+(?:\w+\s+){0,4}(?:tagubilin|instruksyon|"
       r"utos|panuto|patakaran)", 0.95, keys=("pansinin", "balewalain", "kalimutan", "sundin")),
)

# Requests for a password or secret key, further languages (Hindi, Bengali, Arabic, Turkish,
# Vietnamese, Indonesian, Thai, Tagalog): secret noun, then a verb of telling/sharing/showing.
SECRET_ASK: tuple[InjectionRule, ...] = (
    _r("hi_secret", r"(?:पासवर्ड|गुप्त कुंजी|सीक्रेट की|पासकोड|गुप्त कोड)\S{0,12}\s+(?:\S+\s+){0,5}?(?:बता|साझा|दे|दिखा|क्या है|प्रकट|भेज)", 0.8, keys=("पासवर्ड", "गुप्त", "सीक्रेट", "पासकोड"), script="indic"),
    _r("bn_secret", r"(?:পাসওয়ার্ড|গোপন চাবি|সিক্রেট কী|পাসকোড)\S{0,12}\s+(?:\S+\s+){0,5}?(?:বল|জানা|শেয়ার|দিন|দাও|দেখা|কী|প্রকাশ)", 0.8, keys=("পাসওয়ার্ড", "গোপন", "সিক্রেট", "পাসকোড"), script="indic"),
    _r("ar_secret", r"(?:أخبرني|اخبرني|شارك|أعطني|اعطني|ما هي|ما هو|اكشف|أرسل|ارسل)\s+(?:\S+\s+){0,4}?(?:كلمة المرور|كلمة السر|المفتاح السري|الرقم السري)", 0.8, keys=("كلمة المرور", "كلمة السر", "المفتاح السري", "الرقم السري"), script="arabic"),
    # "açıklama" is a noun ("parola dosyası AÇIKLAMA": passwd(5)'s DESCRIPTION heading), "açıkla" the order.
    _r("tr_secret", r"\b(?:sifre\w{0,20}|parola\w{0,20}|gizli anahtar\w{0,20})\s+(?:\w+\s+){0,4}?(?:soyle|ver|paylas|nedir|goster|acikla(?!ma)|gonder)\w{0,20}", 0.8,
       keys=("sifre", "parola", "gizli anahtar")),
    _r("vi_secret", r"\b(?:mat khau|khoa bi mat|ma bi mat)\b[^.?!\n]{0,60}?\b(?:cho (?:toi )?biet|chia se|la gi|tiet lo|dua|gui)\b|\b(?:cho (?:toi )?biet|chia se|tiet lo|dua (?:cho )?toi)(?<!khong chia se)(?<![dđ]ung chia se)(?<!khong tiet lo)(?<![dđ]ung tiet lo)\s+(?:\w+\s+){0,4}?(?:mat khau|khoa bi mat)\b", 0.8,
       keys=("mat khau", "khoa bi mat", "ma bi mat")),
    _r("id_secret", r"\b(?:beri ?tahu|bagikan|berikan|tunjukkan|sebutkan|apa)\s+(?:\w+\s+){0,4}?(?:kata sandi|kunci rahasia|sandi)\b", 0.8,
       keys=("sandi", "kunci rahasia")),
    _r("th_secret", r"(?:บอก|แชร์|เปิดเผย|ให้|แสดง)\S{0,20}(?:รหัสผ่าน|คีย์ลับ|กุญแจลับ)|(?:รหัสผ่าน|คีย์ลับ|กุญแจลับ)\S{0,20}(?:คืออะไร|อะไร)", 0.8, keys=("รหัสผ่าน", "คีย์ลับ", "กุญแจลับ"), script="thai"),
    _r("tl_secret", r"\b(?:sabihin|ibahagi|ibigay|ipakita|ano ang)\s+(?:\w+\s+){0,4}?(?:password|susi|lihim na susi|passcode|secret key|secret code|lihim na code)\b", 0.8,
       keys=("password", "susi", "passcode", "secret key", "secret code", "lihim na code")),
)

# Requests to the reader for the user's data or a secret in the core languages (a request verb or a
# "can you" form, then the user's data or a password within the same sentence).
DATA_ASK: tuple[InjectionRule, ...] = (
    _r("de_data_ask", r"\b(?:konnen sie|konntest du|kannst du|konnten sie|nennen sie|nenne|sag|sagen sie|gib|geben sie|ubersetze|ubersetzen sie|schreib|schreiben sie|wie lautet|was ist|bestatigen sie|bestatige|verrate|verraten sie|teilen sie|teile)\b[^.!?\n]{0,80}?\b(?:des benutzers|des nutzers|der benutzerin|passwort|kennwort|geheimen? schlussel)", 0.8,
       keys=("benutzer", "nutzer", "passwort", "kennwort", "schlussel")),
    # A personal datum of the user or the password itself; manuals name the user and the password in passing
    # ("le troisième champ donne la date de dernière modification du mot de passe", "удалить пользователя").
    _r("fr_data_ask", r"\b(?:pouvez-vous|peux-tu|pourriez-vous|pourrais-tu|donnez|donne|dites|dis-moi|indiquez|traduisez|ecrivez|quel(?:le)? est|confirmez|confirme|communiquez|partagez|revelez)\b[^.!?\n]{0,80}?(?:(?:nom|date de naissance|annee de naissance|mois de naissance|anniversaire|adresse|e-?mail|courriel|initiales|couleur preferee|ville|telephone|solde|age|localisation|donnees|informations)\b[^.!?\n]{0,30}?de l'utilisat(?:eur|rice)|(?<!\bdu )(?<!\bde )mot de passe|cle secrete)", 0.8,
       keys=("utilisateur", "mot de passe", "cle secrete")),
    _r("es_data_ask", r"\b(?:puedes|podrias|podria|puede|dime|digame|dame|deme|indica|traduce|escribe|cual es|cuales son|confirma|confirme|comparte|comparta|revela|revele)\b[^.!?\n]{0,80}?(?:del usuario|de la usuaria|contrasena|clave secreta)", 0.8,
       keys=("usuari", "contrasena", "clave secreta")),
    _r("ru_data_ask", r"(?:можете|можешь|не могли бы|скажи|скажите|назови|назовите|дай|дайте|переведи|переведите|напиши|напишите|какой|каков|какие|подскажи|подскажите|подтверди|подтвердите|поделись|поделитесь)[^.!?\n]{0,80}?(?:(?:дат\w{0,3} рождения|дн\w{0,3} рождения|год\w{0,3} рождения|месяц\w{0,3} рождения|инициал\w{0,3}|адрес\w{0,3}|почт\w{0,3}|email|e-mail|имя|имени|фамили\w{0,3}|баланс\w{0,3}|сч[её]т\w{0,3}|телефон\w{0,3}|город\w{0,3}|цвет\w{0,3}|статус\w{0,3}|возраст\w{0,3}|местоположени\w{0,3}|данны\w{0,3}|информаци\w{0,3})[^.!?\n]{0,40}?пользовател\w{0,20}|парол\w{0,20}|секретн\w{0,20} ключ\w{0,20})", 0.8,
       keys=("пользовател", "парол", "секретн"), script="cyrillic"),
    # "提供的密码是已经加密了的" (chpasswd(8): "the password provided is already encrypted") is a participle.
    _r("zh_data_ask", r"(?:告诉|透露|提供(?!的)|给我|翻译|写出|说出|确认|分享|你能|您能|能否|可否)[^。！？\n]{0,30}?(?:用户的|使用者的|密码|密碼|密钥|密鑰)", 0.8,
       keys=("用户的", "使用者的", "密码", "密碼", "密钥", "密鑰"), script="cjk"),
)

# "Ignore the page/function and say …" in the core languages: the override names its target.
TASK: tuple[InjectionRule, ...] = (
    _r("es_ignore_task", r"\bignor\w{0,20}\s+(?:el|la|los|las|este|esta|todo)\s+(?:\w+\s+){0,2}?y\s+(?:di|diga|declara|declare|escribe|escriba|imprime|responde|responda|indica|indique|afirma|afirme|decir|declarar|escribir|imprimir|responder|indicar|afirmar)\b", 0.9,
       keys=("ignor",)),
    _r("fr_ignore_task", r"\bignor\w{0,20}\s+(?:le|la|les|l'|ce|cette|cet|tout)\s*(?:\w+\s+){0,2}?et\s+(?:dites|dis|indiquez|indique|ecrivez|ecris|affichez|affiche|repondez|reponds|declarez|declare|affirmez)\b", 0.9,
       keys=("ignor",)),
    _r("de_ignore_task", r"\bignorier\w{0,20}\s+(?:sie\s+)?(?:die|den|das|diese[nrs]?|alles)\s+(?:\w+\s+){0,2}?und\s+(?:sag|sage|sagen|gib|geben|schreib|schreibe|schreiben|antworte|antworten|erklar\w{0,20}|behaupte\w{0,20})\b", 0.9,
       keys=("ignor",)),
    # The same "ignore <target> and say <claim>" in the other languages of the table.
    _r("it_ignore_task", r"\bignora\w{0,4}\s+(?:il|lo|la|i|gli|le|l'|questo|questa|tutto)\s*(?:\w+\s+){0,2}?e\s+(?:di|dica|dite|indica|indichi|scrivi|scriva|rispondi|risponda|afferma|affermi|dichiara|dichiari|stampa)\b", 0.9,
       keys=("ignor",)),
    _r("pt_ignore_task", r"\b(?:ignore|ignora|ignorem|esqueca|desconsidere)\s+(?:o|a|os|as|este|esta|isso|tudo)\s+(?:\w+\s+){0,2}?e\s+(?:diga|digam|diz|indique|escreva|responda|afirme|declare|informe|imprima|o estado(?=\s*:))\b", 0.9,
       keys=("ignor", "esquec", "desconsider")),
    _r("ru_ignore_task", r"(?:игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?|не обращай(?:те)? внимания на)\s+(?:\S+\s+){0,3}?(?:и|,)\s+(?:просто\s+)?(?:скажи|скажите|укажи|укажите|напиши|напишите|ответь|ответьте|выведи|выведите|заяви|заявите|сообщи|сообщите)", 0.9,
       keys=("игнор", "забуд", "не обращай"), script="cyrillic"),
    _r("tr_ignore_task", r"\b(?:yok say|gormezden gel|goz ardi et|unut)\w{0,4}\s+(?:ve|,)\s+[^.!?\n]{0,60}?\b(?:belirt|soyle|yaz|bildir|yanitla|cevap ver)\w{0,4}\b", 0.9,
       keys=("yok say", "gormezden", "goz ardi", "unut")),
    _r("id_ignore_task", r"\b(?:abaikan|lupakan)\s+(?:\w+\s+){0,3}?(?:dan|lalu|kemudian)\s+(?:katakan|nyatakan|sebutkan|tuliskan|jawab|tunjukkan|beritahu)\b", 0.9,
       keys=("abaikan", "lupakan")),
    _r("vi_ignore_task", r"\b(?:bo qua|phot lo|quen)\s+(?:\w+\s+){0,4}?(?:va|roi)\s+(?:\w+\s+)?(?:noi|cho biet|viet|tra loi|khang [dđ]inh|tuyen bo|in ra|neu ro|chi ra rang|nha nuoc(?=\s*:))\b", 0.9,
       keys=("bo qua", "phot lo", "quen")),
    _r("tl_ignore_task", r"\b(?:(?:huwag|wag) pansinin|balewalain|kalimutan|(?:huwag|wag) intindihin)\s+(?:\w+\s+){0,3}?at\s+(?:sabihin|isulat|sagutin|ipahayag|banggitin|ipakita|sumulat|magsulat|ideklara|i-print)\b", 0.9,
       keys=("pansinin", "balewalain", "kalimutan", "intindihin")),
    _r("hi_ignore_task", r"(?:अनदेखा|नज\u093c?रअंदाज\u093c?|उपेक्षा)\s*(?:कर\S{0,6})\s+(?:\S+\s+){0,2}?और\s+(?:यह\s+)?(?:बता\S{0,4}|कह\S{0,3}|लिख\S{0,3}|संकेत द\S{0,3}|घोषित कर\S{0,3}|जवाब द\S{0,3}|उत्तर द\S{0,3})", 0.9,
       keys=("अनदेखा", "नज", "उपेक्षा"), script="indic"),
    # The imperative or "ignoring it, say" (করুন/করো/করে); "যদি আমরা ঘর্ষণ উপেক্ষা করি, আমরা বলতে পারি" is a textbook's "if we ignore".
    _r("bn_ignore_task", r"(?:উপেক্ষা|অগ্রাহ্য)\s*কর(?:ুন|ো|েন|ে)?[,:]?\s+(?:\S+\s+){0,4}?(?:বল\S{0,4}|লিখ\S{0,3}|জানা\S{0,3})", 0.9,
       keys=("উপেক্ষা", "অগ্রাহ্য"), script="indic"),
    # "… and indicate that the output is": أشر إلى, with an optional haraka.
    _r("ar_ignore_task", r"(?:تجاهل|تجاهلي|تجاهلوا|انس|أنس|أهمل)\s+(?:\S+\s+){0,3}?(?:و|ثم\s+)(?:قل|قولي|اذكر|أذكر|أخبر|اخبر|اكتب|صرح|أجب|اجب|أعلن|اعلن|بين|وضح|أشر[\u064b-\u0652]? إلى)", 0.9,
       keys=("تجاهل", "انس", "أنس", "أهمل"), script="arabic"),
    _r("th_ignore_task", r"(?:เพิกเฉย|ละเว้น|ไม่สนใจ)\S{0,30}?(?:และ|แล้ว)\s*(?:บอก|ระบุ|เขียน|ตอบ|พูด|แจ้ง|กล่าว)", 0.9,
       keys=("เพิกเฉย", "ละเว้น", "ไม่สนใจ"), script="thai"),
    _r("ja_ignore_task", r"無視(?:して|し|する)[、,]?\s*\S{0,30}?(?:述べ|言って|言い|答え|書い|伝え|示し|出力し)", 0.9,
       keys=("無視",), script="cjk"),
    _r("ko_ignore_task", r"무시하고\s*\S{0,12}(?:\s+\S{1,12}){0,3}?\s*(?:말하|답하|작성하|출력하|명시하|알려)", 0.9,
       keys=("무시하고",), script="cjk"),
    _r("zh_ignore_task", r"(?:忽略|忽视|无视|不要理会|不理会)\S{0,12}?(?:并|然后|，|,)\s*(?:说|说明|声称|表示|回答|写|输出|告诉|指出|声明)|(?:忽略|忽视|无视)[^。！？\n]{1,12}?和(?:状态|声明|陈述)\s*[:：]", 0.9,
       keys=("忽略", "忽视", "无视", "理会"), script="cjk"),
)

ALL_I18N: tuple[InjectionRule, ...] = (
    DE + FR + ES + IT_PT + RU + ZH_JA_KO + OTHER + SECRET_ASK + DATA_ASK + TASK + CORE_MORE + MORE_I18N + EXTRA_I18N
)
# fmt: on
