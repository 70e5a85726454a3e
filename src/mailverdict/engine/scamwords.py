"""Phrases of scam lure families, by family, in the languages phishing arrives in most
(en, pt, es, de, fr, it, nl, pl, tr, ru, ar, ko, vi, id, sv, cs, ro, el, hu, sk, bg, hr, sr, sl, uk, fi, da, nb, et,
lv, lt; Japanese and Chinese in ``CJK``).

Pure data: ``checks/scam.py`` decides how they combine. Each entry is a regular expression matched
case-insensitively at a word start. A family is the story a scam tells to get a click, a reply or
a call: a prize to claim, a parcel to release, a charge to dispute, a document to open, a mailbox
to keep, a wallet to connect. The phrases describe what the story asks of the reader, not any
period's products, so they hold across eras; each is ordinary alone, and a family counts only
when several of its phrases appear together (see the check).
"""

from __future__ import annotations

_WON = r"(?:won|been (?:selected|chosen|picked))"

PRIZE = (
    # en
    rf"you(?:'ve| have) {_WON}",
    r"you are (?:our |a |the )?(?:lucky |selected |chosen )?winner",
    r"(?:lucky|grand|prize) (?:winner|draw)",
    r"claim (?:your|the) (?:prize|reward|gift|bonus|winnings|cash|voucher|free|spins)",
    r"(?:your|a) (?:free |exclusive )?(?:prize|reward|gift) (?:is waiting|awaits|is ready|has been reserved)",
    r"(?:cash|grand|mystery|exclusive) (?:prize|reward|gift)",
    r"free spins",
    r"(?:casino|deposit|welcome|signup|sign-up|no deposit) bonus",
    r"jackpot",
    r"sweepstakes?",
    r"lottery",
    r"gift ?cards?",
    r"(?:reward|loyalty) points? (?:will |are about to |)expir\w*",
    r"(?:points|rewards|miles) (?:are )?(?:about to |will )?expir\w*",
    r"(?:short |quick |customer |satisfaction )survey",
    r"(?:complete|take|answer) (?:our|this|a|the) (?:short |quick )?survey",
    r"participate (?:in|and) (?:win|receive)",
    r"congratulations",
    r"(?:has|have) been (?:credited|awarded) (?:to )?(?:you|your)",
    r"free (?:iphone|ipad|samsung|gift|product|trial|bottle|sample|box)",
    r"(?:selected|chosen) to receive",
    # a free item for which the reader "just pays shipping": a card number taken for a trap subscription
    r"(?:only|just) pay (?:for )?(?:the |a )?(?:small )?(?:[$€£] ?[\d.,]+ )?(?:for )?(?:shipping|postage|s&h|delivery)",
    r"pay only (?:the )?(?:shipping|postage|s&h|delivery)",
    r"(?:exclusive|loyalty|customer|special) (?:reward|offer|gift)s? (?:for you|program|is waiting|awaits)",
    r"(?:you(?:'re| are)|you have been) (?:eligible|pre-?selected|pre-?approved) (?:for|to)",
    r"(?:answer|complete) (?:a few|\d+|some) (?:quick |short |simple )?questions",
    r"mystery (?:box|gift|prize)",
    r"(?:claim|collect|redeem) (?:it |now|today|here|yours)",
    r"(?:you(?:'ve| have)? )?(?:received|earned|unlocked) (?:a|an|your) (?:\w+ )?(?:reward|gift|bonus|prize)",
    r"(?:reward|gift|prize|voucher|coupon) (?:of|worth) (?:\$|€|£|r\$)? ?\d+",
    r"(?:your|our) (?:feedback|opinion) (?:is|matters|is important)",
    # pt
    r"parab[ée]ns",
    r"voc[êe] (?:foi (?:selecionad[oa]|sortead[oa]|escolhid[oa])|ganhou)",
    r"pr[êe]mios?",
    r"resgat\w* (?:o |a |seu |sua |seus |suas )?(?:pr[êe]mio|brinde|recompensa|pontos|b[ôo]nus|saldo)",
    r"brindes?",
    r"sorteio",
    r"pontos (?:v[ãa]o |ir[ãa]o )?expira\w*",
    r"giros gr[áa]tis",
    r"b[ôo]nus (?:de boas[- ]vindas|exclusivo|de dep[óo]sito)",
    r"cart[ãa]o[- ]presente",
    r"pesquisa de satisfa[çc][ãa]o",
    r"(?:voc[êe] )?(?:tem|possui) (?:pontos|milhas|saldo|cashback) (?:a |para )?(?:resgatar|expirar)",
    r"(?:pontos|milhas) (?:expiram|v[ãa]o expirar|ser[ãa]o (?:expirad|cancelad|perdid)\w*)",
    r"cashback (?:dispon[íi]vel|liberado|a resgatar)",
    r"(?:pague|pagar|pagando) (?:apenas|somente|s[óo]) (?:o )?frete",
    # es
    r"felicidades|felicitaciones",
    r"(?:has|usted ha) (?:sido (?:seleccionad[oa]|elegid[oa])|ganado)",
    r"premios?",
    r"reclam\w* (?:tu|su) (?:premio|regalo|recompensa|bono)",
    r"sorteo",
    r"tiradas gratis",
    r"tarjeta de regalo",
    r"(?:pague|pagar|paga) (?:solo|solamente|[úu]nicamente) (?:el |los )?(?:env[íi]o|gastos de env[íi]o)",
    # de
    r"herzlichen gl[üu]ckwunsch",
    r"(?:sie haben|du hast) gewonnen",
    r"gewinnspiel",
    r"gewinner",
    r"gutschein",
    r"belohnung",
    r"(?:nur|lediglich) (?:die )?versandkosten",
    # fr
    r"f[ée]licitations",
    r"vous avez (?:gagn[ée]|[ée]t[ée] s[ée]lectionn[ée])",
    r"gagnant",
    r"r[ée]compense",
    r"carte[- ]cadeau",
    r"(?:seuls? )?(?:les )?frais de (?:port|livraison) (?:sont )?(?:[àa] votre charge|restent)",
    # it
    r"congratulazioni",
    r"(?:hai|ha) vinto",
    r"(?:sei|[èe]) stat[oa] selezionat[oa]",
    r"sondaggio",
    r"buono (?:regalo|sconto)",
    r"(?:paga|pagare|paghi) solo (?:le )?spese di spedizione",
    # tr
    r"tebrikler",
    r"kazand\wn\wz",
    r"hediye\w* (?:sizi bekliyor|kazand\wn\wz|paketi\w*)",
    r"[çc]ekili[şs]\w*",
    r"(?:seçilen|secilen|seçildiniz|secildiniz)",
    # ru
    r"поздравляем",
    r"вы (?:выиграли|стали победител\w*)",
    r"(?:ваш )?(?:приз|подарок|выигрыш)",
    r"розыгрыш\w*",
    # ar
    r"مبروك|تهانينا",
    r"فزت|ربحت",
    r"(?:جائزة|جائزتك|الجائزة)",
    r"السحب",
    # ko
    r"축하(?:합니다|드립니다)",
    r"당첨\w*",
    r"(?:경품|사은품)",
    # vi
    r"chúc mừng",
    r"trúng thưởng",
    r"(?:giải thưởng|phần thưởng|quà tặng)",
    r"nhận (?:quà|thưởng)",
    # id
    r"selamat! anda|selamat, anda",
    r"pemenang",
    r"undian",
    r"hadiah",
    # sv
    r"grattis",
    r"du har (?:vunnit|valts ut|blivit utvald)",
    r"presentkort",
    r"(?:kundundersökning|enkät)\w*",
    r"(?:betalar|betala) (?:endast|bara) frakten",
    # cs
    r"gratulujeme",
    r"vyhr[áa]l\w*",
    r"(?:dárkov|darkov)\w* (?:poukaz|karta)|výherce|vyherce",
    # ro
    r"felicit[ăa]ri",
    r"(?:a[țţt]i|ai) c[âa][șşs]tigat",
    r"premi(?:ul|u)\b",
    r"tombol\w*",
    # el
    r"συγχαρητήρια",
    r"κερδίσατε",
    r"κλήρωση",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"gratul[áa]l\w*",
    r"nyerem[ée]nyj[áa]t[ée]k\w*",
    r"nyertes\w*",
    r"v[ýy]herc\w*|vyhrali ste",
    r"поздравления",
    r"(?:спечелихте|печелите)",
    r"томбол\w*",
    r"[čc]estitamo|[čc]estitke",
    r"(?:osvojili|dobili|zadeli) ste",
    r"nagradn\w* (?:igr|izvla[čc]|[žz]reb)\w*",
    r"ви виграли|ви стали переможц\w*",
    r"розіграш\w*",
    r"onnittelu\w*",
    r"olet voittanut",
    r"tillykke|gratulerer",
    r"du har (?:vundet|vunnet)",
    r"gavekort\w*",
    r"palju [õo]nne",
    r"(?:olete|oled) v[õo]itnud",
    r"apsveicam",
    r"sveikiname",
)

CRYPTO = (
    r"(?:seed|recovery|secret|mnemonic|backup) phrase",
    r"(?:12|24|twelve|twenty[- ]four)[- ]word",
    r"private key",
    r"(?:connect|link|sync|validate|verify|synchroni[sz]e|restore) (?:your )?(?:crypto |digital )?wallet",
    r"wallet (?:validation|verification|sync\w*|connect\w*|suspen\w*|restrict\w*|upgrade)",
    r"airdrop",
    r"(?:pending|unclaimed|available) (?:withdrawal|balance|payout|tokens?|btc|usdt|eth)",
    r"withdraw(?:al)? (?:request|pending|your (?:funds|balance|profit|earnings))",
    r"(?:btc|bitcoin|usdt|eth|ethereum|crypto(?:currency)?) "
    r"(?:balance|withdrawal|deposit|giveaway|reward|bonus|profit)",
    r"(?:crypto|bitcoin|btc|token) (?:mining|trading) (?:profit|account|platform|balance)",
    r"(?:double|multiply) your (?:btc|bitcoin|crypto|eth|investment|deposit)",
    r"claim your (?:tokens|airdrop|btc|bitcoin|crypto|usdt|nft)",
    r"metamask|trust ?wallet|ledger live|phantom wallet|coinbase wallet",
    r"guaranteed (?:return|profit|income)",
    r"(?:daily|weekly) (?:profit|return)s? of",
    # investment platforms sold as automatic riches (often with a celebrity's "interview")
    r"(?:automated|automatic|ai|artificial intelligence)(?:[\w -]{0,20})? (?:trading|trades?|investment) "
    r"(?:platform|software|bot|system|robot|app)",
    r"trad\w* (?:bitcoin|crypto\w*|btc) automatically",
    r"(?:initial|minimum) (?:deposit|investment) (?:of|is)",
    r"(?:earn|make|made|earned|makes|earns|making|earning)(?: over| up to)? (?:[$€£] ?)?[\d.,]+ ?"
    r"(?:[$€£]|usd|eur|dollars)? (?:a|per|every|each|in a single) (?:day|week)",
    r"plataforma de (?:inversi[óo]n|investimento|trading)",
    r"dep[óo]sito inicial",
    r"(?:ganhos|lucros|retornos?|ganancias|rendimientos?|rendimentos?) garantid[oa]s",
    r"rob[ôo] (?:de |que )(?:bitcoin|cripto\w*|investimento|inversi[óo]n|trading|opera)",
    r"(?:ki|automatisiert\w*)[- ](?:handel|trading)",
    r"(?:inversi[óo]n|investimento) inicial",
    r"(?:ganancias|lucros|ganhos) di[áa]rios?",
    r"(?:gana|ganar|ganhe|ganhar) (?:[$€£] ?)?[\d.,]+ ?(?:€|\$|euros?|reais|d[óo]lares)? "
    r"(?:al|por|a|ao) (?:d[íi]a|semana)",
    r"handelsplattform|anfangsinvestition",
    r"carteira (?:digital|cripto)",
    r"frase (?:de recupera[çc][ãa]o|semente|secreta)",
    r"saque (?:pendente|dispon[íi]vel)",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"kripto ?para\w*",
    r"криптовалют\w*",
    r"العملات الرقمية|عملة رقمية",
    r"(?:암호|가상) ?화폐",
    r"(?:tiền (?:điện tử|ảo)|usdt)",
    r"(?:kripto|aset kripto)",
    r"kryptovalut\w*",
    r"criptomonede",
    r"κρυπτονομ\w*",
    # the platform that trades alone, its guaranteed profit and the first deposit it asks for
    r"(?:yat\wr\wm|al\wm sat\wm) platform\w*",
    r"garantili (?:kazan[çc]|getiri|kâr|kar)\w*",
    r"(?:инвестиционн|торгов)\w* платформ\w*",
    r"гарантированн\w* (?:доход|прибыл)\w*",
    r"(?:первоначальн|минимальн)\w* (?:депозит|взнос)\w*",
    r"منصة (?:استثمار|تداول)\w*",
    r"أرباح مضمونة",
    r"(?:수익률|원금) ?보장",
    r"리딩방",
    r"급등 (?:예정|종목)",
    r"lợi nhuận \d+ ?%",
    r"gói đầu tư",
    r"(?:số dư|lợi nhuận) chờ rút",
    r"platform (?:investasi|trading)",
    r"keuntungan (?:pasti|dijamin|terjamin)",
    r"(?:investerings|handels)plattform\w*",
    r"garanterad (?:avkastning|vinst)",
    r"(?:investi[čc]n|obchodn)\w* platform\w*",
    r"garantovan\w* (?:zisk|v[ýy]nos)\w*",
    r"platform[ăa] de (?:investi[țţt]ii|tranzac[țţt]ionare|trading)",
    r"(?:profit|c[âa][șşs]tig) garantat",
    r"(?:αυτόματη )?πλατφόρμα (?:συναλλαγών|επενδύσεων)",
    r"αρχική κατάθεση",
    r"εγγυημέν\w* (?:κέρδ|απόδοσ)\w*",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"kriptovalut\w*|kryptom[ěe]n\w*|криптовалут\w*|kryptovaluut\w*|kr[üu]ptoraha\w*|kriptoval[iū]ut\w*",
    r"(?:befektet[ée]si|keresked[ée]si) platform\w*",
    r"garant[áa]lt (?:hozam|nyeres[ée]g|profit)\w*",
    r"(?:minim[áa]ln|po[čc]iato[čc]n)\w* vklad\w*",
    r"(?:инвестиционн|търговск)\w* платформ\w*",
    r"(?:investicijsk|trgovinsk|trgova[čc]k)\w* (?:platform|sustav|sistem)\w*",
    r"(?:zajam[čc]en|garantiran|garantovan)\w* (?:profit|dobit|prinos|zisk|v[ýy]nos)\w*",
    r"(?:početn|pocetn|začetn|zacetn)\w* (?:depozit|vlo[žz]ek|ulog)\w*",
    r"(?:інвестиційн|торгов)\w* платформ\w*",
    r"гарантован\w* (?:дохід|прибут)\w*",
    r"(?:sijoitus|kaupank[äa]ynti)alusta\w*",
    r"taattu (?:tuotto|voitto)\w*",
    r"(?:investerings|handels|trading)-?platform\w*",
    r"garanter\w* (?:afkast|avkastning|gevinst|fortjeneste)",
    r"(?:tjene|tjen) (?:over |op til |opptil )?\d[\d .]* ?kr (?:i|om|per|pr\.?) (?:uken|ugen|dagen|m[åa]neden)",
    r"(?:investeerimis|kauplemis)platvorm\w*|invest[īi]ciju platform\w*|investavimo platform\w*",
    r"automatick\w* obchodov[áa]n\w*|robot\w* (?:kter\w* )?obchoduj\w*",
    r"vyd[ěe]l[aá]?\w* (?:a[žz] )?\d[\d ]* ?k[čc] (?:t[ýy]dn[ěe]|denn[ěe]|m[ěe]s[íi][čc]n[ěe])",
    r"(?:investerings|handels|trading)-?plattform\w*|plattformen (?:bitcoin|krypto)\w*",
    r"(?:innskudd|indskud) (?:p[åa]|av) \d",
)

# The health "miracle" advert: a cure suppressed by doctors or drug makers, endorsed on television,
# that works without medicine, diet or effort; sold for the price of shipping.
_AILMENT = (
    r"(?:type 2 |chronic |stubborn )?(?:diabetes|tinnitus|neuropathy|joint pain|arthritis|hair loss|belly fat"
    r"|blood sugar|blood pressure|erectile dysfunction|dementia|memory loss|nail fungus|sciatica|prostate"
    r"|wrinkles|obesity)"
)
MIRACLE = (
    # en
    r"doctors? (?:are |were )?(?:stunned|baffled|shocked|speechless|furious|hate|don't want)",
    r"big pharma",
    r"(?:drug|pharmaceutical|pharma) (?:companies|company|industry|giants?) (?:are |is )?"
    r"(?:trying|want|hate|furious|hide|hiding|don't want)",
    r"(?:as seen on|featured on) (?:shark tank|dragons'? den|tv|the news)",
    r"shark tank|dragons'? den",
    r"(?:reverse[sd]?|cure[sd]?|eliminate[sd]?|ends?|ended|destroy[sd]?|heal[sd]?|melts?) "
    rf"(?:your |my |their )?{_AILMENT}",
    rf"{_AILMENT} (?:reversed|cured|gone|disappears?|vanish\w*) (?:in|within|naturally|overnight)",
    r"(?:lower|balance|control|normali[sz]e) (?:your )?blood (?:sugar|pressure) naturally",
    r"without (?:insulin|medication|medicine|drugs|pills|a prescription|surgery|dieting|diet or exercise"
    r"|exercise or diet)",
    r"(?:\d+|one|this|simple|weird|strange|odd|ancient)[- ](?:second |minute )?(?:morning |bedtime |kitchen )?"
    r"(?:ritual|trick|hack|tonic|remedy|ingredient) (?:that |which )?(?:melts|reverses|burns|cures|destroys|eliminates"
    r"|restores|fixes|helps|is helping)",
    r"(?:video|presentation) before (?:it(?:'s| is) |they )?(?:taken down|removed|banned|deleted|take it down)",
    r"(?:researchers|scientists|experts) (?:are |were )?(?:stunned|baffled|shocked|speechless)",
    r"(?:surgeons|doctors|dentists|pharmacists) (?:don't|won't|never|do not|will not) (?:talk|tell|want)",
    r"(?:bathroom|rice|salt|ice|water|tea|morning|bedtime|kitchen|toothpaste|banana|coffee|lemon|baking soda)"
    r"[\"”]? (?:trick|ritual|hack)",
    r"no (?:blue pills|needles?|prescription|doctor(?:'s)? visits?|pills|shots|surgery)[,.]? "
    r"no (?:blue pills|needles?|prescription|doctor(?:'s)? visits?|pills|shots|surgery)",
    r"without (?:pills|shots|injections|needles),? (?:shots|injections|needles|surgery|pills)",
    r"(?:keto|cbd|hemp|slimming|diet) (?:gummies|pills|drops)",
    r"(?:lose|lost|drop|dropped|melt|shed) (?:up to )?\d+ (?:lbs|pounds|kg|kilos) (?:in|without|of)",
    # pt / es / de / fr / it
    r"m[ée]dicos (?:ficam |ficaram |est[áa]n |quedaron )?(?:chocados|sorprendidos|impressionados|perplexos|furiosos)",
    r"(?:sem|sin) (?:rem[ée]dios|medicamentos|dieta|insulina|cirurgia|cirug[íi]a)",
    r"(?:sem|sin) (?:precisar de |necesidad de )?(?:receita|receta)",
    r"ind[úu]stria (?:farmac[êe]utica |farmac[ée]utica |dos rem[ée]dios |dos aparelhos )?"
    r"(?:n[ãa]o quer|no quiere|esconde|escondeu|oculta|tenta esconder)",
    r"truque (?:caseiro|simples|de \d+ segundos)|truco (?:casero|sencillo|de \d+ segundos)",
    r"v[íi]deo (?:que )?(?:j[áa] foi derrubado|pode sair do ar|puede ser borrado|ya fue eliminado)",
    r"(?:largaram|largou|jogaram fora|dejaron|abandonaron) (?:a |o |la |el )?"
    r"(?:metformina|insulina|aparelho|rem[ée]dios?|medicamentos?|aud[íi]fono)",
    r"(?:perca|perder|pierda|pierde|bajar|baje) (?:at[ée] |hasta )?\d+ ?(?:kg|quilos|kilos)",
    r"(?:ohne) (?:medikamente|diät|insulin|operation)",
    r"(?:sans) (?:m[ée]dicaments|r[ée]gime|insuline|chirurgie)",
    r"(?:senza) (?:farmaci|dieta|insulina)",
    r"höhle der löwen",
)

DELIVERY = (
    r"(?:package|parcel|shipment|delivery|item|order|consignment)s? (?:is |has been |was |are |have been )?"
    r"(?:on hold|held|pending|suspended|returned|undeliverable|stopped|waiting|awaiting|delayed)",
    r"(?:could not|couldn't|cannot|can't|unable to|failed to|were unable to|was not) (?:be )?deliver\w*",
    r"delivery (?:attempt|failed|failure|fee|charge|problem|issue|exception|suspended|unsuccessful)",
    r"redeliver\w*",
    r"reschedule (?:your |the )?delivery",
    r"customs (?:fee|duty|duties|charge|clearance|tax)",
    r"(?:shipping|delivery|home) address (?:is )?(?:incomplete|incorrect|invalid|missing|unconfirmed)",
    r"(?:confirm|update|verify) (?:your )?(?:delivery|shipping) (?:address|details|information|preferences)",
    r"(?:pay|settle) (?:the |a )?(?:small |outstanding |remaining )?"
    r"(?:shipping |delivery |handling )?(?:fee|charge|amount)",
    r"(?:shipping|delivery|handling) (?:fee|charge|cost) of",
    r"tracking (?:number|id|code)",
    r"(?:track|release) your (?:package|parcel|shipment)",
    r"(?:encomenda|pacote|objeto|entrega|remessa)s? (?:est[áa] |foi |foram )?(?:retid[oa]|pendente|tributad[oa]"
    r"|aguardando|bloquead[oa]|devolvid[oa]|n[ãa]o (?:realizad[oa]|entregue))",
    r"taxa (?:de )?(?:entrega|envio|importa[çc][ãa]o|alf[âa]ndega|despacho)",
    r"(?:c[óo]digo|n[úu]mero) de rastreio",
    r"rastre(?:ie|ar|amento)",
    r"(?:paquete|env[íi]o|pedido)s? (?:est[áa] )?(?:retenid[oa]|pendiente|en espera|devuelt[oa])",
    r"aduana",
    r"(?:paket|sendung|lieferung) (?:wurde |ist |konnte nicht )?(?:zur[üu]ckgehalten|angehalten|zugestellt"
    r"|nicht zugestellt)",
    r"zustellung (?:fehlgeschlagen|nicht m[öo]glich)",
    r"zollgeb[üu]hr\w*",
    r"colis (?:en attente|bloqu[ée]|retenu|en instance)",
    r"frais (?:de |d')?(?:livraison|douane|r[ée]exp[ée]dition|envoi|port)",
    r"livraison (?:[ée]chou[ée]e|impossible|en attente|suspendue)",
    r"tentative de livraison",
    r"reprogramme[rz] (?:la |votre )?livraison",
    # nl
    r"(?:uw )?pakket(?:je)? (?:kon|is|wordt|ligt)(?: \w+){0,2} (?:bezorgd|afgeleverd|geretourneerd|vastgehouden"
    r"|tegengehouden)",
    r"bezorging (?:mislukt|niet gelukt|niet mogelijk)",
    r"bezorgpoging",
    r"douanekosten|invoerrechten|bezorgkosten",
    # it
    r"pacco (?:in giacenza|non consegnato|bloccato|in attesa|trattenuto)",
    r"giacenza",
    r"spese di (?:sdoganamento|consegna|giacenza)",
    r"consegna (?:non riuscita|fallita|sospesa|non effettuata)",
    r"tentativo di consegna",
    # de
    r"zustellversuch",
    r"paket (?:konnte nicht|wird zur[üu]ckgesendet)",
    # pl
    r"(?:twoja )?(?:paczka|przesy[łl]ka) (?:czeka|oczekuje|zosta[łl]a wstrzymana|nie mog[łl]a|zostanie zwr[óo]cona)",
    r"(?:wymagana |brakuj\w* )?dop[łl]at\w*",
    r"odbierz (?:paczk[ęe]|przesy[łl]k[ęe])",
    r"zwrot (?:przesy[łl]ki|paczki) do nadawcy",
    r"op[łl]at\w* (?:celn\w*|za dostaw\w*|za przesy[łl]k\w*)",
    # es
    r"(?:no (?:pudimos|hemos podido|se pudo)|intentamos) entregar",
    r"reprogramar (?:la |su |tu )?entrega",
    r"direcci[óo]n (?:incompleta|incorrecta|err[óo]nea)",
    r"(?:cargo|costo|tarifa) (?:de|por) (?:reenv[íi]o|env[íi]o|entrega)",
    # tr
    r"(?:kargonuz|gönderiniz|gonderiniz|paketiniz|sipari[şs]iniz) (?:teslim edilemedi|bekletiliyor|iade)\w*",
    r"teslim(?:at)? (?:edilemedi|ba[şs]ar\ws\wz)",
    r"(?:gümrük|gumruk) (?:[üu]creti|vergisi|bedeli)",
    r"(?:kargo|teslimat) [üu]creti",
    r"adres (?:bilgileriniz\w*|eksik|hatal\w)",
    # ru
    r"(?:ваш[аеи]? )?(?:посылк|отправлени|заказ)\w* (?:ожида\w*|задержан\w*|на складе"
    r"|не (?:может быть|был[аои]?) доставлен\w*)",
    r"не удалось доставить",
    r"таможенн\w* (?:пошлин|сбор|платеж|оформлени)\w*",
    r"оплат\w* (?:доставк|пересылк|хранени)\w*|стоимость доставки",
    r"подтвердите адрес",
    r"трек-?номер",
    # ar
    r"شحنتك|طردك",
    r"الشحنة (?:معلقة|محتجزة)",
    r"رسوم (?:التوصيل|الشحن|الجمارك|جمركية)",
    r"تأكيد العنوان",
    r"لم يتم (?:توصيل|تسليم)\w*",
    # ko
    r"(?:택배|배송|소포)\w* (?:보류|지연|실패|불가|반송|중단)\w*",
    r"주소 ?(?:불명|불일치|오류|확인)",
    r"(?:관세|통관|배송비|재배송)\w*",
    r"운송장",
    # vi
    r"bưu (?:kiện|phẩm)",
    r"giao hàng (?:không thành công|thất bại)",
    r"phí (?:vận chuyển|giao hàng|hải quan|lưu kho)",
    r"cập nhật (?:lại )?địa chỉ",
    # id
    r"paket anda",
    r"(?:gagal|tidak dapat) (?:dikirim|diantar|diterima)",
    r"biaya (?:pengiriman|bea cukai|kirim ulang)",
    r"bea cukai",
    r"alamat (?:tidak lengkap|tidak ditemukan|salah)",
    # sv
    r"ditt paket",
    r"paketet (?:väntar|kunde inte|har stoppats|hålls)",
    r"(?:tullavgift|tullen|tullavgiften|fraktavgift)\w*",
    r"kunde inte (?:levereras|delas ut)",
    r"(?:bekräfta|uppdatera) (?:din )?(?:leveransadress|adress)",
    # cs
    r"(?:va[šs]e )?z[áa]silk\w* (?:[čc]ek[áa]|nemohla|nebyla|je pozastaven|bude vr[áa]cen)\w*",
    r"nepoda[řr]ilo (?:se )?doru[čc]it",
    r"(?:celn[íi] poplat|poplatek za doru[čc]en|dobírk)\w*",
    r"doplat(?:ek|ku|it|te)\w*",
    # ro
    r"coletul (?:dvs\.?|dumneavoastr[ăa]|t[ăa]u)",
    r"(?:nu a putut fi|nu poate fi) livrat\w*",
    r"tax[ăa] (?:de livrare|vamal[ăa]|de transport)",
    r"adres[ăa] (?:incomplet[ăa]|incorect[ăa])",
    # el
    r"(?:το )?δέμα σας",
    r"δεν (?:μπόρεσε να παραδοθεί|παραδόθηκε|ήταν δυνατή η παράδοση)",
    r"τελωνει\w* (?:τέλ|δασμ|εκτελωνισμ)\w*",
    r"(?:τέλη|κόστος) (?:αποστολής|παράδοσης)",
    # hu
    r"v[áa]mkezel[ée]s\w*",
    r"(?:kezelési|kezelesi|szállítási|szallitasi|kézbesítési|kezbesitesi|vám|vam) ?d[íi]j\w*",
    r"nem (?:siker[üu]lt|tudtuk) k[ée]zbes[íi]t\w*",
    r"visszak[üu]ld[ée]sre ker[üu]l\w*",
    r"(?:szállítási|szallitasi|kézbesítési|kezbesitesi) c[íi]m\w* (?:hi[áa]nyos|hib[áa]s|friss[íi]t)\w*",
    # sk
    r"(?:zásielk|zasielk|balík|balik)\w* (?:[čc]ak[áa] na (?:doplatok|platbu|zaplatenie)|nebola doru[čc]en"
    r"|bude vr[áa]ten"
    r"|je pozastaven)\w*",
    r"doplat(?:ok|ky)\w*",
    r"nepodarilo (?:sa )?doru[čc]i[ťt]",
    r"(?:coln[ýy] poplatok|poplatok za doru[čc]enie)",
    # bg
    r"пратк\w* (?:е задържан|очаква плащане|не (?:може|можа) да бъде доставен|ще бъде върнат)\w*",
    r"такс\w* за (?:повторна )?доставка",
    r"митническ\w* (?:такс|сбор|мит)\w*",
    r"(?:непълен|грешен) адрес",
    r"потвърдете адреса",
    # hr / sr / sl
    r"(?:pošiljk|posiljk|paket)\w* (?:[čc]eka (?:na isporuku|uplatu|pla[ćc]anje)|je zadr[žz]an|nije (?:mogu[ćc]e )?"
    r"dostavljen|ne mo[žz]e biti dostavljen|[ćc]e biti (?:vra[ćc]en|uni[šs]ten)|[čc]aka na pla[čc]ilo"
    r"|ni bil\w* dostavljen)\w*",
    r"carinsk\w* (?:pristojb|naknad|davanj|dajatev)\w*",
    r"(?:dostava|isporuka) (?:nije uspjela|neuspje[šs]n)\w*",
    r"(?:nepotpun|neispravn)\w* adres\w*",
    r"(?:пошиљк|пакет)\w* (?:чека (?:на )?(?:уплату|плаћање)|је задржан|није достављен)\w*",
    r"царинск\w* (?:такс|накнад|дажбин)\w*",
    # uk
    r"посилк\w* (?:очікує оплат|затриман|не (?:може бути|було) доставлен)\w*",
    r"(?:оплатіть|сплатіть) доставк\w*",
    r"вартість доставки",
    r"митн\w* (?:збір|платіж|оформлен)\w*",
    r"посилку буде повернено",
    # fi
    r"l[äa]hetyk?s\w* (?:on )?(?:pys[äa]ytetty|odottaa maksua|pid[äa]tetty|palautetaan)",
    r"tullimaksu\w*",
    r"(?:toimitus|k[äa]sittely)maksu\w*",
    r"(?:emme voineet|ei voitu) toimittaa",
    r"uusi toimitusp[äa]iv[äa]",
    r"palautetaan l[äa]hett[äa]j[äa]lle",
    # da / no
    r"pakke\w* (?:afventer betaling|venter p[åa] betaling|er tilbageholdt|kunne ikke leveres|kan ikke leveres"
    r"|er stoppet|holdes tilbake|returneres)",
    r"pakken din (?:kan ikke leveres|kunne ikke leveres|venter p[åa] betaling|er stoppet)",
    r"(?:betaling af told|toldgebyr|tollgebyr|tollavgift|told og moms|fortoldning|fortolling|ekspeditionsgebyr)\w*",
    r"(?:ufuldst[æe]ndig|ufullstendig|forkert|feil) adresse",
    r"(?:opdater|oppdater)\w* (?:leveringsinformasjon|leveringsoplysninger|leveringsadress\w*|adressen)",
    r"(?:gebyr|avgift) (?:p[åa] (?:kr\.? ?)?\d|for ny levering)",
    r"returneres (?:pakken )?til (?:afsender|avsender)\w*",
    # et / lv / lt
    r"(?:pakk|saadetis)\w* (?:ootab (?:tasumist|makset)|on peatatud|tagastatakse)\w*",
    r"tollimaks\w*",
    r"(?:kättetoimetamise tasu|kattetoimetamise tasu|saatmiskulu)\w*",
    r"(?:paka|sūtījum|sutijum)\w* (?:gaida apmaksu|ir aiztur[ēe]t|netika pieg[āa]d[āa]t|tiks atgriezt)\w*",
    r"muitas (?:nodoklis|maksa|nodeva)\w*",
    r"pieg[āa]des maksa\w*",
    r"(?:siunt|paket)\w* (?:laukia apmok[ėe]jimo|sulaikyt|nepavyko pristatyti|bus gr[ąa][žz]int)\w*",
    r"muito mokes\w*",
    r"pristatymo mokest\w*",
)

BILLING = (
    r"(?:has|have) been (?:successfully )?(?:charged|debited|renewed|billed|deducted)",
    r"(?:will|is going to) be (?:automatically )?(?:charged|debited|renewed|billed|deducted)",
    r"auto-?(?:matic(?:ally)? )?renew\w*",
    r"if you did(?: not|n't) (?:authori[sz]e|make|place|request|recogni[sz]e|initiate)",
    r"(?:to )?cancel (?:this|the|your) (?:order|subscription|transaction|renewal|payment|charge|purchase)",
    r"(?:dispute|reverse) (?:this|the) (?:charge|transaction|payment)",
    r"(?:request a |for a |full )refund",
    r"call (?:us|our|the)(?: \w+){0,3} (?:at|on|toll)",
    r"(?:contact|reach) (?:us|our (?:billing|support|help) ?(?:team|desk|department)?) (?:at|on|by calling)",
    r"toll[- ]free",
    r"(?:help|support|billing) ?(?:line|desk)? ?(?:number|no\.?)",
    r"payment (?:failed|declined|unsuccessful|was (?:not|un)successful|could not be processed|issue|problem)",
    r"(?:card|payment method) (?:was |has been |is )?(?:declined|expired|rejected|invalid)",
    r"update (?:your )?(?:payment|billing|card) (?:method|details|information|info)",
    r"(?:unpaid|outstanding|overdue|past due) (?:invoice|balance|amount|bill|tolls?|fines?"
    r"|(?:parking |traffic )?tickets?)",
    r"(?:toll|tolls|parking|traffic|speeding) (?:balance|fine|violation|charge|notice|ticket)s?",
    r"(?:late|penalty|administrative) fee",
    r"invoice (?:attached|is attached|due|overdue|#|no\.?|number)",
    r"(?:view|download|open|see) (?:the |your )?(?:invoice|receipt|statement|bill)",
    r"(?:order|transaction|invoice|purchase) (?:id|number|#|no\.?)",
    r"(?:subscription|membership|protection|license|licence|antivirus|plan) (?:has |is |will )?(?:expired|ended"
    r"|expire[sd]? (?:today|soon)|about to expire|been (?:suspended|cancelled|canceled))",
    r"renew (?:your )?(?:subscription|membership|protection|license|licence|plan) (?:now|today|immediately)",
    r"(?:your )?(?:device|computer|pc|phone|iphone) (?:is |may be |might be )?(?:at risk|infected|unprotected"
    r"|compromised)",
    r"virus(?:es)? (?:detected|found)",
    # tax refunds that only need the reader's card or login to be paid
    r"tax (?:refund|rebate|reimbursement)s?",
    r"(?:eligible|entitled|due) (?:to |for )?(?:receive )?an? (?:tax )?(?:refund|rebate)",
    r"(?:claim|receive|request|submit) (?:your |the |a )?(?:tax )?(?:refund|rebate)",
    r"(?:eligible|entitled) (?:to |for )(?:receive )?an? (?:[$€£] ?[\d.,]+ )?(?:[\w-]+ ){0,3}"
    r"(?:refund|rebate|discount|credit)",
    r"(?:provide|enter|confirm|submit|update) (?:your )?bank (?:details|account details|information)",
    r"devoluci[óo]n (?:de (?:impuestos|la renta|hacienda)|del irpf)|reembolso (?:de impuestos|pendiente)",
    r"d[ée]bitos? (?:pendentes?|em aberto|fiscais?|vencidos?)",
    r"nota fiscal (?:eletr[ôo]nica|dispon[íi]vel|em anexo|emitida)",
    r"(?:compra|transa[çc][ãa]o|pix) (?:n[ãa]o reconhecid[oa]|suspeit[oa]|aprovad[oa] no valor)",
    r"(?:restitui[çc][ãa]o|imposto de renda|malha fina)",
    r"(?:cpf|cnpj) (?:est[áa] )?(?:irregular|pendente|suspenso|cancelado|bloqueado)",
    r"regularize (?:seu|sua|o|a|j[áa])",
    r"(?:notifica[çc][ãa]o|intima[çc][ãa]o) (?:extra)?judicial",
    r"(?:protesto|negativa[çc][ãa]o|nome negativado)",
    r"(?:compra|transacci[óo]n|cargo) (?:no reconocid[oa]|sospechos[oa])",
    r"(?:2[ªa] |segunda )via (?:do |da )?(?:boleto|fatura|conta)",
    r"(?:das|guia|ipva|iptu|licenciamento)(?: \d{4})? (?:em aberto|em atraso|atrasad[oa]|pendente|vencid[oa])",
    r"d[íi]vida ativa",
    r"(?:multa|infra[çc][ãa]o) de tr[âa]nsito",
    r"cnh (?:suspensa|cassada|bloqueada|vencida)",
    r"(?:limpa nome|quit\w+ (?:sua|seu|a|o|suas|seus) d[íi]vidas?|acordo com desconto)",
    r"(?:mandado|audi[êe]ncia) (?:de|judicial)",
    r"(?:valores a receber|fgts (?:dispon[íi]vel|liberado)|benef[íi]cio (?:bloqueado|suspenso|dispon[íi]vel))",
    r"factura electr[óo]nica|cfdi",
    r"estado de cuenta (?:disponible|adjunto|pendiente)",
    r"(?:voc[êe] )?recebeu (?:um |uma )?(?:pix|transfer[êe]ncia|pagamento)",
    r"pix (?:recebido|pendente|agendado|estornado)",
    r"(?:pagamento|cobran[çc]a) (?:recusad[oa]|n[ãa]o (?:aprovad[oa]|processad[oa]|identificad[oa])|pendente)",
    r"fatura (?:em aberto|vencida|pendente|dispon[íi]vel)",
    r"boleto",
    r"d[ée]bito (?:pendente|em aberto)",
    r"pago (?:rechazado|pendiente|fallido)",
    r"(?:multa|sanci[óo]n|infracci[óo]n)(?:es)? (?:de tr[áa](?:fico|nsito)|pendientes?)",
    r"pendientes? de pago",
    r"(?:proceder[áa] al |orden de )?embargo",
    r"(?:peaje|peajes) (?:pendientes?|impagad[oa]s?|sin pagar)",
    r"ped[áa]gio (?:pendente|em aberto|n[ãa]o pago)",
    r"factura (?:pendiente|vencida)",
    r"zahlung (?:fehlgeschlagen|abgelehnt|ausstehend)",
    r"offene rechnung",
    r"paiement (?:refus[ée]|[ée]chou[ée]|en attente)",
    r"facture (?:impay[ée]e|en attente)",
    # traffic and low-emission fines paid "today, with a discount" (fr, es, it, de, nl)
    r"amende (?:forfaitaire|major[ée]e|de \d+)",
    r"avis de contravention",
    r"r[ée]gularise[rz] (?:votre|la) situation",
    r"fotomultas?",
    r"infracci[óo]n (?:por|de) exceso de velocidad",
    r"(?:se turnar[áa]|pasar[áa]) a cobranza",
    r"verbale di (?:contestazione|accertamento)",
    r"multa (?:non pagata|da pagare|scaduta)",
    r"bu[ßs]geld\w*|verwarnungsgeld",
    r"(?:openstaande|onbetaalde) boete|boete (?:van|betalen)",
    # refunds and overpayments to be paid back onto the reader's card (de, fr, it, nl, pl)
    r"r[üu]ckerstattung",
    r"zahlungserinnerung|mahnung",
    r"lastschrift (?:wurde )?(?:zur[üu]ck\w*|nicht|abgelehnt|fehlgeschlagen)",
    r"(?:un |votre |mon )?remboursement (?:de|d'un montant|vous attend|en attente)",
    r"recevoir (?:votre|mon) remboursement",
    r"trop[- ]per[çc]u",
    r"rimborso (?:di|del|in attesa)",
    r"(?:richiedi|ricevere|ottenere|hai diritto a) (?:il |un |al |tuo )?rimborso",
    r"(?:fattura|bolletta) (?:non pagata|scaduta|insoluta)",
    r"recht op (?:een )?(?:teruggave|terugbetaling|restitutie|vergoeding)",
    r"teruggave|terugbetaling",
    r"dubbel (?:betaald|afgeschreven)",
    r"openstaande (?:factuur|rekening|betaling|bedrag)",
    r"betalingsachterstand|aanmaning|incassobureau",
    r"zwrot (?:podatku|nadp[łl]aty|[śs]rodk[óo]w|pieni[ęe]dzy|op[łl]aty)",
    r"nadp[łl]at\w*",
    r"zaleg[łl]\w* (?:p[łl]atno[śs]\w*|faktur\w*|op[łl]at\w*)",
    # es: a bill overdue and the service about to be cut
    r"recibo (?:vencido|pendiente)",
    r"aviso de corte|corte (?:del|de|de su) (?:servicio|suministro|luz|energ[íi]a)",
    r"suspensi[óo]n del servicio",
    r"adeudo",
    # tr
    r"vergi iade\w*",
    r"(?:ödenmemi|odenmemi|gecikmi)[şs] (?:fatura|bor[çc])\w*",
    r"(?:trafik |idari para )?ceza\w* (?:bulunmaktad\wr|[öo]denme\w*)",
    r"(?:ödenmemi|odenmemi|gecikmi)[şs] (?:trafik |idari para )?ceza\w*",
    r"icra (?:takibi|i[şs]lemi)",
    # ru
    r"возврат (?:средств|налога|денег|ндфл)",
    r"налогов\w* вычет\w*",
    r"неоплаченн\w* (?:штраф|сч[её]т|задолженност)\w*",
    r"(?:задолженност|недоимк)\w*",
    # ar
    r"استرداد (?:المبلغ|الضريبة|الأموال)",
    r"(?:فاتورة|مخالفة|غرامة) (?:غير مسددة|مستحقة|متأخرة)",
    # ko
    r"환급\w*|(?:세금|소득세|부가세) ?환급\w*",
    r"(?:미납|연체|과태료)\w*",
    # vi
    r"hoàn (?:thuế|tiền)",
    r"thuế thu nhập cá nhân",
    r"(?:tiền điện|cước|hóa đơn|hoá đơn) (?:chưa thanh toán|quá hạn|còn nợ)",
    r"(?:cắt|ngừng cung cấp) điện",
    # id
    r"pengembalian (?:dana|pajak)",
    r"tagihan (?:belum|tertunggak|jatuh tempo)",
    r"tarif (?:baru|transaksi)",
    # sv
    r"skatteåterbäring",
    r"återbetalning",
    r"(?:obetald|förfallen) (?:faktura|räkning|avgift)",
    # cs
    r"vr[áa]cen[íi] (?:dan[ěe]|p[řr]eplatku|pen[ěe]z)",
    r"p[řr]eplat(?:ek|ku)",
    r"(?:máte|mate) n[áa]rok na (?:vr[áa]cen|refundac|n[áa]hrad)\w*",
    r"(?:nezaplacen|neuhrazen)\w* (?:faktur|pokut|[čc][áa]stk|vy[úu][čc]tov)\w*",
    # ro
    r"rambursare\w*",
    r"(?:factur[ăa]|facturi|plat[ăa]) restant\w*",
    r"soma[țţt]i\w* de plat[ăa]",
    # the bill "outstanding" in the sentence's own order, and the power or gas about to be cut off
    r"(?:este|sunt) restant\w*",
    r"(?:deconectare|debranșare|debranşare|debransare|întrerupere|intrerupere)\w* (?:de la |a )?"
    r"(?:energi|furniz|servici|gaz|curent)\w*",
    r"furnizarea (?:energiei|gazelor|serviciului)\w*(?: \w+){0,2} va fi [îi]ntrerupt\w*",
    # el
    r"επιστροφή (?:φόρου|χρημάτων|ποσού)",
    r"δικαιούστε (?:επιστροφή|αποζημίωση)",
    # the card a refund is to be paid onto, in each of the languages above
    r"kart bilgileri\w*|данные (?:вашей |банковской )?карты|реквизиты карты|بيانات البطاقة|카드 ?정보|thông tin thẻ",
    r"data kartu|kortuppgifter|[úu]daje? (?:o|z) (?:kart[ěe]|platebn[íi] kart\w*)|datele cardului",
    r"στοιχεία (?:της )?κάρτας",
    r"(?:ανεξόφλητ|ληξιπρόθεσμ)\w* (?:λογαριασμ|οφειλ)\w*",
    # hu
    r"visszat[ée]r[íi]t[ée]s\w*",
    r"k[ée]tszer (?:terhelt|vont|levont)\w*",
    r"vev[őo] (?:sikeresen )?kifizette",
    r"(?:pénz|penz|kifizetés|kifizetes|összeg|osszeg)\w* (?:fogadás|fogadas|átvétel|atvetel)\w*",
    r"(?:kifizetetlen|lej[áa]rt|rendezetlen) (?:sz[áa]ml|tartoz[áa]s|d[íi]j)\w*",
    # sk
    r"vr[áa]teni\w* (?:preplatku|dane|pe[ňn]az\w*)",
    r"preplat(?:ok|ku|ky)\w*",
    r"(?:kupuj[úu]ci|kupec) (?:u[žz] )?zaplatil",
    r"(?:prijatie|prijat|prevzatie) (?:platby|pe[ňn]az\w*)",
    r"(?:neuhraden|nezaplaten)\w* (?:fakt[úu]r|pokut|sum|platb)\w*",
    # bg
    r"(?:неплатени|просрочени) (?:задължени|сметк|фактур)\w*",
    r"(?:възстановяване на (?:данък|сума|средства)|данъчно възстановяване)\w*",
    r"купувач\w* (?:е )?плати\w*",
    # hr / sr / sl
    r"povrat (?:poreza|novca|sredstava|preplat)\w*",
    r"preplat\w*",
    r"(?:kupac|kupec) (?:je )?(?:platio|uplatio|pla[čc]al)",
    r"(?:primanje|primi|preuzmite|preuzimanje|prejem) (?:uplat|novc|novac|isplat|pla[čc]il)\w*",
    r"(?:nepla[ćc]en|neuspjel|dospjel|neporavnan)\w* (?:ra[čc]un|pla[ćc]anj|dug|kazn|obveznost)\w*",
    r"vra[čc]il\w* (?:davka|dohodnine|prepla[čc]il|denarja)",
    r"поврат (?:пореза|новца)\w*",
    # uk
    r"(?:повернення|відшкодування) (?:коштів|податку|грошей)\w*",
    r"(?:покупець|покупниця) (?:вже )?оплати\w*",
    r"(?:отримати|отримання) (?:гроші|коштів|кошти|виплат)\w*",
    r"(?:неоплачен|несплачен)\w* (?:штраф|рахун|заборгован)\w*",
    r"нараховано (?:виплату|кошти|допомогу|\d)",
    # fi
    r"veronpalautu\w*",
    r"palautu\w* (?:maksaminen|odottaa)",
    r"ostaja on maksanut",
    r"laskusi (?:on )?er[äa][äa]ntyn\w*",
    r"muistutusmaksu\w*",
    r"(?:saada|vastaanottaa) (?:rahat|maksun|palautuksen)",
    # da / no
    r"penge til gode|(?:du )?har \d[\d .,]* ?kr til gode|du f[åa]r tilbake",
    r"tilbage?betaling\w*",
    r"(?:k[øo]beren|kj[øo]peren|k[øo]ber|kj[øo]per) har betalt",
    r"betaling mottatt",
    r"(?:modtag|modtage|motta) (?:dine penge|pengene|bel[øo]bet|betalingen|utbetalingen)",
    r"(?:ubetalt|forfalden|forfalt)\w* (?:faktura|regning)\w*",
    # et / lv / lt
    r"(?:tulumaksu |maksu )?tagastus\w*",
    r"ostja on (?:maksnud|tasunud)",
    r"(?:nodok[ļl]u )?atmaksa\w*",
    r"pirc[ēe]js (?:ir )?(?:samaks[āa]jis|apmaks[āa]jis)",
    r"(?:grąžinim|grazinim)\w*",
    r"pirk[ėe]jas (?:jau )?(?:sumok[ėe]jo|apmok[ėe]jo)",
    # the card a refund or a buyer's payment is to be paid onto, in the languages above
    r"(?:bank)?k[áa]rty(?:a|[áa]j[áa]\w*) ?adat\w*|[úu]daje? (?:o )?(?:platobnej )?kart[ey]",
    r"данни(?:те)? (?:на|за) картата",
    r"podat\w* (?:o |sa |s )?kartic\w*|(?:номер|дані|реквізити) картки|korttitie\w*|kortin tie\w*",
    r"kortoplysning\w*|kontooplysning\w*|kortinformasjon\w*|kortopplysning\w*|kontoopplysning\w*",
    r"kaardiandme\w*|kartes dati\w*|kortel[ėe]s duomen\w*",
)

DOCUMENT = (
    r"shared (?:a |an |the |\d+ )?(?:file|document|folder|pdf|spreadsheet|contract|invoice)s? with you",
    r"(?:has|have) sent you (?:a |an )?(?:new )?(?:document|file|secure|encrypted|fax|voice|invoice|contract)",
    r"(?:new|unread|pending|missed|incoming) (?:voice ?mail|voice message|fax|secure message|e-?fax|document)s?",
    r"voice ?mail",
    r"voice (?:message|note)",
    # a voice message waiting, in es, pt, fr, de, it
    r"mensajes? de voz|escuchar (?:el )?mensaje|mensage(?:m|ns) de voz|ouvir (?:a )?mensagem",
    r"messages? vocal|messagerie vocale|[ée]couter (?:le |votre )?message",
    r"sprachnachricht\w*|nachricht (?:an)?h[öo]ren|messaggi(?:o)? vocal[ei]|segreteria telefonica",
    r"e-?fax",
    r"(?:review|read) and (?:e-?)?sign",
    r"(?:please |kindly )?(?:e-?sign|sign) (?:the |this |your )?(?:document|contract|agreement)",
    r"(?:view|open|access|download|review|preview|retrieve|listen to) (?:the |your |this )?"
    r"(?:shared |secure |encrypted )?(?:document|file|pdf|fax|voice ?mail|message|attachment|recording|folder)s?",
    r"(?:secure|encrypted|protected) (?:document|message|file|pdf|link)",
    # the document is protected or kept online, so the file or mail itself shows nothing: en, pt / es, fr, de
    r"(?:document|file|pdf|invoice|statement) is (?:protected|secured|encrypted)",
    r"(?:documento|arquivo|ficheiro|comprovante|pdf) (?:protegido|seguro|criptografado|cifrado)",
    r"(?:document|fichier|pdf) (?:s[ée]curis[ée]|prot[ée]g[ée]|chiffr[ée])",
    r"(?:dokument|datei|pdf) ist (?:gesch[üu]tzt|gesichert|verschl[üu]sselt)|gesch[üu]tzte\w* (?:dokument|datei|pdf)",
    r"(?:dokument|datei|rechnung|zahlungsavis|zahlungsbest[äa]tigung) (?:[öo]ffnen|anzeigen|abrufen)",
    r"consulter (?:l['’]|le |la |votre )?(?:avis|facture|document|fichier|justificatif)",
    r"(?:visualizar|acessar|baixar) (?:o |seu )?comprovante",
    r"(?:docusign|sharepoint|onedrive|one drive|dropbox|wetransfer|adobe (?:sign|acrobat)|google drive)",
    r"(?:document|file)s? (?:is |are )?(?:ready|available|waiting|pending) (?:for|to)",
    r"(?:link|access) (?:will )?expire",
    r"segue (?:em )?anexo|comprovante (?:de )?(?:pagamento|transfer[êe]ncia|pix|dep[óo]sito)",
    r"(?:remittance|payment) (?:advice|confirmation|slip|copy)",
    r"(?:request for quotation|rfq|proforma invoice|swift copy)",
    r"(?:click|tap) (?:here|below|the (?:link|button)(?: below)?) to (?:view|access|open|download|read|listen|sign"
    r"|review|retrieve)",
    r"documento (?:compartilhado|pendente|dispon[íi]vel)",
    r"compartilhou (?:um|o|a|uma) (?:arquivo|documento|pasta)",
    r"(?:visualizar|acessar|baixar) (?:o )?(?:documento|arquivo)",
    r"ha compartido",
    r"hat (?:ihnen |dir )?(?:eine? )?(?:datei|dokument)\w* (?:freigegeben|geteilt|gesendet)",
    r"a partag[ée]",
    # a document to sign, in pt, es, fr, it, nl, de, pl
    r"documento (?:para|a|da) (?:assinar|assinatura|firmar|firma|revis[ãa]o)",
    r"revis(?:ar|e) e assin(?:ar|e)|revis(?:ar|e) y firm(?:ar|e)",
    r"(?:revisar|visualizar|acessar|baixar) (?:o )?documento",
    r"document (?:à|a) signer",
    r"document ter (?:ondertekening|ondertekenen)",
    r"dokument (?:zur unterschrift|zum unterschreiben|zur signatur)",
    r"dokument (?:do podpisania|do podpisu)",
    r"tanda ?tangani (?:dokumen|kontrak)|(?:lihat|unduh|tinjau) (?:dan tanda ?tangani )?dokumen",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el: the attached document, and the password that opens it
    r"(?:ekteki|ekte) (?:fatura|belge|dosya)\w*",
    r"ar[şs]iv [şs]ifresi",
    r"пароль (?:для открытия|от архива|к архиву|к документ\w*)",
    r"(?:документы|сч[её]т|акт\w*) (?:во вложении|в архиве|в приложении)",
    r"(?:الفاتورة|المستند|الملف) المرفق",
    r"첨부(?:된|한)? (?:파일|문서|청구서|계산서)",
    r"압축 ?(?:파일 )?비밀번호",
    r"(?:hóa đơn|hoá đơn|tài liệu|tệp) đính kèm",
    r"mật khẩu (?:giải nén|mở (?:tệp|file))",
    r"(?:dokumen|faktur|invoice|berkas) (?:terlampir|dalam lampiran)",
    r"kata sandi (?:untuk membuka|file|arsip)",
    r"(?:se|öppna) bifogad\w* (?:faktura|fil|dokument)",
    r"lösenord(?:et)? (?:till|för) (?:filen|arkivet|dokumentet)",
    r"(?:dokument|soubor|faktur)\w* (?:v p[řr][íi]loze|ke sta[žz]en[íi])",
    r"heslo (?:k|pro) (?:otev[řr]en[íi]|archivu|souboru)",
    r"(?:factura|documentul|fișierul|fişierul|fisierul) (?:ata[șşs]at\w*|din ata[șşs]ament)",
    r"parola (?:arhivei|pentru deschidere)",
    r"συνημμέν\w* (?:τιμολόγι|αρχεί|έγγραφ)\w*",
    r"κωδικός (?:για το αρχείο|ανοίγματος)",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no: a file shared, and the password that opens the attachment
    r"megosztott (?:[öo]nnel )?egy (?:f[áa]jlt|dokumentumot|mapp[áa]t)",
    r"(?:zdie[ľl]al|sprístupnil)\w* (?:s vami )?(?:s[úu]bor|dokument)\w*",
    r"сподели\w* (?:с вас )?(?:файл|документ)\w*",
    r"(?:podijeli|podelil|deli)\w* (?:s vama |z vami )?(?:datotek|dokument|fajl)\w*",
    r"поділи\w* (?:з вами )?(?:файл|документ)\w*",
    r"jakoi (?:kanssasi )?(?:tiedoston|asiakirjan|kansion)",
    r"(?:delte|har delt) (?:en |et )?(?:fil|dokument|mappe)\w* med dig|har delt (?:en |et )?(?:fil|dokument) med deg",
    r"(?:документът е защитен|паролата е)",
    r"(?:fakturaen|dokumentet|filen|fakturan) er (?:sikret|beskyttet|kryptert|krypteret)",
    r"(?:logg inn|log ind|log p[åa]|logge inn|logge ind) med (?:din |dit |ditt )?(?:microsoft|office|outlook|e-?post"
    r"|jobb)\w*",
    r"(?:åpne|apne|åbne|abne|laste ned|downloade) (?:pdf-?en|dokumentet|fakturaen|filen)",
    r"se og (?:laste ned|downloade) (?:pdf|dokumentet|fakturaen|filen)",
)

MAILBOX = (
    r"password (?:will |is about to |is set to )?expir\w*",
    r"(?:keep|retain|maintain|continue (?:with|using)) (?:the |your )?(?:same |current |existing )?password",
    r"mailbox (?:is )?(?:full|quota|storage|upgrade|deactivat\w*|migration|verification|has exceeded|will be)",
    r"(?:storage|quota) (?:is )?(?:full|almost full|exceeded|limit|reached)",
    r"(?:incoming|pending|undelivered|held|quarantined|blocked|suspended) (?:e-?mails?|messages|mails)",
    r"messages? (?:are |were |have been )?(?:on hold|held|pending|undelivered|quarantined|not delivered)",
    r"(?:e-?mail|webmail|mail) (?:account )?(?:upgrade|verification|deactivation|validation|maintenance)",
    r"(?:multi-?factor|two-?factor|2fa|mfa)(?: authentication)? (?:expir\w*|update|re-?enrol\w*|setup|required|reset)",
    r"(?:scan|escanee|escaneie|scannez|scannen sie) (?:the |this |below |o |el |le |den )?qr",
    r"qr[- ]?code",
    r"re-?authenticat\w*|re-?validat\w*|re-?confirm\w*",
    r"(?:verify|validate|confirm) (?:your |this )?(?:e-?mail|mailbox|ownership)",
    r"(?:sign-?in|login|log-?in) (?:attempt|blocked|from (?:a )?new)",
    r"(?:e-?mail|mailbox|account) (?:will be |is being )?(?:shut ?down|deleted|closed|disconnected)",
    r"release (?:the |your |all )?(?:pending |held |quarantined |blocked )?(?:e-?mails|messages|mails)",
    r"(?:storage|mailbox|quota) (?:has )?reached (?:its|the|your) (?:limit|maximum|capacity)",
    r"(?:unusual|suspicious|new|unrecogni[sz]ed) sign-?in (?:activity|attempt|detected|from)",
    r"(?:verify|confirm|validate) (?:your |the )?(?:identity|account ownership)",
    r"(?:account|mailbox) (?:will be|is scheduled to be|is set to be) (?:deactivated|terminated|disabled|suspended)",
    r"caixa (?:de (?:correio|entrada)) (?:cheia|bloqueada)",
    r"senha (?:expira|vai expirar|expirada)",
    r"contrase[ñn]a (?:caduca|expira)",
    r"passwort (?:l[äa]uft|ist abgelaufen)",
    r"mot de passe (?:expire|a expir[ée])",
    r"(?:acesso|login|dispositivo|aparelho) (?:foi )?(?:bloqueado|suspenso|n[ãa]o (?:reconhecido|autorizado))",
    r"atualiza[çc][ãa]o (?:cadastral|de seguran[çc]a)",
    r"(?:token|chave) de seguran[çc]a",
    r"(?:sincroniz|valid|reativ)\w+ (?:o |seu |sua )?(?:token|dispositivo|aplicativo|cadastro)",
    r"(?:acceso|inicio de sesi[óo]n) (?:bloqueado|suspendido|no reconocido|inusual)",
    r"tentativas? de (?:acesso|login)|acesso (?:suspeito|incomum)",
    r"identificamos (?:uma |um )?(?:acesso|tentativa|movimenta[çc][ãa]o|compra|irregularidade|pend[êe]ncia)",
    r"(?:photos|videos|files|data|documents|pictures)(?: and \w+)? (?:will be|are about to be|may be|could be)"
    r" (?:permanently )?(?:deleted|removed|lost|erased)",
    r"(?:upgrade|expand|increase) (?:your )?(?:cloud )?(?:storage|plan)",
    r"(?:icloud|cloud) storage",
    r"(?:nietypow|podejrzan)\w* logowani\w*",
    r"(?:ungew[öo]hnlich|verd[äa]chtig)\w* anmeld\w*",
    r"(?:connexion|activit[ée]) (?:inhabituelle|suspecte)",
    r"(?:accesso|attivit[àa]) (?:sospett|insolit)\w*",
    r"(?:ongebruikelijke|verdachte) (?:inlog\w*|activiteit)",
    # tr, ru, ar, ko, vi, id, sv, cs, ro, el
    r"(?:e-posta|eposta|posta kutu)\w* (?:dolu|kapasite|kota)\w*",
    r"(?:почтов\w* ящик|хранилищ)\w* (?:переполнен|заполнен)\w*",
    r"صندوق (?:البريد|الوارد) (?:ممتلئ|ممتلئة)",
    r"(?:메일함|사서함|저장 ?공간|메일 ?용량) ?(?:초과|부족|가득)\w*",
    r"hộp thư (?:đầy|đã đầy|vượt)",
    r"kotak (?:surat|masuk) (?:penuh|hampir penuh)",
    r"(?:brevlåda|inkorg|lagringsutrymme)\w* (?:är )?full\w*",
    r"(?:schr[áa]nk|úloži[šs]t|ulozist)\w* (?:je |bude )?(?:pln|zaplnen|p[řr]epln)\w*",
    r"(?:c[ăa]su[țţt]a po[șşs]tal[ăa]|spa[țţt]iul de stocare) (?:este )?plin\w*",
    r"(?:γραμματοκιβώτιο|χώρος αποθήκευσης) (?:είναι )?(?:γεμάτ|πλήρ)\w*",
    # hu, sk, bg, hr / sr / sl, uk, fi, da / no, et / lv / lt
    r"(?:postafiók|postafiok|tárhely|tarhely)\w* (?:megtelt|betelt|tele)",
    r"(?:schránk|schrank|úložisk|ulozisk)\w* (?:je )?(?:pln|zaplnen|preplnen)\w*",
    r"(?:пощенск\w* кутия|пространство)\w* (?:е )?(?:пълн|препълнен)\w*",
    r"(?:poštansk\w* sandu[čc]|postansk\w* sandu[čc]|sandu[čc]i[ćc]|nabiralnik)\w* (?:je )?(?:pun|popunjen|poln)\w*",
    r"(?:поштов\w* скриньк|сховищ)\w* (?:переповнен|заповнен)\w*",
    r"(?:postilaatikko|tallennustila)\w* (?:on )?t[äa]ynn[äa]",
    r"(?:postkasse|indbakke|innboks|lagerplads|lagringsplass)\w* (?:er )?(?:fuld|full)\w*",
)

# Phrases too common in ordinary mail to count double when they open a subject ("Congratulations
# on the new role", "Tracking number for order 123"): they only ever count once.
# "Congratulations" in any language is one word of the story, however many languages a mailing repeats
# it in: translations count as one phrase, not as corroboration.
CONGRATULATIONS = (
    r"congratulations|parab[ée]ns|felicidades|felicitaciones|herzlichen|f[ée]licitations|congratulazioni"
    r"|tebrikler|поздравляем|مبروك|تهانينا|축하|chúc mừng|selamat|grattis|gratulujeme|felicit[ăa]ri|συγχαρητήρια"
    r"|gratul[áa]l|поздравления|[čc]estitamo|onnittelu|tillykke|gratulerer|apsveicam|sveikiname|palju [õo]nne"
)

ORDINARY = (
    CONGRATULATIONS + r"|gift ?cards?"
    r"|tracking|rastre|(?:voc[êe] )?recebeu|(?:order|transaction|invoice|purchase) (?:id|number|#|no)|voice ?mail"
    r"|survey|pesquisa"
    # "your parcel" heads every carrier's own notice, in sv, id, el, ro, ar, vi
    r"|ditt paket|paket anda|(?:το )?δέμα σας|coletul (?:dvs|dumneavoastr|t[ăa]u)|شحنتك|طردك|bưu (?:kiện|phẩm)"
)

# Greetings that address a role instead of a person: mass lures do not know the reader's name.
# Matched at the very start of the text only, where a greeting stands.
GENERIC_GREETING = (
    r"^\W{0,5}(?:dear|hello|hi|greetings|attention)[,:]?\s+(?:our |valued |esteemed |beloved |respected )?"
    r"(?:customer|client|user|member|subscriber|account ?(?:holder|owner|user)|card ?holder|sir(?:\s*/\s*| or )madam"
    r"|beneficiary|winner|shopper|recipient|e-?mail user|webmail user|mailbox user|applicant|friend)s?\b"
    # "Dear PayPal user", "Dear Bank of America customer": a brand's whole clientele, one at a time.
    r"|^\W{0,5}dear (?:[\w&.'-]+ ){1,3}(?:customer|client|user|member|account ?holder|card ?holder)\b"
    r"|^\W{0,5}(?:prezad[oa]|car[oa]|ol[áa]|estimad[oa]|querid[oa]|hola)(?:\(a\))?,?\s+"
    r"(?:cliente|usu[áa]rio|usuario|associad[oa]|contribuinte|consumidor|correntista|titular|senhor(?:\(a\))?|miembro"
    r"|cidad[ãa]o)\b"
    r"|^\W{0,5}(?:sehr geehrte[r]?|liebe[r]?|hallo) (?:kunde|kundin|nutzer|benutzer|mitglied|damen und herren)\b"
    r"|^\W{0,5}(?:cher|ch[èe]re|bonjour)(?:\(e\))? (?:client|cliente|utilisateur|membre|abonn[ée])"
    r"|^\W{0,5}(?:gentile|caro|spett\.?(?:le|abile)) (?:cliente|utente|contribuente)\b"
    r"|^\W{0,5}(?:beste|geachte) (?:klant|gebruiker|relatie|heer/mevrouw|heer of mevrouw)\b"
    r"|^\W{0,5}szanown\w+ (?:klien\w+|u[żz]ytkowni\w+|pa[ńn]stw\w+)"
    # hu, sk, bg, hr / sr, uk, fi, da / no, et, lv, lt
    r"|^\W{0,5}(?:tisztelt|kedves) (?:[üu]gyfel[üu]nk|[üu]gyf[ée]l|felhaszn[áa]l[óo]|vev[őo]nk)\b"
    r"|^\W{0,5}v[áa][žz]en[ýyáa] (?:klient|kliente|z[áa]kazn[íi]k|z[áa]kazn[íi]ku|klientko|pou[žz][íi]vate[ľl])"
    r"|^\W{0,5}уважаеми (?:клиенти|клиент|потребител)"
    r"|^\W{0,5}po[šs]tovani (?:klijent|korisni[čc]|kupa[čc])"
    r"|^\W{0,5}шановн\w* (?:клієнт|користувач|абонент)"
    r"|^\W{0,5}hyv[äa] (?:asiakas|asiakkaamme|k[äa]ytt[äa]j[äa])"
    r"|^\W{0,5}(?:k[æe]re|kj[æe]re) (?:kunde|bruger|bruker|borger)\b"
    r"|^\W{0,5}(?:lugupeetud|austatud) klient|^\W{0,5}(?:cien[īi]jam|god[āa]jam)\w* klient|^\W{0,5}gerbiam\w* klient"
)

# Japanese and Chinese have no spaces between words, so their phrases are plain substrings, tried only
# when the text is written in them (see checks/scam.py). Keyed by the family they belong to.
CJK: dict[str, tuple[str, ...]] = {
    "MAILBOX_LURE": (
        "本人確認",
        "アカウントを停止",
        "アカウントが停止",
        "アカウントの停止",
        "アカウントがロック",
        "一時停止",
        "利用制限",
        "不正ログイン",
        "不正アクセス",
        "不正利用",
        "ログイン情報",
        "パスワードの有効期限",
        "セキュリティ警告",
        "第三者による",
        "登録情報",
        "情報の更新",
        "メールボックス",
        # zh
        "邮箱升级",
        "邮箱已满",
        "邮箱容量",
        "密码过期",
        "密码即将过期",
        "账户异常",
        "帐户异常",
        "账号异常",
        "登录异常",
        "身份验证",
        "系统升级",
        "账户冻结",
        # zh
        "企业邮箱",
        "邮箱即将",
        "停用",
        "冻结",
        "重新验证",
        "异常登录",
        "账号将",
    ),
    "BILLING_LURE": (
        "お支払い方法",
        "お支払い情報",
        "お支払いが確認できません",
        "未払い",
        "未納",
        "滞納",
        "引き落とし",
        "カードの有効期限",
        "ご請求",
        "決済エラー",
        # zh
        "个人所得税",
        "补贴",
        "退税",
        "社保",
        "逾期",
        "扣款",
        "未缴",
        "欠费",
        "罚款",
        "退款",
        "补缴",
        "汇算清缴",
        "个税",
    ),
    "DELIVERY_LURE": (
        "お荷物",
        "不在",
        "再配達",
        "配達できません",
        "お届けできません",
        "宛先不明",
        "住所不明",
        "保管期限",
        "持ち戻り",
        # zh
        "派送失败",
        "无法投递",
        "包裹",
        "地址有误",
        "地址不详",
        "补交运费",
        "重新派送",
    ),
    "PRIZE_LURE": (
        *("ポイントが失効", "ポイント失効", "当選", "抽選", "ギフト券", "ギフトカード", "アンケート", "特典"),
        *("中奖", "领取", "红包", "积分", "恭喜", "幸运", "奖品", "抽奖"),
    ),
    "CRYPTO_LURE": (
        *("暗号資産", "仮想通貨", "ウォレット", "ビットコイン", "出金"),
        *("虚拟货币", "数字货币", "比特币", "泰达币", "提现"),
    ),
    "DOCUMENT_LURE": (
        *("ファイルを共有", "共有されました", "ドキュメント", "請求書", "ボイスメール", "留守番電話"),
        *("共享文件", "文件共享", "查看文件", "电子发票", "查看附件", "解压密码"),
    ),
}
