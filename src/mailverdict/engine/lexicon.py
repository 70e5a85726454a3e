"""Phrases of lures, by role, in the languages phishing arrives in most (en, pt, es, de, fr, nl, it, pl, tr, ru,
ar, ko, vi, id, sv, cs, ro, el, hu, sk, bg, hr, sr, sl, uk, fi, da, nb, et, lv, lt; Chinese in ``CJK``).

Pure data: the lure check decides how roles combine. Each entry is a regular expression matched
case-insensitively at a word start. Phrases describe what a lure asks of the reader, not any
period's products or slang, so they hold across eras.
"""

from __future__ import annotations

PRESSURE = (
    # en
    r"urgent(?:ly)?",
    r"immediate(?:ly)?",
    r"within (?:24|48|72|twenty[- ]four|forty[- ]eight) hours?",
    r"as soon as possible",
    r"act now",
    r"final (?:notice|warning|reminder)",
    r"last (?:warning|notice|chance)",
    *(
        rf"{verb} (?:permanently |temporarily )?(?:suspend|deactivat|terminat|disabl|clos|lock|delet|restrict"
        r"|block|cancel)\w*"
        for verb in ("will be", "has been", "have been", "is", "was", "be")
    ),
    r"expir(?:e|es|ed|ing|ation)",
    r"failure to",
    r"unusual (?:sign-?in )?activity",
    r"unauthori[sz]ed",
    r"suspicious (?:activity|login|sign-?in)",
    r"limited access",
    r"action required",
    r"respond promptly",
    r"time[- ]sensitive",
    r"pending (?:deletion|suspension|messages|payment)",
    r"verify now",
    r"fraudulent (?:activity|transactions?|charges?|use|access)",
    r"scheduled for (?:permanent )?(?:deletion|removal|suspension|deactivation|termination)",
    r"(?:reported|flagged) for (?:violating|violation|infring\w*)",
    r"violat\w* (?:of )?(?:our |the )?(?:community (?:standards|guidelines)|terms of (?:service|use)"
    r"|(?:advertising|ads|copyright|trademark|intellectual property) polic(?:y|ies))",
    r"(?:today|tonight|within (?:the next )?\d+ (?:hours|days)) (?:only|or)",
    # pt
    r"urgente",
    r"imediatamente",
    r"em até \d+ (?:horas|dias)",
    r"bloquead[oa]s?",
    r"bloqueio",
    r"suspens[ãa]o",
    r"suspens[oa]",
    r"cancelad[oa]",
    r"cancelamento",
    r"regulariz\w*",
    r"pendente",
    r"último aviso",
    r"evite (?:o )?(?:bloqueio|cancelamento|multa)",
    r"prazo",
    # es
    r"inmediatamente",
    r"suspendid[oa]",
    r"bloquead[oa]",
    r"caducad[oa]",
    r"vencid[oa]",
    r"pendiente",
    # de
    r"dringend",
    r"sofort",
    r"gesperrt",
    r"sperrung",
    r"abgelaufen",
    r"läuft (?:heute )?ab",
    r"letzte (?:mahnung|warnung|erinnerung)",
    r"innerhalb von \d+ (?:stunden|tagen)",
    r"deaktiviert",
    # fr
    r"immédiatement",
    r"suspendu",
    r"bloqué",
    r"dernier (?:avis|rappel)",
    r"sous \d+ (?:heures|jours)",
    # nl / it
    r"onmiddellijk",
    r"geblokkeerd",
    r"verlopen",
    r"laatste (?:herinnering|waarschuwing)",
    r"immediatamente",
    r"sospes[oa]",
    r"bloccat[oa]",
    r"scadut[oa]",
    r"ultimo avviso",
    r"entro \d+ (?:ore|giorni)",
    # de / fr / nl / it / pl / es / pt: what happens to the account, and the unusual activity said to cause it
    r"eingeschr[äa]nkt",
    r"(?:ungew[öo]hnlich|verd[äa]chtig)\w* (?:aktivit[äa]t|anmeld|zugriff|transaktion|[üu]berweisung)\w*",
    r"aus sicherheitsgr[üu]nden",
    r"d[ée]sactiv[ée]e?s?",
    r"restreint\w*",
    r"(?:activit[ée]|connexion|op[ée]ration)s? (?:inhabituel|suspect)\w*",
    r"dans les \d+ (?:heures|jours)",
    r"sans d[ée]lai",
    r"opgeschort",
    r"(?:is|wordt|worden|zal worden) (?:tijdelijk )?(?:beperkt|gedeactiveerd|stopgezet|afgesloten|opgeheven)",
    r"(?:ongebruikelijke|verdachte) (?:activiteit|inlog|transactie|betaling)\w*",
    r"binnen \d+ (?:uur|dagen)",
    r"buiten gebruik (?:gesteld|genomen)",
    r"actie vereist",
    r"(?:è|sarà|verrà|viene|stato|stata) (?:temporaneamente )?(?:limitat|disattivat|chius)[oa]",
    r"disattivat[oa]",
    r"(?:attivit[àa]|access[oi]|operazion[ei]) (?:sospett|insolit|anomal|non autorizzat)\w*",
    r"azione richiesta",
    r"zablokowan\w*",
    r"zawieszon\w*",
    r"(?:zosta[łl]\w*|zostanie|jest) (?:tymczasowo |trwale )?"
    r"(?:ograniczon|zablokowan|zawieszon|dezaktywowan|usuni[ęe]t)\w*",
    r"(?:nietypow|podejrzan)\w* (?:logowani|aktywno[śs]|transakcj|operacj)\w*",
    r"pilne",
    r"natychmiast\w*",
    r"w ci[ąa]gu \d+ (?:godzin|dni)",
    r"ostatnie (?:ostrze[żz]enie|przypomnienie|wezwanie)",
    r"(?:ha sido|ha quedado|est[áa]|ser[áa]) (?:temporalmente )?(?:limitad|restringid|desactivad)[oa]",
    r"actividad (?:inusual|sospechosa)",
    r"en las pr[óo]ximas \d+ horas",
    r"atividade (?:suspeita|incomum)",
    # pt / es: the account removed, and the policy it is said to break
    r"(?:ser[áa]|foi|ser[ãa]o|foram|fue|ha sido) (?:permanentemente |temporariamente |temporalmente )?"
    r"(?:exclu[íi]d|desativad|encerrad|removid|restringid|limitad|eliminad|cerrad)[oa]s?",
    r"desativad[oa]s?",
    r"viola[çc][ãa]o (?:de |dos |das |aos )?(?:direitos autorais|termos|diretrizes|pol[íi]ticas)",
    r"infracci[óo]n de (?:derechos de autor|las normas|nuestras pol[íi]ticas|los t[ée]rminos)",
    # tr: \w stands where Turkish has a dotless or dotted i (typed either way on foreign keyboards), which
    # keeps the phrase matchable on lowered text where a class holding the dotless i would not be
    r"acil(?:en)?",
    r"derhal",
    r"\d+ saat (?:i[çc]inde|i[çc]erisinde)",
    r"bloke (?:edil|olacak|olmu[şs]|ed\wl)\w*",
    # One phrase each: "ask" (of the Turkish askiya) is an English word too, and must not pull the others along.
    r"ask\wya al\wn\w*",
    r"(?:kapat\wla\w*|kapat\wlm\w\w*|engellen\w*|k\ws\wtlan\w*)",
    r"durduruldu|durdurulacak\w*",
    r"[şs][üu]pheli (?:i[şs]lem|giri[şs]|hareket|eri[şs]im)\w*",
    r"yetkisiz",
    r"son (?:uyar\w|hat\wrlatma)",
    # ru
    r"срочно",
    r"немедленно",
    r"в течение \d+ (?:час\w*|дн\w*|минут\w*|сут\w*)",
    r"(?:заблокирован|приостановлен|деактивирован)\w*",
    r"(?:будет|был[аои]?|временно) (?:ограничен|удал[её]н)\w*",
    r"ограничени\w* (?:доступа|выезда|операций)",
    r"блокировк\w*",
    r"подозрительн\w* (?:активност|вход|операци|действи)\w*",
    r"последнее (?:предупреждение|напоминание)",
    r"срок\w* (?:действия |добровольной оплаты )?ист[её]к\w*",
    # ar
    r"عاجل",
    r"فورا|فوراً|على الفور",
    r"خلال \d+ (?:ساعة|ساعات|يوم|أيام)",
    r"(?:إيقاف|ايقاف|تجميد|تعليق|حظر|إغلاق|اغلاق|تعطيل) (?:الحساب|حسابك|البطاقة|بطاقتك|الخدمة|البطاقات)",
    r"نشاط (?:مشبوه|غير (?:معتاد|عادي))",
    r"انتهاء (?:صلاحية|الصلاحية)",
    # ko
    r"긴급",
    r"즉시",
    r"\d+ ?시간 (?:이내|내에)",
    r"(?:이용|계정|서비스|사용|발송|수신|메일) ?(?:정지|제한|차단|중지)\w*",
    r"(?:정지|차단|잠금|삭제|해지|폐쇄)(?:됩니다|되었습니다|될 (?:수|예정)|예정)",
    r"(?:비정상|의심|해외)\w* (?:로그인|접속|접근|활동|결제)",
    r"보호 ?조치",
    # vi
    r"khẩn cấp",
    r"ngay lập tức",
    r"trong (?:vòng )?\d+ (?:giờ|ngày)",
    r"(?:bị (?:tạm )?|tạm )(?:khóa|khoá|ngưng|dừng)",
    r"đóng băng|vô hiệu ho[áa]",
    r"(?:hoạt động|đăng nhập|giao dịch) bất thường",
    r"hết hạn",
    # id
    r"segera",
    r"(?:dalam (?:waktu )?|paling lambat )\d+ ?(?:x ?24 )?jam",
    r"(?:di|ter)blokir",
    r"(?:dinonaktifkan|ditangguhkan|dibekukan)",
    r"(?:aktivitas|transaksi|login) (?:mencurigakan|tidak biasa)",
    # sv
    r"omedelbart",
    r"brådskande",
    r"inom \d+ (?:timmar|dagar)",
    r"(?:spärra(?:s|t|d|ts)|stängs av|avstängd\w*|låst\w*|inaktiver\w*)",
    r"(?:har|kommer att|kan) (?:\w+ )?begränsa(?:s|ts|t)",
    r"(?:misstänkt|ovanlig|obehörig)\w* (?:aktivitet|inloggning|transaktion)\w*",
    r"upphör att gälla",
    r"sista påminnelse\w*",
    # cs
    r"okam[žz]it[ěe]",
    r"nal[ée]hav\w*",
    r"do \d+ (?:hodin|dn[ůu]|dn[íi])",
    r"(?:zablokov[áa]n|pozastaven|deaktivov[áa]n)\w*",
    r"bude (?:zru[šs]en|omezen|smaz[áa]n)\w*",
    r"(?:podez[řr]el|neobvykl)\w* (?:aktivit|p[řr]ihl[áa][šs]en|transakc|p[řr][íi]stup)\w*",
    r"posledn[íi] (?:upozorn[ěe]n[íi]|v[ýy]zva)",
    # ro
    r"imediat",
    r"(?:în|termen de) \d+ (?:de )?(?:ore|zile)",
    r"(?:suspendat|blocat|dezactivat|restric[țţt]ionat)\w*",
    r"activitate (?:suspect[ăa]|neobi[șşs]nuit[ăa])",
    r"(?:ultima notificare|ultimul avertisment|soma[țţt]i\w*)",
    # el
    r"άμεσα|αμέσως",
    r"επείγον\w*",
    r"εντός \d+ (?:ωρών|ημερών)",
    r"(?:κλειδώθηκε|κλείδωμα|κλειδωμέν\w*|αναστολή|ανεστάλη|ανασταλεί|απενεργοποι\w*)",
    r"(?:ύποπτ|ασυνήθιστ)\w* (?:δραστηριότητ|σύνδεσ|συναλλαγ|πρόσβασ)\w*",
    r"απαιτείται ενέργεια",
    # hu (often written without its accents)
    r"azonnal\w*",
    r"(?:sürgős|surgos|sürgös)\w*",
    r"\d+ (?:[óo]r[áa]n|napon|munkanapon) bel[üu]l",
    r"felf[üu]ggeszt\w*",
    r"(?:letilt|zárol|zarol)\w*",
    r"korl[áa]toz\w*",
    r"(?:szokatlan|gyan[úu]s|jogosulatlan) (?:bejelentkez|tev[ée]kenys[ée]g|tranzakci|hozz[áa]f[ée]r|fizet)\w*",
    r"lej[áa]r\w*",
    r"utols[óo] (?:figyelmeztet[ée]s|felsz[óo]l[íi]t[áa]s|eml[ée]keztet[őo])",
    r"megsz[üu]n\w*",
    # sk (the Czech phrases above read much of it)
    r"(?:bude|bola|bol) (?:do[čc]asne |natrvalo )?(?:zablokovan|pozastaven|obmedzen|zru[šs]en|deaktivovan)\w*",
    r"obmedzen\w*",
    r"do \d+ hod[íi]n",
    r"(?:podozriv|neobvykl|neopr[áa]vnen)\w* (?:aktivit|prihl[áa]sen|transakci|platb|pr[íi]stup)\w*",
    r"posledn[ée] (?:upozornenie|varovanie|v[ýy]zva)",
    r"bezodkladne",
    r"nal[íi]hav\w*",
    # bg
    r"спешно",
    r"незабавно",
    r"(?:в срок до|в рамките на|в следващите) \d+ (?:час\w*|дни|дена|минути)",
    r"до \d+ часа",
    r"\d+-дневен срок",
    r"(?:блокиран|спрян|деактивиран|анулиран)\w*",
    r"(?:подозрителн|необичайн|неоторизиран)\w* (?:активност|вход|плащан|операци|транзакци)\w*",
    r"последно (?:предупреждение|напомняне)",
    r"(?:обезпечителни мерки|запор на)",
    # hr / sr / bs, and Serbian in Cyrillic
    r"hitno",
    r"odmah",
    r"(?:u roku od|unutar|u sljedeća|u narednih|u roku|rok:) \d+ (?:sat\w*|dan\w*)",
    r"(?:blokiran|suspendiran|onemogu[ćc]en|deaktiviran|isklju[čc]en|zaklju[čc]an)\w*",
    r"(?:bit [ćc]e|biti [ćc]e|je|su|bi bio) (?:privremeno |trajno )?ograni[čc]en\w*",
    r"(?:sumnjiv|neuobi[čc]ajen|neovla[šs][ćc]en)\w* (?:aktivnost|prijav|transakcij|pristup|pla[ćc]anj)\w*",
    r"posl(?:j)?ednj\w* (?:upozorenj|opomen)\w*",
    r"хитно",
    r"(?:онемогућен|искључен|суспендован)\w*",
    # sl
    r"takoj",
    r"nujno",
    r"v roku \d+ (?:ur|urah|dni|dneh)",
    r"\d+ urah",
    r"\d+ dneh",
    r"(?:onemogočen|onemogocen|začasno zaprt|zacasno zaprt|ukinjen)\w*",
    r"(?:bo|je|bil) (?:za[čc]asno )?omejen\w*",
    r"(?:sumljiv|neobi[čc]ajn|nepoobla[šs][čc]en)\w* (?:dejavnost|prijav|transakcij|dostop)\w*",
    r"zadnje (?:opozorilo|obvestilo)",
    # uk
    r"терміново",
    r"негайно",
    r"(?:протягом|впродовж|через) \d+ (?:годин\w*|дн\w*|хвилин\w*)",
    r"(?:заблоковано|заблокован\w*|призупинен\w*|деактивован\w*)",
    r"(?:буде|було|тимчасово) обмежен\w*",
    r"підозріл\w* (?:активн|вхід|операці|транзакці)\w*",
    r"останнє (?:попередження|нагадування)",
    r"(?:буде|було) (?:подвоєн|анульован)\w*",
    r"кількість (?:виплат|місць) обмежен\w*",
    # fi
    r"v[äa]litt[öo]m[äa]sti",
    r"kiireelli\w*",
    r"\d+ (?:tunnin|p[äa]iv[äa]n|vuorokauden|arkip[äa]iv[äa]n) kuluessa",
    r"suljet(?:aan|tu|tiin)\w*",
    r"lukit(?:aan|tu|tiin)\w*",
    r"estet(?:[äa][äa]n|ty|tiin)\w*",
    r"j[äa][äa]dytet\w*",
    r"rajoite(?:taan|ttu|ttiin)\w*",
    r"keskeytet\w*",
    r"poistetaan k[äa]yt[öo]st[äa]",
    r"(?:epätavalli|epatavalli|epäilyttäv|epailyttav|luvato)\w* (?:kirjautum|toimin|tapahtum|maksu|k[äa]ytt[öo])\w*",
    r"viimeinen (?:muistutus|varoitus)",
    # da / no
    r"omg[åa]ende",
    r"(?:inden|indenfor|inden for|innen|innenfor|i løpet av) \d+ (?:timer|dage|dager|bankdage|virkedage)",
    r"(?:spærret|sperret|blokeret|blokkert|suspenderet|suspendert|deaktiveret|deaktivert)",
    r"(?:bliver|blive|vil blive|kan blive|blir|bli|vil bli|kan bli|er blevet|har blitt) (?:midlertidigt? |permanent )?"
    r"(?:sp[æe]rret|lukket|blokeret|suspenderet|deaktiveret|begr[æe]nset|sperret|stengt|blokkert|suspendert"
    r"|deaktivert|begrenset|kansellert|annulleret)",
    r"(?:spærres|lukkes|blokeres|sperres|stenges|blokkeres|deaktiveres|kanselleres)",
    r"(?:mistænkelig|mistenkelig|mistaenkelig|usædvanlig|usaedvanlig|uautoriser|uvanlig)\w* "
    r"(?:aktivitet|login|p[åa]logging|transaktion|transaksjon"
    r"|betaling)\w*",
    r"sidste (?:p[åa]mindelse|advarsel|rykker)",
    r"siste (?:p[åa]minnelse|advarsel|purring)",
    # et
    r"viivitamatult",
    r"kiireloomuli\w*",
    r"\d+ (?:tunni|p[äa]eva) jooksul",
    r"blokeeri\w*",
    r"peatat\w*",
    r"(?:suletakse|piiratakse|piiratud)",
    r"(?:kahtlan|ebatavali|volitamat)\w* (?:tegevus|sisselogimi|tehing|makse)\w*",
    r"viimane (?:meeldetuletus|hoiatus)",
    # lv
    r"nekav[ēe]joties",
    r"steidzam\w*",
    r"\d+ (?:stundu|dienu) laik[āa]",
    r"(?:blo[ķk][ēe]t|aptur[ēe]t|ierobe[žz]ot|deaktiviz[ēe]t)\w*",
    r"(?:aizdom[īi]g|neparast|nesankcion[ēe]t)\w* (?:darb[īi]b|pieteik|transakcij|maks[āa]jum)\w*",
    r"(?:pēdējais|pedejais) (?:atg[āa]din[āa]jums|br[īi]din[āa]jums)",
    # lt
    r"nedelsiant",
    r"skubiai",
    r"per \d+ (?:valand|dien|val\.)\w*",
    r"(?:užblokuot|uzblokuot|sustabdyt|apribot|deaktyvuot)\w*",
    r"(?:įtarti|itarti|neįprast|neiprast|neteisėt|neteiset)\w* (?:veikl|prisijungim|operacij|mok[ėe]jim)\w*",
    r"paskutinis (?:priminimas|[įi]sp[ėe]jimas)",
)

CREDENTIAL = (
    # en
    r"verify your (?:account|identity|email|information|details|mailbox)",
    r"confirm your (?:account|identity|password|details|information|email|billing)",
    r"update your (?:account|billing|payment|information|details)",
    r"enter your (?:password|credentials|details)",
    r"log ?in to (?:your|restore|verify)",
    r"sign ?in to (?:your|restore|verify)",
    r"mailbox (?:quota|storage|is full)",
    r"storage (?:quota|is full|limit)",
    r"billing information",
    r"security (?:check|verification|update)",
    r"account (?:verification|validation|update|information)",
    r"validate your",
    r"prove your identity",
    r"reactivate",
    r"restore (?:your )?(?:account|access)",
    r"two-factor|2fa",
    # Identity-document harvesting: KYC updates, one-time codes, a photo of the reader's papers.
    r"(?:complete|update) (?:your )?(?:kyc|e-?kyc|re-?kyc)",
    r"kyc (?:update|verification|is pending|pending|has expired|expired|not updated)",
    # Genuine code mails say "enter the OTP" and warn "never share your OTP"; only kits ask to verify it.
    r"verify (?:the|your) (?:otp|one[- ]time (?:password|code|pin))",
    r"upload (?:a (?:clear |scanned )?(?:copy|photo|picture|scan) of )?your (?:id|identity|passport|driving licen[cs]e"
    r"|aadhaar|pan card|national id|documents|selfie)",
    r"update your (?:documents|aadhaar|pan)",
    # pt
    r"verifi\w+ (?:sua|seus|seu) (?:conta|dados|identidade|cadastro)",
    r"confirm\w+ (?:sua|seus|seu) (?:conta|dados|identidade|cadastro|e-?mail|senha)",
    r"atualiz\w+ (?:sua|seus|seu) (?:conta|dados|cadastro)",
    r"acesse (?:sua|a sua) conta",
    r"dados bancários",
    # es
    r"verifi\w+ su (?:cuenta|identidad|información)",
    r"confirm\w+ sus? (?:datos|identidad|cuenta)",
    r"actualiz\w+ sus? (?:datos|cuenta|información)",
    r"inicia(?:r)? sesión",
    # de
    r"bestätigen sie ihr\w*",
    r"verifizieren sie",
    r"aktualisieren sie ihr\w*",
    r"zugangsdaten",
    # fr / nl / it
    r"vérifie[rz] votre",
    r"confirme[rz] votre",
    r"mettre à jour vos",
    r"identifiants",
    r"verifieer uw",
    r"bevestig uw",
    r"verifica (?:il tuo|i tuoi)",
    r"conferma i tuoi",
    r"credenziali",
    r"verific\w* (?:la tua|il tuo|i tuoi|le tue) (?:identit[àa]|dati|account|conto|credenziali)",
    r"aggiorn\w* (?:i tuoi|il tuo|la tua|le tue) (?:dati|account|profilo|credenziali)",
    # de: "Ihr pushTAN-Verfahren muss bis zum 15.05. aktualisiert werden"
    r"(?:muss|m[üu]ssen)(?: [\w.-]+){0,5} (?:aktualisiert|verifiziert|best[äa]tigt|freigeschaltet|registriert"
    r"|reaktiviert|erneuert) werden",
    r"[üu]berpr[üu]fen sie ihr\w*",
    r"ihre (?:daten|angaben|identit[äa]t|kontodaten|zugangsdaten) (?:\w+ )?(?:zu )?(?:best[äa]tigen|verifizieren"
    r"|aktualisieren|[üu]berpr[üu]fen)",
    r"anmeldedaten",
    r"sicherheits(?:[üu]berpr[üu]fung|update|aktualisierung)",
    # fr
    r"mett(?:re|ez) à jour (?:vos|votre)",
    r"mise à jour (?:de sécurité|de vos (?:informations|données|coordonnées))",
    r"valide[rz] votre",
    r"réactive[rz] votre",
    r"vos (?:informations|données) (?:personnelles|bancaires)",
    # nl
    r"controleer uw",
    r"uw (?:gegevens|identiteit) (?:\w+ )?(?:te )?(?:controleren|bevestigen|bijwerken|verifi[ëe]ren|updaten"
    r"|actualiseren)",
    r"werk uw gegevens bij",
    r"inloggegevens",
    r"(?:beveiligings|veiligheids)(?:update|controle|check)",
    # it
    r"conferm\w* (?:la tua|il tuo|i tuoi|le tue) (?:identit[àa]|dati|account|credenziali)",
    r"dati di accesso",
    r"(?:verifica|controllo|aggiornamento) di sicurezza",
    r"(?:riattiv|sblocc)\w* (?:il tuo|la tua) (?:account|conto|carta|profilo)",
    # pl (often written without its diacritics)
    r"potwierd[źz]\w* (?:swoj\w* |sw[oó]j )?(?:to[żz]samo[śs][ćc]|dane|konto)",
    r"zweryfikuj\w* (?:swoj\w* |sw[oó]j )?(?:to[żz]samo[śs][ćc]|dane|konto)",
    r"(?:zaktualizuj|uzupe[łl]nij)\w* (?:swoje )?dane",
    r"dane (?:do )?logowania",
    r"weryfikacj\w* (?:to[żz]samo[śs]ci|danych|konta)",
    r"odblokuj\w*",
    # es: the familiar "tu" as well as "su"
    r"(?:verifi|confirm|actualiz|valid)\w* tus? (?:datos|identidad|cuenta|informaci[óo]n)",
    r"datos de acceso",
    # tr
    r"bilgileriniz\w*(?: \S+){0,4} (?:g[üu]ncelle|do[ğg]rula|onayla|teyit)\w*",
    r"kimlik (?:bilgileri\w*|do[ğg]rulama\w*)",
    r"(?:kart|hesap|giri[şs]) bilgileri\w*(?: \S+){0,4} (?:g[üu]ncelle|do[ğg]rula|onayla|gir)\w*",
    r"hesab\wn\wz\w (?:do[ğg]rula|onayla|g[üu]ncelle|aktifle[şs]tir)\w*",
    r"do[ğg]rulanmas\w gerek\w*",
    # ru
    r"подтверди\w* (?:свои |ваши |свою |вашу )?(?:данные|личность|аккаунт|учетн\w*|учётн\w*|реквизиты|карт\w*|номер)",
    r"обнови\w* (?:свои |ваши )?(?:данные|сведения|реквизиты)",
    r"войдите в (?:личный кабинет|аккаунт|систему|приложение)",
    r"введите (?:код|пароль|логин|данные)",
    r"подтверждени\w* (?:личности|данных|реквизитов)",
    # ar
    r"تحديث (?:البيانات|بياناتك|بيانات)",
    r"تأكيد (?:البيانات|بياناتك|بيانات|هويتك|الهوية|الحساب|حسابك|رقم)",
    r"التحقق من (?:هويتك|حسابك|بياناتك|الهوية)",
    r"رمز (?:التحقق|التفعيل)",
    r"اسم المستخدم",
    r"بيانات البطاقة",
    # ko
    r"본인 ?(?:인증|확인)",
    r"(?:계정|보안|신원) ?인증",
    r"(?:정보|개인정보|계정)(?:를|을)? (?:업데이트|갱신|확인|입력)",
    r"로그인(?:하여|하셔서|하시어| 후)",
    # vi
    r"(?:xác minh|xác thực|xác nhận) (?:lại )?(?:tài khoản|danh tính|thông tin|smart ?otp)",
    r"cập nhật (?:lại )?(?:thông tin|tài khoản|smart ?otp|sinh trắc học|căn cước)",
    r"đăng nhập (?:vào|để|tài khoản)",
    r"kích hoạt (?:lại )?(?:smart ?otp|tài khoản)",
    # id
    r"verifikasi (?:akun|data|identitas)",
    r"(?:perbarui|perbaharui|update) (?:data|akun|informasi)",
    r"konfirmasi (?:data|akun|identitas)",
    r"masukkan (?:pin|kode|password|kata sandi|data)",
    r"(?:isi|lengkapi) data (?:diri|anda|rekening|kartu)",
    # sv
    r"verifiera (?:ditt|din|dina|dig)",
    r"bekräfta (?:ditt|din|dina|dig)",
    r"(?:uppdatera|förnya) (?:ditt|din|dina) (?:uppgifter|konto|information|kort|bankid|mobilt bankid)",
    r"logga in (?:på|för|med)",
    r"inloggningsuppgifter",
    # cs
    r"(?:ověř|over)\w* (?:sv\w* |v[áa][šs]\w* )?(?:[úu][čc]\w*|identit\w*|[úu]daj\w*|toto[žz]nost\w*)",
    r"potvr[dď]\w* (?:sv\w* |v[áa][šs]\w* )?(?:[úu]daj\w*|[úu][čc]\w*|toto[žz]nost\w*)",
    r"aktualizuj\w* (?:sv\w* |v[áa][šs]\w* )?[úu]daj\w*",
    r"p[řr]ihla[šs]ovac\w* [úu]daj\w*",
    # ro
    r"(?:verific|confirm|actualiz|valid)\w* (?:contul|datele|identitatea|informa[țţt]iile)",
    r"date(?:le)? de (?:autentificare|conectare|card)",
    # el
    r"επαλήθευσ\w*",
    r"επιβεβαι\w* (?:τα στοιχεία|τον λογαριασμό|την ταυτότητα|τα δεδομένα)",
    r"(?:ενημερώσ|ενημέρωσ)\w* (?:τα στοιχεία|τον λογαριασμό|των στοιχείων)",
    r"στοιχεία (?:σύνδεσης|της κάρτας|κάρτας|πρόσβασης)",
    r"συνδεθείτε",
    # hu
    r"(?:er[őo]s[íi]ts|igazolj|friss[íi]ts|ellen[őo]rizz)\w* meg",
    r"adatai\w* (?:meger[őo]s[íi]t|friss[íi]t|ellen[őo]r[íi]?z|egyeztet)\w*",
    r"(?:k[áa]rtya|bankk[áa]rtya|bel[ée]p[ée]si|azonos[íi]t[óo]) ?adat\w*",
    r"jelentkezzen be",
    r"l[ée]pjen be",
    r"(?:[úu]jra )?azonos[íi]t(?:sa|ania|ani) mag[áa]t",
    r"azonos[íi]t[áa]s most",
    # sk
    r"(?:over|potvr[dď]|aktualizuj|zadajte|vypl[ňn])\w* (?:svoj\w* |va[šs]\w* )?(?:[úu]daj\w*|identit\w*"
    r"|toto[žz]nos\w*|platobn\w* kart\w*)",
    r"prihl[áa]s\w* (?:sa )?do (?:internet bankingu|internetbankingu|aplik[áa]cie|[úu][čc]tu|slu[žz]by)",
    r"prihlasovac\w* [úu]daj\w*",
    # bg
    r"потвърд\w* (?:вашите |си )?(?:данни|данните|самоличност|картата|сметката|профила)\w*",
    r"(?:актуализирайте|обновете|въведете) (?:вашите |си )?(?:данни|данните|информацията|паролата|кода)\w*",
    r"(?:влезте в|вход в) (?:системата|профила|акаунта|онлайн банк\w*|мобилн\w*|dsk|приложението)",
    r"данни(?:те)? (?:на|за) (?:картата|карта|вход)",
    # hr / sr / bs / sl
    r"(?:potvrdi|ažurira|azurira|provjeri|proveri|verificira|verifikuj|potrdi|posodobi|preveri)\w* "
    r"(?:svoj\w* |va[šs]\w* )?(?:podatk\w*|podatak\w*|identitet\w*|kartic\w*|korisni[čc]k\w*)",
    r"prijavite se (?:putem|preko|u |na |v |z )",
    r"podat\w* (?:o |sa |s )?kartic\w*",
    r"(?:потврди|ажурира|провери)\w* (?:своје |ваше )?(?:податк|идентитет|рачун|картиц)\w*",
    # uk
    r"(?:підтвердіть|підтвердити|оновіть|уточніть|введіть)\w* (?:свої |ваші )?(?:дані|даних|особу|картк\w*|номер\w*"
    r"|реквізит\w*|cvv)",
    r"увійдіть (?:у|в|до) ",
    r"(?:номер|дані|реквізити) картки",
    # fi
    r"vahvist\w* (?:henkil[öo]llisyyte\w*|tiet\w*|tunnukse\w*|tilitie\w*|pankkitil\w*|korttitie\w*|kortti\w*)",
    r"(?:pankkitilin|tilitietojen|henkil[öo]llisyyden|tunnusten) vahvist\w*",
    r"p[äa]ivit[äa]\w* (?:asiakastie|tie|tunnukse)\w*",
    r"tunnistaudu\w*",
    r"kirjaudu (?:sis[äa][äa]n|verkkopankkiin|pankkitunnuks\w*)",
    # da / no
    r"bekr[æe]ft\w* (?:din|dit|dine) (?:identitet|oplysninger|konto|kort\w*|nemkonto|kontooplysninger"
    r"|betalingsoplysninger)\w*",
    r"bekreft\w* (?:din|ditt|dine) (?:identitet|opplysninger|konto|kort\w*|kontoopplysninger|betalingsinformasjon)\w*",
    r"bekreft\w* kortet ditt",
    r"(?:opdater|oppdater)\w* (?:din|dit|dine|ditt) (?:oplysninger|opplysninger|konto|kort|betalingsoplysninger"
    r"|betalingsinformasjon)",
    r"(?:log ind|logge ind|logg inn|logge inn) (?:med|via) (?:mitid|nemid|bankid)",
    r"(?:forny\w* (?:din |ditt )?bankid|bankid\w* (?:m[åa] )?fornyes)",
    r"skift til mitid",
    # et / lv / lt
    r"(?:kinnita|uuenda|värskenda|varskenda|sisesta)\w* (?:oma |enda )?"
    r"(?:andmed|isikuandmed|konto|kaardi\w*|pangaandmed)",
    r"(?:apstipriniet|apstiprin[āa]t|atjaunojiet|atjaunin[āa]t|ievadiet|pārbaudiet|parbaudiet)\w* "
    r"(?:savu |savus |j[ūu]su )?"
    r"(?:dat\w*|identit[āa]t\w*|kont\w*|kart\w*|inform[āa]cij\w*)",
    r"(?:patvirtinkite|atnaujinkite|patikrinkite|įveskite|iveskite)\w* (?:savo )?(?:duomen\w*|tapatyb\w*|paskyr\w*"
    r"|kortel\w*|informacij\w*)",
    r"prisijunkite",
)

# Secrets a lure wants typed in; ordinary words alone, they count only next to account words.
SECRETS = (
    r"password",
    r"passcode",
    r"credentials",
    r"social security number",
    r"card number",
    r"security code",
    r"senha",
    r"contraseña",
    r"passwort",
    r"kennwort",
    r"mot de passe",
    r"wachtwoord",
    r"cvv",
    r"has[łl]o",
    r"pincode|pin-code|codice pin|code pin|kod pin|clave de acceso|clave secreta",
    r"code (?:personnel|confidentiel|secret)",
    r"dane karty|dati della carta|donn[ée]es de (?:votre )?carte|kaartgegevens|kartendaten",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"[şs]ifre\w*",
    r"пароль\w*|пин-?код\w*",
    r"كلمة (?:المرور|السر)|الرقم السري",
    r"비밀번호",
    r"mã otp|kode otp|код из (?:смс|sms)",
    r"mật khẩu",
    r"kata sandi",
    r"lösenord\w*",
    r"heslo\w*",
    r"parol[aei]\w*",
    r"κωδικ\w* (?:πρόσβασης|pin)",
    # hu, hr, sr, sl, bg, uk, fi, da, no, et, lv, lt
    r"jelsz[óo]\w*",
    r"lozink\w*",
    r"geslo|gesla",
    r"парол[аи]\w*",
    r"(?:salasan|tunnusluvu|pankkitunnuks)\w*",
    r"(?:adgangskode|passord|kodebrikke)\w*",
    r"(?:parool|slapta[žz]od)\w*",
    r"cvv-?(?:код|kód|kod|koodi|kode)",
    r"термін дії",
)

ACCOUNT = (
    r"your account",
    r"your mailbox",
    r"your (?:e-?mail|apple|microsoft|paypal|bank) account",
    r"access to your",
    # what a page, shop or channel owner is threatened with losing (social-media and marketplace lures)
    r"your (?:business |facebook |instagram )?(?:page|ad account|business account|business manager|channel)",
    r"sua conta",
    r"seu cadastro",
    r"seu cpf",
    r"seu cart[ãa]o",
    r"sua chave pix",
    r"seu acesso",
    r"su cuenta",
    r"ihr konto",
    r"ihr\w* (?:[\w]+-)*zugang",
    r"votre compte",
    # what an agency or bank threatens to stop: the reader's card, file or benefits
    r"votre (?:carte|espace|dossier|abonnement)",
    r"vos (?:remboursements|droits|prestations|paiements)",
    r"uw account",
    r"il tuo account",
    r"(?:il |al |del |sul |nel )?tuo (?:conto|profilo)",
    r"la tua (?:carta|utenza|app)",
    r"il tuo accesso",
    r"ihr\w* (?:online-?banking|kundenkonto|bankkarte|karte)",
    r"votre acc[èe]s",
    r"uw (?:rekening|bankrekening|betaalpas|bankpas|toegang|creditcard)",
    r"tw(?:oje|ojego|[oó]j) (?:konto|konta|rachun\w*)",
    r"dost[ęe]p do (?:twojego )?konta",
    r"tu (?:cuenta|tarjeta)",
    r"su tarjeta",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"hesab\wn\wz\w*|kart\wn\wz\w*|hatt\wn\wz\w*",
    r"ваш\w* (?:аккаунт|учетн\w* запис\w*|учётн\w* запис\w*|сч[её]т|карт\w*|личн\w* кабинет|доступ)",
    r"(?:учетн|учётн)\w* запис\w*",
    r"حسابك\w*|بطاقتك|الحساب",
    r"(?:고객님의 |회원님의 |귀하의 )?(?:계정|계좌|아이디|메일 ?계정|메일함)",
    r"tài khoản",
    r"thẻ (?:của )?(?:quý khách|bạn|anh|chị)",
    r"(?:akun|rekening|kartu(?: atm| kredit| debit)?|m-banking) anda",
    r"(?:ditt|ert) (?:konto|bankid|kort|mobilt bankid)",
    r"(?:váš|vaš|vas)\w* (?:[úu][čc]\w*|kart\w*|schr[áa]nk\w*|p[řr][íi]stup\w*)",
    r"(?:contul|cardul) (?:dvs\.?|dumneavoastr[ăa]|t[ăa]u)",
    r"λογαριασμ\w* σας",
    r"κάρτα σας",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et, lv, lt
    r"(?:bankkártyáj|bankkartyaj|kártyáj|kartyaj|fiókj|fiokj|bankszámláj|bankszamlaj|számláj|szamlaj|hozzáférése"
    r"|hozzaferese)\w*",
    r"(?:vaš|vas)\w* (?:platobn\w* |debetn\w* |kreditn\w* )kart\w*",
    r"(?:вашата|вашия|вашият) (?:карта|сметка|профил|акаунт|достъп)\w*",
    r"(?:vaš|vas|tvoj)\w* (?:ra[čc]un\w*|kartic\w*|korisni[čc]k\w* (?:profil|ra[čc]un)\w*|pristup\w*|dostop\w*)",
    r"pristup (?:internetskom|mobilnom|ra[čc]unu)\w*",
    r"dostop do (?:spletne|mobilne|ra[čc]una|va[šs]\w*)\w*",
    r"ваш\w* (?:рачун|картиц|профил|приступ)\w*",
    r"ваш\w* (?:рахун\w*|картк\w*|акаунт\w*|обліков\w* запис\w*|кабінет\w*)",
    r"(?:verkkopankki|pankki)?tunnuksesi|(?:pankki|asiakas|k[äa]ytt[äa]j[äa])?tilisi|korttisi|verkkopankkisi"
    r"|liittym[äa]si",
    r"(?:din|dit|dine|ditt) (?:konto|kort|netbank|nettbank|adgang|tilgang|mitid|nemid|bankid)\w*",
    r"(?:adgangen|tilgangen) til (?:netbank|nettbank|kontoen|konto)\w*",
    r"(?:kortet|kontoen|tilgangen) (?:din|ditt)",
    r"(?:teie|sinu) (?:konto|kaart|pangakaart|ligip[äa][äa]s|juurdep[äa][äa]s)\w*",
    r"(?:jūsu|jusu|tavs|tava) (?:kont\w*|kart\w*|piekļuv\w*|piekluv\w*|profil\w*)",
    r"(?:jūsų|jusu|tavo) (?:paskyr\w*|sąskait\w*|saskait\w*|kortel\w*|prieig\w*)",
)

# Which pressure phrases threaten the account itself (as opposed to a deadline).
ACCOUNT_THREATS = (
    r"suspen|deactivat|terminat|disabl|clos|lock|delet|remov|restrict|limit|block|bloque|bloqu|cancel|gesperrt"
    r"|exclu|encerrad|removid|eliminad|cerrad|sperr|deaktiv|geblokkeerd|sospes|bloccat|eingeschr|d[ée]sactiv"
    r"|restreint|opgeschort|beperkt|gedeactiveerd"
    r"|stopgezet|afgesloten|opgeheven|buiten gebruik|disattiv|chius|zablok|zawiesz|ogranicz|dezaktyw|usuni|restringid"
    r"|desactiv|desativ"
    r"|bloke|ask[ıi]ya|kapat|engellen|k[ıi]s[ıi]tlan|durdur|заблокир|приостанов|ограничен|деактив|удал|блокир"
    r"|إيقاف|ايقاف|تجميد|تعليق|حظر|إغلاق|اغلاق|تعطيل|정지|제한|차단|중지|잠금|삭제|해지|폐쇄|khóa|khoá|ngưng|dừng"
    r"|đóng băng|vô hiệu|blokir|nonaktif|ditangguhkan|dibekukan|spärr|stängs|avstängd|låst|inaktiv|zablok|pozastav"
    r"|zru[šs]|omezen|smaz|blocat|dezactiv|restric|κλειδ|αναστολ|ανεστάλη|ανασταλ|απενεργοπ|begräns|보호 ?조치"
    r"|冻结|停用|封禁|锁定|注销|关闭|暂停|限制"
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"|felf[üu]gg|letilt|z[áa]rol|korl[áa]toz|megsz[üu]n|obmedz|блокиран|спрян|деактивиран|анулиран|blokiran"
    r"|suspendiran|onemogu|isklju|ograni|zaklju|onemogo|omejen|ukinjen|заблоков|призупин|деактивов|обмежен"
    r"|онемогућен|искључен|суспендован|suljet|lukit|estet|j[äa][äa]dyt|rajoit|keskeyt|poistetaan|sp[æe]rr|lukke"
    r"|blokere|suspender|begr[æe]ns|sperr|steng|blokker|begrens|kansell|annuller|blokeeri|peatat|suletakse|piira"
    r"|blo[ķk][ēe]|aptur|ierobe|u[žz]blok|sustabd|apribot|deaktyv"
)

MONEY_REQUEST = (
    r"gift ?cards?",
    r"(?:google play|itunes|apple|steam|amazon|ebay|razer gold|vanilla(?: visa)?) (?:gift |store |prepaid )?cards?",
    r"wire (?:transfer|the (?:funds|payment))",
    r"bank (?:details|account) (?:has|have) changed",
    r"new bank (?:details|account)",
    r"change (?:of|in) (?:bank|payment|banking) details",
    r"direct deposit",
    r"payroll",
    r"n[óo]mina|folha de pagamento|gehaltskonto",
    r"pay ?checks?",
    r"(?:salary|wages?) (?:payment|account|deposit)",
    r"outstanding (?:invoice|payment|balance)",
    r"overdue (?:invoice|payment)",
    r"remittance",
    r"payment (?:confirmation|details|advice|run)",
    r"sort code",
    r"process (?:a|the) payment",
    r"bitcoin|btc wallet|crypto ?wallet",
    r"boleto",
    r"chave pix",
    r"via pix",
    r"(?:fa[çz]a|fazer|mandar|enviar|transferir) (?:um |o )?pix",
    r"pagamento (?:via|por) pix",
    r"fatura (?:em aberto|vencida|pendente)",
    r"taxa (?:obrigatória|pendente)",
    r"transferencia bancaria",
    r"überweisung",
    r"virement",
    r"bankdaten|bankverbindung|kontoverbindung",
    r"coordonn[ée]es bancaires",
    r"rekeningnummer",
    r"coordinate bancarie",
    r"bonifico",
    r"przelew\w*",
    r"numer (?:konta|rachunku)",
    r"anzahlung",
    r"facture (?:impay[ée]e|en souffrance|en retard)",
    r"openstaande (?:factu\w*|betaling\w*|bedrag)",
    r"fattur\w* (?:insolut|scadut|non pagat)\w*",
    r"offene (?:rechnung|forderung)\w*",
    # tr
    r"havale",
    r"ödeme(?:nizi)? (?:yap\wn\w*|yapman\wz\w*|talimat\w*)",
    r"(?:ödenmemi[şs]|gecikmi[şs]) (?:fatura|borç|ödeme)\w*",
    r"borcunuz\w*",
    # ru
    r"сч[её]т на оплату",
    r"оплати\w* (?:сч[её]т|штраф|задолженност\w*|долг|доставк\w*)",
    r"(?:задолженност|неоплаченн)\w*",
    r"перев\w* (?:деньги |средства |сумму )?(?:на|по) (?:реквизит|сч[её]т|карт)\w*",
    # ar
    r"تحويل (?:بنكي|مبلغ|المبلغ)",
    r"سداد (?:الرسوم|المبلغ|الفاتورة|المستحقات)",
    r"(?:دفع|ادفع) (?:رسوم|الرسوم|الآن)",
    r"فاتورة (?:غير مسددة|مستحقة|متأخرة)",
    # ko
    r"송금",
    r"(?:계좌 ?)?이체",
    r"(?:미납|연체)\w*",
    # vi
    r"chuyển (?:khoản|tiền)",
    r"(?:thanh toán|nộp) (?:ngay|phí)",
    r"chưa thanh toán",
    r"quá hạn",
    # id
    r"transfer (?:dana|ke rekening|sejumlah|biaya)",
    r"nomor rekening",
    r"tagihan (?:anda|belum|tertunggak)",
    r"belum (?:dibayar|lunas)",
    r"biaya (?:administrasi|pendaftaran|reservasi|akomodasi|pengiriman)",
    # sv
    r"betala (?:nu|avgiften)",
    r"(?:obetald|förfallen)\w*",
    r"kontonummer",
    r"(?:brådskande )?överföring\w*",
    # cs
    r"doplat(?:ek|ku|it|te)\w*",
    r"nezaplacen\w*",
    r"po splatnosti",
    r"[čc][íi]slo [úu][čc]tu",
    r"bankovn[íi] (?:spojen[íi]|p[řr]evod)",
    # ro
    r"(?:plat[ăa]|factur[ăa]|facturi|sum[ăa]) restant\w*",
    r"transfer bancar",
    # el
    r"πληρώστε",
    r"(?:ανεξόφλητ|εκκρεμ)\w* (?:οφειλ|πληρωμ|λογαριασμ|τέλ)\w*",
    r"τραπεζικ\w* (?:μεταφορ|κατάθεσ|έμβασμ)\w*",
    # hu
    r"[áa]tutal\w*",
    r"utal(?:j[áa]k|ja|ni|jon)\b",
    r"(?:kifizetetlen|lej[áa]rt|rendezetlen) (?:sz[áa]ml|tartoz[áa]s|d[íi]j)\w*",
    r"sz[áa]mlasz[áa]m\w*",
    # sk
    r"(?:neuhraden|nezaplaten)\w* (?:fakt[úu]r|platb|poplat)\w*",
    r"bankov\w* prevod\w*",
    # bg
    r"(?:неплатени|просрочени) (?:задължения|сметки|фактури)",
    r"банков (?:превод|сметка)",
    r"(?:платете|заплатете)\w*",
    # hr / sr / sl
    r"(?:platite|uplatite|podmirite|pla[čc]ajte|poravnajte)\w*",
    r"(?:nepla[ćc]en|dospjel|neporavnan|zapadl)\w* (?:ra[čc]un|dug|obvez)\w*",
    # uk
    r"(?:оплатіть|сплатіть|сплатити|оплатити)\w*",
    r"(?:неоплачен|несплачен)\w*",
    # fi
    r"(?:maksa|maksakaa) (?:lasku|maksu|summa)\w*",
    r"(?:erääntyn|eraantyn|maksamat)\w*",
    r"(?:tilisiirto|tilinumero|tilitied)\w*",
    r"ennakkomaksu\w*",
    # da / no
    r"(?:betal|indbetal|overf[øo]r)\w* (?:bel[øo]bet|regningen|fakturaen|gebyret)",
    r"(?:ubetalt|forfalden|forfalt)\w* (?:faktura|regning|bel[øo]b|gebyr)\w*",
    r"(?:bankoplysninger|bankopplysninger|registreringsnummer)",
    r"overf[øo]r(?:sel|ing)\w*",
    # et / lv / lt
    r"(?:tasumata|maksmata|võlgnevus|volgnevus)\w*",
    r"(?:panga)?[üu]lekan\w*",
    r"(?:apmaks[āa]jiet|samaks[āa]jiet|nomaks[āa]jiet)\w*",
    r"(?:neapmaks[āa]t|kav[ēe]t)\w* (?:r[ēe][ķk]in|maks[āa]jum|par[āa]d)\w*",
    r"(?:sumok[ėe]kite|apmok[ėe]kite)\w*",
    r"(?:neapmok[ėe]t|pradelst)\w* (?:s[ąa]skait|mokest|[įi]siskolinim)\w*",
    r"banko pervedim\w*",
)

# The first move of business e-mail compromise and of the "new number" scam: no money asked yet, only
# a reply on another channel or a favour, so that the conversation leaves the company's mail.
REPLY_BAIT = (
    # en
    r"(?:send|text|share|give) me your (?:personal |private )?(?:cell|mobile|phone|whatsapp|cell phone|telephone)"
    r"(?: number| no)?",
    r"what(?:'s| is) your (?:cell|mobile|whatsapp|phone|personal) (?:number|no)",
    r"(?:reply|respond|get back to me) with your (?:cell|mobile|phone|whatsapp)",
    r"text me (?:on|at|asap|back)",
    r"(?:do me|need) a (?:quick |small |little )?favou?r",
    r"i need you to (?:handle|complete|take care of|do) (?:a|something|an)",
    r"(?:this is|it'?s|here is) my new (?:number|phone|whatsapp)",
    r"(?:i )?(?:changed|lost|broke|dropped) my (?:phone|number|mobile)",
    # pt
    r"me (?:passa|manda|envia|mande|envie|passe) (?:o )?seu (?:n[úu]mero|whats\w*|celular|contato)",
    r"(?:troquei|mudei) de (?:n[úu]mero|celular|telefone)",
    r"(?:esse|este) [ée] (?:o )?meu (?:novo )?(?:n[úu]mero|whats\w*)",
    r"preciso de um favor",
    r"voc[êe] est[áa] dispon[íi]vel",
    r"estou em (?:uma |um )?(?:reuni[ãa]o|compromisso)",
    # es
    r"(?:envíame|enviame|mándame|mandame|pásame|pasame|dame) tu (?:n[úu]mero|whats\w*|celular|m[óo]vil)",
    r"(?:cambi[ée]|perd[íi]) (?:de |mi )(?:n[úu]mero|tel[ée]fono|celular)",
    r"necesito (?:un|que me hagas un) favor",
    r"est[áa]s disponible",
    r"estoy en (?:una )?(?:reuni[óo]n|cita)",
    # fr
    r"(?:envoie|envoyez|donne|donnez|communique|communiquez)[- ]moi (?:ton|votre) (?:num[ée]ro|portable|whats\w*)",
    r"j'ai chang[ée] de (?:num[ée]ro|t[ée]l[ée]phone|portable)",
    r"c'est mon nouveau num[ée]ro",
    r"(?:es-tu|êtes-vous|tu es|vous [êe]tes) disponible",
    r"j'ai besoin (?:d'un|que tu me rendes un|que vous me rendiez un) service",
    r"je suis en (?:r[ée]union|rendez-vous)",
    # de
    r"(?:schick|sende|gib|schicken sie|senden sie|geben sie) mir (?:deine|ihre) "
    r"(?:handy|mobil|telefon|whatsapp)?nummer",
    r"(?:bist du|sind sie) (?:gerade |kurz )?(?:erreichbar|verf[üu]gbar)",
    r"(?:ich brauche|brauche) (?:einen|deinen|ihren) gefallen",
    r"(?:ich bin|bin) (?:gerade )?(?:in einem|im) (?:meeting|termin|besprechung)",
    r"(?:meine|das ist meine) neue (?:handy)?nummer",
    # nl
    r"(?:stuur|geef) (?:me|mij) (?:je|jouw|uw) (?:nummer|06|mobiele nummer|whatsapp)",
    r"(?:ben je|bent u) (?:nu |even )?(?:beschikbaar|bereikbaar)",
    r"ik heb een gunst nodig",
    r"ik zit in een (?:vergadering|meeting)",
    r"(?:dit is )?mijn nieuwe nummer",
)

SECRECY = (
    r"are you (?:available|at your desk|free)",
    r"quick (?:favou?r|task|request)",
    r"keep (?:this|it) (?:confidential|between us|private)",
    r"i(?:'m| am) (?:in a meeting|busy|travell?ing)",
    r"confidential",
    r"discreet",
    # a colleague writing from outside the company's mail, so that the company's checks never see the reply
    r"(?:from|using|on|via) my (?:personal|private|other) (?:e-?mail|phone|number|account|address)",
    r"(?:i(?:'m| am)|while i(?:'m| am)) (?:currently )?(?:out of (?:the )?office|on (?:vacation|leave|holiday)"
    r"|away from my desk|unable to take calls)",
    r"can(?:'t|not) (?:take|answer) (?:calls|the phone|your call)",
    r"(?:i(?:'ll| will)|to be) reimburse[ds]? (?:you)?",
    r"how (?:fast|soon|quickly) can you",
    r"(?:streng )?vertraulich",
    r"confidentiel\w*",
    r"riservat[oa]",
    r"vertrouwelijk",
    r"poufn\w*",
    r"confidencial",
    r"sigilo",
    r"sind sie (?:heute |gerade )?im b[üu]ro",
    r"[êe]tes-vous (?:disponible|au bureau)",
    r"ben je (?:vandaag |nu )?(?:op kantoor|beschikbaar)",
    r"(?:est[áa]s?|voc[êe] est[áa]) no escrit[óo]rio|est[áa]s? en la oficina",
    r"sei in ufficio",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"gizli (?:tut|kals\wn)\w*",
    r"kimseye (?:s[öo]yleme|bahsetme)\w*",
    r"toplant\wday\wm",
    r"m[üu]sait misiniz|m[üu]sait misin",
    r"конфиденциальн\w*",
    r"(?:никому|пока никому) не (?:говори|сообщай|рассказывай)\w*",
    r"я (?:сейчас )?на (?:совещании|встрече|переговорах)",
    r"не могу (?:говорить|ответить|разговаривать)",
    r"(?:لا تخبر|بسرية|في اجتماع)",
    r"회의 중",
    r"아무(?:에게|한테)도",
    r"bí mật",
    r"đang (?:họp|bận)",
    r"(?:rahasia|sedang rapat)",
    r"jangan (?:beri ?tahu|bilang|kasih tahu)",
    r"konfidentiell\w*",
    r"(?:sitter|är) i (?:ett )?möte",
    r"är du på kontoret",
    r"(?:důvěrn|duvern)\w*",
    r"jste v kancel[áa][řr]i",
    r"jsem na (?:jedn[áa]n[íi]|sch[ůu]zce|porad[ěe])",
    r"nikomu (?:ne[řr][íi]k|to ne[řr][íi]k)\w*",
    r"confiden[țţt]ial\w*",
    r"(?:sunte[țţt]i|e[șşs]ti) la birou",
    r"sunt [îi]n (?:[șşs]edin[țţt][ăa]|[îi]ntâlnire)",
    r"εμπιστευτικ\w*",
    r"είστε στο γραφείο",
    r"είμαι σε (?:σύσκεψη|συνάντηση)",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"bizalmas\w*",
    r"(?:ne szólj|ne szolj|ne beszélj|ne beszelj|ne mondd)\w* (?:err[őo]l )?(?:senkinek|m[áa]soknak)",
    r"(?:megbesz[ée]l[ée]sen|t[áa]rgyal[áa]son|[üu]l[ée]sen) vagyok",
    r"d[ôo]vern\w*",
    r"som na (?:porade|stretnut[íi]|rokovan[íi])",
    r"поверителн\w*",
    r"(?:на среща|на съвещание) съм",
    r"povjerljiv\w*|poverljiv\w*|zaupn\w*",
    r"(?:na sastanku|na sestanku) sam|sem na sestanku",
    r"конфіденційн\w*",
    r"на нараді|на зустрічі|на переговорах",
    r"luottamuksel\w*",
    r"(?:älä|ala) (?:puhu|kerro|mainitse) (?:t[äa]st[äa]|asiasta)",
    r"(?:neuvotteluissa|palaverissa|kokouksessa)",
    r"en(?:k[äa]|nen) p[äa][äa]se puhelimeen",
    r"fortrolig\w*",
    r"(?:sidder|sitter) i (?:et )?m[øo]te",
    r"er du p[åa] kontoret",
    r"konfidentsiaal\w*|konfidenci[āa]l\w*",
)

# A change of the account money is paid into: the business e-mail compromise's one move. With any
# other money phrase it is a payment lure without any pressure word.
BANK_CHANGE = (
    r"(?:updated|changed|new|switched) (?:our |my )?bank(?:ing)? (?:details|information|info|account)",
    r"(?:changed|switched) (?:my |our )?banks?",
    r"(?:use|pay (?:into|to)) (?:the |our |my )new (?:bank )?account",
    r"(?:update|change) (?:my|our|the) (?:direct deposit|bank(?:ing)? (?:details|information|info|account))",
    r"(?:deposited|paid) (?:in)?to (?:my|our|the) new (?:bank )?account",
    r"(?:moved|switched|changed) (?:my |our )?(?:\w+ ){0,6}to (?:a )?(?:different|new) (?:bank|banking provider)",
    r"bank (?:account|details) (?:has |have )?(?:just |recently )?(?:moved|changed)",
    r"old (?:bank )?account (?:is closing|is being closed|has been closed|is no longer (?:in use|active|valid))",
    r"old (?:bank |account |banking )?details (?:\w+ ){0,5}(?:are|is) no longer (?:in use|valid|active)",
    r"set up (?:a |the )?new (?:standing order|payee|direct debit)",
    r"(?:hemos|he) cambiado de banco",
    r"(?:la )?n[óo]mina (?:de \w+ )?(?:se ingrese|se deposite|se pague) en (?:mi|la) nueva cuenta",
    r"cambio de cuenta (?:para la|de (?:la )?) ?n[óo]mina",
    r"(?:mudamos|mudei|trocamos|troquei) de banco",
    r"(?:em raz[ãa]o d[ae]|devido [àa]|por conta d[ae]) (?:troca|mudan[çc]a) de banco",
    r"nova conta de (?:cobran[çc]a|recebimento)",
    r"desconsiderar o boleto anterior",
    r"(?:haben|habe) (?:die |unsere |meine )?bank gewechselt",
    r"(?:avons|ai) changé de banque",
    r"(?:ha|abbiamo|ho) cambiato banca",
    r"vecchio iban (?:non è più|non e piu|non risulta più) (?:attivo|valido)",
    r"(?:novos|nuevos) (?:dados|datos) banc[áa]rios",
    r"nova conta (?:banc[áa]ria|para (?:o )?pagamento)",
    r"nueva cuenta (?:bancaria|para el pago)",
    r"cambio de cuenta bancaria",
    r"neue (?:bankverbindung|kontoverbindung|iban|kontonummer)",
    r"(?:bankverbindung|kontoverbindung) (?:hat sich )?ge[äa]ndert",
    r"coordonn[ée]es bancaires (?:ont )?chang[ée]",
    r"changement de (?:coordonn[ée]es bancaires|rib|banque|domiciliation)",
    r"nouve(?:au|l) (?:rib|iban|compte bancaire)",
    r"(?:nieuw|gewijzigd)\w* (?:rekeningnummer|iban|bankrekening)",
    r"(?:overgestapt|overgegaan) (?:naar|op) een nieuwe bank",
    r"nuov[oa] (?:iban|conto corrente|coordinate bancarie)",
    r"(?:variazione|cambio|modifica) (?:delle |di )?coordinate bancarie",
    r"now\w* (?:numer (?:konta|rachunku)|rachun\w*|konto bankowe)",
    r"zmian\w* (?:numeru )?(?:konta|rachunku)",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"yeni (?:iban|hesap numaras)\w*",
    r"(?:новые|изменились|изменились наши) (?:банковские )?реквизиты",
    r"nytt kontonummer|nya bankuppgifter",
    r"nov\w* (?:[čc][íi]slo [úu][čc]tu|bankovn[íi] spojen[íi])",
    r"(?:noul|un nou) cont (?:bancar|iban)?",
    r"rekening baru",
    r"số tài khoản mới",
    r"νέο\w* (?:iban|τραπεζικ\w* λογαριασμ\w*)",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no
    r"(?:új bankszámla|uj bankszamla|új számlaszám|uj szamlaszam)\w*",
    r"nov\w* (?:[čc][íi]slo [úu][čc]tu|bankov\w* [úu][čc]et|broj ra[čc]una|ra[čc]un|iban|tekoči ra[čc]un)",
    r"нов\w* (?:банкова сметка|сметка|iban|рахун\w*|реквізит\w*)",
    r"uus\w* (?:tilinumero|pankkitili)\w*",
    r"(?:nyt|nytt) (?:kontonummer|bankkonto|iban)|ny bankkonto|ny iban",
)

ADVANCE_FEE = (
    # a job abroad that the candidate pays for: the visa, permit or processing fee "refundable on arrival"
    r"(?:visa|work permit|labou?r card) (?:processing )?(?:and \w+ )?(?:\w+ )?(?:fee|charges?)",
    r"(?:fully )?refundable (?:on|upon|after) (?:your )?arrival",
    r"next of kin",
    r"beneficiary",
    r"million (?:united states |us |u\.s\. )?(?:dollars|usd|euros|pounds)",
    r"consignment",
    r"diplomat(?:ic)?",
    r"inheritance",
    r"lottery",
    r"winning (?:notification|number)",
    r"claims? (?:agent|officer)",
    r"barrister",
    r"compensation fund",
    r"late (?:client|customer|husband)",
    r"transfer (?:of|the) (?:fund|sum)",
    r"deceased (?:account|client)",
    r"dormant (?:account|client)",
    r"your (?:assistance|partnership)",
    r"donation",
    r"atm (?:card|visa)",
    r"western union|moneygram|transcash|neosurf|paysafecard|coupons? pcs",
    r"\$ ?\d{1,3}(?:,\d{3}){2,}",
    r"us\$ ?\d{1,3}(?:,\d{3}){2,}",
    r"\d{1,3}(?:,\d{3}){2,}(?:\.\d\d)? ?(?:usd|dollars|euros)",
    r"private (?:e-?mail|email address)",
    r"mutual(?:ly)? benefi",
    r"foreign partner",
    r"(?:business|investment) (?:proposal|proposition)",
    r"(?:lucrative|confidential) (?:business|deal|transaction|offer)",
    # investment schemes: returns no regulated product promises (a guaranteed rate by the month or
    # week, or a high one by the year), fortunes grown from a small deposit, places about to run out
    r"(?:guaranteed|fixed|garantid[ao]s?|garantizad[ao]s?|garantie?s?|garantiert\w*|garantit[ao])(?: \w+){0,3}"
    r" (?:de |of |von |di )?\d+(?:[.,]\d+)? ?% (?:a|per|each|every|ao|al|por|par|pro|im|il|au) ?"
    r"(?:month|week|day|m[êe]s|semana|d[íi]a|mois|semaine|jour|monat|woche|tag|mese|settimana|giorno)",
    r"(?:guaranteed|garantid[ao]s?|garantizad[ao]s?|garantie?s?|garantiert\w*|garantit[ao])(?: \w+){0,3} (?:de "
    r"|of |von |di )?"
    r"(?:[6-9]|[1-9]\d)(?:[.,]\d+)? ?% (?:net |netto )?(?:a|per|par|por|ao|al|pro|p\.a\.|annual)",
    r"(?:making|earning|earned) (?:around |about |over |up to )?\d+(?:\s?-\s?\d+)? ?%"
    r" (?:every|each|a|per) (?:hour|day|week|month)",
    r"\d+ ?% (?:profit|return|gain)s? in (?:one|an?|\d+|just \d+) (?:hour|day|week)s?",
    r"\d+(?:[.,]\d+)? ?% (?:daily|weekly|monthly) (?:returns?|profits?|interest|roi|yield)",
    r"(?:turn|grow|grew)\w* (?:my |his |her |their |an? )?(?:[$€£] ?|r\$ ?)?\d[\d,.]* ?(?:usd|eur|gbp|dollars"
    r"|euros|pounds)?"
    r" ?(?:into) (?:[$€£] ?|r\$ ?)?\d",
    r"capital (?:100 ?% )?(?:protected|guaranteed|protegido|prot[ée]g[ée]|garanti|garantido|garantizado)",
    r"loophole",
    r"(?:banned|leaked|deleted|censored) (?:tv )?(?:interview|clip|segment|video|broadcast)",
    r"(?:banks?|wall street|brokers) (?:do ?n[o']?t|does ?n[o']?t|do not|does not) (?:want you to know)|(?:die"
    r" )?banken wollen nicht,? dass"
    r"|de banken willen niet dat|les banques (?:voudraient|veulent) (?:interdire|cacher)|los bancos no quieren que"
    r"|os bancos n[ãa]o querem que",
    r"(?:famous|well-known|popular) (?:tv |television )?(?:presenter|host)|(?:conocido|famoso) (?:presentador)"
    r"|bekende presentat(?:or|rice)|(?:célèbre|celebre) (?:animateur|présentateur|presentateur)|personnalit[ée]s"
    r" de la t[ée]l[ée]vision",
    r"only \d+ (?:\w+ )?(?:places|slots|spots|allocations) (?:left|remain\w*)|quedan \d+ plazas"
    r"|(?:só|apenas) (?:mais )?\d+ (?:vagas|acessos|cotas)",
    # signal sellers and account managers who trade the reader's money, or have them borrow to invest
    r"[\d,]+ (?:pips)",
    r"\d+ ?% (?:win|de) (?:rate|acerto|acierto)|win rate (?:guarantee|of \d+)|(?:taxa|tasa) de (?:acierto"
    r"|acerto) (?:de |del )?\d+ ?%",
    # the platform's "account manager" who calls to open the account, after the usual 250 deposit
    r"(?:account manager|advis[oe]r|consultant|broker)s? (?:will )?calls? you (?:within \d+ hours? )?to"
    r" (?:activate|set up|open)"
    r"|asesor(?: personal)? (?:le|te) (?:llamará|llamara) para (?:activar|abrir)|conseiller vous (?:appellera"
    r"|rappellera|contactera)"
    r"(?: \w+)? pour (?:ouvrir|activer)",
    r"(?:minimum|initial|first) (?:deposit|investment)(?: of| is)?:? (?:[$€£] ?|eur |usd |gbp )?250\b"
    r"|(?:dep[óo]sito|inversi[óo]n|investimento|aporte) (?:inicial|m[íi]nimo) (?:de )?(?:[$€£] ?|r\$ ?)?250\b",
    r"(?:cannot|can ?not|can'?t)(?: be deducted from )(?:the |your )?(?:balance|profits?|withdrawal|funds|winnings)"
    r"|n[ãa]o pode ser descontad[oa] do saldo|no (?:se )?puede (?:ser )?descontar(?:se)? del saldo",
    r"cop(?:y|ying) (?:my |our )?(?:signals|trades)",
    r"trade (?:it|your (?:account|funds|money)) (?:for you)",
    r"(?:loan|credit card) to (?:reach|fund|upgrade|top up|invest|deposit)",
    r"anydesk|teamviewer|ultraviewer|rustdesk",
    r"(?:investor|investment|stock|trading) (?:study |learning |discussion )group",
    r"stock picks?",
    r"buy window",
    r"(?:internal|vip) (?:trading )?signals?",
    r"vip (?:telegram |whatsapp )?(?:group|channel|members)",
    r"(?:presale|pre-sale) (?:stage|price|round|ends|closes|holders)",
    r"listing price",
    r"cloud mining",
    r"(?:liberar|desbloquear|sbloccare|freigeben|débloquer|debloquer|unlock|release) (?:o |el |il |le |the |your"
    r" |seu |su )?"
    r"(?:saque|retiro|prelievo|auszahlung|retrait|withdrawal)",
    r"usdt \W{0,2}(?:trc|erc|bep)-?20",
    r"(?:transfer|send|wire|deposit)\w* (?:\w+ ){0,3}to our (?:client )?escrow account",
    r"\d+ ?(?:kg|kilos?|kilograms?) of (?:\d+ ?(?:carat|karat|k) )?gold|gold (?:dust|nuggets)",
    r"below (?:the )?(?:lbma|spot|market) price",
    # pensions released early, debts "forgiven" for a fee, loans between private persons paid by voucher
    r"(?:release|unlock)\w* (?:up to )?(?:\d+ ?% of )?(?:your pension)",
    r"no-obligation (?:pension |investment )?review|free pension review",
    r"government[- ](?:approved|backed) (?:scheme|program(?:me)?|investment|platform)",
    r"stop (?:making )?(?:your )?(?:payments?) (?:to your) (?:current )?(?:servicer|lender|creditors?|bank)",
    r"(?:qualif\w+|eligible) for (?:complete |full |total |100 ?% )(?:loan )?(?:forgiveness|cancellation|debt relief)",
    r"pr[êe]ts? (?:d'argent )?entre particuliers|pr[ée]stamos? entre particulares|empr[ée]stimos? entre"
    r" (?:particulares|pessoas)"
    r"|prestiti? tra privati",
    r"(?:private|certified|legit(?:imate)?|genuine) (?:loan )?lender",
    r"(?:fichage|fich[ée]s?|interdits? bancaires?) (?:banque de france |bdf )?accept[ée]s?",
    r"(?:usd|us\$|eur|gbp) ?\d+(?:[.,]\d+)? ?million",
    r"\d{1,2}(?: ?%| percent) of the (?:total|fund|sum|money)",
    r"(?:unclaimed|abandoned|dormant) (?:funds?|fortune|sum|deposit)",
    r"(?:release|remit|transfer) (?:of )?(?:the |your )?(?:funds?|payment|sum) (?:to you|into your)",
    r"i am (?:a |the )?(?:widow|dying|terminally ill|banker|barrister|soldier|sergeant|general|captain)",
    r"(?:your|his|her|my late) (?:late )?(?:husband|wife|father|client)'?s? (?:fund|estate|deposit|will)",
    r"(?:reconfirm|send me|forward|reply (?:to me )?with|provide me with) your (?:full )?"
    r"(?:names?|address|telephone|phone number|age|occupation|bank name)",
    r"i need your (?:help|assistance|co-?operation|trust) (?:to|in)",
    # fees that release a prize or a loan, and payment in gift cards or apps that cannot be reversed
    r"winn(?:ing|er) (?:notification|number|claim)",
    r"(?:loan|credit line|financing|funds)(?: application)? (?:is |has been |was )?"
    r"(?:approved|pre-?approved|guaranteed)",
    r"no credit check",
    r"bad credit (?:ok|okay|accepted|welcome|no problem)",
    r"(?:release|unlock|disburse) (?:the |your )(?:funds|loan|cash|money|prize)",
    # Whatever words come before it ("a one-time refundable processing fee"): the fee is the phrase.
    r"(?:insurance|processing|activation|release|clearance|registration|document preparation|upfront|up-front"
    r"|unlock(?:ing)?"
    r"|unfreez(?:e|ing)|repatriation|smelting) (?:fee|charge)s?",
    r"(?:pay|paid|payment)(?: \w+){0,3} (?:with|by|using|via|in) (?:a |an )?(?:gift ?cards?|itunes cards?"
    r"|google play cards?|zelle|cash ?app|bitcoin|crypto)",
    r"(?:send|sent|buy|purchase|get)(?: \w+){0,4} (?:apple|amazon|steam|itunes|google play|ebay|razer|vanilla)"
    r" (?:gift )?cards?",
    r"scratch (?:off )?the (?:backs?|codes?|silver)",
    # a charity that takes nothing but crypto, gift cards or cash transfers
    r"only (?:accept\w* |tak\w* |receiv\w* )?(?:donations?|payments?|gifts?) (?:in|via|with|through)"
    r" (?:crypto\w*|bitcoin"
    r"|btc|usdt|gift ?cards?|western union)",
    r"friends (?:&|and) family",
    r"(?:western union|moneygram|gift ?cards?)(?: \w+){0,2} (?:to|for) (?:our|the|my) (?:coordinator|agent|volunteer"
    r"|representative|lawyer|manager)",
    r"gift ?cards? \((?:amazon|apple|itunes|steam|google play|ebay)\)",
    r"forward this (?:message|e-?mail|letter|appeal) to (?:everyone|all (?:your|of your)|every(?:body| one)"
    r"|your friends)",
    r"ways? to (?:help|donate|give|support) (?:\w+ ){0,2}(?:is |are )?(?:with|via|in|through|by) (?:crypto\w*"
    r"|bitcoin|btc|usdt"
    r"|gift ?cards?)",
    # the overpaying buyer: money "held" until the reader pays a third party first
    r"(?:upgrade|convert|switch)\w* (?:your |the )?(?:zelle|cash ?app|paypal|venmo)(?: account)? (?:to|into)"
    r" (?:a )?business",
    r"(?:your|the) (?:zelle |cash ?app |paypal |venmo )?(?:account is not) (?:a )?business",
    r"(?:holding|hold|held|frozen)(?: \w+){0,4} (?:until you) (?:send|pay|transfer|deposit)",
    r"plus (?:[$€£] ?)?[\d,.]+ (?:for|to) (?:my|the) (?:mover|movers|shipper|shipping agent|courier|pick-?up"
    r" agent|driver)",
    # the grandchild "in jail": bail paid in cash to a courier, kept from the parents
    r"bail (?:has been |was |is )?(?:set|posted|fixed)",
    r"(?:courier|agent|bondsman|runner)(?: [\w ]{0,30})? (?:will|can|to) (?:come (?:and |to )?)?(?:collect|pick up)"
    r" (?:the )?(?:cash|money|payment)",
    r"gold bars",
    r"gag order",
    r"(?:not|never) (?:to )?tell (?:her|his|your|their) (?:parents|mother|father|mom|mum|dad)",
    # fake job offers paid by a cheque that bounces after the "equipment" has been bought
    r"(?:send|mail|issue) you a (?:check|cheque)",
    r"(?:purchase|buy) (?:your |the )?(?:home )?(?:office )?(?:equipment|supplies|software) (?:from|through)",
    r"approved vendor",
    r"(?:check|cheque) (?:of|for) (?:us)?[$€£]? ?[\d,.]+ (?:has been|was|will be|is being) (?:sent|mailed|posted"
    r"|dispatched)",
    r"keep (?:[$€£] ?)?[\d,.]+ ?%?(?: of (?:every|each|the) (?:transfer|payment|deposit|amount))? (?:as|for)"
    r" (?:your|the)"
    r" (?:payment|pay|commission|fee|wages?|salary)",
    r"send (?:back )?the (?:remaining|extra|excess|rest|balance|difference)(?: (?:amount|money|funds|balance))?"
    r"(?: (?:of )?[$€£]? ?[\d,.]+)? (?:using|via|through|by|with|to)",
    r"(?:mystery|secret) shopp(?:er|ing)",
    # reshipping: parcels taken in at home and sent on under new labels
    r"(?:receive|accept)\w* (?:packages|parcels|shipments)(?: \w+){0,4} (?:at your) (?:home|private|own) (?:address)"
    r"|annahme von paketen an ihrer (?:wohn|privat)adresse|(?:re-label|relabel)\w*|umetikettier\w*",
    # money mules: strangers' payments into the reader's own account, forwarded on for a cut
    r"(?:receive|accept)\w* (?:the )?(?:payments?|funds|transfers|money)(?: from [\w ]{0,30}?)? (?:in|into|to"
    r"|through|via)"
    r" your (?:own |personal |private )(?:bank )?(?:account)",
    r"forward (?:the )?(?:funds|money|payments?|transfers?)(?: \w+){0,3} to (?:our |the |my )?"
    r"(?:suppliers|vendors|partners|clients|supervisor|agent)",
    r"(?:photo|copy|scan|picture) (?:of your) (?:driving licen[cs]e|driver'?s licen[cs]e|passport|id card|national id"
    r"|identity card)",
    r"(?:kopie|foto|scan) (?:ihres|deines) (?:personalausweis|ausweis|reisepass)\w*|copie (?:de )?(?:votre|ta)"
    r" pi[èe]ce d'identit[ée]",
    r"liste der gesch[äa]digten",
    # task scams: pay by the day in crypto for "optimising" apps, with a deposit into a work account.
    # An amount's currency is a literal of its own ("$", "us$", "r$") rather than one alternation, so
    # that each is tried only where it occurs.
    r"[$€£] ?\d[\d,.]* ?(?:-|to|a) ?(?:[$€£]|r\$)? ?\d[\d,.]* ?(?:usd|usdt|eur|gbp)? ?(?:per|a|/|por) ?"
    r"(?:day|dia|día)\b",
    r"r\$ ?\d[\d,.]* ?(?:-|to|a) ?(?:[$€£]|r\$)? ?\d[\d,.]* ?(?:usd|usdt|eur|gbp)? ?(?:per|a|/|por) ?"
    r"(?:day|dia|día)\b",
    r"(?:paid|payouts?|profits?)(?: are| is)? (?:paid )?(?:out )?(?:daily |weekly )?"
    r"in (?:usdt|crypto\w*|bitcoin|btc)",
    r"(?:combination|combo|lucky|premium) (?:tasks?|orders?)",
    r"(?:optimi[sz]ation|rating|boosting) tasks?",
    r"(?:recharge|top[- ]?up|deposit)\w* (?:to|into|in|on) (?:your) (?:work|task|job|working|merchant) (?:account)",
    r"no (?:prior )?experience (?:is )?(?:needed|required|necessary)",
    r"\$ ?\d{2,3}(?:\.\d\d)? ?(?:per|an|/) ?(?:hour|hr|h)\b",
    r"us\$ ?\d{2,3}(?:\.\d\d)? ?(?:per|an|/) ?(?:hour|hr|h)\b",
    r"\$ ?\d{3}(?:\.\d\d)? ?(?:per |a |/ ?)?(?:week|weekly)\b",
    r"us\$ ?\d{3}(?:\.\d\d)? ?(?:per |a |/ ?)?(?:week|weekly)\b",
    r"(?:text|message|add|contact|reach) me (?:up )?on (?:whatsapp|telegram|signal|google chat|hangouts)",
    r"(?:online|chat|text|telegram|whatsapp) interview",
    r"(?:herança|heran[çc]a|fundos? n[ãa]o reclamados?)",
    # pt / es: the next of kin, the late client who left no heirs, the fee that releases the sum
    r"(?:parente|pariente) (?:mais |m[áa]s )?pr[óo]ximo",
    r"(?:sem|sin) (?:deixar )?(?:herdeiros|herederos)",
    r"(?:meu |mi |o |el )?(?:falecido|difunto) (?:cliente|marido|esposo|pai|padre)",
    # Whole currency words: each is a need the filter checks before the digits are scanned for.
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d\d)? ?(?:euros|dólares|dolares|reais|usd)",
    r"(?:taxa|tarifa|tasa|comiss[ãa]o|comisi[óo]n|cuota) (?:de )?"
    r"(?:libera[çc][ãa]o|liberaci[óo]n|processamento|procesamiento|desembara[çc]o|desbloqueo|desbloqueio|rescate"
    r"|resgate)",
    r"tasa de (?:seguro|aduana)",
    # de / fr / it: the fee that unlocks a payout
    r"(?:verifizierungs|bearbeitungs|freischaltungs|auszahlungs)geb[üu]hr",
    r"auszahlung(?: \w+){0,3} (?:freizuschalten|freischalten|freigeben)",
    r"frais de (?:d[ée]blocage|dossier|lib[ée]ration|rapatriement)",
    r"(?:commissione|tassa|spese) di (?:sblocco|svincolo)",
    # recovery scams: lost money "traced", returned for a deposit
    r"(?:lost |stolen )?(?:funds?|assets?|crypto|bitcoin|money) (?:have been |has been |were |was )?"
    r"(?:traced|located|recovered)",
    r"(?:asset|fund|funds|crypto|scam) recovery",
    r"(?:processing|release|recovery|legal) deposit",
    # fake jobs that move other people's money through the reader's account (es / pt)
    r"(?:recibir|recibe|receber|reenviar|transferir) (?:los |os )?(?:pagos|pagamentos|fondos|fundos|transferencias)"
    r" (?:de (?:los )?clientes|a (?:los )?proveedores|para (?:os )?fornecedores)",
    r"(?:sin|sem) experi[êe]ncia (?:previa|pr[ée]via|necesaria|necess[áa]ria)",
    r"contrataci[óo]n (?:es )?inmediata|contrata[çc][ãa]o imediata",
    r"(?:copia|c[óo]pia) (?:de|do|da) (?:tu|su|sua|seu) (?:ine|identifica\w*|documento|pasaporte|passaporte|rg|cnh"
    r"|c[ée]dula)",
    # pt / es romance: savings shipped by a "diplomatic" company from a war zone
    r"(?:empresa|companhia|compa[ñn][íi]a|caixa|caja|mala|pacote|paquete) diplom[áa]tic[oa]",
    r"zona de guerra",
    r"(?:base|miss[ãa]o|misi[óo]n) (?:militar|de paz)",
    # romance: a stranger's affection, moved quickly to a private channel
    r"(?:i )?saw your (?:profile|photos?|picture)",
    r"(?:came across|found|viewed) your (?:profile|photos?|pictures?)",
    r"want an? (?:(?:serious|honest|caring|loving|kind|god-?fearing|trustworthy)(?:,? and |, | ))+"
    r"(?:relationship|partner|man|woman|lady|soul ?mate|companion)",
    r"looking for (?:an? )?(?:(?:serious|honest|caring|loving|kind|god-?fearing|trustworthy)(?:,? and |, | ))*"
    r"(?:relationship|partner|man|woman|lady|soul ?mate|companion)",
    r"(?:peacekeeping|peace-keeping|peace) mission|(?:oil rig|offshore platform)|(?:army|military|navy)"
    r" (?:captain|sergeant|general|doctor)",
    r"share (?:my|the rest of my) life with",
    r"god (?:brought|sent|led) (?:you|me to you)",
    r"(?:i am|i'm) (?:a )?(?:lonely|single|divorced)",
    r"(?:my|more) (?:private|intimate|sexy|hot) (?:photos|pictures)",
    r"(?:write|reply|contact) (?:me|to me) (?:back )?(?:at|on|via|to) (?:my )?(?:private|personal|direct)",
    r"sugar (?:daddy|mummy|mommy|momma|baby|babe)",
    r"(?:someone|somebody) (?:sweet |special |nice )?(?:to spoil)",
    r"(?:weekly|monthly) (?:allowance)",
    r"no (?:meet|meeting|meetings|meetup|meetups) (?:is )?(?:required|needed|necessary)",
    # a stranger who needs the reader's bank sign-in "to deposit" money, or their help with a fee
    r"need your (?:[\w-]+ ){0,3}(?:username|user ?name|log-?in|user id|credentials) (?:and password),? so (?:that )?"
    r"(?:he|she|we|i|they|our \w+) can",
    r"please (?:provide) (?:us |me )?(?:with )?(?:your) (?:[\w-]+ ){0,3}(?:username|user ?name|log-?in|user id)"
    r" and (?:password|pin)",
    # a suitor stranded abroad: an oil platform or a war zone, accounts frozen, savings in a box,
    # paid back double and sworn on a child's life, hidden from the family
    r"plataforma (?:petrolera|petrol[íi]fera|de petr[óo]leo)|(?:plateforme|plate-forme) p[ée]troli[èe]re"
    r"|(?:ölplattform|olplattform)|bohrinsel"
    r"|piattaforma petrolifera",
    r"(?:contract|mission|deployed|stationed) (?:here )?in (?:syria|afghanistan|yemen|iraq"
    r"|libya|somalia|south sudan)",
    r"(?:base|misi[óo]n|miss[ãa]o|mission|contrato) (?:en|em|au|in) (?:siria|s[íi]ria|syrie|afganist[áa]n"
    r"|afeganist[ãa]o"
    r"|yemen|i[ée]men|irak|iraque|libia|l[íi]bia|libye|somalia|som[áa]lia)",
    r"(?:retirement|personal|consignment|diplomatic|metal) (?:box|trunk)|(?:caja|caixa|baúl|baul) (?:personal|pessoal)",
    r"my (?:bank )?(?:account|accounts|cards?|bank cards?) (?:is |are |has been |have been )?(?:frozen|blocked|locked"
    r"|not working|(?:don'?t|dont|doesn'?t|do not|does not) work)",
    r"mi cuenta (?:bancaria )?est[áa] bloqueada|minha conta (?:banc[áa]ria )?est[áa] bloqueada"
    r"|mon compte (?:bancaire )?est bloqu[ée]|ma carte (?:bancaire )?ne (?:fonctionne|marche) pas",
    r"(?:pay|give|refund) (?:you |it )?back (?:double|twice)|(?:pay|give) you (?:back )?double",
    r"(?:pay|refund|return)\w* (?:you |it )?back (?:the (?:first|same) day|as soon as|once|when) (?:i|we)"
    r" (?:land|arrive|get (?:home|back|there))",
    r"te (?:lo )?devuelvo (?:todo|el doble|en cuanto)|je te rembourse (?:le double|d[èe]s|tout)|te devolvo"
    r" (?:tudo|em dobro)",
    r"(?:promise|swear)(?: to you| you)? (?:on my) (?:daughter|son|children|kids|mother|late wife)",
    r"(?:juro|prometo) por (?:la vida de )?mis? (?:hij[oa]s?|madre)|(?:promets|jure) sur la t[êe]te de"
    r"|(?:juro|prometo) pela vida d[ao] minha (?:filh[ao]|m[ãa]e)",
    r"(?:don'?t|dont) tell your (?:sister|brother|daughter|son|children|kids|parents|husband|wife)",
    r"n'en parle (?:pas|à personne)|ne (?:le )?dis rien",
    # the "wrong number" opener of investment romance: a relative's trading platform, a guide step by step
    r"(?:typed|wrote|sent (?:this|it)|texted|emailed|written|dialed|dialled)(?: to)? (?:the |a )?wrong"
    r" (?:e-?mail|number|address|person|contact)",
    r"since we(?:'re| are) (?:already )?(?:talking|chatting)|nice to meet you anyway|maybe (?:it(?:'s| is| was) )?fate",
    r"(?:uncle|aunt|auntie|cousin|mentor|teacher)(?:'s)? (?:[\w']+ ){0,4}(?:crypto|bitcoin|btc|gold|forex|contract"
    r"|futures|stock|option)s? (?:trading)",
    r"(?:crypto|bitcoin|gold|forex|contract|futures|stock)s? trading (?:[\w']+ ){0,4}(?:with|from|by) my"
    r" (?:uncle|aunt|auntie|cousin|mentor|teacher)",
    r"(?:guide|teach) you (?:step by step|how to (?:trade|invest))",
    r"never let you lose",
    r"(?:chat|talk) (?:with me )?on (?:whatsapp|telegram|line|signal|wechat)",
    r"my (?:whatsapp|telegram|wechat)(?: number| id)? is",
    r"(?:contact|call|message|text) (?:the |our |my )?(?:claims? |processing |transfer |paying )?(?:agent"
    r"|officer|manager"
    r"|department) on (?:whatsapp|telegram)",
    # fake jobs and investments: a fee "refunded after", guaranteed returns, no experience needed
    r"(?:evden|uzaktan) (?:[çc]al\w[şs]ma|i[şs])\w*",
    r"deneyim (?:gerekmez|[şs]art\w (?:yok|aranmaz)|aranmaz)",
    r"(?:günlük|gunluk) \d+(?:[.,]\d+)? ?(?:tl|₺)",
    r"без опыта",
    r"\d+ ?(?:руб\w*|₽) в день|\d+ ?(?:руб\w*|₽) в час",
    r"гарантированн\w* (?:доход|прибыл)\w*",
    r"phí (?:xác minh|kích hoạt|giải ngân|bảo đảm)",
    r"lợi nhuận \d+ ?%",
    r"(?:việc làm|làm việc) tại nhà",
    r"(?:수익률|원금) ?보장",
    r"리딩방",
    r"dinyatakan lolos",
    r"(?:akan )?dikembalikan (?:100 ?%|sepenuhnya|setelah)",
    r"(?:kerja|bekerja) dari rumah",
    r"tanpa pengalaman",
    r"(?:arbeta|jobba) hemifrån",
    r"ingen (?:tidigare )?erfarenhet (?:krävs|behövs)",
    r"pr[áa]ce z domova",
    r"bez (?:p[řr]edchoz[íi]ch )?zku[šs]enost[íi]",
    r"(?:job|lucru|munc[ăa]) de acas[ăa]",
    r"f[ăa]r[ăa] experien[țţt][ăa]",
    r"\d+(?:-\d+)? lei ?/ ?(?:zi|or[ăa])",
    r"χωρίς (?:καμία )?εμπειρία",
    r"αρχική κατάθεση",
    r"(?:εργασία|δουλειά) από το σπίτι",
    r"\d+ ?€ (?:την|τη) (?:ημέρα|μέρα)",
    r"không cần kinh nghiệm",
    r"hoa hồng (?:cao|hấp dẫn)",
    r"thu nhập (?:từ )?\d+",
    r"수익 ?보장|고수익",
    r"재택 ?(?:부업|알바|근무)",
    r"경력 ?무관",
    r"(?:العمل|عمل) من المنزل",
    r"بدون (?:خبرة|خبره)",
    r"ربح يومي|أرباح يومية",
    r"tjäna \d+ ?kr (?:om|per|i) (?:dagen|dag|timmen)",
    r"\d+ ?k[čc] (?:denn[ěe]|za den|za hodinu)",
    r"penghasilan (?:harian|per hari|\d+)",
    # fake jobs in hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"otthoni munka\w*",
    r"tapasztalat (?:nem sz[üu]ks[ée]ges|n[ée]lk[üu]l)",
    r"napi \d[\d .]* ?(?:ft|forint)",
    r"aktiv[áa]l[óo] befizet\w*",
    r"pr[áa]ca z domu",
    r"bez (?:predch[áa]dzaj[úu]cich )?sk[úu]senost[íi]",
    r"(?:работа|позиция|работи) от вкъщи",
    r"без (?:опит|предишен опит)",
    r"копие (?:от|на) (?:лична карта|паспорт)",
    r"(?:rad|posao) od ku[ćc]e|delo od doma",
    r"bez (?:prethodnog )?iskustva|brez izku[šs]enj",
    r"(?:віддалена|дистанційна) робота",
    r"(?:досвід не потрібен|без досвіду)",
    r"(?:фото|копію|копія) паспорта",
    r"kokemusta ei (?:tarvita|vaadita)",
    r"(?:arbejde|arbeide|jobbe) hjemmefra",
    r"ingen (?:tidligere )?erfaring (?:kr[æe]ves|n[øo]dvendig|p[åa]kr[æe]vet|kreves)",
    r"kogemus(?:t)? pole vaja\w*",
    r"pieredze nav nepiecie[šs]ama",
    r"patirtis (?:neb[ūu]tina|nereikalinga)",
    # ro: the unclaimed inheritance of a namesake, shared with the reader as next of kin
    r"mo[șşs]tenir\w* nerevendicat\w*",
    r"f[ăa]r[ăa] (?:niciun )?mo[șşs]tenitor\w*",
    r"ruda cea mai apropiat[ăa]",
    r"copi[ea] (?:dup[ăa]|a) (?:buletin|cartea de identitate|pa[șşs]aport)\w*",
    # bg: parcels received at home and sent on abroad with "our" labels
    r"от вкъщи",
    r"(?:пре-?опаков|препрат)\w*",
)

EXTORTION = (
    r"recorded you",
    r"webcam (?:recording|video)",
    r"camera (?:recording|video)",
    r"hacked your (?:device|computer|account)",
    r"adult (?:site|video|website)s?",
    r"porn\w* (?:site|video|website)s?",
    r"your contacts",
    r"bitcoin (?:address|wallet)",
    r"\d+ hours? to pay",
    r"malware on (?:your|the)",
    r"device was infected",
    r"computer was infected",
    r"private malware",
    r"masturbat\w*",
    r"intimate",
    r"compromising",
    r"i (?:have )?(?:hacked|gained (?:full )?access to|installed (?:a |my )?(?:virus|trojan|malware|spyware))",
    r"(?:send|share|forward) (?:the |this |that )?(?:video|recording|footage) to (?:all )?(?:of )?your",
    r"(?:delete|destroy|erase) (?:the |this |all )?(?:video|recording|footage|evidence)",
    r"(?:in|into|to) (?:my )?(?:bitcoin|btc|crypto) (?:wallet|address)",
    r"i know your password",
    # Sextortion is mailed in every language the senders can machine-translate into: German, French,
    # Spanish, Italian, Portuguese, Dutch and Polish, and the wallet address it ends with.
    r"bc1q[a-z0-9]{20,60}",
    r"(?:schadsoftware|trojaner|malware|spyware|virus) auf ihre[mn]? (?:gerät|rechner|computer|handy)",
    r"zugang zu ihre[mn]? (?:gerät|rechner|computer|kamera|webcam)",
    r"erwachsenen-?(?:seite|webseite|video|inhalt)\w*",
    r"porno-?(?:seite|webseite|video)\w*",
    r"über ihre (?:kamera|webcam)",
    r"an alle ihre kontakte",
    r"kopie ihrer kontakte",
    r"in bitcoin",
    r"bitcoin-?(?:adresse|wallet|geldbörse)",
    r"\d+ stunden zeit",
    r"lösche ich (?:alles|das video|die aufnahmen)",
    r"ich kenne ihr passwort",
    r"ihr passwort lautet",
    r"peinliche[nr]? (?:situation|aufnahmen|video)",
    r"nicht an die polizei",
    r"j'ai (?:piraté|hacké|infecté) (?:votre|ton)",
    r"accès à (?:votre|ton) (?:appareil|ordinateur|téléphone|caméra|webcam)",
    r"sites? (?:pour adultes|porno\w*)",
    r"à tous (?:vos|tes) contacts",
    r"en bitcoins?",
    r"(?:adresse|portefeuille) bitcoin",
    r"\d+ heures pour (?:payer|effectuer)",
    r"je (?:supprimerai|détruirai|effacerai) (?:tout|la vidéo|les vidéos|l'enregistrement)",
    r"je connais (?:votre|ton) mot de passe",
    r"vidéo (?:compromettante|intime)",
    r"ne contactez pas la police",
    r"(?:he )?hackeado (?:tu|su) (?:dispositivo|computadora|ordenador|celular|cuenta)",
    r"acceso a (?:tu|su) (?:dispositivo|computadora|ordenador|celular|cámara|webcam)",
    r"páginas? (?:para|de) adultos",
    r"sitios? (?:para|de|web para) adultos",
    r"todos (?:tus|sus) contactos",
    r"(?:dirección|billetera|cartera) (?:de )?bitcoin",
    r"borr(?:o|aré) (?:todo|el video|el vídeo|las grabaciones)",
    r"(?:conozco|sé) (?:tu|su) contraseña",
    r"tengo (?:un video|grabaciones)",
    r"denunciarlo",
    r"ho (?:hackerato|violato|infettato) il tuo",
    r"accesso al tuo (?:dispositivo|computer|telefono)",
    r"siti? (?:per adulti|porno\w*)",
    r"a tutti i tuoi contatti",
    r"(?:indirizzo|portafoglio) bitcoin",
    r"\d+ ore (?:di tempo|per pagare)",
    r"cancellerò (?:tutto|il video|le registrazioni)",
    r"conosco la tua password",
    r"(?:hackeei|invadi|infectei) (?:o )?seu (?:dispositivo|computador|celular|e-?mail)",
    r"acesso ao seu (?:dispositivo|computador|celular|e-?mail|câmera)",
    r"sites? (?:adultos?|para adultos|porn\w*)",
    r"todos os seus contatos",
    r"em bitcoin",
    r"(?:carteira|endereço) (?:de )?bitcoin",
    r"\d+ horas para (?:pagar|fazer o pagamento)",
    r"apagarei (?:tudo|o vídeo|os vídeos|as gravações)",
    r"(?:eu )?sei (?:a )?sua senha",
    r"vídeo (?:íntimo|comprometedor)",
    r"toegang tot (?:je|uw) (?:apparaat|computer|webcam|camera)",
    r"(?:volwassenen|porno)-?sites?",
    r"al (?:je|uw) contacten",
    r"bitcoin-?(?:adres|portemonnee)",
    r"\d+ uur (?:de tijd|om te betalen)",
    r"(?:zhakowałem|włamałem się do) (?:twoje|twojego|twój)",
    r"stron\w* (?:dla dorosłych|porno\w*)",
    r"wszystkich (?:twoich )?kontaktów",
    r"(?:adres|portfel) bitcoin",
)


# Chinese writes no spaces between words, so a phrase anchored at a word start is found only
# where a run of its characters begins. Its phrases are plain substrings instead, tried only when the
# text holds Chinese or Japanese characters (see checks/lure.py), keyed by the role they play above.
CJK: dict[str, tuple[str, ...]] = {
    "PRESSURE": (
        *("立即", "立刻", "马上", "尽快", "紧急", "务必", "小时内", "逾期", "过期"),
        *("冻结", "停用", "封禁", "锁定", "注销", "关闭", "暂停使用", "限制使用", "异常登录", "登录异常", "账户异常"),
    ),
    "CREDENTIAL": (
        *("验证", "身份验证", "身份认证", "重新登录", "登录验证", "更新资料", "更新信息", "实名认证", "核实"),
    ),
    "SECRETS": ("密码", "验证码", "银行卡号"),
    "ACCOUNT": (*("您的账户", "您的帐户", "您的账号", "您的邮箱", "您的银行卡", "账户", "帐户", "邮箱账号"),),
    "MONEY_REQUEST": (*("转账", "汇款", "打款", "定金", "货款", "收款账户", "开户行", "账号：", "户名"),),
    "SECRECY": (*("不方便接电话", "在开会", "在外面开会", "不要跟其他人说", "不要告诉", "保密", "暂时不要"),),
}
