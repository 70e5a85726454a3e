"""The content model: what a message's words say about it, as ham / spam / phishing probabilities.

Tokens come from the subject and the visible body text only, never from headers, so the model
cannot learn which server, mailer or year a message came from. Tokens are hashed into buckets; the
shipped model (``data/content_model.json``, written by ``mailverdict train``) maps the buckets it
kept to one weight per class. Inference is a sparse dot product and a softmax in pure Python.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
import string
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from mailverdict.engine import textnorm, urls
from mailverdict.engine.message import Message
from mailverdict.engine.phrases import lowered_is_exact
from mailverdict.engine.regexscan import Anchored, replaced

LABELS = ("ham", "spam", "phishing")
FORMAT = "mailverdict-content-model/1"
BUCKETS = 1 << 20
MAX_CHARS = 20_000  # of each text handed in; MAX_WORDS words rarely need more
MAX_WORDS = 2_500

_URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"']{1,2000}", re.IGNORECASE)
_IP_URL_RE = re.compile(r"^(?:[a-z]+://)?(?:[^/@\s]*@)?\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)", re.IGNORECASE)
# The look-behind keeps the scan linear: without it every position inside a long word restarts the match.
_EMAIL_RE = re.compile(r"(?<![\w.+'-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*")
# The same two, searched from near what every match holds: a link's "://" or "www." (see urls.py),
# an address's "@" at most 64 characters in.
_URLS = Anchored(_URL_RE, urls.LINK_LITERALS, urls.LINK_REACH)
_ADDRESSES = Anchored(_EMAIL_RE, ("@",), 64)
# Money written "$ 5" or "5 dollars": one pattern per form, each searched for only where its
# sign or currency word occurs (in the lowered text, when that lines up with the text).
_MONEY_SIGNS = "$€£"
_MONEY_SIGN_RE = re.compile(r"[$€£]\s?\d")
_MONEY_WORD_RE = re.compile(r"\d\s?(?:usd|eur|gbp|dollars)\b", re.IGNORECASE)
_MONEY_WORD_LOWERED = Anchored(re.compile(_MONEY_WORD_RE.pattern), ("usd", "eur", "gbp", "dollars"), 2)
_PERCENT_RE = re.compile(r"\d\s?%")
# Letters only: digits carry dates, years, prices and ids, which describe the era, not the intent.
# With the combining vowel signs and marks of the letters before them: in Hindi, Bengali, Thai and the like
# they are inside every other word, and \w does not match them.
_MARKS = "".join(chr(c) for c in range(0x0300, 0x3100) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
_MARK_RE = re.compile(f"[{_MARKS}]")
_MARKED_WORD_RE = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}]){{2,24}}")  # slower: only for texts with such marks
_WORD_RE = re.compile(r"[^\W\d_]{2,24}")
_ASCII_WORD_RE = re.compile(r"[a-z]{2,24}")
# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Burmese, Khmer): there a
# "word" is a whole clause, which never recurs from one message to the next, so the model could learn
# nothing of such mail. Their overlapping character pairs recur, as they do in search engines' indexes.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_UNSPACED_RE = re.compile(f"[{_UNSPACED}]")
_SEGMENT_RE = re.compile(f"[{_UNSPACED}]+|[^{_UNSPACED}]+")
_CAPS_RE = re.compile(r"\b[A-Z]{4,}\b")
# Capitals made "A" and all else a space, in the UTF-8 bytes (no other character is written with an
# ASCII byte there): four in a row is found by a substring search, several times faster than a regex.
_CAPITALS = bytes(ord("A") if ord("A") <= c <= ord("Z") else ord(" ") for c in range(256))
# ASCII letters made lower case and all else a space: split() then gives the runs of letters, which
# are the words _ASCII_WORD_RE finds when none is longer than 24 letters and single letters are dropped.
_LOWER_LETTERS = bytes(
    c + 32 if ord("A") <= c <= ord("Z") else c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256)
)
_LETTER_MARKS = bytes(ord("a") if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))
_LONG_RUN = b"a" * 25
# The footer and header-line patterns open with the newline before the line (the text is searched
# with a newline put in front): a pattern opening with ^ gives the regex engine nothing to search
# for, so it tries every character, while a literal newline is found at C speed.
# A separator line followed by text that list software appends (footers, sponsor blocks).
_FOOTER_RE = re.compile(
    r"\n[ \t]*[-_=]{10,}[ \t]*$(?=[\s\S]{0,400}?(?:mailing list|listinfo|sponsored by|"
    r"you received this message because you are subscribed))",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE_RE = re.compile(r"(?:^|\n)-- ?\r?(?:\n|$)")
_ATTRIBUTION_RE = re.compile(r"^.{0,200}\bwrote:\s*$", re.MULTILINE)
# Header-like lines inside a body (forwarded or feed items): "Date: ...", "URL: ...".
_HEADER_LINE_RE = re.compile(r"\n[ \t]*(?:date|url|from|to|cc|sent|subject):[ \t].*$", re.IGNORECASE | re.MULTILINE)
# Image placeholders that feed-to-mail gateways write into plain text ("[IMG: http://...]").
_IMAGE_PLACEHOLDER_RE = re.compile(r"\[img:[^\]]{0,1000}\]", re.IGNORECASE)
# What a signature and a header-like line need: a str search for a two-character literal reads a text
# several times slower than the regex engine's scan for a literal start (24 against 4 us for 12 KB).
_DASHES_RE = re.compile("--")
_COLON_GAP_RE = re.compile(":[ \t]")
# Subject decorations: list tags ("[SAtalk]") name the list; reply and forward prefixes mark a
# thread, which a list archive has plenty of and a phisher can add at will.
_SUBJECT_TAG_RE = re.compile(r"\[[^\]]{0,40}\]|\b(?:re|fw|fwd|aw|sv|tr)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)

# Names of the lists, projects and anonymisation placeholders of the training corpora
# (SpamAssassin public corpus 2002, Nazario phishing 2004-05, and corpus/modern's reserved domains:
# its recipients are at example.com and *.example, so "example" stands where real mail has a name).
# They identify the source, not the kind of mail, so they are never features.
_CORPUS_NAMES = """
    spamassassin exmh razor razored zzzz zzzzason zzzzteana yyyy ilug satalk sourceforge sfnet osdn
    thinkgeek geocrawler xent freshrpms rpm apt taint jmason netnoteinc dogma slashnull deepeddy
    listinfo listmaster mailman lockergnome newsisfree boingboing spamd spamc spambayes username spanky
    example mvfixture
"""
# The ham lists are spam fighters' lists: there "spam" marks ham, anywhere else the reverse.
_SPAM_TALK = "spam spams spammer spammers spamming"
# Month and weekday names date a message (quoted headers, deadlines) rather than describe it.
_CALENDAR = """
    jan feb mar apr jun jul aug sep sept oct nov dec january february april june july august
    september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday
    wednesday thursday friday saturday sunday
"""
SOURCE_TOKENS = frozenset(" ".join((_CORPUS_NAMES, _SPAM_TALK, _CALENDAR)).split())
_DROPPED = SOURCE_TOKENS | frozenset(string.ascii_lowercase)  # and runs of one letter


def _strip_non_author_text(text: str) -> str:
    """Drop list footers, signatures, attribution and header-like lines, and quoted lines.

    None of it is the author's words, and on list mail all of it names the list or the people.
    Quoting itself is not a feature: a list archive is full of it and a phisher can fake it."""
    # With a newline in front, a match's start (its newline) is the line's start in ``text``.
    footer = _FOOTER_RE.search("\n" + text)
    if footer:
        text = text[: footer.start()]
    signature = _SIGNATURE_RE.search(text) if _DASHES_RE.search(text) else None
    if signature:
        text = text[: signature.start()]
    # Each pass only where its literal can occur: a regex scan of 20,000 characters costs far more
    # than a substring test.
    if "wrote:" in text:
        text = _ATTRIBUTION_RE.sub(" ", text)
    if _COLON_GAP_RE.search(text):
        text = _HEADER_LINE_RE.sub("\n ", "\n" + text)[1:]
    if "[" in text:
        text = _IMAGE_PLACEHOLDER_RE.sub(" ", text)
    if ">" not in text:
        return text
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _has_money(text: str) -> bool:
    if any(sign in text for sign in _MONEY_SIGNS) and _MONEY_SIGN_RE.search(text):
        return True
    lowered = text.lower()
    if not lowered_is_exact(text, lowered):
        return _MONEY_WORD_RE.search(text) is not None
    return _MONEY_WORD_LOWERED.search(lowered) is not None


def _markers(text: str, links: list[re.Match[str]]) -> Iterator[str]:
    """Shape tokens for what the letters-only words drop: links, addresses, money, shouting.

    No script markers (CJK, Cyrillic): in the training corpus every non-Latin message is spam, so
    such a marker learns the corpus' language, not the mail's intent, and would mark ham in those
    scripts as spam."""
    # A link as such is no sign either way (2002 list mail is full of them); a link to a bare IP is.
    # ``links`` are the text's _URLS matches, found once for this and for taking them out.
    if any(_IP_URL_RE.match(url.group(0)) for url in links):
        yield "__url_ip__"
    if _ADDRESSES.search(text) is not None:
        yield "__email__"
    if _has_money(text):
        yield "__money__"
    # Substring and one-class searches that every match needs rule most texts out at C speed.
    if "%" in text and _PERCENT_RE.search(text):
        yield "__percent__"
    if b"AAAA" in text.encode("utf-8", "surrogatepass").translate(_CAPITALS) and len(_CAPS_RE.findall(text)) >= 3:
        yield "__shouting__"


# Words that name what a lure asks of the reader, in the languages phishing arrives in most. Each
# present concept is one more feature ("__c_credential__"), shared by every word and language that
# expresses it: the 2004 training phishing teaches its weight in English, and modern or non-English
# lures that use other words for the same request still carry it.
_CONCEPT_WORDS = {
    "credential": """
        password passwords passcode credentials login logon signin pin userid senha senhas contraseña
        contrasena clave passwort kennwort wachtwoord identifiant identifiants
        hasło hasła hasłem şifre şifrenizi şifreniz parola parolă пароль пароля логин lösenord heslo sandi
        jelszó jelszavát jelszavad lozinka lozinku lozinke geslo gesla парола паролата пароль паролю salasana
        salasanan salasanasi pankkitunnukset pankkitunnuksilla adgangskode adgangskoden passord passordet parool
        parooli slaptažodis slaptažodį
    """,
    "verify": """
        verify verifying verified verification confirm confirming confirmation validate validation
        authenticate authentication reactivate reactivation restore unlock verificar verifique
        verificação confirmar confirme confirmação validar valide validação atualizar atualize atualização
        recadastramento verificación actualizar actualice actualización vérifier vérifiez vérification
        confirmer confirmez valider bestätigen bestätigung verifizieren aktualisieren verifiëren bevestigen
        bevestig verificare verifica confermare conferma aggiornare
        zweryfikuj weryfikacja weryfikacji potwierdź potwierdzenie zaktualizuj doğrulayın doğrulama
        onaylayın güncelleyin güncelleme подтвердите подтверждение верификация обновите verifiera bekräfta
        uppdatera ověřte ověření potvrďte aktualizujte verificați verificare confirmați actualizați
        verifikasi konfirmasi perbarui
        erősítse megerősítés ellenőrizze azonosítás azonosítsa hitelesítés overte overenie potvrďte overiť
        aktualizujte potvrdenie потвърдете потвърждение актуализирайте верификация potvrdite potvrdi ažurirajte
        ažuriranje provjerite verifikacija potrdite posodobite preverite підтвердіть підтвердження оновіть
        верифікація vahvista vahvistaa vahvistus päivitä päivitettävä tunnistaudu tunnistautuminen bekræft bekræfte
        bekreft bekrefte opdater oppdater kinnita kinnitage uuendage apstipriniet apstiprināt atjauniniet
        patvirtinkite patvirtinti atnaujinkite
    """,  # noqa: RUF001 (Turkish writes a dotless i)
    "account": """
        account accounts mailbox membership conta contas cuenta cuentas compte comptes konto kontos rekening
        hesap hesabınız hesabınızı аккаунт účet účtu contul akun
        fiók fiókja fiókját számlája bankszámla účet účtu сметка сметката профил račun računa račune korisnički
        рахунок рахунку акаунт tili tilisi verkkopankki verkkopankkisi konto kontoen netbank nettbank konts
        kontu paskyra paskyrą sąskaita
    """,  # noqa: RUF001 (Turkish writes a dotless i)
    "restriction": """
        suspend suspended suspension locked limited limitation restricted restriction disabled deactivated
        terminated termination blocked closure frozen bloqueada bloqueado bloqueio suspensa suspenso
        suspensão cancelada cancelado cancelamento suspendida suspendido bloqueo suspendu suspendue bloqué
        bloquée gesperrt sperrung eingeschränkt geblokkeerd sospeso sospesa bloccato bloccata
        zablokowane zablokowany zablokowana zawieszone zawieszony blokada askıya engellendi kısıtlandı
        заблокирован заблокирована заблокировано блокировка приостановлен spärrat spärrad spärrats begränsat
        zablokován zablokovaný zablokovaná pozastaven blocat blocată suspendat suspendată diblokir
        ditangguhkan dinonaktifkan
        felfüggesztésre felfüggesztve felfüggesztjük letiltva letiltjuk zárolva zárolt zablokovaná zablokovaný
        pozastavený obmedzený блокирана блокиран блокирано спряна анулирана blokiran blokirana blokirano
        onemogućen onemogućena isključenja isključen suspendiran onemogočen omejen заблоковано заблокована
        заблокований призупинено обмежено suljetaan suljettu lukittu estetty rajoitetaan jäädytetty spærret
        spærres lukket blokeret sperret sperres stenges stengt blokkert blokeeritud peatatud bloķēts apturēts
        užblokuota užblokuotas sustabdyta
    """,  # noqa: RUF001 (Turkish writes a dotless i)
    "urgency": """
        urgent urgently immediately immediate promptly expire expires expired expiring expiration deadline
        urgente imediatamente inmediatamente immédiatement dringend sofort subito prazo plazo frist
        natychmiast pilne pilnie acil hemen срочно немедленно omedelbart brådskande okamžitě naléhavé imediat segera
        azonnal sürgős sürgősen lejár lejárnak bezodkladne okamžite спешно незабавно веднага hitno odmah takoj
        nujno терміново негайно välittömästi kiireellinen kiireellisesti omgående straks umiddelbart
        viivitamatult kohe nekavējoties steidzami nedelsiant skubiai
    """,
    "payment": """
        payment payments billing invoice invoices refund refunds card cards bank banking transaction
        transactions pagamento pagamentos fatura faturas boleto pago factura facturas tarjeta banco
        paiement facture carte banque zahlung rechnung überweisung betaling factuur fattura
        płatność płatności dopłata dopłaty przelew ödeme ödemeniz fatura faturanız оплата оплаты платеж
        платёж betalning faktura platba platby plata plată factura factură pembayaran tagihan
        fizetés fizetendő számla díj befizetés átutalás visszatérítés kártya bankkártya platba platbu faktúra
        doplatok preplatok karta kartu плащане такса фактура карта картата plaćanje uplata kartica karticu
        plačilo položnica оплата оплати оплатіть картка картки виплата maksu maksa
        lasku laskusi veronpalautus palautus kortti tullimaksu betaling betal faktura regning gebyr
        kortet makse arve tagastus maksājums rēķins atmaksa mokėjimas sąskaitą grąžinimas
    """,  # noqa: RUF001 (Turkish writes a dotless i)
    "security": """
        security secure unauthorized unauthorised unusual suspicious fraud fraudulent segurança seguridad
        sécurité sicherheit beveiliging sicurezza
        bezpieczeństwo bezpieczeństwa güvenlik güvenliği безопасность безопасности säkerhet bezpečnost
        bezpečnosti securitate securității keamanan
        biztonsági biztonság bezpečnosti bezpečnosť сигурност сигурността sigurnost sigurnosti varnost безпека
        безпеки turvallisuus tietoturva sikkerhed sikkerhet turvalisus drošība drošības saugumas saugumo
    """,
    "click": """
        click clicking tap button clique clicar clic klicken cliquez klik clicca kliknij tıklayın нажмите
        klicka klikněte apăsați
        kattintson kliknite kliknete натиснете кликнете kliknite kliknij натисніть klikněte napsauta klik
        klikk vajutage noklikšķiniet spauskite
    """,  # noqa: RUF001 (Turkish writes a dotless i)
    "prize": """
        winner winning won prize prizes congratulations lottery jackpot reward claim ganhador prêmio premio
        parabéns felicidades gagnant gewinner
        wygrałeś wygrałaś nagroda nagrodę gratulacje tebrikler kazandınız ödül поздравляем выиграли приз
        grattis vinnare gratulujeme výhra výherce felicitări câștigat premiu hadiah pemenang
        nyert nyertes nyeremény gratulálunk výhra výherca vyhrali спечелихте награда наградата поздравления
        nagrada nagradu čestitamo osvojili виграли приз подарунок voitto voittaja onnittelut gevinst vinder
        vinner gratulerer tillykke auhind võitja balva laimējāt prizas laimėjote
    """,  # noqa: RUF001 (Turkish writes a dotless i)
}
_CONCEPTS = {word: f"__c_{name}__" for name, words in _CONCEPT_WORDS.items() for word in words.split()}


def _words(text: str) -> list[str]:
    if text.isascii():
        letters = text.encode("ascii").translate(_LOWER_LETTERS)
        # A run of 25 letters or more, which the regex cuts in pieces, is looked for in one more translation.
        if _LONG_RUN not in letters.translate(_LETTER_MARKS):
            runs = letters.decode("ascii").split()
            return list(itertools.islice(itertools.filterfalse(_DROPPED.__contains__, runs), MAX_WORDS))
    lowered = text.lower()
    # In ASCII text the letters are a-z, which the regex engine tests far faster than a Unicode category.
    if lowered.isascii():
        found = _ASCII_WORD_RE.findall(lowered)
    else:
        found = (_WORD_RE if _MARK_RE.search(lowered) is None else _MARKED_WORD_RE).findall(lowered)
        if _UNSPACED_RE.search(lowered) is not None:
            found = list(itertools.chain.from_iterable(map(_pairs, found)))
    return list(itertools.islice(itertools.filterfalse(SOURCE_TOKENS.__contains__, found), MAX_WORDS))


def _pairs(word: str) -> list[str]:
    """A word's runs of unspaced script as overlapping character pairs; its other letters as they are."""
    if _UNSPACED_RE.search(word) is None:
        return [word]
    out: list[str] = []
    for segment in _SEGMENT_RE.findall(word):
        if _UNSPACED_RE.match(segment) is None or len(segment) < 3:
            out.extend((segment,) if len(segment) > 1 else ())
        else:
            out.extend(map(operator.add, segment, segment[1:]))
    return out


@dataclass(frozen=True, slots=True)
class _Parts:
    """A message's features before they are spelled out or hashed: single tokens, and word runs
    whose neighbours also form bigrams."""

    singles: set[str]
    runs: list[list[str]]
    vocabulary: set[str]  # the words of the runs


def _parts(subject: str, texts: Iterable[str], anchors: Iterable[str]) -> _Parts:
    subject = subject[:1000]
    subject_words = _words(_SUBJECT_TAG_RE.sub(" ", _URL_RE.sub(" ", subject)))
    singles = {f"s:{w}" for w in subject_words}
    singles.update(f"s:{_CONCEPTS[w]}" for w in subject_words if w in _CONCEPTS)
    if _CAPS_RE.search(subject):
        singles.add("s:__shouting__")
    runs: list[list[str]] = []
    for raw in texts:
        body = _strip_non_author_text(raw[:MAX_CHARS])
        links = list(_URLS.finditer(body))
        singles.update(_markers(body, links))
        runs.append(_words(_ADDRESSES.sub(" ", replaced(body, links, " "))))
    # The words of a concept that occur, found in C among the distinct words (a few hundred, where the
    # runs hold thousands): a test per word was a twentieth of the scan.
    vocabulary = set().union(*runs)
    singles.update(map(_CONCEPTS.__getitem__, _CONCEPTS.keys() & vocabulary))
    # Link text is what the reader is asked to click: "verify now" there says more than in a paragraph.
    # A link that shows an address is a shape; its host, like every host, is not a feature.
    anchor_words: set[str] = set()
    for text in anchors:
        text = text[:300]
        if _URLS.search(text) is not None:
            singles.add("a:__url__")
            text = _URLS.sub(" ", text)
        anchor_words.update(_words(_ADDRESSES.sub(" ", text)))
    singles.update(f"a:{w}" for w in anchor_words)
    singles.update(f"a:{_CONCEPTS[w]}" for w in anchor_words if w in _CONCEPTS)
    return _Parts(singles, runs, vocabulary)


def tokens(subject: str, texts: Iterable[str], anchors: Iterable[str] = ()) -> set[str]:
    """Features of one message: subject words, body words and word bigrams, link-text words, concept
    and shape markers.

    ``texts`` are the message's readable bodies (plain text, HTML reduced to its visible text),
    ``anchors`` the visible text of its links.
    """
    parts = _parts(subject, texts, anchors)
    out = set(parts.singles)
    for words in parts.runs:
        out.update(words)
        out.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return out


def message_inputs(msg: Message) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Subject, readable bodies and link texts of a parsed message: the plain part and the HTML's
    visible text (both, as spam often says different things in each). Training reads messages through
    this too."""
    # Words written in Cyrillic or Greek look-alike letters are read as the Latin words they show.
    fold = textnorm.fold_lookalikes
    if not msg.html_source:
        return fold(msg.subject), (fold(msg.plain), ""), ()
    anchors = tuple(fold(link.text) for link in msg.html.links if link.text)
    return fold(msg.subject), (fold(msg.plain), fold(msg.html.text)), anchors


_ENCODE = operator.methodcaller("encode", "utf-8", "surrogatepass")


def _masked(hashes: Iterable[int]) -> Iterator[int]:
    # operator.and_ beside a repeated mask: cheaper per item than a bound int method.
    return map(operator.and_, hashes, itertools.repeat(BUCKETS - 1))


def _buckets(tokens: Iterable[str]) -> Iterator[int]:
    """Stable hashes (crc32, not ``hash()``, which changes per process), in map()s: a message has
    thousands of tokens, and this way none costs a Python-level call."""
    return _masked(map(zlib.crc32, map(_ENCODE, tokens)))


def bucket(token: str) -> int:
    return next(_buckets((token,)))


def feature_buckets(subject: str, texts: Iterable[str], anchors: Iterable[str] = ()) -> set[int]:
    """The set of buckets present: presence, not counts, so repetition buys a spammer nothing.

    The same buckets as hashing every token of ``tokens``, cheaper: each distinct word is encoded
    and hashed once, and a bigram's crc32 continues from its first word's (crc32 of "a b" is
    crc32 of " b" started from crc32 of "a"), so no bigram string is built."""
    parts = _parts(subject, texts, anchors)
    found = set(_buckets(parts.singles))
    # All of it in map()s over the distinct words and pairs: no Python-level step per word.
    vocabulary = list(parts.vocabulary)
    encoded = list(map(str.encode, vocabulary))  # letters only: no surrogate for _ENCODE to pass
    crcs = list(map(zlib.crc32, encoded))
    found.update(_masked(crcs))
    crc = dict(zip(vocabulary, crcs, strict=True))
    spaced = dict(zip(vocabulary, map(b" ".__add__, encoded), strict=True))
    for words in parts.runs:
        # Repeated pairs are hashed again: cheaper than building a set of pairs to skip them.
        firsts = map(crc.__getitem__, words)
        seconds = map(spaced.__getitem__, itertools.islice(words, 1, None))
        found.update(_masked(map(zlib.crc32, seconds, firsts)))
    return found


_COLUMNS = tuple(operator.itemgetter(i) for i in range(len(LABELS)))


@dataclass(frozen=True, slots=True)
class ContentModel:
    """Per-class bias and sparse per-bucket weights of a softmax regression over L2-normalised presence."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[int, tuple[float, ...]]
    meta: Mapping[str, object]
    # The weighted buckets as a set: a message's two thousand buckets, mostly absent, are looked up in
    # it faster than among the keys of ``weights`` (a frozenset probe reads one table, a dict's two).
    kept: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kept", frozenset(self.weights))

    def probabilities(self, buckets: set[int]) -> dict[str, float]:
        scores = list(self.bias)
        # Most buckets have no weights: they are dropped in C, and each class's sum is taken in C too.
        rows = list(map(self.weights.__getitem__, buckets.intersection(self.kept)))
        if rows:
            # Scale by the count of all features, kept or pruned, exactly as in training.
            scale = 1.0 / math.sqrt(len(buckets))
            scores = [b + sum(map(column, rows)) * scale for b, column in zip(scores, _COLUMNS, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def predict(self, subject: str, texts: Iterable[str], anchors: Iterable[str] = ()) -> dict[str, float]:
        return self.probabilities(feature_buckets(subject, texts, anchors))

    def to_json(self) -> str:
        document = {
            "format": FORMAT,
            "labels": list(self.labels),
            "buckets": BUCKETS,
            "bias": list(self.bias),
            "meta": dict(self.meta),
            # Sorted so that the same training run always writes the same bytes.
            "weights": {str(b): list(self.weights[b]) for b in sorted(self.weights)},
        }
        return json.dumps(document, separators=(",", ":"), sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ContentModel:
        document = json.loads(text)
        if document.get("format") != FORMAT or document.get("buckets") != BUCKETS:
            raise ValueError(f"not a {FORMAT} file with {BUCKETS} buckets")
        labels = tuple(document["labels"])
        weights = {int(b): tuple(float(w) for w in row) for b, row in document["weights"].items()}
        if any(len(row) != len(labels) for row in weights.values()) or len(document["bias"]) != len(labels):
            raise ValueError("weight rows do not match the labels")
        return cls(labels, tuple(float(b) for b in document["bias"]), weights, document.get("meta", {}))

    @classmethod
    def load(cls, path: Path) -> ContentModel:
        return cls.from_json(path.read_text(encoding="utf-8"))


_shipped: ContentModel | None = None
_override: ContentModel | None = None


def shipped_model_text() -> str:
    return resources.files("mailverdict.engine").joinpath("data/content_model.json").read_text("utf-8")


def current_model() -> ContentModel:
    """The model the content check uses: an override while one is active, else the shipped file."""
    global _shipped
    if _override is not None:
        return _override
    if _shipped is None:
        _shipped = ContentModel.from_json(shipped_model_text())
    return _shipped


@contextmanager
def using_model(model: ContentModel) -> Iterator[None]:
    """Scan with another model for a while: cross-validation retrains per fold and runs the whole
    engine, whose check signature has no room for a model. Not thread-safe; training only."""
    global _override
    previous, _override = _override, model
    try:
        yield
    finally:
        _override = previous
