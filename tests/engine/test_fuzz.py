"""analyze never raises and stays fast, whatever the bytes: random input and crafted nasty MIME."""

from __future__ import annotations

import base64
import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailverdict.engine import Disposition, analyze, decoding

# CPU seconds per message, the thread's own (a busy machine stretches wall time, not this): typical
# messages take a few milliseconds, so only a runaway (quadratic parsing, a bomb expanded) comes near it.
TIME_LIMIT = 2.0


def _scan(raw: bytes) -> None:
    started = time.thread_time()
    verdict = analyze(raw)
    elapsed = time.thread_time() - started
    assert elapsed < TIME_LIMIT, f"{elapsed:.2f}s"
    assert verdict.disposition in set(Disposition)
    assert "check_errors" not in verdict.extra, verdict.extra


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(raw: bytes) -> None:
    _scan(raw)


HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Reply-To",
        "Return-Path",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Authentication-Results",
        "Received-SPF",
        "List-Id",
        "Date",
        "Message-ID",
        "DKIM-Signature",
        "ARC-Authentication-Results",
        "In-Reply-To",
        "References",
        "X-Priority",
        "Importance",
        "List-Unsubscribe",
    ]
)
HEADER_VALUES = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            'multipart/mixed; boundary="b"',
            "text/html; charset=x-nonexistent",
            "base64",
            "quoted-printable",
            "=?utf-8?B?!!!?=",
            "=?bogus?Q?=ZZ?=",
            "a@b@c",
            "<>",
            "spf=fail; dmarc=",
            "\udcff",
            "v=1; d=; b=",
            "spf=pass smtp.mailfrom=; dkim=pass header.d=; dmarc=none header.from=",
            "compauth=fail reason=",
            "=?utf-8?B?UmU6IGhp?=",
            "1 (Highest)",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=20),
    body=st.binary(max_size=2048),
)
def test_structured_messages(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers).encode("utf-8", "surrogateescape")
    _scan(head + b"\r\n" + body)


# Realistic messages (the modern set: HTML, authentication results, ESP headers, attachments) damaged
# at random: they reach the checks' deeper paths, which random bytes rarely get past the parser to.
MODERN = sorted((Path(__file__).parents[1] / "fixtures" / "modern").glob("*/*.eml"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(min_value=0, max_value=len(MODERN) - 1),
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 400), st.binary(max_size=40)), min_size=1, max_size=8),
)
def test_damaged_real_shaped_messages(index: int, edits: list[tuple[float, int, bytes]]) -> None:
    raw = bytearray(MODERN[index].read_bytes())
    for where, cut, insert in edits:
        at = int(where * len(raw))
        raw[at : at + cut] = insert
    _scan(bytes(raw))


def _multipart(children: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()]
    for child in children:
        out.append(f"--{boundary}\r\n".encode() + child + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def test_hundred_deep_nesting() -> None:
    part = b"Content-Type: text/plain\r\n\r\ninnermost\r\n"
    for depth in range(100):
        part = _multipart([part], f"b{depth}")
    _scan(b"From: a@b.example\r\nMIME-Version: 1.0\r\n" + part)


def test_ten_thousand_parts() -> None:
    parts = [b"Content-Type: text/plain\r\n\r\nx"] * 10_000
    _scan(b"From: a@b.example\r\n" + _multipart(parts, "many"))


def test_huge_headers() -> None:
    raw = b"From: a@b.example\r\nSubject: " + b"A" * 2_000_000 + b"\r\n"
    raw += b"".join(b"X-Filler-%d: value\r\n" % i for i in range(20_000)) + b"\r\nbody\r\n"
    _scan(raw)


def test_broken_encodings() -> None:
    raw = (
        b"From: =?utf-8?B?////?= <a@b.example>\r\nSubject: =?x-unknown?Q?=FF=FE?=\r\n"
        b'Content-Type: text/plain; charset="no-such-charset"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        b"!!!!not*base64====a\r\n\xff\xfe\xfd"
    )
    _scan(raw)
    _scan(raw.replace(b"base64", b"quoted-printable").replace(b"!!!!", b"=ZZ=\r\n=4"))


def test_an_encoded_word_of_one_base64_character_is_kept_as_written() -> None:
    # The standard library's decode_header raises HeaderParseError on it, which once escaped analyze.
    raw = b"From: =?utf-8?B?Q?= <a@b.example>\r\nSubject: =?utf-8?B?A?=\r\n\r\nhello\r\n"
    _scan(raw)
    assert analyze(raw).summary.subject == "=?utf-8?B?A?="


def test_zip_bomb_attachment_is_never_inflated() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for i in range(3):
            archive.writestr(f"zeros{i}.bin", b"\0" * (50 * 1024 * 1024))
    payload = base64.encodebytes(buffer.getvalue())
    raw = (
        b'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\n'
        b'Content-Type: application/zip; name="bomb.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + payload
        + b"\r\n--z--\r\n"
    )
    _scan(raw)


def test_pathological_html() -> None:
    html = ("<div><table><tr><td><span>" * 5000 + "x") + ("<a href='http://e.example/'>" * 20_000)
    _scan(b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n" + html.encode())
    _scan(b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n" + b"<" * 3_000_000)


def test_oversized_input_is_truncated_and_flagged() -> None:
    raw = b"From: a@b.example\r\n\r\n" + b"word " * 6_000_000
    verdict = analyze(raw)
    assert verdict.summary.malformed and any("truncated" in d for d in verdict.summary.defects)


def test_an_error_nobody_foresaw_in_parsing_is_a_malformed_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(value: str) -> str:
        raise RuntimeError("a bug in a header decoder")

    monkeypatch.setattr(decoding, "header_value", broken)
    verdict = analyze(b"From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n")
    assert verdict.summary.malformed
    assert "unparseable: RuntimeError" in verdict.summary.defects
