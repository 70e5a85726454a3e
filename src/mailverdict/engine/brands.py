"""Brands phishing most often wears, with the domains that legitimately send or host for them.

Used to spot a display name or link text claiming a brand while the mail or link comes from
elsewhere. Matching is on whole words of the display name, never on body text, so a newsletter
that merely mentions a brand does not trigger it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from mailverdict.engine.textnorm import readable

# Where Microsoft's own notices come from, whichever of its product names they wear: the online services,
# and SharePoint's and OneDrive's sharing mail (no-reply@sharepointonline.com).
_MICROSOFT = ("microsoft.com", "office.com", "microsoftonline.com", "office365.com", "sharepointonline.com")

# brand words as they appear in display names -> registrable domains that may use them
BRANDS: dict[str, tuple[str, ...]] = {
    "paypal": ("paypal.com", "paypal.co.uk", "paypal.de", "paypal-communication.com"),
    "microsoft": (*_MICROSOFT, "outlook.com", "live.com"),
    "office 365": (*_MICROSOFT, "outlook.com"),
    "office365": (*_MICROSOFT, "outlook.com"),
    "outlook": (*_MICROSOFT, "outlook.com", "live.com", "hotmail.com"),
    "onedrive": (*_MICROSOFT, "onedrive.com", "live.com"),
    "sharepoint": (*_MICROSOFT, "sharepoint.com"),
    "apple": ("apple.com", "icloud.com", "me.com"),
    "icloud": ("apple.com", "icloud.com"),
    "amazon": ("amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.ca", "amazonses.com"),
    "netflix": ("netflix.com",),
    "docusign": ("docusign.com", "docusign.net"),
    "dropbox": ("dropbox.com", "dropboxmail.com", "hellosign.com"),
    "dropbox sign": ("dropbox.com", "hellosign.com"),
    "hellosign": ("hellosign.com", "dropbox.com"),
    "adobe": ("adobe.com", "adobesign.com"),  # Acrobat Sign's agreements come from adobesign.com
    "dhl": ("dhl.com", "dhl.de", "dhl.co.uk", "dhlparcel.nl"),
    "fedex": ("fedex.com",),
    "ups": ("ups.com",),
    "usps": ("usps.com", "usps.gov"),
    "wells fargo": ("wellsfargo.com",),
    "bank of america": ("bankofamerica.com", "bofa.com"),
    "chase": ("chase.com", "jpmorgan.com", "jpmchase.com"),
    "citibank": ("citibank.com", "citi.com"),
    "ebay": ("ebay.com", "ebay.co.uk", "ebay.de"),
    "facebook": ("facebook.com", "facebookmail.com", "meta.com"),
    # "Meta" alone is an everyday word; the names its business and support notices go out under are not.
    **{
        name: ("facebook.com", "facebookmail.com", "meta.com", "instagram.com")
        for name in (
            "meta for business",
            "meta business",
            "meta ads",
            "meta support",
            "meta platforms",
            "meta verified",
        )
    },
    "instagram": ("instagram.com", "facebookmail.com"),
    # Meta's account centre and Messenger mail as Facebook does.
    **dict.fromkeys(
        ("messenger", "facebook messenger", "accounts center", "meta accounts center"),
        ("facebook.com", "facebookmail.com", "meta.com", "instagram.com", "messenger.com"),
    ),
    # Social networks, chat and dating apps.
    **dict.fromkeys(("twitter", "x", "x corp"), ("x.com", "twitter.com")),
    "snapchat": ("snapchat.com",),
    "discord": ("discord.com", "discordapp.com"),
    "tinder": ("gotinder.com", "tinder.com"),
    "bumble": ("bumble.com",),
    "hinge": ("hinge.co",),
    "onlyfans": ("onlyfans.com",),
    "twitch": ("twitch.tv",),
    "reddit": ("reddit.com", "redditmail.com"),
    "pinterest": ("pinterest.com",),
    "linkedin": ("linkedin.com",),
    "google": ("google.com", "gmail.com", "youtube.com"),
    "gmail": ("google.com", "gmail.com"),
    "coinbase": ("coinbase.com",),
    "binance": ("binance.com",),
    "metamask": ("metamask.io", "consensys.net", "consensys.io"),  # Consensys makes MetaMask and mails for it
    "american express": ("americanexpress.com", "aexp.com"),
    "amex": ("americanexpress.com", "aexp.com"),
    "visa": ("visa.com",),
    "mastercard": ("mastercard.com",),
    "irs": ("irs.gov", "govdelivery.com"),  # GovDelivery sends US agencies' subscriber mail
    "hmrc": ("hmrc.gov.uk", "gov.uk"),
    "whatsapp": ("whatsapp.com",),
    "norton": ("norton.com", "nortonlifelock.com", "gen.digital"),
    "mcafee": ("mcafee.com",),
    "geek squad": ("geeksquad.com", "bestbuy.com"),
    "walmart": ("walmart.com",),
    "costco": ("costco.com",),
    "att": ("att.com", "att.net"),
    "at&t": ("att.com", "att.net", "att-mail.com"),  # its billing and marketing mail: emailff.att-mail.com
    "verizon": ("verizon.com", "verizonwireless.com", "vzwshop.com"),  # vzwshop.com: its marketing mail
    "comcast": ("comcast.com", "comcast.net", "xfinity.com"),
    # Brands that retail, survey and subscription scams wear (the domains their own mail uses).
    "yahoo": ("yahoo.com", "yahoo.co.uk", "yahoogroups.com", "yahoo-inc.com", "ymail.com"),
    "aol": ("aol.com", "aol.net", "verizonmedia.com"),
    "zoom": ("zoom.us", "zoom.com"),
    "wetransfer": ("wetransfer.com",),
    "google drive": ("google.com",),
    "google docs": ("google.com",),
    "microsoft 365": (*_MICROSOFT, "outlook.com"),
    "godaddy": ("godaddy.com", "secureserver.net"),
    # Registrars, hosts and mail-security services: their renewal, quota and quarantine notices name the
    # customer's own domain, and phishing wears their names to ask for the mailbox's password. Not Mimecast
    # or Proofpoint: their digests and encrypted-mail notices go out under the customer's own domain.
    **dict.fromkeys(("ionos",), ("ionos.de", "ionos.com", "ionos.co.uk", "ionos.es", "ionos.fr", "ionos.it")),
    **dict.fromkeys(("ovh", "ovhcloud"), ("ovh.net", "ovh.com", "ovhcloud.com", "ovh.fr", "ovh.de", "ovh.es")),
    **dict.fromkeys(("aruba", "aruba.it", "aruba pec"), ("aruba.it", "arubapec.it", "pec.it")),
    **dict.fromkeys(("registro.br", "nic.br"), ("registro.br", "nic.br")),
    "namecheap": ("namecheap.com",),
    "gandi": ("gandi.net",),
    "network solutions": ("networksolutions.com", "web.com"),
    "hostinger": ("hostinger.com",),
    **dict.fromkeys(("hostgator",), ("hostgator.com", "hostgator.com.br")),
    "bluehost": ("bluehost.com",),
    "locaweb": ("locaweb.com.br",),
    "register.it": ("register.it",),
    "dondominio": ("dondominio.com",),
    "cloudflare": ("cloudflare.com",),
    **dict.fromkeys(("barracuda", "barracuda networks"), ("barracudanetworks.com", "barracuda.com")),
    "sophos": ("sophos.com",),
    "hornetsecurity": ("hornetsecurity.com",),
    "spotify": ("spotify.com",),
    "hulu": ("hulu.com",),
    "disney+": ("disneyplus.com", "disney.com"),
    "disney plus": ("disneyplus.com", "disney.com"),
    "hbo max": ("hbomax.com", "max.com"),
    "prime video": ("amazon.com", "primevideo.com"),
    "youtube": ("youtube.com", "google.com"),
    "tiktok": ("tiktok.com", "tiktokv.com"),
    "telegram": ("telegram.org",),
    "steam support": ("steampowered.com", "steamcommunity.com"),
    "roblox": ("roblox.com",),
    "playstation": ("playstation.com", "sony.com"),
    "xbox": ("xbox.com", "microsoft.com"),
    "avast": ("avast.com",),
    "kaspersky": ("kaspersky.com",),
    "bitdefender": ("bitdefender.com",),
    "malwarebytes": ("malwarebytes.com",),
    "lifelock": ("lifelock.com", "norton.com", "nortonlifelock.com", "gen.digital"),
    "venmo": ("venmo.com",),
    "cash app": ("cash.app", "square.com", "squareup.com"),
    "zelle": ("zellepay.com",),
    "revolut": ("revolut.com",),
    "western union": ("westernunion.com",),
    "moneygram": ("moneygram.com",),
    "crypto.com": ("crypto.com",),
    "blockchain.com": ("blockchain.com",),
    "trust wallet": ("trustwallet.com",),
    "trezor": ("trezor.io",),
    "ledger live": ("ledger.com",),
    "opensea": ("opensea.io",),
    "bybit": ("bybit.com",),
    "kucoin": ("kucoin.com",),
    "capital one": ("capitalone.com",),
    "pnc": ("pnc.com",),
    "td bank": ("td.com", "tdbank.com"),
    "hsbc": ("hsbc.com", "hsbc.co.uk"),
    "barclays": ("barclays.com", "barclays.co.uk", "barclaycard.co.uk"),
    "lloyds": ("lloydsbank.com", "lloydsbank.co.uk"),
    "natwest": ("natwest.com",),
    "santander": ("santander.com", "santander.co.uk", "santander.com.br", "bancosantander.es"),
    "bbva": ("bbva.com", "bbva.es", "bbva.mx"),
    "scotiabank": ("scotiabank.com",),
    "desjardins": ("desjardins.com",),
    "interac": ("interac.ca",),
    "navy federal": ("navyfederal.org",),
    "usaa": ("usaa.com",),
    "itaú": ("itau.com.br",),
    "itau": ("itau.com.br",),
    "bradesco": ("bradesco.com.br",),
    "banco do brasil": ("bb.com.br",),
    "caixa econômica": ("caixa.gov.br",),
    "nubank": ("nubank.com.br", "nu.com.mx"),
    "sicredi": ("sicredi.com.br",),
    "sicoob": ("sicoob.com.br",),
    "mercado livre": ("mercadolivre.com.br", "mercadolibre.com"),
    "mercado pago": ("mercadopago.com", "mercadopago.com.br"),
    "c6 bank": ("c6bank.com.br",),
    "picpay": ("picpay.com",),
    "banco inter": ("bancointer.com.br", "inter.co"),
    "livelo": ("livelo.com.br",),
    "smiles": ("smiles.com.br",),
    "latam pass": ("latam.com", "latampass.com"),
    "inss": ("gov.br", "inss.gov.br"),
    "fgts": ("caixa.gov.br", "gov.br"),
    "caixa tem": ("caixa.gov.br",),
    "gov.br": ("gov.br",),
    "jadlog": ("jadlog.com.br",),
    "loggi": ("loggi.com",),
    "magazine luiza": ("magazineluiza.com.br", "magalu.com"),
    "magalu": ("magazineluiza.com.br", "magalu.com"),
    "americanas": ("americanas.com.br", "americanas.com"),
    "casas bahia": ("casasbahia.com.br",),
    "bancolombia": ("bancolombia.com", "notificacionesbancolombia.com"),
    "banorte": ("banorte.com",),
    "receita federal": ("gov.br",),
    # The federal tax portal, the states' treasuries and the national traffic office: all under gov.br.
    **dict.fromkeys(("e-cac", "sefaz", "senatran", "serpro"), ("gov.br",)),
    "serasa": ("serasa.com.br", "serasaexperian.com.br"),
    "detran": ("gov.br",),
    "correios": ("correios.com.br",),
    "correos": ("correos.es", "correos.com"),
    "dgt": ("dgt.es",),
    "dirección general de tráfico": ("dgt.es",),
    "agencia tributaria": ("agenciatributaria.es", "agenciatributaria.gob.es", "aeat.es"),
    # toll operators: unpaid-toll texts and mails wear them
    **dict.fromkeys(
        ("e-zpass", "ezpass"),
        ("e-zpassny.com", "ezpassnj.com", "ezpassva.com", "ezpassmd.com", "e-zpassiag.com", "ezdrivema.com"),
    ),
    "sunpass": ("sunpass.com",),
    "fastrak": ("bayareafastrak.org", "thetollroads.com"),
    "txtag": ("txtag.org",),
    "royal mail": ("royalmail.com", "royalmail.co.uk"),
    "canada post": ("canadapost.ca", "canadapost-postescanada.ca", "postescanada.ca"),
    "australia post": ("auspost.com.au",),
    "la poste": ("laposte.fr", "laposte.net"),
    "colissimo": ("colissimo.fr", "laposte.fr"),
    "chronopost": ("chronopost.fr",),
    "postnl": ("postnl.nl",),
    "dpd": ("dpd.com", "dpd.co.uk", "dpd.de"),
    "evri": ("evri.com",),
    "parcelforce": ("parcelforce.com",),
    "aramex": ("aramex.com",),
    "poste italiane": ("poste.it", "posteitaliane.it"),
    "t-mobile": ("t-mobile.com",),
    "xfinity": ("xfinity.com", "comcast.net", "comcast.com"),
    "directv": ("directv.com",),
    "starlink": ("starlink.com", "spacex.com"),
    "vodafone": ("vodafone.com", "vodafone.co.uk", "vodafone.de"),
    "kohl's": ("kohls.com",),
    "kohls": ("kohls.com",),
    "lowe's": ("lowes.com",),
    "lowes": ("lowes.com",),
    "home depot": ("homedepot.com",),
    "best buy": ("bestbuy.com",),
    "walgreens": ("walgreens.com",),
    "cvs pharmacy": ("cvs.com", "cvshealth.com"),
    "aarp": ("aarp.org",),
    "yeti": ("yeti.com",),
    "harbor freight": ("harborfreight.com",),
    "dick's sporting goods": ("dickssportinggoods.com", "dcsg.com"),
    "sam's club": ("samsclub.com",),
    "kroger": ("kroger.com",),
    "state farm": ("statefarm.com",),
    "geico": ("geico.com",),
    "allstate": ("allstate.com",),
    # Australia's Medicare is Services Australia's.
    "medicare": ("medicare.gov", "cms.gov", "servicesaustralia.gov.au", "my.gov.au"),
    "social security": ("ssa.gov",),
    # Health authorities whose names front supplement and cure advertorials.
    "mayo clinic": ("mayoclinic.org", "mayoclinic.com"),
    "cleveland clinic": ("clevelandclinic.org", "ccf.org"),
    "johns hopkins": ("jhu.edu", "jhmi.edu", "hopkinsmedicine.org"),
    "harvard health": ("harvard.edu",),
    "webmd": ("webmd.com",),
    "booking.com": ("booking.com",),
    "airbnb": ("airbnb.com",),
    "shein": ("shein.com",),
    "temu": ("temu.com", "temuemail.com"),
    "aliexpress": ("aliexpress.com", "alibaba.com"),
    "shopee": ("shopee.com.br", "shopee.com"),
    "ikea": ("ikea.com",),
    "ace hardware": ("acehardware.com",),
    "bass pro": ("basspro.com",),
    "cabela's": ("cabelas.com", "basspro.com"),
    "omaha steaks": ("omahasteaks.com",),
    "dewalt": ("dewalt.com",),
    "craftsman": ("craftsman.com",),
    "kitchenaid": ("kitchenaid.com",),
    "keurig": ("keurig.com",),
    "dyson": ("dyson.com",),
    "blue cross": ("bcbs.com", "anthem.com"),
    "unitedhealthcare": ("uhc.com", "unitedhealthcare.com"),
    "humana": ("humana.com",),
    "aetna": ("aetna.com",),
    "cigna": ("cigna.com",),
    "liberty mutual": ("libertymutual.com",),
    "southwest airlines": ("southwest.com", "luv.southwest.com"),
    "american airlines": ("aa.com",),
    "united airlines": ("united.com",),
    "delta air lines": ("delta.com",),
    "marriott": ("marriott.com", "email-marriott.com"),
    "hilton": ("hilton.com",),
    "expedia": ("expedia.com",),
    "uber": ("uber.com",),
    "lyft": ("lyft.com",),
    "doordash": ("doordash.com",),
    "instacart": ("instacart.com",),
    "starbucks": ("starbucks.com",),
    "mcdonald's": ("mcdonalds.com",),
    "chick-fil-a": ("chick-fil-a.com", "chickfila.com"),
    "dunkin": ("dunkindonuts.com", "dunkin.com"),
    "krispy kreme": ("krispykreme.com",),
    "safeway": ("safeway.com",),
    "albertsons": ("albertsons.com",),
    "trader joe's": ("traderjoes.com",),
    "whole foods": ("wholefoodsmarket.com", "amazon.com"),
    "dollar general": ("dollargeneral.com",),
    "dollar tree": ("dollartree.com",),
    "jcpenney": ("jcpenney.com",),
    "macy's": ("macys.com",),
    "nordstrom": ("nordstrom.com",),
    "sephora": ("sephora.com",),
    "ulta beauty": ("ulta.com",),
    "bath & body works": ("bathandbodyworks.com",),
    "rite aid": ("riteaid.com",),
    "experian": ("experian.com",),
    "equifax": ("equifax.com",),
    "transunion": ("transunion.com",),
    "credit karma": ("creditkarma.com",),
    "simplisafe": ("simplisafe.com",),
    "carfax": ("carfax.com",),
    "tesla": ("tesla.com",),
    "spacex": ("spacex.com",),
    # Japanese card issuers, banks, carriers and shops, as phishing in Japanese names them.
    "アマゾン": ("amazon.co.jp", "amazon.com"),
    "楽天": ("rakuten.co.jp", "rakuten.com", "rakuten-card.co.jp", "rakuten-bank.co.jp"),
    "rakuten": ("rakuten.co.jp", "rakuten.com", "rakuten-card.co.jp", "rakuten-bank.co.jp"),
    "三井住友": ("smbc-card.com", "smbc.co.jp", "vpass.ne.jp"),
    "smbc": ("smbc-card.com", "smbc.co.jp", "vpass.ne.jp"),
    "イオンカード": ("aeon.co.jp", "aeon.com", "aeonbank.co.jp"),
    "イオン銀行": ("aeon.co.jp", "aeonbank.co.jp"),
    "aeon": ("aeon.co.jp", "aeon.com", "aeonbank.co.jp"),
    "エポスカード": ("eposcard.co.jp",),
    "jcb": ("jcb.co.jp", "jcb.com"),
    "セゾン": ("saisoncard.co.jp", "saison.co.jp"),
    "三菱ufj": ("mufg.jp", "bk.mufg.jp"),
    "mufg": ("mufg.jp",),
    "みずほ": ("mizuhobank.co.jp", "mizuho-fg.co.jp"),
    "ゆうちょ": ("jp-bank.japanpost.jp", "japanpost.jp"),
    "日本郵便": ("japanpost.jp",),
    "ヤマト運輸": ("kuronekoyamato.co.jp",),
    "佐川急便": ("sagawa-exp.co.jp",),
    "えきねっと": ("eki-net.com",),
    "メルカリ": ("mercari.com", "mercari.jp"),
    "paypay": ("paypay.ne.jp", "paypay-bank.co.jp"),
    "ドコモ": ("docomo.ne.jp", "nttdocomo.co.jp"),
    "ソフトバンク": ("softbank.jp", "softbank.ne.jp"),
    "ビューカード": ("viewcard.co.jp",),
    "オリコ": ("orico.co.jp",),
    "国税庁": ("nta.go.jp",),
    # Banks, posts, tax offices, telecoms, utilities and marketplaces of continental Europe and Latin
    # America, as phishing in their languages names them. A government agency's own mail comes from
    # under its country's government suffix ("gouv.fr", "gov.it", "gob.mx"), which the registrable
    # domain stops at.
    # nl / be
    **dict.fromkeys(
        ("ing bank", "mijn ing", "ing nederland", "ing belgië", "ing belgique", "ing deutschland"),
        ("ing.nl", "ing.com", "ing.de", "ing.be", "ing.es", "ing.pl", "ing.it", "ing-diba.de"),
    ),
    **dict.fromkeys(("ing-diba", "ing diba"), ("ing.de", "ing-diba.de", "ing.com")),
    "ing": ("ing.nl", "ing.com", "ing.de", "ing.be", "ing.es", "ing.pl", "ing.it", "ing-diba.de"),
    "rabobank": ("rabobank.nl", "rabobank.com"),
    "abn amro": ("abnamro.nl", "abnamro.com"),
    "sns bank": ("snsbank.nl",),
    "asn bank": ("asnbank.nl",),
    "bunq": ("bunq.com",),
    "belastingdienst": ("belastingdienst.nl",),
    "digid": ("digid.nl", "overheid.nl"),
    "mijnoverheid": ("mijnoverheid.nl", "overheid.nl"),
    "mijn overheid": ("mijnoverheid.nl", "overheid.nl"),
    "cjib": ("cjib.nl",),
    "kpn": ("kpn.com",),
    "ziggo": ("ziggo.nl",),
    "bol.com": ("bol.com",),
    "marktplaats": ("marktplaats.nl",),
    "tikkie": ("tikkie.me",),
    "kbc": ("kbc.be", "kbc.com"),
    "belfius": ("belfius.be",),
    "bpost": ("bpost.be",),
    # de
    # Not listed: Sparkasse, Volksbank and Raiffeisenbank, names hundreds of independent banks share,
    # each mailing from its own domain ("Volksbank Mittelhessen"); no list of their domains is complete.
    "deutsche bank": ("db.com", "deutsche-bank.de"),
    "commerzbank": ("commerzbank.de", "commerzbank.com"),
    "postbank": ("postbank.de", "postbank.bg"),
    "comdirect": ("comdirect.de",),
    "consorsbank": ("consorsbank.de",),
    "dkb": ("dkb.de",),
    "n26": ("n26.com",),
    "targobank": ("targobank.de",),
    "elster": ("elster.de",),
    "mein elster": ("elster.de",),
    "deutsche telekom": ("telekom.de", "telekom.com"),
    "telekom": ("telekom.de", "telekom.com"),
    "deutsche post": ("deutschepost.de", "dhl.de"),
    "gls": ("gls-group.eu", "gls-group.com", "gls-pakete.de", "gls-italy.com", "gls-spain.es"),
    "kleinanzeigen": ("kleinanzeigen.de", "ebay-kleinanzeigen.de"),
    # fr
    **dict.fromkeys(("crédit agricole", "credit agricole"), ("credit-agricole.fr", "credit-agricole.com")),
    # The bank owns its top-level domain: every name under .bnpparibas is its own.
    "bnp paribas": ("bnpparibas.com", "bnpparibas.fr", "mabanque.bnpparibas", "bnpparibasfortis.be", "bnpparibas"),
    **dict.fromkeys(("société générale", "societe generale"), ("societegenerale.fr", "societegenerale.com")),
    "la banque postale": ("labanquepostale.fr",),
    "lcl": ("lcl.fr", "lcl.com"),
    **dict.fromkeys(("caisse d'épargne", "caisse d'epargne"), ("caisse-epargne.fr",)),
    "banque populaire": ("banquepopulaire.fr",),
    "boursorama": ("boursorama.com", "boursorama.fr", "boursobank.com"),
    **dict.fromkeys(("crédit mutuel", "credit mutuel"), ("creditmutuel.fr",)),
    **dict.fromkeys(("impots.gouv", "impots.gouv.fr", "dgfip", "finances publiques"), ("gouv.fr",)),
    "ameli": ("ameli.fr", "assurance-maladie.fr"),
    "assurance maladie": ("ameli.fr", "assurance-maladie.fr"),
    "antai": ("gouv.fr",),
    "france travail": ("francetravail.fr", "pole-emploi.fr"),
    **dict.fromkeys(("pôle emploi", "pole emploi"), ("francetravail.fr", "pole-emploi.fr")),
    "orange": ("orange.fr", "orange.com", "orange-business.com"),
    **dict.fromkeys(("orange france", "espace client orange"), ("orange.fr", "orange.com")),
    "sfr": ("sfr.fr", "sfr.com"),
    "bouygues telecom": ("bouyguestelecom.fr",),
    "free mobile": ("free.fr", "free-mobile.fr"),
    "edf": ("edf.fr", "edf.com"),
    "engie": ("engie.fr", "engie.com"),
    "totalenergies": ("totalenergies.fr", "totalenergies.com"),
    "mondial relay": ("mondialrelay.fr", "mondialrelay.com"),
    "leboncoin": ("leboncoin.fr",),
    "vinted": ("vinted.com", "vinted.fr", "vinted.de", "vinted.pl", "vinted.lt"),
    # it
    "intesa sanpaolo": ("intesasanpaolo.com", "intesasanpaolo.it"),
    "unicredit": ("unicredit.it", "unicredit.eu", "unicreditgroup.eu"),
    "postepay": ("poste.it", "postepay.it"),
    "bper": ("bper.it",),
    "banco bpm": ("bancobpm.it",),
    "fineco": ("finecobank.com", "fineco.it"),
    "mediolanum": ("bancamediolanum.it",),
    "bnl": ("bnl.it",),
    "monte dei paschi": ("mps.it",),
    **dict.fromkeys(("agenzia delle entrate", "agenzia entrate"), ("gov.it", "agenziaentrate.it")),
    "inps": ("inps.it",),
    **dict.fromkeys(("tim italia", "telecom italia", "mytim"), ("tim.it", "telecomitalia.it", "telecomitalia.com")),
    "enel": ("enel.it", "enel.com"),
    "windtre": ("windtre.it",),
    # es
    "caixabank": ("caixabank.es", "caixabank.com"),
    "bankinter": ("bankinter.com", "bankinter.es"),
    "banco sabadell": ("bancsabadell.com", "sabadell.com"),
    "unicaja": ("unicaja.es", "unicajabanco.es"),
    "openbank": ("openbank.es",),
    "bizum": ("bizum.es",),
    "seur": ("seur.com",),
    "endesa": ("endesa.com", "endesa.es"),
    "iberdrola": ("iberdrola.es", "iberdrola.com"),
    "movistar": ("movistar.es", "movistar.com", "telefonica.com"),
    "seguridad social": ("seg-social.es",),
    # pl
    **dict.fromkeys(("pko bp", "pko bank polski", "ipko", "pko"), ("pkobp.pl", "ipko.pl", "pko.pl")),
    "mbank": ("mbank.pl",),
    **dict.fromkeys(("pekao", "bank pekao"), ("pekao.com.pl",)),
    "bank millennium": ("bankmillennium.pl",),
    "alior bank": ("aliorbank.pl",),
    "inpost": ("inpost.pl", "inpost.eu"),
    "allegro": ("allegro.pl", "allegro.eu"),
    "olx": ("olx.pl", "olx.com.br", "olx.com", "olx.pt", "olx.ro", "olx.ua", "olx.bg"),
    "poczta polska": ("poczta-polska.pl",),
    "zus": ("zus.pl",),
    # Latin America
    "nequi": ("nequi.com.co",),
    "daviplata": ("daviplata.com",),
    "davivienda": ("davivienda.com",),
    "banco central do brasil": ("bcb.gov.br", "gov.br"),
    # Latin America's central banks, whose "forgotten money" and "pending transfer" notices are phished
    "banco central": ("gov.br", "bcentral.cl", "bcra.gob.ar", "gob.ar", "banxico.org.mx", "bcrp.gob.pe", "gob.pe"),
    **dict.fromkeys(("cfe", "comisión federal de electricidad"), ("cfe.mx", "gob.mx")),
    "estafeta": ("estafeta.com",),
    **dict.fromkeys(("sat", "servicio de administración tributaria"), ("gob.mx",)),
    "afip": ("gob.ar", "gov.ar"),
    "sunat": ("gob.pe",),
    "mercado libre": ("mercadolibre.com", "mercadolibre.com.mx", "mercadolibre.com.ar", "mercadopago.com"),
    **dict.fromkeys(("banamex", "citibanamex"), ("banamex.com", "citibanamex.com")),
    "banco azteca": ("bancoazteca.com.mx",),
    "telcel": ("telcel.com",),
    "coppel": ("coppel.com",),
    "bancoestado": ("bancoestado.cl",),
    "banco estado": ("bancoestado.cl",),
    **dict.fromkeys(("caixa econômica federal", "caixa economica"), ("caixa.gov.br", "gov.br")),
    "claro": ("claro.com.br", "claro.com.co", "claro.com.ar", "claro.com"),
    **dict.fromkeys(
        ("vivo", "telefônica vivo", "telefonica vivo", "vivo fibra", "vivo empresas", "fatura vivo", "vivo fatura"),
        ("vivo.com.br", "telefonica.com.br"),
    ),
    **dict.fromkeys(("meu vivo", "app vivo", "vivo easy", "vivo pay", "vivo protege"), ("vivo.com.br",)),
    **dict.fromkeys(("tim", "tim brasil", "tim live", "meu tim"), ("tim.com.br", "tim.it", "telecomitalia.it")),
    **dict.fromkeys(("oi fibra", "oi fatura", "fatura oi", "minha oi"), ("oi.com.br",)),
    # Banks, posts and parcel carriers, tax offices, telecoms, marketplaces and webmail of Turkey, Russia, the
    # Gulf, China, Korea, Vietnam, Indonesia, Sweden, Czechia, Romania and Greece, as phishing in their
    # languages names them (in their own script and in Latin letters).
    # tr
    **dict.fromkeys(("garanti bbva", "garanti bankası", "garanti bankasi"), ("garantibbva.com.tr", "garanti.com.tr")),
    **dict.fromkeys(("ziraat bankası", "ziraat bankasi"), ("ziraatbank.com.tr",)),
    **dict.fromkeys(("iş bankası", "iş bankasi", "is bankasi", "işbank", "isbank"), ("isbank.com.tr",)),
    "akbank": ("akbank.com",),
    **dict.fromkeys(("yapı kredi", "yapi kredi"), ("yapikredi.com.tr",)),
    **dict.fromkeys(("vakıfbank", "vakifbank"), ("vakifbank.com.tr",)),
    "halkbank": ("halkbank.com.tr",),
    "denizbank": ("denizbank.com",),
    **dict.fromkeys(("qnb finansbank", "finansbank"), ("qnbfinansbank.com", "qnb.com.tr")),
    **dict.fromkeys(("ptt kargo", "ptt a.ş."), ("ptt.gov.tr", "gov.tr")),
    **dict.fromkeys(("yurtiçi kargo", "yurtici kargo"), ("yurticikargo.com",)),
    "aras kargo": ("araskargo.com.tr",),
    "mng kargo": ("mngkargo.com.tr",),
    **dict.fromkeys(("gelir idaresi", "e-devlet", "türkiye.gov.tr"), ("gov.tr",)),
    "turkcell": ("turkcell.com.tr",),
    **dict.fromkeys(("türk telekom", "turk telekom"), ("turktelekom.com.tr",)),
    "trendyol": ("trendyol.com",),
    "hepsiburada": ("hepsiburada.com",),
    "sahibinden": ("sahibinden.com",),
    # ru
    **dict.fromkeys(
        ("сбербанк", "sberbank", "сбербанк онлайн", "сбер онлайн"), ("sberbank.ru", "sberbank.com", "sber.ru")
    ),
    **dict.fromkeys(("втб", "банк втб", "втб онлайн", "vtb"), ("vtb.ru",)),
    **dict.fromkeys(("тинькофф", "tinkoff", "т-банк", "t-bank"), ("tinkoff.ru", "tbank.ru")),
    **dict.fromkeys(("альфа-банк", "альфа банк", "alfa-bank"), ("alfabank.ru",)),
    **dict.fromkeys(("госуслуги", "gosuslugi"), ("gosuslugi.ru",)),
    "почта россии": ("pochta.ru",),
    **dict.fromkeys(("сдэк", "cdek"), ("cdek.ru",)),
    **dict.fromkeys(("озон", "ozon"), ("ozon.ru",)),
    **dict.fromkeys(("wildberries", "вайлдберриз"), ("wildberries.ru",)),
    **dict.fromkeys(("авито", "avito"), ("avito.ru",)),
    **dict.fromkeys(("яндекс", "yandex"), ("yandex.ru", "yandex.com", "ya.ru")),
    "mail.ru": ("mail.ru",),
    **dict.fromkeys(("мтс", "mts"), ("mts.ru", "mts.rs")),
    **dict.fromkeys(("билайн", "beeline"), ("beeline.ru",)),
    **dict.fromkeys(("мегафон", "megafon"), ("megafon.ru",)),
    **dict.fromkeys(("фнс россии", "налоговая служба"), ("nalog.ru", "nalog.gov.ru", "gov.ru")),
    # ar
    **dict.fromkeys(("مصرف الراجحي", "الراجحي", "al rajhi", "alrajhi"), ("alrajhibank.com.sa",)),
    **dict.fromkeys(("البنك الأهلي السعودي", "saudi national bank"), ("alahli.com",)),
    **dict.fromkeys(("emirates nbd", "الإمارات دبي الوطني"), ("emiratesnbd.com",)),
    "adcb": ("adcb.com",),
    **dict.fromkeys(("first abu dhabi bank", "بنك أبوظبي الأول"), ("bankfab.com",)),
    **dict.fromkeys(("البريد السعودي", "saudi post", "splonline"), ("splonline.com.sa", "sp.com.sa")),
    **dict.fromkeys(("aramex", "أرامكس"), ("aramex.com",)),
    **dict.fromkeys(("emirates post", "بريد الإمارات"), ("emiratespost.ae",)),
    **dict.fromkeys(("stc", "stc pay", "stc bank", "qitaf", "قطاف"), ("stc.com.sa",)),
    "etisalat": ("etisalat.ae", "etisalat.com"),
    **dict.fromkeys(("absher", "أبشر"), ("absher.sa", "gov.sa")),
    **dict.fromkeys(("zatca", "هيئة الزكاة والضريبة والجمارك"), ("zatca.gov.sa", "gov.sa")),
    **dict.fromkeys(("banque misr", "بنك مصر"), ("banquemisr.com",)),
    "noon": ("noon.com",),
    # zh
    # ICBC is also British Columbia's vehicle insurer.
    **dict.fromkeys(("工商银行", "icbc"), ("icbc.com.cn", "icbc.com")),
    "建设银行": ("ccb.com",),
    "中国银行": ("boc.cn", "bankofchina.com"),
    "招商银行": ("cmbchina.com",),
    "农业银行": ("abchina.com",),
    **dict.fromkeys(("支付宝", "alipay"), ("alipay.com",)),
    **dict.fromkeys(("微信", "wechat", "腾讯", "tencent", "qq邮箱"), ("qq.com", "tencent.com", "wechat.com")),
    "京东": ("jd.com",),
    **dict.fromkeys(("淘宝", "taobao", "天猫"), ("taobao.com", "tmall.com", "alipay.com")),
    **dict.fromkeys(("国家税务总局", "税务局"), ("chinatax.gov.cn", "gov.cn")),
    **dict.fromkeys(("顺丰", "sf express"), ("sf-express.com",)),
    "中国邮政": ("chinapost.com.cn",),
    **dict.fromkeys(("网易", "netease"), ("163.com", "126.com", "netease.com")),
    # ko
    **dict.fromkeys(("네이버", "naver"), ("naver.com", "navercorp.com")),
    **dict.fromkeys(("카카오", "kakao"), ("kakao.com", "kakaocorp.com", "kakaobank.com", "kakaopay.com")),
    "daum": ("daum.net", "kakao.com"),
    **dict.fromkeys(("cj대한통운", "대한통운", "cj logistics"), ("cjlogistics.com",)),
    **dict.fromkeys(("우체국", "우정사업본부"), ("epost.go.kr", "koreapost.go.kr", "go.kr")),
    **dict.fromkeys(("국민은행", "kb국민"), ("kbstar.com", "kbfg.com", "kbcard.com")),
    **dict.fromkeys(("신한은행", "신한카드", "shinhan bank", "shinhan card"), ("shinhan.com", "shinhancard.com")),
    "우리은행": ("wooribank.com",),
    "하나은행": ("hanabank.com",),
    **dict.fromkeys(("국세청", "홈택스"), ("nts.go.kr", "hometax.go.kr", "go.kr")),
    **dict.fromkeys(("쿠팡", "coupang"), ("coupang.com",)),
    # vi
    "vietcombank": ("vietcombank.com.vn",),
    "techcombank": ("techcombank.com.vn", "techcombank.com"),
    "bidv": ("bidv.com.vn",),
    "vietinbank": ("vietinbank.vn",),
    "agribank": ("agribank.com.vn",),
    **dict.fromkeys(("mb bank", "mbbank"), ("mbbank.com.vn",)),
    "vpbank": ("vpbank.com.vn",),
    "evn": ("evn.com.vn",),
    "viettel": ("viettel.com.vn", "viettel.vn"),
    "vnpost": ("vnpost.vn",),
    "lazada": ("lazada.vn", "lazada.co.id", "lazada.com"),
    "tiki": ("tiki.vn",),
    "zalo": ("zalo.me", "zalopay.vn"),
    "momo": ("momo.vn",),
    **dict.fromkeys(("tổng cục thuế", "cục thuế"), ("gdt.gov.vn", "gov.vn")),
    # id
    **dict.fromkeys(("bca", "klikbca", "halo bca", "bank bca", "bank central asia"), ("bca.co.id", "klikbca.com")),
    **dict.fromkeys(("bank mandiri", "livin by mandiri"), ("bankmandiri.co.id",)),
    **dict.fromkeys(("bri", "bank bri", "brimo"), ("bri.co.id",)),
    **dict.fromkeys(("bni", "bank bni"), ("bni.co.id",)),
    "pos indonesia": ("posindonesia.co.id",),
    "jne": ("jne.co.id",),
    "j&t express": ("jet.co.id",),
    "sicepat": ("sicepat.com",),
    **dict.fromkeys(("djp online", "direktorat jenderal pajak"), ("pajak.go.id", "go.id")),
    "tokopedia": ("tokopedia.com",),
    "bukalapak": ("bukalapak.com",),
    **dict.fromkeys(("gojek", "gopay"), ("gojek.com", "gopay.co.id")),
    "ovo": ("ovo.id",),
    "dana": ("dana.id",),
    "telkomsel": ("telkomsel.com",),
    "indihome": ("indihome.co.id",),
    "pertamina": ("pertamina.com",),
    "bpjs kesehatan": ("bpjs-kesehatan.go.id", "go.id"),
    # sv
    "swedbank": ("swedbank.se", "swedbank.com", "swedbank.ee", "swedbank.lv", "swedbank.lt"),
    "handelsbanken": ("handelsbanken.se", "handelsbanken.com"),
    "seb": ("seb.se", "sebgroup.com", "seb.ee", "seb.lv", "seb.lt"),
    "nordea": ("nordea.se", "nordea.com", "nordea.fi", "nordea.dk", "nordea.no"),
    "bankid": ("bankid.com", "bankid.no"),
    "postnord": ("postnord.se", "postnord.com", "postnord.dk", "postnord.no", "postnord.fi"),
    "skatteverket": ("skatteverket.se",),
    "kivra": ("kivra.com", "kivra.se"),
    "swish": ("getswish.se",),
    "telia": ("telia.se", "telia.com", "telia.fi", "telia.no", "telia.dk", "telia.ee", "telia.lt"),
    "tele2": ("tele2.se", "tele2.com", "tele2.ee", "tele2.lv", "tele2.lt"),
    "klarna": ("klarna.com",),
    **dict.fromkeys(("ica", "ica kundklubb", "ica banken", "icabanken"), ("ica.se", "icabanken.se")),
    **dict.fromkeys(("försäkringskassan", "forsakringskassan"), ("forsakringskassan.se",)),
    "blocket": ("blocket.se",),
    "budbee": ("budbee.com",),
    # cs
    **dict.fromkeys(("česká spořitelna", "ceska sporitelna"), ("csas.cz",)),
    **dict.fromkeys(("čsob", "csob"), ("csob.cz", "csob.sk")),
    **dict.fromkeys(("komerční banka", "komercni banka"), ("kb.cz",)),
    "fio banka": ("fio.cz",),
    "air bank": ("airbank.cz",),
    **dict.fromkeys(("moneta", "moneta money bank"), ("moneta.cz",)),
    **dict.fromkeys(("česká pošta", "ceska posta"), ("cpost.cz", "ceskaposta.cz")),
    **dict.fromkeys(("zásilkovna", "zasilkovna", "packeta"), ("zasilkovna.cz", "packeta.com")),
    "ppl": ("ppl.cz",),
    **dict.fromkeys(("finanční správa", "financni sprava"), ("financnisprava.cz", "mfcr.cz")),
    **dict.fromkeys(("seznam", "seznam.cz", "seznam email", "email.cz"), ("seznam.cz", "email.cz")),
    **dict.fromkeys(("o2", "o2 czech republic"), ("o2.cz", "o2.co.uk", "o2online.de")),
    **dict.fromkeys(("alza", "alza.cz"), ("alza.cz",)),
    # ro
    "banca transilvania": ("bancatransilvania.ro",),
    **dict.fromkeys(("bcr", "banca comercială română", "banca comerciala romana"), ("bcr.ro",)),
    "brd": ("brd.ro",),
    **dict.fromkeys(("anaf", "spațiul privat virtual", "spatiul privat virtual"), ("anaf.ro",)),
    **dict.fromkeys(("poșta română", "posta romana", "poşta română"), ("posta-romana.ro",)),
    "fan courier": ("fancourier.ro",),
    "sameday": ("sameday.ro",),
    "cargus": ("cargus.ro",),
    "emag": ("emag.ro", "emag.bg", "emag.hu"),
    "digi": ("digi.ro",),
    "ghiseul.ro": ("ghiseul.ro",),
    # el
    **dict.fromkeys(("εθνική τράπεζα", "εθνικη τραπεζα", "national bank of greece", "nbg"), ("nbg.gr",)),
    **dict.fromkeys(("τράπεζα πειραιώς", "piraeus bank"), ("piraeusbank.gr",)),
    "eurobank": ("eurobank.gr",),
    "alpha bank": ("alpha.gr",),
    **dict.fromkeys(
        ("ελτα", "elta", "elta courier", "elta hellenic post", "ελληνικά ταχυδρομεία"), ("elta.gr", "elta-courier.gr")
    ),
    **dict.fromkeys(("ααδε", "aade", "taxisnet"), ("aade.gr", "gsis.gr", "gov.gr")),
    "cosmote": ("cosmote.gr",),
    "skroutz": ("skroutz.gr",),
    "acs courier": ("acscourier.net",),
    # Banks, posts and parcel carriers, tax offices and state portals, telecoms, marketplaces and utilities
    # of Hungary, Slovakia, Bulgaria, Croatia, Serbia, Slovenia, Ukraine, Finland, Denmark, Norway and the
    # Baltics, as phishing in their languages names them (with and without diacritics, in Cyrillic too).
    # hu
    **dict.fromkeys(
        ("otp bank", "otpbank", "otp internetbank", "otp smartbank", "otp", "otp banka"),
        ("otpbank.hu", "otpbanka.hr", "otpbank.ro"),
    ),
    **dict.fromkeys(("k&h bank", "k&h"), ("kh.hu",)),
    **dict.fromkeys(("mbh bank",), ("mbhbank.hu",)),
    "cib bank": ("cib.hu",),
    **dict.fromkeys(("magyar posta", "magyar posta zrt"), ("posta.hu",)),
    **dict.fromkeys(
        ("nav", "nemzeti adó- és vámhivatal", "nemzeti ado- es vamhivatal", "ügyfélkapu", "ugyfelkapu"),
        ("nav.gov.hu", "gov.hu", "nav.no", "magyarorszag.hu"),
    ),
    "magyar telekom": ("telekom.hu",),
    "foxpost": ("foxpost.hu",),
    **dict.fromkeys(("jófogás", "jofogas"), ("jofogas.hu",)),
    "yettel": ("yettel.hu", "yettel.bg", "yettel.rs"),
    "mvm": ("mvm.hu",),
    # sk
    **dict.fromkeys(("slovenská sporiteľňa", "slovenska sporitelna", "slsp"), ("slsp.sk",)),
    **dict.fromkeys(("tatra banka", "tatrabanka"), ("tatrabanka.sk",)),
    **dict.fromkeys(("vúb banka", "vub banka", "vúb", "vub"), ("vub.sk",)),
    **dict.fromkeys(("slovenská pošta", "slovenska posta"), ("posta.sk",)),
    **dict.fromkeys(("finančná správa", "financna sprava"), ("financnasprava.sk",)),
    "slovensko.sk": ("slovensko.sk",),
    "slovak telekom": ("telekom.sk",),
    **dict.fromkeys(("bazoš", "bazos", "bazoš.sk", "bazos.sk"), ("bazos.sk", "bazos.cz")),
    **dict.fromkeys(("zse", "zse energia"), ("zse.sk",)),
    # bg
    **dict.fromkeys(("банка дск", "дск", "dsk bank", "dsk direct", "банка dsk"), ("dskbank.bg",)),
    **dict.fromkeys(("уникредит булбанк", "булбанк", "unicredit bulbank"), ("unicreditbulbank.bg",)),
    "пощенска банка": ("postbank.bg",),
    **dict.fromkeys(("fibank", "първа инвестиционна банка"), ("fibank.bg",)),
    **dict.fromkeys(("еконт", "econt", "еконт експрес", "econt express"), ("econt.com",)),
    **dict.fromkeys(("спиди", "speedy"), ("speedy.bg",)),
    **dict.fromkeys(("български пощи", "bulgarian posts"), ("bgpost.bg",)),
    **dict.fromkeys(("нап", "национална агенция за приходите"), ("nra.bg",)),
    **dict.fromkeys(("виваком", "vivacom"), ("vivacom.bg",)),
    **dict.fromkeys(
        ("a1", "а1", "a1 българия", "a1 bulgaria", "a1 hrvatska", "a1 slovenija", "a1 srbija"),
        ("a1.bg", "a1.hr", "a1.si", "a1.rs", "a1.at"),
    ),
    # hr
    **dict.fromkeys(("zagrebačka banka", "zagrebacka banka", "zaba", "m-zaba", "e-zaba"), ("zaba.hr",)),
    **dict.fromkeys(("privredna banka zagreb", "pbz"), ("pbz.hr",)),
    **dict.fromkeys(("erste bank", "erste banka"), ("erstebank.hr", "erstebank.hu", "erstebank.rs")),
    **dict.fromkeys(("hrvatska pošta", "hrvatska posta"), ("posta.hr",)),
    **dict.fromkeys(("porezna uprava", "e-građani", "e-gradjani", "e-gradani"), ("gov.hr",)),
    **dict.fromkeys(("fina",), ("fina.hr",)),
    **dict.fromkeys(("hrvatski telekom",), ("hrvatskitelekom.hr", "ht.hr")),
    **dict.fromkeys(("njuškalo", "njuskalo"), ("njuskalo.hr",)),
    **dict.fromkeys(("hep", "hep elektra"), ("hep.hr",)),
    # sr
    **dict.fromkeys(("banca intesa", "банка интеза"), ("bancaintesa.rs",)),
    **dict.fromkeys(("pošta srbije", "posta srbije", "пошта србије"), ("posta.rs",)),
    **dict.fromkeys(("poreska uprava", "пореска управа"), ("purs.gov.rs", "gov.rs")),
    **dict.fromkeys(("euprava", "еуправа"), ("euprava.gov.rs", "gov.rs")),
    **dict.fromkeys(("kupujemprodajem",), ("kupujemprodajem.com",)),
    # sl
    "nlb": ("nlb.si",),
    **dict.fromkeys(("pošta slovenije", "posta slovenije"), ("posta.si",)),
    **dict.fromkeys(("furs", "finančna uprava", "financna uprava"), ("fu.gov.si", "gov.si")),
    "telekom slovenije": ("telekom.si",),
    "bolha": ("bolha.com",),
    # uk
    **dict.fromkeys(("приватбанк", "privatbank", "приват24", "privat24"), ("privatbank.ua", "privat24.ua")),
    **dict.fromkeys(("monobank", "монобанк"), ("monobank.ua",)),
    **dict.fromkeys(("ощадбанк", "oschadbank"), ("oschadbank.ua",)),
    **dict.fromkeys(("нова пошта", "nova poshta", "novaposhta"), ("novaposhta.ua",)),
    **dict.fromkeys(("укрпошта", "ukrposhta"), ("ukrposhta.ua",)),
    **dict.fromkeys(("дія", "diia"), ("diia.gov.ua", "gov.ua")),
    **dict.fromkeys(("київстар", "kyivstar"), ("kyivstar.ua",)),
    "lifecell": ("lifecell.ua",),
    **dict.fromkeys(("розетка", "rozetka"), ("rozetka.com.ua",)),
    **dict.fromkeys(("державна податкова служба", "податкова"), ("tax.gov.ua", "gov.ua")),
    # fi
    **dict.fromkeys(("op", "op ryhmä", "op-ryhmä", "op-mobiili", "osuuspankki"), ("op.fi",)),
    **dict.fromkeys(
        ("danske bank", "danske mobilbank"), ("danskebank.dk", "danskebank.fi", "danskebank.no", "danskebank.com")
    ),
    **dict.fromkeys(("s-pankki",), ("s-pankki.fi",)),
    "aktia": ("aktia.fi",),
    **dict.fromkeys(("posti", "posti oy", "omaposti"), ("posti.fi",)),
    **dict.fromkeys(("vero", "verohallinto", "omavero"), ("vero.fi",)),
    "kela": ("kela.fi",),
    "traficom": ("traficom.fi",),
    **dict.fromkeys(("tulli",), ("tulli.fi",)),
    "elisa": ("elisa.fi", "elisa.ee"),
    "dna": ("dna.fi",),
    **dict.fromkeys(("tori", "tori.fi"), ("tori.fi",)),
    "suomi.fi": ("suomi.fi",),
    "matkahuolto": ("matkahuolto.fi",),
    # da
    **dict.fromkeys(("mitid", "nemid"), ("mitid.dk", "nemid.nu")),
    **dict.fromkeys(("e-boks", "eboks"), ("e-boks.dk", "e-boks.com")),
    **dict.fromkeys(("skat", "skattestyrelsen"), ("skat.dk",)),
    "borger.dk": ("borger.dk",),
    "udbetaling danmark": ("borger.dk", "atp.dk"),
    "mobilepay": ("mobilepay.dk", "mobilepay.fi", "vippsmobilepay.com"),
    **dict.fromkeys(("dba", "dba sikker handel"), ("dba.dk",)),
    "jyske bank": ("jyskebank.dk",),
    "nykredit": ("nykredit.dk",),
    "sydbank": ("sydbank.dk",),
    "yousee": ("yousee.dk",),
    "telenor": ("telenor.no", "telenor.dk", "telenor.se", "telenor.com"),
    # no
    **dict.fromkeys(("dnb", "dnb bank"), ("dnb.no",)),
    "vipps": ("vipps.no", "vippsmobilepay.com"),
    **dict.fromkeys(("posten", "posten norge"), ("posten.no", "bring.no", "bring.com")),
    "bring": ("bring.no", "bring.com", "posten.no"),
    "skatteetaten": ("skatteetaten.no",),
    "altinn": ("altinn.no",),
    **dict.fromkeys(("finn", "finn.no", "finn fiks ferdig"), ("finn.no",)),
    **dict.fromkeys(("sparebank 1", "sparebank1"), ("sparebank1.no",)),
    "helthjem": ("helthjem.no",),
    "digipost": ("digipost.no",),
    # et / lv / lt
    "lhv": ("lhv.ee",),
    "luminor": ("luminor.ee", "luminor.lv", "luminor.lt"),
    "coop pank": ("cooppank.ee",),
    "omniva": ("omniva.ee", "omniva.lv", "omniva.lt"),
    **dict.fromkeys(("emta", "maksu- ja tolliamet"), ("emta.ee",)),
    "eesti.ee": ("eesti.ee",),
    "smart-id": ("smart-id.com",),
    "citadele": ("citadele.lv",),
    **dict.fromkeys(("latvijas pasts",), ("pasts.lv",)),
    **dict.fromkeys(("vid", "valsts ieņēmumu dienests", "valsts ienemumu dienests"), ("vid.gov.lv", "gov.lv")),
    "latvija.lv": ("latvija.lv", "gov.lv"),
    "lmt": ("lmt.lv",),
    **dict.fromkeys(("elektrum", "latvenergo"), ("elektrum.lv", "latvenergo.lv")),
    **dict.fromkeys(("šiaulių bankas", "siauliu bankas"), ("sb.lt",)),
    **dict.fromkeys(("lietuvos paštas", "lietuvos pastas"), ("post.lt",)),
    **dict.fromkeys(("vmi", "valstybinė mokesčių inspekcija", "valstybine mokesciu inspekcija"), ("vmi.lt",)),
    **dict.fromkeys(("bitė", "bite"), ("bite.lt", "bite.lv")),
    "ignitis": ("ignitis.lt",),
    "epaslaugos": ("epaslaugos.lt",),
    "skelbiu.lt": ("skelbiu.lt",),
    # The consumer brands of the US, UK, Ireland, Canada, Australia, New Zealand, France, Germany, Spain,
    # Italy and the Netherlands that reward, survey, renewal, refund, unpaid-toll and delivery scams wear:
    # shops and their loyalty cards, airlines and their frequent-flyer programmes, hotels, telecoms,
    # insurers, fuel and energy, streaming and software, antivirus and tech support, payment apps, banks,
    # toll and parking operators, tax and vehicle agencies. A programme's name maps to its owner's domains
    # (the programme mails from the owner's, or from a domain of its own beside them).
    # supermarkets, pharmacies and shops
    **dict.fromkeys(
        ("tesco", "tesco clubcard", "clubcard", "tesco bank", "tesco mobile"),
        ("tesco.com", "tesco.co.uk", "tesco.ie", "tescobank.com", "tescomobile.com"),
    ),
    **dict.fromkeys(("sainsbury's", "sainsburys"), ("sainsburys.co.uk", "sainsburysbank.co.uk", "nectar.com")),
    **dict.fromkeys(("nectar", "nectar card", "nectar points"), ("nectar.com", "sainsburys.co.uk")),
    **dict.fromkeys(("boots", "boots advantage card", "boots advantage", "boots uk"), ("boots.com", "boots.ie")),
    "asda": ("asda.com", "asda.co.uk"),
    "morrisons": ("morrisons.com", "morrisons.co.uk"),
    "waitrose": ("waitrose.com", "waitrose.co.uk", "johnlewis.co.uk"),
    "john lewis": ("johnlewis.co.uk", "johnlewis.com"),
    **dict.fromkeys(("marks & spencer", "marks and spencer", "m&s"), ("marksandspencer.com", "marksandspencer.ie")),
    "argos": ("argos.co.uk", "argos.ie"),
    "currys": ("currys.co.uk", "currys.ie"),
    "superdrug": ("superdrug.com",),
    "dunnes stores": ("dunnesstores.com",),
    **dict.fromkeys(
        ("woolworths", "everyday rewards", "woolworths rewards"),
        ("woolworths.com.au", "woolworthsrewards.com.au", "woolworths.co.nz", "woolworthsgroup.com.au"),
    ),
    **dict.fromkeys(
        ("coles", "coles supermarkets", "flybuys"),
        ("coles.com.au", "colesgroup.com.au", "flybuys.com.au"),
    ),
    **dict.fromkeys(
        ("aldi", "aldi uk", "aldi süd", "aldi nord"),
        ("aldi.co.uk", "aldi.com.au", "aldi.us", "aldi.ie", "aldi-sued.de", "aldi-nord.de", "aldi.com"),
    ),
    **dict.fromkeys(
        ("lidl", "lidl plus"),
        ("lidl.de", "lidl.co.uk", "lidl.com", "lidl.fr", "lidl.es", "lidl.it", "lidl.nl", "lidl.ie"),
    ),
    **dict.fromkeys(
        ("carrefour", "carte carrefour", "club carrefour", "carrefour france", "carrefour market"),
        ("carrefour.fr", "carrefour.com", "carrefour.es", "carrefour.it"),
    ),
    **dict.fromkeys(("e.leclerc", "leclerc"), ("e-leclerc.com",)),
    "auchan": ("auchan.fr",),
    **dict.fromkeys(("intermarché", "intermarche"), ("intermarche.com",)),
    "fnac": ("fnac.com", "fnac.fr"),
    "darty": ("darty.com",),
    "cdiscount": ("cdiscount.com",),
    "rewe": ("rewe.de",),
    "edeka": ("edeka.de",),
    "kaufland": ("kaufland.de", "kaufland.com"),
    **dict.fromkeys(("rossmann", "rossmann drogerie"), ("rossmann.de",)),
    **dict.fromkeys(("payback", "payback karte"), ("payback.de", "payback.it", "payback.net")),
    **dict.fromkeys(
        ("mediamarkt", "media markt"),
        ("mediamarkt.de", "mediamarkt.es", "mediamarkt.nl", "mediamarkt.com"),
    ),
    "zalando": ("zalando.de", "zalando.com", "zalando.fr", "zalando.nl", "zalando.it", "zalando.es"),
    "mercadona": ("mercadona.es", "mercadona.com"),
    **dict.fromkeys(("el corte inglés", "el corte ingles"), ("elcorteingles.es",)),
    "esselunga": ("esselunga.it",),
    "conad": ("conad.it",),
    "albert heijn": ("ah.nl", "albertheijn.nl"),
    "kruidvat": ("kruidvat.nl", "kruidvat.be"),
    "coolblue": ("coolblue.nl", "coolblue.be", "coolblue.de"),
    **dict.fromkeys(
        ("cvs", "cvs health", "cvs extracare", "extracare"),
        ("cvs.com", "cvshealth.com", "cvspharmacy.com"),
    ),
    **dict.fromkeys(("ulta", "ulta rewards", "ultamate rewards"), ("ulta.com",)),
    **dict.fromkeys(("target", "target circle"), ("target.com",)),
    "publix": ("publix.com",),
    **dict.fromkeys(("h-e-b", "heb"), ("heb.com",)),
    **dict.fromkeys(("meijer", "meijer mperks", "mperks"), ("meijer.com",)),
    "wegmans": ("wegmans.com",),
    **dict.fromkeys(
        ("canadian tire", "triangle rewards", "triangle mastercard"),
        ("canadiantire.ca", "triangle.com", "ctfs.com"),
    ),
    **dict.fromkeys(
        ("pc optimum", "loblaws", "shoppers drug mart"),
        ("pcoptimum.ca", "loblaw.ca", "loblaws.ca", "shoppersdrugmart.ca", "pcfinancial.ca"),
    ),
    **dict.fromkeys(
        (
            *("air miles", "air miles rewards", "air miles reward program"),
            *("air miles récompenses", "air miles recompenses"),
        ),
        ("airmiles.ca",),
    ),
    **dict.fromkeys(("scene+", "scene plus"), ("sceneplus.ca", "scotiabank.com")),
    "sobeys": ("sobeys.com",),
    "bunnings": ("bunnings.com.au", "bunnings.co.nz"),
    **dict.fromkeys(("chemist warehouse",), ("chemistwarehouse.com.au",)),
    "big w": ("bigw.com.au",),
    **dict.fromkeys(("jb hi-fi", "jb hifi"), ("jbhifi.com.au", "jbhifi.co.nz")),
    **dict.fromkeys(("myer", "myer one"), ("myer.com.au",)),
    **dict.fromkeys(("pak'nsave", "paknsave"), ("paknsave.co.nz", "foodstuffs.co.nz")),
    # airlines, their frequent-flyer programmes, and hotels
    **dict.fromkeys(("aadvantage", "american airlines aadvantage"), ("aa.com",)),
    **dict.fromkeys(("delta", "delta airlines", "delta skymiles", "skymiles"), ("delta.com",)),
    **dict.fromkeys(("southwest", "rapid rewards"), ("southwest.com",)),
    **dict.fromkeys(("mileageplus", "united mileageplus"), ("united.com",)),
    "jetblue": ("jetblue.com",),
    **dict.fromkeys(("alaska airlines", "alaska mileage plan"), ("alaskaair.com",)),
    **dict.fromkeys(
        ("qantas", "qantas frequent flyer", "qantas points"),
        ("qantas.com", "qantas.com.au", "qantasmoney.com"),
    ),
    **dict.fromkeys(
        ("virgin australia", "velocity frequent flyer", "velocity points"),
        ("virginaustralia.com", "velocityfrequentflyer.com"),
    ),
    "jetstar": ("jetstar.com",),
    **dict.fromkeys(("air new zealand", "airpoints"), ("airnewzealand.co.nz", "airnz.co.nz", "airnewzealand.com")),
    **dict.fromkeys(("air canada", "aeroplan"), ("aircanada.com", "aircanada.ca", "aeroplan.com")),
    "westjet": ("westjet.com",),
    **dict.fromkeys(
        ("british airways", "avios", "british airways club", "ba executive club"),
        ("britishairways.com", "ba.com", "avios.com"),
    ),
    "virgin atlantic": ("virginatlantic.com",),
    "aer lingus": ("aerlingus.com",),
    "ryanair": ("ryanair.com", "ryanairemail.com", "ryanairmail.com"),
    "easyjet": ("easyjet.com",),
    "jet2": ("jet2.com", "jet2holidays.com"),
    **dict.fromkeys(
        ("lufthansa", "miles & more", "miles and more", "miles&more"),
        ("lufthansa.com", "miles-and-more.com", "lufthansagroup.com"),
    ),
    "eurowings": ("eurowings.com",),
    **dict.fromkeys(
        ("air france", "flying blue", "klm", "klm royal dutch airlines"),
        ("airfrance.fr", "airfrance.com", "klm.com", "klm.nl", "flyingblue.com", "airfrance-klm.com"),
    ),
    **dict.fromkeys(
        ("iberia", "iberia plus", "iberia club", "iberia express"),
        ("iberia.com", "iberia.es", "iberiaexpress.com"),
    ),
    "vueling": ("vueling.com",),
    "ita airways": ("ita-airways.com",),
    **dict.fromkeys(
        ("emirates", "emirates skywards", "skywards", "fly emirates", "emirates airline"),
        ("emirates.com", "emirates.email"),
    ),
    "qatar airways": ("qatarairways.com",),
    **dict.fromkeys(("turkish airlines", "miles&smiles"), ("turkishairlines.com", "thy.com")),
    **dict.fromkeys(("marriott bonvoy", "bonvoy"), ("marriott.com", "email-marriott.com")),
    "hilton honors": ("hilton.com",),
    **dict.fromkeys(("ihg", "ihg one rewards", "ihg hotels"), ("ihg.com", "ihgonerewards.com")),
    **dict.fromkeys(("hyatt", "world of hyatt", "hyatt hotels"), ("hyatt.com",)),
    **dict.fromkeys(
        ("wyndham", "wyndham rewards", "wyndham hotels"), ("wyndham.com", "wyndhamhotels.com", "wyndhamrewards.com")
    ),
    **dict.fromkeys(("choice hotels", "choice privileges"), ("choicehotels.com",)),
    "best western": ("bestwestern.com",),
    **dict.fromkeys(("accor", "all accor", "accor live limitless"), ("accor.com", "accorhotels.com")),
    "premier inn": ("premierinn.com",),
    "travelodge": ("travelodge.co.uk", "travelodge.com"),
    "hotels.com": ("hotels.com", "expedia.com"),
    "agoda": ("agoda.com",),
    # telecoms, broadband and pay television
    **dict.fromkeys(("telstra", "telstra plus"), ("telstra.com", "telstra.com.au")),
    "optus": ("optus.com.au",),
    **dict.fromkeys(("ee", "ee limited"), ("ee.co.uk",)),
    **dict.fromkeys(("bt", "bt broadband", "bt group"), ("bt.com",)),
    **dict.fromkeys(
        ("sky", "sky broadband", "sky mobile", "sky uk", "sky tv", "sky ireland"),
        ("sky.com", "sky.uk", "sky.ie"),
    ),
    **dict.fromkeys(("virgin media", "virgin media o2"), ("virginmedia.com", "virginmedia.ie", "virginmediao2.co.uk")),
    "talktalk": ("talktalk.co.uk", "talktalk.net"),
    "plusnet": ("plus.net", "plusnet.com"),
    **dict.fromkeys(("three", "three uk", "three ireland"), ("three.co.uk", "three.ie")),
    "giffgaff": ("giffgaff.com",),
    **dict.fromkeys(("eir", "eir ireland"), ("eir.ie",)),
    **dict.fromkeys(("bell", "bell canada", "bell mobility"), ("bell.ca", "bellaliant.ca", "bellmts.ca")),
    **dict.fromkeys(("rogers", "rogers wireless", "rogers communications"), ("rogers.com",)),
    "telus": ("telus.com",),
    **dict.fromkeys(("fido",), ("fido.ca",)),
    **dict.fromkeys(("koodo", "koodo mobile"), ("koodomobile.com",)),
    **dict.fromkeys(("vidéotron", "videotron"), ("videotron.com", "videotron.ca")),
    **dict.fromkeys(("spark", "spark nz"), ("spark.co.nz",)),
    **dict.fromkeys(("one nz",), ("one.nz",)),
    "2degrees": ("2degrees.nz", "2degreesmobile.co.nz"),
    "foxtel": ("foxtel.com.au",),
    **dict.fromkeys(("spectrum", "charter spectrum"), ("spectrum.com", "spectrum.net", "charter.com", "charter.net")),
    **dict.fromkeys(("cox", "cox communications"), ("cox.com", "cox.net")),
    **dict.fromkeys(("1&1", "1und1"), ("1und1.de", "1und1.net", "ionos.de", "ionos.com")),
    "congstar": ("congstar.de",),
    "iliad": ("iliad.it", "iliad.fr"),
    "fastweb": ("fastweb.it",),
    **dict.fromkeys(("odido",), ("odido.nl",)),
    **dict.fromkeys(("yoigo",), ("yoigo.com",)),
    # insurers
    **dict.fromkeys(
        ("direct line", "direct line insurance", "direct line group"),
        ("directline.com", "directlinegroup.co.uk"),
    ),
    "aviva": ("aviva.co.uk", "aviva.com", "aviva.ie", "aviva.ca"),
    **dict.fromkeys(("admiral", "admiral insurance"), ("admiral.com",)),
    **dict.fromkeys(("churchill insurance",), ("churchill.com",)),
    **dict.fromkeys(("hastings direct",), ("hastingsdirect.com",)),
    **dict.fromkeys(("lv=", "lv= insurance", "lv= general insurance"), ("lv.com",)),
    **dict.fromkeys(("progressive", "progressive insurance", "progressive snapshot"), ("progressive.com",)),
    **dict.fromkeys(("farmers insurance",), ("farmers.com",)),
    **dict.fromkeys(
        ("nationwide", "nationwide insurance", "nationwide building society"),
        ("nationwide.com", "nationwide.co.uk"),
    ),
    **dict.fromkeys(("intact insurance", "intact assurance"), ("intact.ca", "intactinsurance.com")),
    **dict.fromkeys(("nrma", "nrma insurance", "mynrma"), ("nrma.com.au", "mynrma.com.au")),
    **dict.fromkeys(("medibank",), ("medibank.com.au",)),
    **dict.fromkeys(("bupa",), ("bupa.com.au", "bupa.co.uk", "bupa.com")),
    "aami": ("aami.com.au",),
    "suncorp": ("suncorp.com.au",),
    # AXA's and Allianz's asset managers, trade-credit and travel-assistance arms mail from their own domains.
    "axa": (
        *("axa.com", "axa.co.uk", "axa.fr", "axa.de", "axa.es", "axa.it", "axa.ie"),
        *("axaxl.com", "axa-im.com", "axa-assistance.com"),
    ),
    **dict.fromkeys(
        (
            *("allianz", "allianz versicherung", "allianz direct", "allianz assurances"),
            *("allianz insurance", "allianz italia"),
        ),
        (
            *("allianz.com", "allianz.de", "allianz.fr", "allianz.it", "allianz.es", "allianz.co.uk", "allianz.com.au"),
            *("allianzgi.com", "allianz-trade.com", "allianz-partners.com"),
        ),
    ),
    **dict.fromkeys(
        ("generali", "assicurazioni generali", "generali italia", "generali assicurazioni", "generali versicherung"),
        ("generali.com", "generali.it", "generali.de", "generali.fr", "generali.es"),
    ),
    "mapfre": ("mapfre.es", "mapfre.com"),
    **dict.fromkeys(
        ("zurich insurance", "zurich versicherung"),
        ("zurich.com", "zurich.co.uk", "zurich.de", "zurich.ie", "zurich.es"),
    ),
    **dict.fromkeys(("huk-coburg", "huk coburg", "huk24"), ("huk.de", "huk24.de")),
    **dict.fromkeys(("línea directa", "linea directa"), ("lineadirecta.com",)),
    "maif": ("maif.fr",),
    "macif": ("macif.fr",),
    **dict.fromkeys(("centraal beheer",), ("centraalbeheer.nl",)),
    **dict.fromkeys(("zilveren kruis",), ("zilverenkruis.nl",)),
    **dict.fromkeys(("vhi", "vhi healthcare"), ("vhi.ie",)),
    # fuel, energy and water
    **dict.fromkeys(
        ("shell", "shell go+", "shell fuel rewards", "shell energy", "shell recharge"),
        ("shell.com", "shell.co.uk", "shell.de", "shellenergy.co.uk", "fuelrewards.com"),
    ),
    **dict.fromkeys(("bp", "bpme", "bp rewards", "bp pulse"), ("bp.com",)),
    **dict.fromkeys(("esso",), ("esso.co.uk", "esso.de", "esso.fr", "exxonmobil.com", "esso.com")),
    **dict.fromkeys(("exxon", "exxonmobil", "exxon mobil"), ("exxon.com", "exxonmobil.com", "mobil.com")),
    "chevron": ("chevron.com",),
    "texaco": ("texaco.com", "texaco.co.uk", "chevron.com"),
    "circle k": ("circlek.com", "circlek.ie"),
    "7-eleven": ("7-eleven.com", "7eleven.com.au"),
    "wawa": ("wawa.com",),
    "ampol": ("ampol.com.au",),
    "repsol": ("repsol.com", "repsol.es"),
    "aral": ("aral.de",),
    **dict.fromkeys(("eni", "eni plenitude", "plenitude"), ("eni.com", "eniplenitude.com")),
    "british gas": ("britishgas.co.uk", "centrica.com"),
    **dict.fromkeys(("octopus energy",), ("octopus.energy", "octopusenergy.com")),
    **dict.fromkeys(("e.on", "eon", "e.on next"), ("eon.com", "eon.de", "eon.co.uk", "eonnext.com")),
    **dict.fromkeys(("ovo energy",), ("ovoenergy.com",)),
    **dict.fromkeys(("scottish power", "scottishpower"), ("scottishpower.co.uk", "scottishpower.com")),
    **dict.fromkeys(("electric ireland",), ("electricireland.ie", "esb.ie")),
    **dict.fromkeys(("bord gáis energy", "bord gais energy"), ("bordgaisenergy.ie",)),
    **dict.fromkeys(("pg&e", "pacific gas and electric"), ("pge.com",)),
    "duke energy": ("duke-energy.com",),
    **dict.fromkeys(("con edison", "coned"), ("coned.com",)),
    "national grid": ("nationalgrid.com", "nationalgridus.com", "nationalgrid.co.uk"),
    **dict.fromkeys(("agl",), ("agl.com.au",)),
    "origin energy": ("originenergy.com.au",),
    "energyaustralia": ("energyaustralia.com.au",),
    **dict.fromkeys(("hydro-québec", "hydro-quebec", "hydro québec"), ("hydroquebec.com",)),
    "hydro one": ("hydroone.com",),
    "enbridge": ("enbridge.com", "enbridgegas.com"),
    "vattenfall": ("vattenfall.de", "vattenfall.nl", "vattenfall.com"),
    "eneco": ("eneco.nl",),
    "essent": ("essent.nl",),
    "naturgy": ("naturgy.es", "naturgy.com"),
    # fast food
    "kfc": ("kfc.com", "kfc.co.uk", "kfc.com.au", "kfc.ca", "kfc.co.nz", "kfc.fr", "kfc.de", "kfc.es", "kfc.nl"),
    "taco bell": ("tacobell.com",),
    "burger king": ("bk.com", "burgerking.co.uk", "burgerking.fr", "burgerking.de"),
    **dict.fromkeys(("wendy's", "wendys"), ("wendys.com",)),
    **dict.fromkeys(("domino's", "dominos"), ("dominos.com", "dominos.co.uk", "dominos.com.au", "dominos.ca")),
    "pizza hut": ("pizzahut.com",),
    **dict.fromkeys(("chipotle", "chipotle rewards"), ("chipotle.com",)),
    **dict.fromkeys(("panera", "panera bread"), ("panerabread.com",)),
    # streaming, software, antivirus and tech support
    **dict.fromkeys(("paramount+", "paramount plus"), ("paramountplus.com", "paramount.com")),
    **dict.fromkeys(("peacock", "peacock tv"), ("peacocktv.com", "nbcuni.com")),
    "audible": (
        "audible.com", "audible.co.uk", "audible.de", "audible.fr", "audible.ca", "audible.com.au", "amazon.com",
    ),
    **dict.fromkeys(("kindle", "kindle unlimited", "amazon kindle"), ("amazon.com", "amazon.co.uk", "kindle.com")),
    "apple tv": ("apple.com",),
    "apple music": ("apple.com",),
    "applecare": ("apple.com",),
    "dazn": ("dazn.com",),
    "now tv": ("nowtv.com", "sky.com"),
    **dict.fromkeys(("canal+", "canal plus"), ("canalplus.com", "canal-plus.com", "canalplus.fr")),
    "crunchyroll": ("crunchyroll.com",),
    "deezer": ("deezer.com",),
    **dict.fromkeys(("quickbooks", "intuit", "turbotax"), ("intuit.com", "quickbooks.com", "turbotax.com")),
    "nortonlifelock": ("norton.com", "nortonlifelock.com", "gen.digital"),
    **dict.fromkeys(("norton 360", "norton antivirus"), ("norton.com", "nortonlifelock.com", "gen.digital")),
    **dict.fromkeys(("mcafee total protection", "mcafee livesafe"), ("mcafee.com",)),
    **dict.fromkeys(("avg", "avg antivirus"), ("avg.com", "avast.com")),
    "trend micro": ("trendmicro.com",),
    "eset": ("eset.com",),
    "webroot": ("webroot.com",),
    "totalav": ("totalav.com",),
    "avira": ("avira.com",),
    "nordvpn": ("nordvpn.com", "nordaccount.com"),
    "expressvpn": ("expressvpn.com",),
    "surfshark": ("surfshark.com",),
    **dict.fromkeys(("windows defender", "microsoft defender", "windows security"), (*_MICROSOFT,)),
    **dict.fromkeys(
        ("geek squad protection", "geek squad tech support", "totaltech", "best buy totaltech"),
        ("geeksquad.com", "bestbuy.com"),
    ),
    **dict.fromkeys(("hp", "hp support", "hp care pack", "hp instant ink"), ("hp.com", "hpinstantink.com")),
    **dict.fromkeys(("dell", "dell technologies", "dell support"), ("dell.com", "delltechnologies.com", "dellemc.com")),
    # payment apps and banks
    **dict.fromkeys(("afterpay",), ("afterpay.com",)),
    **dict.fromkeys(("clearpay",), ("clearpay.co.uk",)),
    **dict.fromkeys(("wise", "transferwise"), ("wise.com", "transferwise.com")),
    **dict.fromkeys(("square", "square invoices"), ("squareup.com", "square.com", "cash.app")),
    **dict.fromkeys(("apple pay",), ("apple.com",)),
    **dict.fromkeys(("google pay",), ("google.com",)),
    "satispay": ("satispay.com",),
    "monzo": ("monzo.com",),
    **dict.fromkeys(("starling bank",), ("starlingbank.com",)),
    **dict.fromkeys(("halifax", "halifax bank", "halifax online"), ("halifax.co.uk", "halifax-online.co.uk")),
    "tsb": ("tsb.co.uk",),
    **dict.fromkeys(("commonwealth bank", "commbank", "netbank"), ("commbank.com.au", "cba.com.au")),
    **dict.fromkeys(("anz", "anz bank"), ("anz.com", "anz.com.au", "anz.co.nz")),
    "westpac": ("westpac.com.au", "westpac.co.nz"),
    **dict.fromkeys(("nab", "national australia bank"), ("nab.com.au",)),
    "kiwibank": ("kiwibank.co.nz",),
    **dict.fromkeys(("bnz", "bank of new zealand"), ("bnz.co.nz",)),
    **dict.fromkeys(("asb", "asb bank"), ("asb.co.nz",)),
    **dict.fromkeys(("aib", "allied irish banks"), ("aib.ie",)),
    **dict.fromkeys(("bank of ireland",), ("bankofireland.com", "boi.com")),
    **dict.fromkeys(("ptsb", "permanent tsb"), ("ptsb.ie", "permanenttsb.ie")),
    **dict.fromkeys(("rbc", "rbc royal bank", "royal bank of canada"), ("rbc.com", "rbcroyalbank.com")),
    **dict.fromkeys(("bmo", "bmo bank of montreal"), ("bmo.com",)),
    **dict.fromkeys(("cibc",), ("cibc.com",)),
    # tolls and parking
    **dict.fromkeys(("linkt",), ("linkt.com.au", "transurban.com")),
    **dict.fromkeys(("the toll roads", "thetollroads"), ("thetollroads.com",)),
    **dict.fromkeys(("i-pass", "illinois tollway"), ("illinoistollway.com", "getipass.com")),
    "peach pass": ("peachpass.com",),
    "pikepass": ("pikepass.com",),
    "nc quick pass": ("ncquickpass.com",),
    "ezdrive": ("ezdrivema.com",),
    "407 etr": ("407etr.com",),
    **dict.fromkeys(("telepass",), ("telepass.com", "telepass.it")),
    **dict.fromkeys(("autostrade per l'italia",), ("autostrade.it",)),
    **dict.fromkeys(("vinci autoroutes", "ulys"), ("vinci-autoroutes.com", "vinci.com")),
    "sanef": ("sanef.com",),
    "aprr": ("aprr.fr",),
    **dict.fromkeys(("bip&go",), ("bipandgo.com", "sanef.com")),
    "ringgo": ("ringgo.co.uk",),
    "paybyphone": ("paybyphone.com", "paybyphone.co.uk", "paybyphone.fr"),
    "justpark": ("justpark.com",),
    "parkmobile": ("parkmobile.io", "parkmobile.com"),
    "easypark": ("easypark.com", "easypark.net"),
    "yellowbrick": ("yellowbrick.nl",),
    # tax, vehicle and benefits agencies
    **dict.fromkeys(("internal revenue service",), ("irs.gov",)),
    # Every state's motor-vehicle office mails from under .gov.
    **dict.fromkeys(("dmv", "department of motor vehicles"), ("gov",)),
    "uscis": ("uscis.gov", "dhs.gov"),
    **dict.fromkeys(("gov.uk", "dvla", "dvsa", "hm revenue & customs", "hm revenue and customs"), ("gov.uk",)),
    **dict.fromkeys(("tv licensing", "tv licence"), ("tvlicensing.co.uk",)),
    # The NHS mails through GOV.UK Notify too.
    **dict.fromkeys(("nhs",), ("nhs.uk", "nhs.net", "gov.uk")),
    **dict.fromkeys(("revenue commissioners", "revenue.ie", "irish revenue"), ("revenue.ie", "gov.ie")),
    **dict.fromkeys(("mywelfare", "mywelfare.ie"), ("mywelfare.ie", "welfare.ie", "gov.ie")),
    **dict.fromkeys(("an post", "an post ireland"), ("anpost.ie", "anpost.com")),
    **dict.fromkeys(
        ("cra", "canada revenue agency", "agence du revenu du canada"),
        ("cra-arc.gc.ca", "canada.ca", "gc.ca"),
    ),
    **dict.fromkeys(("service canada", "my service canada"), ("servicecanada.gc.ca", "canada.ca", "gc.ca")),
    "serviceontario": ("ontario.ca",),
    # Quebec's government hosts sit under qc.ca, which is as far as the registrable domain goes.
    "saaq": ("saaq.gouv.qc.ca", "qc.ca"),
    **dict.fromkeys(("ato", "australian taxation office"), ("ato.gov.au",)),
    **dict.fromkeys(("mygov",), ("my.gov.au", "servicesaustralia.gov.au")),
    **dict.fromkeys(
        ("services australia", "centrelink"),
        ("servicesaustralia.gov.au", "humanservices.gov.au", "my.gov.au"),
    ),
    **dict.fromkeys(("service nsw", "revenue nsw"), ("nsw.gov.au",)),
    "vicroads": ("vic.gov.au",),
    **dict.fromkeys(
        ("inland revenue", "ird", "inland revenue department"),
        ("ird.govt.nz", "govt.nz", "ird.gov.hk", "hasil.gov.my"),
    ),
    **dict.fromkeys(("nzta", "waka kotahi", "nz transport agency"), ("nzta.govt.nz", "govt.nz")),
    **dict.fromkeys(("nz post", "new zealand post"), ("nzpost.co.nz",)),
    **dict.fromkeys(("caf", "caisse d'allocations familiales"), ("caf.fr",)),
    **dict.fromkeys(
        ("ants", "franceconnect", "service-public.fr", "amendes.gouv.fr"),
        ("gouv.fr", "service-public.fr"),
    ),
    "urssaf": ("urssaf.fr",),
    **dict.fromkeys(
        ("rundfunkbeitrag", "ard zdf deutschlandradio beitragsservice", "beitragsservice"),
        ("rundfunkbeitrag.de",),
    ),
    **dict.fromkeys(("bundeszentralamt für steuern", "bzst"), ("bzst.de", "bund.de")),
    **dict.fromkeys(("kraftfahrt-bundesamt",), ("kba.de",)),
    **dict.fromkeys(("aeat",), ("agenciatributaria.es", "agenciatributaria.gob.es", "aeat.es")),
    **dict.fromkeys(("pagopa",), ("pagopa.gov.it", "pagopa.it")),
    **dict.fromkeys(
        ("agenzia delle entrate-riscossione", "agenzia entrate riscossione"),
        ("agenziaentrateriscossione.gov.it", "gov.it"),
    ),
    **dict.fromkeys(("aci", "automobile club d'italia"), ("aci.it",)),
    "rdw": ("rdw.nl",),
    **dict.fromkeys(("toeslagen", "dienst toeslagen"), ("toeslagen.nl", "belastingdienst.nl")),
    **dict.fromkeys(("uwv",), ("uwv.nl",)),
    **dict.fromkeys(("duo",), ("duo.nl",)),
    # parcel carriers that delivery scams wear
    "yodel": ("yodel.co.uk",),
    "purolator": ("purolator.com",),
    "startrack": ("startrack.com.au", "auspost.com.au"),
    "brt": ("brt.it",),
    "ontrac": ("ontrac.com",),
    "mrw": ("mrw.es",),
    # more shops, travel, telecoms, energy and agencies
    **dict.fromkeys(("kmart",), ("kmart.com.au", "kmart.com", "kmart.co.nz")),
    "harvey norman": ("harveynorman.com.au", "harveynorman.co.nz", "harveynorman.ie"),
    "priceline": ("priceline.com", "priceline.com.au"),
    **dict.fromkeys(("trade me", "trademe"), ("trademe.co.nz",)),
    "supervalu": ("supervalu.ie",),
    "decathlon": ("decathlon.com", "decathlon.fr", "decathlon.de", "decathlon.es", "decathlon.it", "decathlon.co.uk"),
    "leroy merlin": ("leroymerlin.fr", "leroymerlin.es", "leroymerlin.it"),
    "check24": ("check24.de",),
    "thuisbezorgd": ("thuisbezorgd.nl",),
    "tractor supply": ("tractorsupply.com",),
    "grubhub": ("grubhub.com",),
    **dict.fromkeys(("subway",), ("subway.com", "subway.co.uk")),
    "popeyes": ("popeyes.com",),
    "greggs": ("greggs.co.uk", "greggs.com"),
    **dict.fromkeys(("nando's", "nandos"), ("nandos.co.uk", "nandos.com", "nandos.com.au")),
    "costa coffee": ("costa.co.uk",),
    **dict.fromkeys(("sncf", "sncf connect", "sncf voyageurs"), ("sncf.com", "sncf.fr", "sncf-connect.com")),
    **dict.fromkeys(("deutsche bahn", "db navigator", "bahncard"), ("bahn.de", "deutschebahn.com")),
    "renfe": ("renfe.com", "renfe.es"),
    "trenitalia": ("trenitalia.com", "trenitalia.it"),
    **dict.fromkeys(("italo", "italo treno"), ("italotreno.it", "italotreno.com")),
    **dict.fromkeys(("spirit airlines",), ("spirit.com",)),
    **dict.fromkeys(("frontier airlines",), ("flyfrontier.com",)),
    **dict.fromkeys(("sling tv",), ("sling.com",)),
    "cricket wireless": ("cricketwireless.com",),
    "boost mobile": ("boostmobile.com",),
    "freedom mobile": ("freedommobile.ca",),
    "tpg": ("tpg.com.au",),
    **dict.fromkeys(("másmóvil", "masmovil"), ("masmovil.es", "masmovil.com")),
    "jazztel": ("jazztel.com", "jazztel.es"),
    "a2a energia": ("a2a.eu", "a2aenergia.eu"),
    "enbw": ("enbw.com", "enbw.de"),
    "cepsa": ("cepsa.com", "cepsa.es"),
    "sunoco": ("sunoco.com",),
    **dict.fromkeys(("fpl", "florida power & light", "florida power and light"), ("fpl.com",)),
    **dict.fromkeys(("southern california edison",), ("sce.com",)),
    "dominion energy": ("dominionenergy.com",),
    "xcel energy": ("xcelenergy.com",),
    "georgia power": ("georgiapower.com",),
    "adac": ("adac.de",),
    "anwb": ("anwb.nl",),
    "devk": ("devk.de",),
    **dict.fromkeys(("mutua madrileña", "mutua madrilena"), ("mutua.es",)),
    **dict.fromkeys(("unipolsai", "unipol"), ("unipolsai.it", "unipol.it", "unipol.com")),
    "groupama": ("groupama.fr", "groupama.com"),
    "nexi": ("nexi.it", "nexigroup.com"),
    **dict.fromkeys(("racv",), ("racv.com.au",)),
    **dict.fromkeys(("tangerine", "tangerine bank"), ("tangerine.ca",)),
    **dict.fromkeys(("st.george bank", "st george bank"), ("stgeorge.com.au",)),
    "bendigo bank": ("bendigobank.com.au",),
    **dict.fromkeys(("ns&i", "premium bonds"), ("nsandi.com",)),
    **dict.fromkeys(("eflow", "m50 eflow"), ("eflow.ie",)),
    **dict.fromkeys(("ez tag", "eztag"), ("hctra.org",)),
    **dict.fromkeys(("dart charge",), ("gov.uk",)),
    **dict.fromkeys(("q-park",), ("q-park.nl", "q-park.com", "q-park.co.uk")),
    "svb": ("svb.nl",),
    "pc matic": ("pcmatic.com",),
    **dict.fromkeys(("g data",), ("gdata.de", "gdatasoftware.com")),
    # Workplace software whose sign-in, share and billing notices credential phishing copies. Products an
    # organisation runs on its own servers (GitLab, Jira, Confluence, Bitbucket, Mattermost, Nextcloud)
    # are left out: their own mail comes from the organisation's domain under the product's name.
    "slack": ("slack.com", "slackhq.com"),
    "github": ("github.com",),
    "okta": ("okta.com", "okta-emea.com", "oktapreview.com"),
    "gusto": ("gusto.com",),
    "calendly": ("calendly.com",),
    **dict.fromkeys(("concur", "sap concur"), ("concur.com", "concursolutions.com", "sap.com")),
    "expensify": ("expensify.com",),
    "figma": ("figma.com",),
    "notion": ("notion.so", "makenotion.com", "notion.com"),
    "asana": ("asana.com",),
    "trello": ("trello.com", "atlassian.com"),
    "atlassian": ("atlassian.com", "atlassian.net"),
    "zendesk": ("zendesk.com",),
    "salesforce": ("salesforce.com", "force.com"),
    "hubspot": ("hubspot.com", "hubspotemail.net"),
    "workday": ("workday.com", "myworkday.com"),
    "adp": ("adp.com",),
    "paychex": ("paychex.com",),
    "rippling": ("rippling.com",),
    "bamboohr": ("bamboohr.com",),
    "xero": ("xero.com",),
    "webex": ("webex.com", "cisco.com"),
    "ringcentral": ("ringcentral.com",),
    "mailchimp": ("mailchimp.com", "mcsv.net", "intuit.com"),
    "canva": ("canva.com",),
    "smartsheet": ("smartsheet.com",),
    "servicenow": ("servicenow.com", "service-now.com"),
    "airtable": ("airtable.com",),
    "monday.com": ("monday.com",),
    "clickup": ("clickup.com",),
    "pandadoc": ("pandadoc.com",),
    "zoho": ("zoho.com", "zoho.eu", "zohocorp.com", "zoho.in", "zoho.com.au", "zohosign.com", "zohosign.in"),
    "shopify": ("shopify.com", "shopifyemail.com"),
    "stripe": ("stripe.com",),
    "1password": ("1password.com",),
    "lastpass": ("lastpass.com", "logmein.com"),
    "bitwarden": ("bitwarden.com",),
    # Crypto wallets and exchanges whose "verify your wallet" and "recovery phrase" notices are copied.
    **dict.fromkeys(("ledger", "ledger support"), ("ledger.com",)),
    "kraken": ("kraken.com",),
    "uniswap": ("uniswap.org",),
    "lido": ("lido.fi",),
    "webmail": (),
    "mail administrator": (),
    "helpdesk": (),
    "it support": (),
}

# Brand words that are also everyday names or words: weaker evidence on their own.
AMBIGUOUS = frozenset(
    {
        *("chase", "apple", "visa", "ups", "att", "amazon", "google", "outlook", "zoom", "yeti"),
        *("medicare", "detran", "hilton", "uber", "tesla"),
        *("estafeta",),
    }
)
# Roles, not brands: no domain may use them, so they only ever count as a claim.
ROLES = frozenset({"webmail", "mail administrator", "helpdesk", "it support"})
# Brands whose name is an everyday word or a common abbreviation in some language ("Dipl.-Ing.", a
# Dutch "zus", an English "sat", a shipping "LCL"): named only when they are the whole text, as a
# display name of the brand alone is; their longer names ("ING Bank", "Orange France") match anywhere.
WHOLE_NAME_ONLY = frozenset(
    {
        *("ing", "orange", "elster", "kleinanzeigen", "sat", "zus", "claro", "lcl", "cfe", "allegro"),
        # Brazil's miles programme and anyone's smile (a dental practice's "Bright Smiles"), Brazil's
        # carriers Vivo and TIM and the word "alive" and the name Tim.
        *("smiles", "vivo", "tim"),
        # Turkish, Russian, Indonesian, Vietnamese, Swedish, Czech, Romanian and Greek words and initials,
        # and English ones: a Czech list ("seznam"), Indonesian funds ("dana"), a Spanish rise ("alza").
        *("втб", "vtb", "мтс", "mts", "noon", "tiki", "momo", "bri", "bni", "ovo", "dana", "seb", "ica"),
        *("moneta", "ppl", "seznam", "o2", "alza", "bcr", "brd", "digi", "sameday"),
        *("swish", "stc", "bca", "elta", "nbg"),
        # Hungarian, Slovak, Bulgarian, Croatian, Slovene, Ukrainian, Nordic and Baltic initials and words: a
        # one-time password ("otp"), Finnish mail, tax and customs ("posti", "vero", "tulli"), Danish and
        # Norwegian "skat" and "posten", English "bring", "speedy" and "bite", Cyrillic words the name opens
        # ("нап", "дія", "спиди").
        *("otp", "k&h", "nav", "slsp", "vub", "vúb", "zse", "дск", "спиди", "speedy", "нап", "a1", "а1"),
        *("zaba", "pbz", "fina", "hep", "nlb", "furs", "дія", "op", "posti", "vero", "kela", "tulli"),
        *("elisa", "dna", "tori", "skat", "dba", "dnb", "posten", "bring", "finn", "lhv", "emta", "vid"),
        *("lmt", "vmi", "bite", "bitė", "mvm", "bolha", "податкова"),
        # English, French, German, Italian and Dutch words, surnames, places and initials that consumer
        # brands are called: a target, a delta, shell and boots, a nationwide recall, three and sky, Bell
        # and Rogers, a square, the wise, tax offices' initials ("ATO", "CRA", "IRD"), a Dutch "duo".
        *("target", "delta", "southwest", "progressive", "nationwide", "admiral", "shell", "bp", "eon", "eni"),
        *("boots", "coles", "nectar", "cvs", "heb", "leclerc", "iberia", "emirates", "plenitude"),
        *("ee", "bt", "sky", "three", "eir", "bell", "rogers", "fido", "spark", "spectrum", "cox", "iliad"),
        *("hp", "dell", "avg", "audible", "peacock", "square", "wise", "halifax", "nab", "asb", "aib", "tsb"),
        *("rbc", "cra", "ato", "ird", "dmv", "nhs", "caf", "ants", "aci", "aeat", "duo", "toeslagen", "agl"),
        *("aral", "an post", "lv=", "yellowbrick", "pagopa", "rundfunkbeitrag", "air miles", "payback"),
        # Surnames and given names ("Dr. Rossmann", "hyatt@mozilla"), Italian "generali", German "Allianz"
        # (an alliance), a chipotle pepper, a kindled interest, dominoes, Carrefour a French crossroads.
        *("rossmann", "meijer", "myer", "hyatt", "wyndham", "generali", "allianz", "chipotle", "kindle"),
        *("dominos", "carrefour"),
        # A messenger, a lone letter, a discord, tinder, a bumble-bee, a hinge, a twitch, an account centre.
        *("messenger", "x", "discord", "tinder", "bumble", "hinge", "twitch", "accounts center"),
        # More initials, names and words: a given name ("Italo"), a tangerine, a subway, carriers' and
        # agencies' initials.
        *("brt", "mrw", "italo", "tangerine", "subway", "tpg", "svb", "fpl"),
        # A notion, a general ledger, the Kraken, a lido, a slack rope, a gusto, initials of a payroll firm.
        *("notion", "ledger", "kraken", "lido", "slack", "gusto", "adp", "stripe", "canva"),
        # An island, a surname, a fish.
        *("aruba", "gandi", "barracuda"),
    }
)

# A brand stands alone among Latin letters and digits; Japanese writes it flush against the next word
# ("楽天カード", "Amazonアカウント"), so only Latin letters and digits break a match.
_NOT_LATIN = r"0-9a-z&\u00c0-\u024f"
_BRAND_ALTERNATION = "|".join(re.escape(b) for b in sorted(BRANDS, key=len, reverse=True) if b not in WHOLE_NAME_ONLY)
# Surrounding spaces and signs, as a display name or subject wraps a bare name ("ING", "- Orange -").
_WRAPPING = " \t\r\n\"'<>()[]{}.,:;-|*!?"
# Greek and Cyrillic names are read flush against what follows (Russian and Greek inflect: "Сбербанка"),
# but not from inside a word ("ΔΕΛΤΑ" does not name ΕΛΤΑ).
_NOT_WORD_START = r"\u0370-\u03ff\u0400-\u04ff"
# The letters a name can start with, looked ahead for first: the regex engine then tries the few hundred
# names only where one could begin, not at every character of a text outside ASCII.
_BRAND_FIRSTS = "".join(sorted({re.escape(b[0]) for b in BRANDS if b not in WHOLE_NAME_ONLY}))
_BRAND_RE = re.compile(
    rf"(?=[{_BRAND_FIRSTS}])(?<![{_NOT_LATIN}{_NOT_WORD_START}])({_BRAND_ALTERNATION})(?![{_NOT_LATIN}])"
)


_TOKEN_FOLD_RE = re.compile(r"[^a-z0-9]+")


# A match is bounded by characters outside those runs, so each of the brand's own runs is a whole run of
# the text: ASCII text names only brands whose longest run is one of its runs, and then only those it
# holds: set and substring tests, where the regex tries over a thousand brands at every word. The longest
# run is the rarest: "the toll roads" is looked for where "roads" stands, not at every "the".
_RUNS = bytes(c if chr(c) in "0123456789abcdefghijklmnopqrstuvwxyz&" else ord(" ") for c in range(256))


def _by_longest_run() -> dict[bytes, list[str]]:
    found: dict[bytes, list[str]] = {}
    for brand in BRANDS:
        if brand.isascii() and brand not in WHOLE_NAME_ONLY:
            runs = brand.encode("ascii").translate(_RUNS).split()
            found.setdefault(max(runs, key=len) if runs else b"", []).append(brand)
    return found


_BY_LONGEST_RUN = _by_longest_run()


def kin(first: str, second: str) -> bool:
    """Whether two listed brands share a domain: a maker and its product ("microsoft", "onedrive")."""
    return not set(BRANDS.get(first, ())).isdisjoint(BRANDS.get(second, ()))


def brands_named(text: str) -> list[str]:
    """Brands named as whole words in ``text`` (case-insensitive, invisible characters removed)."""
    # Curly apostrophes (U+2019) are written as often as straight ones.
    # Turkish capital İ lowers to "i" and a combining dot ("İdaresi"), which no brand is spelled with.
    visible = (
        readable(text).lower().replace("\u2019", "'").replace("i\u0307", "i")
    )
    whole = visible.strip(_WRAPPING)
    if whole in WHOLE_NAME_ONLY:
        return [whole]
    if visible.isascii() and b"" not in _BY_LONGEST_RUN:
        runs = _BY_LONGEST_RUN.keys() & visible.encode("ascii").translate(_RUNS).split()
        if not any(brand in visible for run in runs for brand in _BY_LONGEST_RUN[run]):
            return []
    return list(dict.fromkeys(m.group(1) for m in _BRAND_RE.finditer(visible)))


# Spellings that read as a brand but match no filter: digits and signs for letters ("Amaz0n",
# "PayPa1"), a capital I for an l ("PayPaI"), letters spaced or dotted apart ("N e t f l i x").
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "|": "l"})
_CAPITAL_I_RE = re.compile(r"(?<=[a-z])I|I(?=[a-z])")
_SPACED_RE = re.compile(r"(?<![^\W_])(?:[^\W_][\s.\-_*•·]+){3,}[^\W_](?![^\W_])")
_SEPARATORS_RE = re.compile(r"[\s.\-_*•·]+")
# Any sign of the above at all (most names have none): a digit or sign, a capital I against a small
# letter, or three letters standing alone in a row.
_HINT_RE = re.compile(r"[0-9@$|]|[a-z]I|I[a-z]|(?<![^\W_])[^\W_][\s.\-_*•·]+[^\W_][\s.\-_*•·]+[^\W_](?![^\W_])")


# Accents a brand's name never carries ("Amazón"). Not the diaeresis: German "über" is a word of its own.
_ADDED_ACCENTS_RE = re.compile("[\u0300-\u0303]")


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFC", _ADDED_ACCENTS_RE.sub("", unicodedata.normalize("NFD", text)))


def brands_disguised(name: str) -> list[str]:
    """Brands a display name spells in disguise, that plain matching does not find: an accent added
    ("Amazón") counts as a disguise too."""
    visible = readable(name)
    if visible.isascii() and not _HINT_RE.search(visible):
        return []
    undone = _CAPITAL_I_RE.sub("l", _unaccented(visible)).lower()
    undone = _SPACED_RE.sub(lambda m: _SEPARATORS_RE.sub("", m.group(0)), undone).translate(_LEET)
    plain = brands_named(name)
    found = dict.fromkeys(m.group(1) for m in _BRAND_RE.finditer(undone))
    # A brand spelled with its own accents ("Itaú") is named, not disguised, under any of its names.
    return [b for b in found if len(b) >= 4 and not any(b == p or kin(b, p) for p in plain)]


def _owners() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for brand, domains in BRANDS.items():
        for domain in domains:
            found.setdefault(domain, set()).add(brand)
    return {domain: frozenset(owners) for domain, owners in found.items()}


_OWNERS = _owners()


def is_brand_domain(registrable: str) -> bool:
    """Whether ``registrable`` is listed as some brand's own domain."""
    return registrable in _OWNERS


def same_owner(first: str, second: str) -> bool:
    """Whether two registrable domains are both listed for one brand ("mercadopago.com" and
    "mercadopago.com.br"): a brand's mail linking to its own other domain links home."""
    mine = _OWNERS.get(first, frozenset())
    return not mine.isdisjoint(_OWNERS.get(second, ()))


def legitimate_for(brand: str, registrable: str) -> bool:
    """Whether mail or links from ``registrable`` may carry ``brand``; a generic role never may."""
    domains = BRANDS.get(brand, ())
    if not domains:
        return False
    token = _TOKEN_FOLD_RE.sub("", brand)
    # A government suffix ("gov.br") covers every agency under it.
    under = any(registrable.endswith("." + d) for d in domains)
    return registrable in domains or under or registrable.split(".")[0] == token


# Words that make a brand named in text a claim on the reader's dealings with it ("your PayPal
# account", "Netflix membership", "Sua conta Nubank"), as opposed to news that mentions the brand.
_POSSESSIVE = r"(?:your|sua|seu|su|tu|votre|ihr\w*|uw|il tuo|la tua)"
_DEALINGS = (
    r"(?:account|id|subscription|membership|order|card|wallet|team|support|security|customer service|rewards?"
    r"|storage|cloud|password|login|sign-?in|delivery|parcel|package|shipment|protection|antivirus|premium|prime"
    r"|plus|payment|invoice|billing|points|conta|cadastro|cart[ãa]o|pedido|entrega|cuenta|konto|compte)"
)

_DEALINGS_JA = r"(?:アカウント|会員|カード|お支払|ポイント|ご注文|お荷物|ログイン|パスワード|ご利用|お客様)"


# The words around a brand that make it a claim, compiled once: before it ("your", "account with"), after
# it ("'s account", "membership"), and Japanese dealings written flush after it. Only the brand itself is
# compiled per brand, a pattern a hundred times cheaper than the whole claim written around it.
_CLAIM_BEFORE_RE = re.compile(rf"(?:{_POSSESSIVE}|{_DEALINGS}) (?:\w+ )?\Z", re.IGNORECASE)
_CLAIM_AFTER_RE = re.compile(rf"(?:'s)? (?:\w+ )?{_DEALINGS}\b", re.IGNORECASE)
_CLAIM_AFTER_JA_RE = re.compile(rf"\S{{0,4}}?{_DEALINGS_JA}")
_WORD_CHAR_RE = re.compile(r"[\w&]")


@cache
def _name_re(brand: str) -> re.Pattern[str]:
    # Looked ahead for, so that every place the name starts is tried, overlapping or not.
    return re.compile(rf"(?=({re.escape(brand)}))", re.IGNORECASE)


def claimed_in(text: str, brand: str) -> bool:
    """Whether ``text`` speaks for the reader's dealings with ``brand``, not merely names it."""
    visible = readable(text)
    for found in _name_re(brand).finditer(visible):
        start, end = found.span(1)
        if _CLAIM_AFTER_JA_RE.match(visible, end):
            return True
        if not (start and _WORD_CHAR_RE.match(visible, start - 1)) and _CLAIM_AFTER_RE.match(visible, end):
            return True
        if not _WORD_CHAR_RE.match(visible, end) and _CLAIM_BEFORE_RE.search(visible, 0, start):
            return True
    return False
