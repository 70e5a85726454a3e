"""engine/mimetree.py: the same tree as the stdlib's feed parser, or Unusual, whatever the input."""

from __future__ import annotations

import email.message
import email.parser
import email.policy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailverdict.engine import mimetree


def _shape(msg: email.message.Message) -> dict[str, Any]:
    """Everything the parser sets on a message, children included."""
    fields = {key: value for key, value in vars(msg).items() if key not in ("policy", "_payload", "defects")}
    payload = msg.get_payload()
    fields["payload"] = [_shape(part) for part in payload] if isinstance(payload, list) else vars(msg)["_payload"]
    fields["defects"] = [(type(d).__name__, d.args, getattr(d, "line", None)) for d in msg.defects]
    fields["class"] = type(msg)
    return fields


def _fast_or_unusual(text: str) -> str:
    reference = _shape(email.parser.Parser(policy=email.policy.compat32).parsestr(text))
    try:
        fast = _shape(mimetree.parse_tree(text))
    except mimetree.Unusual:
        return "unusual"
    assert fast == reference, text
    return "fast"


def test_plain_message() -> None:
    assert _fast_or_unusual("From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\nmore\r\n") == "fast"
    assert _fast_or_unusual("From: a@b.example\n") == "fast"
    assert _fast_or_unusual("") == "fast"


def test_nested_multipart_with_preamble_and_epilogue() -> None:
    text = (
        'From: a@b.example\nContent-Type: multipart/mixed; boundary="out"\n\npreamble\n\n--out\n'
        'Content-Type: multipart/alternative; boundary="in"\n\n--in\nContent-Type: text/plain\n\nplain\n\n'
        "--in\nContent-Type: text/html\n\n<p>html</p>\n--in--\ninner epilogue\n\n--out \t\n"
        "Content-Type: application/pdf\n\nJVBER\n--out--\nouter epilogue"
    )
    assert _fast_or_unusual(text) == "fast"
    assert _fast_or_unusual(text.replace("\n", "\r\n")) == "fast"
    assert _fast_or_unusual(text.replace("\n", "\r")) == "fast"


def test_irregular_messages_are_left_to_the_feed_parser() -> None:
    irregular = [
        "From: a@b.example\nnot a header\n\nbody\n",  # no blank line after the headers
        'Content-Type: multipart/mixed; boundary="b"\n\nno boundary line\n',
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n',  # no closing boundary
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n--b\n\nx\n--b--\n',  # repeated boundary
        'Content-Type: multipart/mixed; boundary="b"\n\n--b--\n',  # closing boundary first
        "Content-Type: multipart/mixed\n\n--b\n\nx\n--b--\n",  # no boundary parameter
        'Content-Type: multipart/mixed; boundary="b"\nContent-Transfer-Encoding: base64\n\n--b\n\nx\n--b--\n',
        'Content-Type: multipart/digest; boundary="b"\n\n--b\n\nFrom: x\n\nx\n--b--\n',
        "Content-Type: message/rfc822\n\nFrom: x\n\ninner\n",
        "Subject: x\nFrom nobody\n\nbody\n",  # an envelope line closing the headers
    ]
    for text in irregular:
        assert _fast_or_unusual(text) == "unusual", text


def test_nesting_past_the_limit_is_left_to_the_feed_parser() -> None:
    part = "Content-Type: text/plain\n\nx\n"
    for depth in range(mimetree.MAX_DEPTH + 2):
        part = f'Content-Type: multipart/mixed; boundary="b{depth}"\n\n--b{depth}\n{part}\n--b{depth}--\n'
    assert _fast_or_unusual(part) == "unusual"


_NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
_LINES = st.sampled_from(
    [
        "",
        "text",
        " folded",
        "\tfolded",
        "X-Key: value",
        "Content-Type: text/plain",
        "Content-Type: text/html; charset=utf-8",
        'Content-Type: multipart/mixed; boundary="b"',
        'Content-Type: multipart/alternative; boundary="b2"',
        "Content-Type: multipart/digest; boundary=b",
        "Content-Type: message/rfc822",
        "Content-Transfer-Encoding: base64",
        "From x",
        ": no name",
        "--b",
        "--b--",
        "--b  ",
        "--b--\t",
        "--bx",
        "--b2",
        "--b2--",
        "x--b",
        "\udcff\udcfe",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_LINES, _NEWLINES), max_size=40), st.booleans())
def test_any_line_soup_parses_as_the_feed_parser_does(lines: list[tuple[str, str]], last_newline: bool) -> None:
    text = "".join(line + newline for line, newline in lines)
    if lines and not last_newline:
        text = text[: -len(lines[-1][1])]
    _fast_or_unusual(text)


@st.composite
def _entity(draw: st.DrawFn, depth: int = 0) -> str:
    """A MIME entity, mostly well formed, now and then with a flaw the feed parser notes or forgives."""
    newline = draw(_NEWLINES)
    headers = draw(st.lists(st.sampled_from(["X-A: 1", "Subject: s\udcff", f"X-F: a{newline} b"]), max_size=2))
    boundary = f"b{depth}" + draw(st.sampled_from(["", "x", "=_Part", " y"]))
    if depth < 3 and draw(st.booleans()):
        kind = draw(st.sampled_from(["Content-Type: multipart/mixed;", f"Content-type: Multipart/Related;{newline}"]))
        headers.append(f'{kind} boundary="{boundary}"')
        if draw(st.integers(0, 9)) == 0:
            headers.append("Content-Transfer-Encoding: " + draw(st.sampled_from(["7bit", "8BIT", "base64"])))
        out = "".join(header + newline for header in headers) + newline
        out += draw(st.sampled_from(["", "preamble" + newline, f"--{boundary}x{newline}", newline]))
        for _ in range(draw(st.integers(0, 3))):
            out += f"--{boundary}" + draw(st.sampled_from(["", " ", "\t "])) + newline
            out += draw(st.sampled_from(["", "", "", f"--{boundary}{newline}"]))
            out += draw(_entity(depth + 1)) + newline
        if draw(st.integers(0, 9)):
            out += f"--{boundary}--" + draw(st.sampled_from(["", " "]))
            out += draw(st.sampled_from(["", newline, newline + "epilogue", newline + newline, 2 * newline + "x"]))
        return out
    headers.append(draw(st.sampled_from(["Content-Type: text/plain", "Content-Type: text/html", "From x"])))
    out = "".join(header + newline for header in headers) + draw(st.sampled_from([newline, newline, ""]))
    return out + draw(st.sampled_from(["", "line", f"line{newline}two{newline}", newline, f"a{newline}{newline}"]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_entity())
def test_any_tree_parses_as_the_feed_parser_does(text: str) -> None:
    _fast_or_unusual(text)
