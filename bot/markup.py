"""The light markup of domain.yml responses, and its form on each channel.

Responses mark names as `**bold**` and links as `[title](url)` (a subset of
Markdown, which the web chat widget renders as is). Each channel turns that into
its own form here, in one function per channel: plain text for the terminal and
REST, Slack mrkdwn, Telegram HTML cut into messages it accepts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
TELEGRAM_LIMIT = 4096  # characters per message (Bot API sendMessage)


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str = "text"  # text | bold | link
    url: str = ""


def parse(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for found in TOKEN.finditer(text):
        if found.start() > position:
            pieces.append(Piece(text[position : found.start()]))
        if found["bold"] is not None:
            pieces.append(Piece(found["bold"], "bold"))
        else:
            pieces.append(Piece(found["title"], "link", found["url"]))
        position = found.end()
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces


def _render(text: str, piece_form: Callable[[Piece], str]) -> str:
    return "".join(piece_form(piece) for piece in parse(text))


def plain(text: str) -> str:
    """Terminal and REST: names as they are, links as 'title (url)'."""
    return _render(text, lambda p: f"{p.text} ({p.url})" if p.kind == "link" else p.text)


def _slack_escape(text: str) -> str:
    # Slack's mrkdwn needs only these three escaped.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack(text: str) -> str:
    """Slack mrkdwn: *bold* and <url|title>."""

    def form(piece: Piece) -> str:
        if piece.kind == "bold":
            return f"*{_slack_escape(piece.text)}*"
        if piece.kind == "link":
            return f"<{piece.url}|{_slack_escape(piece.text).replace('|', '/')}>"
        return _slack_escape(piece.text)

    return _render(text, form)


def _telegram_piece(piece: Piece) -> str:
    if piece.kind == "bold":
        return f"<b>{html.escape(piece.text, quote=False)}</b>"
    if piece.kind == "link":
        return f'<a href="{html.escape(piece.url)}">{html.escape(piece.text, quote=False)}</a>'
    return html.escape(piece.text, quote=False)


def telegram(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Telegram HTML (parse_mode HTML), as one or more messages of at most `limit` characters.

    Splits between words (never inside one, nor inside a tag or a link); a single
    word longer than a message is the only thing ever cut.
    """
    messages: list[str] = []
    current = ""
    for unit in _telegram_units(text):
        if len(current) + len(unit) <= limit:
            current += unit
            continue
        if current.strip():
            messages.append(current.rstrip())
        current = unit.lstrip()
        while len(current) > limit:  # one word longer than a message
            messages.append(current[:limit])
            current = current[limit:]
    if current.strip():
        messages.append(current.rstrip())
    return messages


def _telegram_units(text: str) -> Iterator[str]:
    """Rendered pieces small enough to move between messages: words of plain text
    (with the space before them), whole bold names and whole links."""
    for piece in parse(text):
        if piece.kind != "text":
            yield _telegram_piece(piece)
            continue
        for word in re.findall(r"\s*\S+|\s+$", piece.text):
            yield html.escape(word, quote=False)
