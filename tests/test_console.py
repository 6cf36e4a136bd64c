"""The terminal chat: banner, plain answers, buttons as numbered choices (bot/console.py).

The unit tests drive the loop with a fake server; the `server` test runs
`python -m bot chat` in a real terminal (tmux) and reads the screen.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import subprocess
import time
import uuid

import pytest

from bot import console
from bot.launcher import PROJECT_ROOT, environment

SPOILER_BUTTONS = [{"title": "Yes, spoil it", "payload": "/affirm"}, {"title": "No spoilers", "payload": "/deny"}]


def test_buttons_are_numbered_and_markup_is_plain():
    screen = console.render(
        [
            {"text": "That would spoil it. Do you want spoilers?", "buttons": SPOILER_BUTTONS},
            {"text": "**Ren Nagase**: [Review](https://example.org/r)"},
        ]
    )
    assert screen.lines == [
        "That would spoil it. Do you want spoilers?",
        "  1. Yes, spoil it",
        "  2. No spoilers",
        "Ren Nagase: Review (https://example.org/r)",
    ]
    assert screen.choices == ["/affirm", "/deny"]


@pytest.mark.parametrize(
    ("typed", "sent"),
    [("1", "/affirm"), (" 2 ", "/deny"), ("3", "3"), ("who directed it?", "who directed it?"), ("yes", "yes")],
)
def test_a_number_picks_a_choice_and_anything_else_is_asked(typed, sent):
    assert console.what_to_send(typed, ["/affirm", "/deny"]) == sent


def test_the_loop_asks_what_was_typed_and_stops_on_quit():
    asked: list[str] = []

    async def ask(sender: str, text: str) -> list[dict]:
        asked.append(text)
        return [{"text": "Spoil it?", "buttons": SPOILER_BUTTONS}] if text == "how does it end?" else [{"text": "ok"}]

    typed = iter(["how does it end?", "who directed it?", "how does it end?", "2", "quit", "never read"])
    out = io.StringIO()
    asyncio.run(console.chat(ask, "The Film", read=lambda _prompt: next(typed), out=out))
    assert asked == ["how does it end?", "who directed it?", "how does it end?", "/deny"]
    assert out.getvalue().splitlines()[0] == console.banner("The Film")


def test_end_of_input_ends_the_chat_quietly():
    def eof(_prompt: str) -> str:
        raise EOFError

    out = io.StringIO()
    asyncio.run(console.chat(lambda *_: None, "The Film", read=eof, out=out))
    assert "Traceback" not in out.getvalue()


class Tmux:
    """`python -m bot chat` in a detached tmux session; the screen is read with capture-pane."""

    def __init__(self, log_path) -> None:
        self.name = f"chat-test-{uuid.uuid4().hex[:8]}"
        env = {**environment(), "CHAT_LOG": str(log_path), "TRACKER_STORE_URL": "memory", "UNANSWERED_LOG": "off"}
        exports = " ".join(f"{key}='{value}'" for key, value in env.items() if key.isidentifier() and "'" not in value)
        command = f"cd {PROJECT_ROOT} && env {exports} .venv/bin/python -m bot chat; echo CHAT-ENDED; sleep 60"
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "200", "-y", "60", command], check=True)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-t", self.name], capture_output=True, text=True, check=True
        ).stdout

    def wait_for(self, text: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.3)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        subprocess.run(["tmux", "send-keys", "-t", self.name, "Enter"], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.mark.server
@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")  # Debian's tmux; the Makefile's test-packages
def test_make_chat_in_a_real_terminal(tmp_path, store, domain):
    terminal = Tmux(tmp_path / "chat.log")
    try:
        first = terminal.wait_for(console.PROMPT.strip())
        lines = [line.rstrip() for line in first.splitlines() if line.strip()]
        assert lines == [console.banner(store.title), console.PROMPT.strip()]  # nothing else before the prompt

        terminal.type("how does it end?")
        screen = terminal.wait_for("  2. ")
        assert "  1. " in screen
        terminal.type("who directed it?")  # typed text is a question, not the first button
        screen = terminal.wait_for(f"directed by {store.people['takahiro_miki'].name}")
        assert not any(point.text[:40] in screen for point in store.ending)

        terminal.type("how does it end?")
        terminal.type("2")  # "No spoilers", by its number
        terminal.wait_for(store.plot[0].text[:30])

        # Issue 10: a yes/no gets its verdict first; an attribute the store does not hold, "I don't know".
        animated_no = domain["responses"]["utter_claim_animated_no"][0]["text"]
        terminal.type("is it a cartoon?")
        terminal.wait_for(animated_no)
        terminal.type(f"how tall is {store.people['natsuki_deguchi'].name}?")
        terminal.wait_for(domain["responses"]["utter_dont_know_subject_attribute"][0]["text"].split("{")[0])

        # Japanese questions are answered in Japanese (issue 12), the spoiler question too.
        terminal.type("監督は誰？")
        terminal.wait_for(store.people["takahiro_miki"].native)
        terminal.type("結末は？")
        warning = next(v for v in domain["responses"]["utter_spoiler_warning"] if v.get("condition"))
        terminal.wait_for(warning["buttons"][1]["title"])
        terminal.type("quit")
        screen = terminal.wait_for("CHAT-ENDED")
        for noise in ("Warning", "DeprecationWarning", "Traceback", "INFO", "tensorflow"):
            assert noise not in screen
        assert (tmp_path / "chat.log").exists()
    finally:
        terminal.close()


def test_the_opening_line_is_in_the_user_s_language(store):
    from bot.japanese import ENGLISH, JAPANESE

    assert console.user_language({"LANG": "ja_JP.UTF-8"}) == JAPANESE
    assert console.user_language({"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}) == ENGLISH
    assert console.user_language({}) == ENGLISH
    title_ja = store.film["title_japanese"].value
    japanese = console.banner(store.title, JAPANESE, title_ja)
    assert title_ja in japanese and store.title not in japanese
    assert console.banner(store.title, ENGLISH, title_ja) == console.banner(store.title)
