"""The terminal chat (`make chat`): a one-line banner, answers as plain text, buttons as
numbered choices.

Rasa's own console takes any typed text while buttons are shown as a choice of
the first button; here a number picks a button and anything else is asked as
a question, so typing a question always asks that question. It talks to the
server it runs in over the REST channel, like any other client.
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from bot import i18n, markup
from bot.japanese import ENGLISH, JAPANESE

PROMPT = "You: "
QUIT_WORDS = frozenset({"quit", "exit", "/stop", "/quit"})
REQUEST_TIMEOUT = 60


LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The terminal user's language from the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE): ja or en."""
    environ = os.environ if environ is None else environ
    locale = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    return JAPANESE if locale.lower().startswith("ja") else ENGLISH


def banner(film_title: str, language: str = ENGLISH, film_title_ja: str | None = None) -> str:
    """The chat's one opening line, in the user's language (the Japanese one is in bot/i18n/ja.yml)."""
    if language == JAPANESE:
        return str(i18n.formats(JAPANESE)["chat_banner"]).format(film_title=film_title_ja or film_title)
    return (
        f"Ask me about {film_title}: its story, cast, crew, the novel, where to watch it. "
        "Type a number to pick a choice, 'quit' or Ctrl-D to leave."
    )


@dataclass
class Screen:
    """What the bot's messages look like in a terminal, and what its choices mean."""

    lines: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)  # payloads, numbered from 1


def render(messages: list[dict[str, Any]]) -> Screen:
    screen = Screen()
    for message in messages:
        if message.get("text"):
            screen.lines.append(markup.plain(message["text"]))
        for button in message.get("buttons") or []:
            screen.choices.append(button.get("payload") or button.get("title", ""))
            screen.lines.append(f"  {len(screen.choices)}. {markup.plain(button.get('title', ''))}")
    return screen


def what_to_send(typed: str, choices: list[str]) -> str:
    """A number picks the open choice it names; any other text is the user's own question."""
    typed = typed.strip()
    if typed.isdigit() and 1 <= int(typed) <= len(choices):
        return choices[int(typed) - 1]
    return typed


Ask = Callable[[str, str], Any]  # (sender, text) -> awaitable list of bot messages


async def chat(
    ask: Ask, film_title: str | None = None, read: Callable[[str], str] = input, out: TextIO = sys.stdout
) -> None:
    """The loop: the banner (unless already shown), then prompt, send, print, until quit or end of input."""
    sender = f"chat-{uuid.uuid4().hex[:12]}"
    loop = asyncio.get_running_loop()
    if film_title is not None:
        print(banner(film_title), file=out, flush=True)
    choices: list[str] = []
    while True:
        # The prompt is ours to print: input() writes it to stderr, which is the log file here.
        print(PROMPT, end="", file=out, flush=True)
        try:
            typed = await loop.run_in_executor(None, read, "")
        except (EOFError, KeyboardInterrupt):
            print(file=out, flush=True)
            return
        if typed.strip().casefold() in QUIT_WORDS:
            return
        text = what_to_send(typed, choices)
        if not text:
            continue
        try:
            messages = await ask(sender, text)
        except Exception as error:  # the server is in this process; say so instead of a traceback
            print(f"(Something went wrong: {type(error).__name__}. Try again.)", file=out, flush=True)
            continue
        screen = render(messages)
        choices = screen.choices
        for line in screen.lines:
            print(line, file=out, flush=True)


def rest_asker(port: int) -> Ask:
    import aiohttp

    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"

    async def ask(sender: str, text: str) -> list[dict[str, Any]]:
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                response.raise_for_status()
                return await response.json()

    return ask
