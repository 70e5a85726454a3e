"""Phrases of lures, by role, in the languages phishing arrives in most (en, pt, es, de, fr, nl, it, pl).

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
)

# Which pressure phrases threaten the account itself (as opposed to a deadline).
ACCOUNT_THREATS = (
    r"suspen|deactivat|terminat|disabl|clos|lock|delet|remov|restrict|limit|block|bloque|bloqu|cancel|gesperrt"
    r"|exclu|encerrad|removid|eliminad|cerrad|sperr|deaktiv|geblokkeerd|sospes|bloccat|eingeschr|d[ée]sactiv|restreint|opgeschort|beperkt|gedeactiveerd"
    r"|stopgezet|afgesloten|opgeheven|buiten gebruik|disattiv|chius|zablok|zawiesz|ogranicz|dezaktyw|usuni|restringid"
    r"|desactiv|desativ"
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
    r"pay ?checks?",
    r"(?:salary|wages?) (?:payment|account|deposit)",
    r"outstanding (?:invoice|payment|balance)",
    r"overdue (?:invoice|payment)",
    r"remittance",
    r"payment (?:confirmation|details|advice)",
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
    r"estou em (?:uma )?reuni[ãa]o",
    # es
    r"(?:env[íi]ame|m[áa]ndame|p[áa]same|dame) tu (?:n[úu]mero|whats\w*|celular|m[óo]vil)",
    r"(?:cambi[ée]|perd[íi]) (?:de |mi )(?:n[úu]mero|tel[ée]fono|celular)",
    r"necesito (?:un|que me hagas un) favor",
    r"est[áa]s disponible",
    r"estoy en (?:una )?reuni[óo]n",
    # fr
    r"(?:envoie|envoyez|donne|donnez|communique|communiquez)[- ]moi (?:ton|votre) (?:num[ée]ro|portable|whats\w*)",
    r"j'ai chang[ée] de (?:num[ée]ro|t[ée]l[ée]phone|portable)",
    r"c'est mon nouveau num[ée]ro",
    r"(?:es-tu|êtes-vous|tu es|vous [êe]tes) disponible",
    r"j'ai besoin (?:d'un|que tu me rendes un|que vous me rendiez un) service",
    r"je suis en r[ée]union",
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
)

# A change of the account money is paid into: the business e-mail compromise's one move. With any
# other money phrase it is a payment lure without any pressure word.
BANK_CHANGE = (
    r"(?:updated|changed|new|switched) (?:our |my )?bank(?:ing)? (?:details|information|info|account)",
    r"(?:changed|switched) (?:my |our )?banks?",
    r"(?:use|pay (?:into|to)) (?:the |our |my )new (?:bank )?account",
    r"(?:update|change) (?:my|our|the) (?:direct deposit|bank(?:ing)? (?:details|information|info|account))",
    r"(?:deposited|paid) (?:in)?to (?:my|our|the) new (?:bank )?account",
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
)

ADVANCE_FEE = (
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
    r"western union|moneygram",
    r"(?:us\$|\$) ?\d{1,3}(?:,\d{3}){2,}",
    r"\d{1,3}(?:,\d{3}){2,}(?:\.\d\d)? ?(?:usd|dollars|euros)",
    r"private (?:e-?mail|email address)",
    r"mutual(?:ly)? benefi",
    r"foreign partner",
    r"(?:business|investment) (?:proposal|proposition)",
    r"(?:lucrative|confidential) (?:business|deal|transaction|offer)",
    r"(?:usd|us\$|eur|gbp) ?\d+(?:[.,]\d+)? ?million",
    r"\d{1,2}(?: ?%| percent) of the (?:total|fund|sum|money)",
    r"(?:unclaimed|abandoned|dormant) (?:funds?|fortune|sum|deposit)",
    r"(?:release|remit|transfer) (?:of )?(?:the |your )?(?:funds?|payment|sum) (?:to you|into your)",
    r"i am (?:a |the )?(?:widow|dying|terminally ill|banker|barrister|soldier|sergeant|general|captain)",
    r"(?:your|his|her|my late) (?:late )?(?:husband|wife|father|client)'?s? (?:fund|estate|deposit|will)",
    r"(?:reconfirm|send me|forward) your (?:full )?(?:names?|address|telephone|phone number|age|occupation)",
    r"i need your (?:help|assistance|co-?operation|trust) (?:to|in)",
    # fees that release a prize or a loan, and payment in gift cards or apps that cannot be reversed
    r"winn(?:ing|er) (?:notification|number|claim)",
    r"(?:loan|credit line|financing|funds)(?: application)? (?:is |has been |was )?"
    r"(?:approved|pre-?approved|guaranteed)",
    r"no credit check",
    r"bad credit (?:ok|okay|accepted|welcome|no problem)",
    r"(?:release|unlock|disburse) (?:the |your )(?:funds|loan|cash|money|prize)",
    # Whatever words come before it ("a one-time refundable processing fee"): the fee is the phrase.
    r"(?:insurance|processing|activation|release|clearance|registration) fee",
    r"(?:pay|paid|payment)(?: \w+){0,3} (?:with|by|using|via|in) (?:a |an )?(?:gift ?cards?|itunes cards?"
    r"|google play cards?|zelle|cash ?app|bitcoin|crypto)",
    # fake job offers paid by a cheque that bounces after the "equipment" has been bought
    r"(?:send|mail|issue) you a (?:check|cheque)",
    r"(?:purchase|buy) (?:your |the )?(?:home )?(?:office )?(?:equipment|supplies|software) (?:from|through)",
    r"approved vendor",
    r"no (?:prior )?experience (?:is )?(?:needed|required|necessary)",
    r"(?:us\$|\$) ?\d{2,3}(?:\.\d\d)? ?(?:per|an|/) ?(?:hour|hr|h)\b",
    r"(?:text|message|add|contact|reach) me (?:up )?on (?:whatsapp|telegram|signal|google chat|hangouts)",
    r"(?:online|chat|text|telegram|whatsapp) interview",
    r"(?:herança|heran[çc]a|fundos? n[ãa]o reclamados?)",
    # pt / es: the next of kin, the late client who left no heirs, the fee that releases the sum
    r"(?:parente|pariente) (?:mais |m[áa]s )?pr[óo]ximo",
    r"(?:sem|sin) (?:deixar )?(?:herdeiros|herederos)",
    r"(?:meu |mi |o |el )?(?:falecido|difunto) (?:cliente|marido|esposo|pai|padre)",
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d\d)? ?(?:euros|d[óo]lares|reais|usd)",
    r"(?:taxa|tarifa|comiss[ãa]o|comisi[óo]n|cuota) (?:de )?"
    r"(?:libera[çc][ãa]o|liberaci[óo]n|processamento|procesamiento|desembara[çc]o)",
    # de / fr / it: the fee that unlocks a payout
    r"(?:verifizierungs|bearbeitungs|freischaltungs|auszahlungs)geb[üu]hr",
    r"auszahlung(?: \w+){0,3} (?:freizuschalten|freischalten|freigeben)",
    r"frais de (?:d[ée]blocage|dossier|lib[ée]ration)",
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
    r"looking for (?:an? )?(?:(?:serious|honest|caring|loving|kind|god-?fearing|trustworthy)(?:,? and |, | ))*"
    r"(?:relationship|partner|man|woman|lady|soul ?mate|companion)",
    r"peace-?keeping mission|(?:oil rig|offshore platform)|(?:army|military|navy) (?:captain|sergeant|general|doctor)",
    r"share (?:my|the rest of my) life with",
    r"god (?:brought|sent|led) (?:you|me to you)",
    r"(?:i am|i'm) (?:a )?(?:lonely|single|divorced)",
    r"(?:my|more) (?:private|intimate|sexy|hot) (?:photos|pictures)",
    r"(?:write|reply|contact) (?:me|to me) (?:back )?(?:at|on|via|to) (?:my )?(?:private|personal|direct)",
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
)
