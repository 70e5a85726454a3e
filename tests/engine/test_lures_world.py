"""lexicon.py and scamwords.py: lures told in Turkish, Russian, Arabic, Chinese, Korean, Vietnamese,
Indonesian, Swedish, Czech, Romanian and Greek."""

from __future__ import annotations

import pytest

from mailverdict.engine.phrases import PhraseSet
from tests.engine.mail import lure_findings


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # tr: the card is to be blocked unless the details are confirmed
        (
            "Önemli bilgilendirme",
            "Kartınız şüpheli işlem nedeniyle bloke edilecektir. Kart bilgilerinizi 24 saat içinde doğrulayın.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # tr, capitals: HESABINIZ lowers without its dotless i
        ("UYARI", "HESABINIZ ASKIYA ALINACAKTIR. Bilgilerinizi güncelleyin.", {"ACCOUNT_THREAT_LURE"}),
        # ru: the account is frozen, confirm your data
        (
            "Уведомление службы безопасности",
            "Ваш аккаунт временно заблокирован. Подтвердите свои данные в течение 24 часов.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # ar: update your data or the account is suspended
        (
            "تنبيه مهم",
            "يجب تحديث بياناتك خلال 24 ساعة وإلا سيتم إيقاف حسابك.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # ko: unusual sign-in, the account is suspended
        (
            "보안 알림",
            "고객님의 계정에서 해외 로그인이 감지되어 이용 정지되었습니다. 본인 인증을 진행해 주세요.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # vi: the account is locked, verify it
        (
            "Thông báo bảo mật",
            "Tài khoản của quý khách đã bị tạm khóa do hoạt động bất thường. Vui lòng xác minh tài khoản ngay.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # id: the account is blocked, verify it
        (
            "Pemberitahuan",
            "Akun anda telah diblokir sementara. Segera verifikasi akun dalam 1x24 jam.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # sv: the account is frozen, confirm your details
        (
            "Viktigt meddelande",
            "Ditt konto har spärrats på grund av misstänkt aktivitet. Bekräfta dina uppgifter omedelbart.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # cs: the account is blocked, verify your identity
        (
            "Bezpečnostní upozornění",
            "Váš účet byl zablokován. Ověřte svou totožnost do 24 hodin.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # ro: the account is suspended, confirm your data
        (
            "Notificare",
            "Contul dvs. a fost suspendat temporar. Confirmați datele în 48 de ore.",
            {"ACCOUNT_THREAT_LURE"},
        ),
        # el: the account is locked, verify it
        (
            "Ειδοποίηση ασφαλείας",
            "Ο λογαριασμός σας κλειδώθηκε λόγω ύποπτης δραστηριότητας. Απαιτείται επαλήθευση εντός 24 ωρών.",
            {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE"},
        ),
        # zh: the account frozen unless the password is confirmed (no spaces between the words)
        ("账户安全提醒", "您的账户存在异常登录，将被冻结，请立即重新登录验证身份。", {"CREDENTIAL_LURE"}),
        # zh-Hant: the same story in Taiwan's and Hong Kong's characters
        ("帳戶安全提醒", "您的帳戶存在異常登錄，將被凍結，請立即重新登錄驗證身份。", {"CREDENTIAL_LURE"}),
    ],
)
def test_account_stories(subject: str, body: str, expected: set[str]) -> None:
    assert expected <= lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body", "family"),
    [
        ("Gönderiniz teslim edilemedi", "Gümrük ücreti ödenmediği için paketiniz bekletiliyor.", "DELIVERY_LURE"),
        ("Посылка ожидает", "Не удалось доставить. Оплатите таможенную пошлину и подтвердите адрес.", "DELIVERY_LURE"),
        ("شحنتك معلقة", "يرجى دفع رسوم التوصيل وتأكيد العنوان.", "DELIVERY_LURE"),
        ("택배 배송 보류", "주소 불일치로 배송이 보류되었습니다. 주소 확인 후 재배송을 신청하세요.", "DELIVERY_LURE"),
        ("Giao hàng không thành công", "Bưu kiện cần thanh toán phí giao hàng.", "DELIVERY_LURE"),
        ("Paket anda tertahan", "Paket anda gagal dikirim karena biaya bea cukai belum dibayar.", "DELIVERY_LURE"),
        ("Ditt paket väntar", "Tullavgift på 29 kr. Paketet väntar på betalning.", "DELIVERY_LURE"),
        ("Zásilka čeká", "Vaše zásilka čeká na doplatek za doručení.", "DELIVERY_LURE"),
        ("Coletul dvs. este reținut", "Coletul nu a putut fi livrat. Achitați taxa de livrare.", "DELIVERY_LURE"),
        ("Το δέμα σας", "Το δέμα σας δεν παραδόθηκε. Πληρώστε τα τέλη αποστολής.", "DELIVERY_LURE"),
        ("您的快递派送失败", "包裹地址有误，请补交运费。", "DELIVERY_LURE"),
        ("綜合所得稅退稅通知", "您的退稅款未能入帳，請於期限內補繳資料，逾期視同放棄。", "BILLING_LURE"),
        ("Vergi iadeniz", "Adınıza vergi iadesi onaylanmıştır.", "BILLING_LURE"),
        ("Возврат налога", "Вам положен налоговый вычет. Возврат средств на карту.", "BILLING_LURE"),
        ("Hoàn thuế", "Tiền điện chưa thanh toán, sẽ ngừng cung cấp điện.", "BILLING_LURE"),
        ("Vrácení daně", "Máte nárok na vrácení přeplatku.", "BILLING_LURE"),
        ("Rambursare", "Aveți dreptul la o rambursare a impozitului.", "BILLING_LURE"),
        ("Tebrikler!", "Çekilişimizde hediye paketi kazandınız.", "PRIZE_LURE"),
        ("Поздравляем!", "Вы выиграли приз в нашем розыгрыше.", "PRIZE_LURE"),
        ("مبروك", "فزت بجائزة في السحب الشهري.", "PRIZE_LURE"),
        ("당첨 안내", "축하합니다! 경품 이벤트에 당첨되셨습니다.", "PRIZE_LURE"),
        ("Chúc mừng", "Bạn đã trúng thưởng quà tặng.", "PRIZE_LURE"),
        ("Selamat! Anda pemenang", "Anda memenangkan hadiah undian.", "PRIZE_LURE"),
        ("Grattis!", "Du har valts ut att få ett presentkort.", "PRIZE_LURE"),
        ("Συγχαρητήρια", "Κερδίσατε στην κλήρωση.", "PRIZE_LURE"),
    ],
)
def test_scam_families(subject: str, body: str, family: str) -> None:
    assert family in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # zh: a boss abroad wants a transfer, quietly
        ("急事", "我在开会，不方便接电话。你先转账到下面的账户，开户行和户名见下，暂时不要告诉别人。"),
        # cs: is the colleague in the office, and a confidential payment
        ("Jste v kanceláři?", "Potřebuji důvěrně provést bankovní převod na nové číslo účtu. Jsem na jednání."),
        # ru: a new bank account for the invoice
        ("Счёт на оплату", "Обратите внимание: изменились наши реквизиты. Оплатите счёт срочно."),
        # sv: in a meeting, an urgent transfer, kept quiet
        ("Hinner du?", "Jag sitter i möte. Gör en brådskande överföring till leverantören, konfidentiellt."),
    ],
)
def test_payment_stories(subject: str, body: str) -> None:
    assert "PAYMENT_LURE" in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Advance fee", "Evden çalışma fırsatı, deneyim gerekmez, günlük 900 TL kazanç."),
        ("Lowongan", "Anda dinyatakan lolos. Biaya akomodasi akan dikembalikan 100% setelah tes."),
        ("Job", "Job de acasă, fără experiență, 400 lei/zi."),
        ("부업", "경력 무관 재택 알바, 수익 보장."),
        ("فرصة", "عمل من المنزل بدون خبرة، أرباح يومية."),
        ("Việc làm", "Không cần kinh nghiệm, hoa hồng cao, việc làm tại nhà."),
        ("Δουλειά", "Δουλειά από το σπίτι χωρίς εμπειρία."),
    ],
)
def test_job_scams(subject: str, body: str) -> None:
    assert "ADVANCE_FEE_LURE" in lure_findings(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Toplantı notları", "Yarınki toplantıda sprint hedeflerini konuşalım. Sunum dosyası ekte."),
        ("Бабушкин рецепт", "Привет! Вот рецепт пирога, который ты просила. Обнимаю."),
        ("시간표 안내", "다음 주 수업 시간표를 보내드립니다. 궁금한 점은 담임 선생님께 문의해 주세요."),
        ("Họp phụ huynh", "Kính mời quý phụ huynh tham dự buổi họp lớp vào sáng thứ bảy."),
        ("Rapat", "Mohon hadir tepat waktu pada rapat koordinasi minggu depan."),
        ("Fika", "Vi ses på fredag för fika i personalrummet."),
        ("Fotky z výletu", "Posílám fotky z víkendu na chatě."),
        ("Rețetă", "Ți-am trimis rețeta de cozonac de la bunica."),
        ("Συνάντηση", "Η συνάντηση μεταφέρεται για την Πέμπτη στις 10."),
        ("会议通知", "本周五下午三点在三楼会议室召开部门例会，请准时参加。"),
        # a shop's own security advice, naming the code it will never ask for
        ("Struk pembayaran", "Terima kasih. Jangan berikan kode OTP kepada siapa pun. Segera hubungi kami."),
    ],
)
def test_ordinary_mail_tells_no_story(subject: str, body: str) -> None:
    assert not lure_findings(subject, body) & {"CREDENTIAL_LURE", "ACCOUNT_THREAT_LURE", "PAYMENT_LURE"}


def test_phrases_in_other_scripts_are_found_beside_latin_ones() -> None:
    # Literals outside ASCII are looked for only in texts holding their block of Unicode; a text
    # mixing several scripts finds each.
    phrases = PhraseSet((r"заблокирован\w*", r"tài khoản", r"ekteki fatura\w*", r"zweryfikuj\w*"))
    text = "Zweryfikuj teraz. Ваш счёт ЗАБЛОКИРОВАН. Tài khoản. Ekteki faturayı açın."
    assert set(phrases.found(text, text.lower())) == {"ekteki faturayı", "tài khoản", "заблокирован", "zweryfikuj"}
    assert phrases.found("Plain ASCII text only.", "plain ascii text only.") == []


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Ditt paket är levererat", "Ditt paket har levererats till ombudet. Ta med legitimation när du hämtar det."),
        ("Paket anda sedang dikirim", "Paket anda sedang dalam pengiriman oleh kurir. Terima kasih sudah berbelanja."),
        ("Το δέμα σας παραδόθηκε", "Το δέμα σας παραδόθηκε στο κατάστημα. Ευχαριστούμε για την προτίμηση."),
        ("Ваш заказ доставлен", "Ваш заказ доставлен в пункт выдачи. Срок хранения 7 дней. Спасибо за покупку!"),
        ("Kargonuz yola çıktı", "Siparişiniz kargoya verildi. Teslimat tahmini 2 iş günüdür."),
        ("您的订单已发货", "您的快递已发出，预计两天内送达。"),
        ("Sao kê tài khoản", "Sao kê tài khoản tháng 3 của quý khách đã sẵn sàng trên ứng dụng."),
    ],
)
def test_a_carriers_or_banks_own_notice_tells_no_story(subject: str, body: str) -> None:
    assert not lure_findings(subject, body)


# Money scams: each told in the words its kind uses, two or more of them in a message.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "weekly allowance",
            "Looking for someone sweet to spoil, no meeting required. I need your bank app username and password "
            "so my accountant can deposit it.",
        ),
        (
            "Re: dinner?",
            "Sorry, I typed the wrong email! Well since we are already talking, my uncle taught me some gold trading, "
            "I can guide you step by step.",
        ),
        (
            "Payment assistant role",
            "Receive payments from our customers into your personal bank account, forward the funds the same day to "
            "our suppliers and keep 8% of every transfer as your commission.",
        ),
        (
            "VIP signals",
            "My members banked +2,340 pips last week, 100% win rate guarantee. Just copying my signals.",
        ),
        (
            "Fondo exclusivo",
            "Rentabilidade garantida de 4,5% ao mês, capital protegido, aporte mínimo de R$ 5.000.",
        ),
        (
            "Mi amor",
            "Cada noche en esta plataforma petrolera pienso en ti. Mi cuenta está bloqueada. Te lo devuelvo en cuanto "
            "llegue, te lo juro por mi hijo.",
        ),
        (
            "Bail",
            "Bail has been set at $8,500. A courier from the bond office can collect the cash this afternoon. "
            "She begged that you not tell her parents.",
        ),
        (
            "Optimisation tasks",
            "Pay: 200-500 USD per day, paid in USDT. Complete simple optimization tasks; a combination task needs a "
            "recharge to your work account.",
        ),
    ],
)
def test_money_scams(subject: str, body: str) -> None:
    assert "ADVANCE_FEE_LURE" in lure_findings(subject, body)


# Genuine money mail warns of the same scams in the same words, one idea at a time.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Scam alert",
            "We never ask you to pay a fee to release a withdrawal, and we will never contact you on WhatsApp or "
            "Telegram about trading. Nobody can recover funds you sent to another platform.",
        ),
        (
            "Your pension transfer has completed",
            "If anyone contacts you offering early access, guaranteed high returns overseas or a free pension review "
            "out of the blue, it is likely to be a scam.",
        ),
        (
            "Your personal loan statement",
            "Payment due: September 15. AutoPay is on. We'll never ask you to pay with gift cards or crypto.",
        ),
        (
            "Re: the car money",
            "ok sent you 400 on venmo just now, the rest after my paycheck. thank you again for covering the repair.",
        ),
        (
            "Offer letter",
            "Congratulations again! Base salary 78,000 GBP, hybrid, start in April. Background and right-to-work "
            "checks are done by our provider at no cost to you.",
        ),
    ],
)
def test_money_ham(subject: str, body: str) -> None:
    assert "ADVANCE_FEE_LURE" not in lure_findings(subject, body)


def test_a_bank_s_code_warning_is_not_a_lure() -> None:
    body = "Your one-time password is 482913. Never share your OTP with anyone. It expires in 10 minutes."
    assert "CREDENTIAL_LURE" not in lure_findings("Your one-time password", body)


@pytest.mark.parametrize(
    "body",
    [
        "Our company bank account has just moved to a new provider, so the old account details on the invoice "
        "are no longer in use. Please use sort code 60-83-71, account 30217754.",
        "I've moved my mortgage and the rental income to a different bank, so please set up the new standing "
        "order today. The old account is closing.",
        "Lo studio ha cambiato banca, il vecchio IBAN non è più attivo: effettui il bonifico sul nuovo.",
        "Os recebimentos passaram a ser feitos por uma nova conta de cobrança, em razão da troca de banco. "
        "Favor desconsiderar o boleto anterior.",
    ],
)
def test_a_changed_bank_account_to_pay_into_is_a_payment_story(body: str) -> None:
    assert "PAYMENT_LURE" in lure_findings("Re: invoices", body)


def test_a_bank_change_announced_without_details_to_pay_into_is_not() -> None:
    body = "We have changed our bank. Please call us on the number you already hold before updating anything."
    assert "PAYMENT_LURE" not in lure_findings("Our bank", body)


@pytest.mark.parametrize(
    ("subject", "body", "family"),
    [
        # An identity document to update under threat of deactivation.
        (
            "Aadhaar document update pending",
            "Your documents have not been updated. Aadhaar numbers without updated documents will be temporarily "
            "deactivated. Update your documents online and upload a clear copy of your PAN card.",
            "CREDENTIAL_LURE",
        ),
        # A job abroad paid for by a refundable visa fee.
        (
            "Employment contract",
            "We are pleased to offer you employment. Before your work visa can be issued, the work visa processing "
            "fee is to be paid through our travel agency. This amount is fully refundable on arrival.",
            "ADVANCE_FEE_LURE",
        ),
        # A salary to be paid into a new account.
        (
            "Cambio de cuenta para la nómina",
            "He cambiado de banco y necesito que la nómina de junio se ingrese en mi nueva cuenta.",
            "PAYMENT_LURE",
        ),
    ],
)
def test_one_message_stories(subject: str, body: str, family: str) -> None:
    assert family in lure_findings(subject, body)
