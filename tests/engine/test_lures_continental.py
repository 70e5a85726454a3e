"""lexicon.py and scamwords.py: lures told in Dutch, Polish, Italian, German, French and Spanish."""

from __future__ import annotations

import pytest

from tests.engine.mail import lure_findings


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # nl: check your details or the account is suspended
        (
            "Belangrijk bericht",
            "Wij hebben verdachte activiteit gezien. Controleer uw gegevens, anders wordt uw rekening opgeschort.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # pl: confirm your identity, the account has been blocked
        (
            "Powiadomienie",
            "Twoje konto zostało zablokowane. Potwierdź swoją tożsamość w ciągu 24 godzin.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # pl, as often written without diacritics
        (
            "Powiadomienie",
            "Twoje konto zostalo zablokowane. Potwierdz swoja tozsamosc.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # it: confirm your data, the account will be limited
        (
            "Avviso",
            "Abbiamo notato un accesso insolito. Conferma i tuoi dati, altrimenti il tuo account sarà limitato.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # de: your online banking is restricted for security reasons
        (
            "Hinweis",
            "Aus Sicherheitsgründen wurde Ihr Online-Banking eingeschränkt. Überprüfen Sie Ihre Angaben.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # fr: your access is deactivated until you update your details
        (
            "Information",
            "Suite à une connexion inhabituelle, votre accès est désactivé. Mettez à jour vos informations.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # es, familiar form
        (
            "Aviso",
            "Tu cuenta ha sido limitada por actividad inusual. Verifica tus datos para recuperarla.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
    ],
)
def test_account_stories(subject: str, body: str, expected: set[str]) -> None:
    assert expected <= lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body", "family"),
    [
        ("Terugbetaling", "U heeft recht op een terugbetaling van EUR 31,20: u heeft dubbel betaald.", "BILLING_LURE"),
        ("Rimborso", "Ti spetta un rimborso di 19,90 euro. Richiedi il rimborso entro domani.", "BILLING_LURE"),
        ("Zwrot", "Przysługuje Ci zwrot nadpłaty za ostatni okres rozliczeniowy.", "BILLING_LURE"),
        ("Remboursement", "Un trop-perçu a été constaté : recevoir votre remboursement en ligne.", "BILLING_LURE"),
        ("Aviso de corte", "Su recibo vencido presenta un adeudo pendiente de pago.", "BILLING_LURE"),
        ("Przesyłka", "Twoja paczka czeka w punkcie. Wymagana dopłata 3 zł, odbierz paczkę dziś.", "DELIVERY_LURE"),
        ("Pakket", "Bezorging mislukt: uw pakket kon niet worden bezorgd. Betaal de bezorgkosten.", "DELIVERY_LURE"),
        ("Spedizione", "Il tuo pacco in giacenza: tentativo di consegna non riuscito.", "DELIVERY_LURE"),
        ("Envío", "No pudimos entregar su pedido porque la dirección incompleta impide la entrega.", "DELIVERY_LURE"),
    ],
)
def test_scam_families(subject: str, body: str, family: str) -> None:
    assert family in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Vertraulich", "Sind Sie gerade im Büro? Ich schicke Ihnen gleich die neue Bankverbindung für die Zahlung."),
        ("Facture", "Nos coordonnées bancaires ont changé : merci d'effectuer le virement sur le nouveau RIB."),
        ("Factuur", "Wij hebben een nieuw rekeningnummer; de openstaande facturen graag daarheen overmaken."),
        ("Fattura", "Vi comunichiamo il nuovo IBAN per il bonifico della fattura scaduta."),
    ],
)
def test_payment_stories(subject: str, body: str) -> None:
    assert "PAYMENT_LURE" in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Uw afschrift", "Beste Jan, uw maandafschrift staat klaar in de app. Met vriendelijke groet."),
        ("Ihre Bestellung", "Hallo Anna, Ihr Paket wurde heute zugestellt. Viel Spaß damit!"),
        ("Riunione", "Ciao Marco, ci vediamo domani in ufficio alle 10 per il progetto."),
        ("Spotkanie", "Cześć Ola, przesyłam notatki ze spotkania. Pozdrawiam, Kasia"),
    ],
)
def test_ordinary_mail_tells_no_story(subject: str, body: str) -> None:
    assert lure_findings(subject, body) == set()


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # pt: the profile removed for a supposed policy breach
        (
            "Aviso importante",
            "Sua conta foi desativada temporariamente por violação das diretrizes da comunidade.",
            "ACCOUNT_THREAT_LURE",
        ),
        # pt: the next of kin of a late client who left no heirs
        (
            "Proposta",
            "O meu falecido cliente morreu sem deixar herdeiros; posso apresentá-lo como parente mais próximo.",
            "ADVANCE_FEE_LURE",
        ),
        # es: a job that moves customers' money through the reader's account
        (
            "Vacante",
            "Puesto sin experiencia previa: recibir pagos de clientes y enviar una copia de tu cédula.",
            "ADVANCE_FEE_LURE",
        ),
        # de: a payout unlocked by a fee
        (
            "Ihr Guthaben",
            "Um die Auszahlung Ihres Guthabens freizuschalten, fällt eine Bearbeitungsgebühr von 300 EUR an.",
            "ADVANCE_FEE_LURE",
        ),
        # pt: an investment robot with guaranteed gains
        (
            "Renda extra",
            "Nosso robô de trading opera sozinho. Depósito inicial de R$ 200 e lucros garantidos.",
            "CRYPTO_LURE",
        ),
        # fr: a low-emission-zone fine to settle
        (
            "ZFE : vignette Crit'Air",
            "L'absence de vignette est sanctionnée d'une amende forfaitaire de 68 €. Régularisez votre situation.",
            "BILLING_LURE",
        ),
        # es: a speed-camera fine, half off today, then debt collection
        (
            "Fotomulta registrada",
            "Se registró una fotomulta a su vehículo. El descuento vence hoy; al vencer, se turnará a cobranza.",
            "BILLING_LURE",
        ),
        # pt: a vehicle tax said to be overdue
        ("IPVA 2025 em atraso", "Evite a inscrição em dívida ativa: pague hoje.", "BILLING_LURE"),
        # pt: a document to sign
        ("Contrato", "Você recebeu um documento para assinar. Revisar e assinar até sexta.", "DOCUMENT_LURE"),
    ],
)
def test_portuguese_and_spanish_stories(subject: str, body: str, expected: str) -> None:
    assert expected in lure_findings(subject, body)


def test_a_colleague_asking_for_a_pix_in_confidence() -> None:
    body = "Você está no escritório? Preciso que faça um Pix urgente para um fornecedor, é sigilo por enquanto."
    assert "PAYMENT_LURE" in lure_findings("Pedido", body, "Diretor <diretor.pessoal@mail.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # de: malware on the computer, the camera, the contacts
        (
            "Ich kenne Ihr Passwort",
            "Ich habe Schadsoftware auf Ihrem Rechner installiert und über Ihre Kamera Aufnahmen gemacht. "
            "Sonst schicke ich das Video an alle Ihre Kontakte.",
        ),
        # fr: access to the webcam, pay in bitcoin
        (
            "Votre sécurité",
            "J'ai piraté votre appareil et j'ai accès à votre webcam. Payez 900 EUR en bitcoin sous 48 heures.",
        ),
        # es: access to the computer, adult pages, a wallet address
        (
            "Tengo un video tuyo",
            "Tengo acceso a tu computadora desde hace meses y vi las páginas para adultos que visitas. "
            "Envía 900 USD a bc1q4xk7zrm9l2n0w8e3d5fqa6ht1cy0gsvp7ju2e.",
        ),
        # it: hacked device, all your contacts
        (
            "Attenzione",
            "Ho hackerato il tuo dispositivo. Se non paghi, invierò il video a tutti i tuoi contatti.",
        ),
        # pt: hacked device, a bitcoin wallet
        (
            "Seu dispositivo",
            "Hackeei seu dispositivo e gravei vídeos. Envie R$ 3.000 para a minha carteira de bitcoin.",
        ),
    ],
)
def test_sextortion_in_each_language(subject: str, body: str) -> None:
    assert "EXTORTION_LURE" in lure_findings(subject, body)


def test_a_wallet_address_alone_is_not_extortion() -> None:
    body = "Your withdrawal of 0.01 BTC to bc1q4xk7zrm9l2n0w8e3d5fqa6ht1cy0gsvp7ju2e has been sent."
    assert "EXTORTION_LURE" not in lure_findings("Withdrawal sent", body)
