"""The web chat in a real browser: Debian's chromium, driven by Playwright, on the real server.

The page must work offline (any request leaving the server fails the test),
show the bot's greeting with the suggested questions as buttons, answer
typed questions including a follow-up, render the spoiler question's buttons,
and keep the conversation over a reload. A screenshot of the conversation
goes to var/web-chat.png; `make screenshots` writes it to docs/ for the README,
so a plain `make test` leaves the working tree clean.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "var")) / "web-chat.png"
SCREENSHOT_JA = SCREENSHOT.with_name("web-chat-ja.png")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Chat:
    """One browser tab on the chat page, refusing every request that leaves the server."""

    def __init__(self, browser, server, locale: str = "en-US") -> None:
        self.context = browser.new_context(
            viewport={"width": 900, "height": 1000}, reduced_motion="reduce", locale=locale
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        local = urlsplit(server.url()).netloc
        self.page.route("**/*", self._only_local(local))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(server.url("/"), wait_until="load")

    def _only_local(self, netloc: str):
        def handle(route) -> None:
            if urlsplit(route.request.url).netloc in (netloc, ""):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        return handle

    def responses(self) -> list[str]:
        return self.page.locator(".rw-response").all_inner_texts()

    def wait_for_answer(self, text: str) -> None:
        self.page.locator(".rw-response", has_text=text).first.wait_for(timeout=WAIT_MS)

    def ask(self, question: str, expected: str) -> None:
        box = self.page.locator(".rw-new-message")
        box.fill(question)
        box.press("Enter")
        self.page.locator(".rw-client", has_text=question).last.wait_for(timeout=WAIT_MS)
        self.wait_for_answer(expected)

    def buttons(self) -> list[str]:
        replies = self.page.locator(".rw-replies .rw-reply")
        replies.first.wait_for(timeout=WAIT_MS)
        return [text.strip() for text in replies.all_inner_texts()]

    def click(self, title: str) -> None:
        self.page.locator(".rw-replies .rw-reply", has_text=title).first.click()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def chat(browser, server):
    opened = Chat(browser, server)
    yield opened
    opened.close()
    assert not opened.outside, f"the page fetched from outside the server: {opened.outside}"
    assert not opened.errors, f"errors in the page: {opened.errors}"


def test_web_chat_answers_questions_and_follow_ups(chat, store, domain):
    page = chat.page
    assert urlsplit(page.url).path == "/chat/"
    assert page.title() == store.title

    # The welcome is the bot's greeting, with the suggested questions as buttons.
    greeting = domain["responses"]["utter_greet"][0]
    chat.wait_for_answer(greeting["text"].split("{")[0].strip())
    assert chat.buttons() == [button["title"] for button in greeting["buttons"]]
    chat.click("Who directed it?")
    chat.wait_for_answer(store.people["takahiro_miki"].name)

    ren = store.people["ren_nagase"]
    chat.ask("who plays Akito?", ren.name)
    chat.ask("what else has he been in?", ren.known_for[0].title)

    chat.ask("how does it end?", "spoil")
    spoiler_buttons = domain["responses"]["utter_spoiler_warning"][0]["buttons"]
    assert chat.buttons() == [button["title"] for button in spoiler_buttons]
    page.wait_for_timeout(500)  # let the last bubble settle before the picture
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    chat.click(next(b["title"] for b in spoiler_buttons if b["payload"] == "/deny"))
    chat.wait_for_answer(store.plot[0].text[:40])
    assert not any(point.text[:40] in "\n".join(chat.responses()) for point in store.ending)


def test_names_are_bold_and_sources_are_clickable_links(chat, store):
    ren = store.people["ren_nagase"]
    chat.ask("who plays Akito?", ren.name)
    assert chat.page.locator(".rw-response strong", has_text=ren.name).count() >= 1
    best = store.ranked(store.cast[0].sources)[0]
    chat.ask("source?", best.title)
    link = chat.page.locator(f".rw-response a[href='{best.url}']")
    assert link.count() == 1 and link.inner_text() == best.title
    assert "](" not in "\n".join(chat.responses())


def test_a_reload_continues_the_conversation(chat, store):
    haruna = store.people["natsuki_deguchi"]
    chat.wait_for_answer(store.title)  # the greeting: connected, session confirmed
    chat.ask("who plays Haruna?", haruna.name)
    chat.page.reload(wait_until="load")
    chat.wait_for_answer(haruna.name)  # the tab kept the conversation...
    chat.ask("what else has she been in?", haruna.known_for[0].title)  # ...and the server its context


def test_the_web_chat_never_answers_a_different_question(chat, store, domain):
    """Issue 10's behaviours in the browser: yes/no verdicts, unheld attributes, other films,
    elliptic follow-ups and two requests in one message."""

    def opening(response: str) -> str:  # the English wording up to its first variable
        return domain["responses"][response][0]["text"].split("{")[0].strip()

    chat.wait_for_answer(store.title)
    chat.ask("is it an anime?", opening("utter_claim_animated_no"))
    deguchi = store.people["natsuki_deguchi"]
    chat.ask(f"how tall is {deguchi.name}?", opening("utter_dont_know_subject_attribute"))
    chat.ask("who directed Titanic?", opening("utter_out_of_scope"))
    chat.ask("who plays Haruna?", deguchi.name)
    chat.ask("and her mum?", store.people["yasuko_matsuyuki"].name)
    chat.ask("tell me the plot, but no spoilers", store.plot[0].text[:40])
    assert not any(point.text[:40] in "\n".join(chat.responses()) for point in store.ending)


def test_script_injection_never_runs_in_the_widget(chat):
    """Typed markup is shown as text and never executed, and answers never carry it back."""
    dialogs: list[str] = []
    chat.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    chat.wait_for_answer(chat.page.title())
    for attack in [
        "<img src=x onerror=\"alert('img')\">",
        "<script>alert('script')</script>",
        "[link](javascript:alert('md'))",
    ]:
        box = chat.page.locator(".rw-new-message")
        box.fill(attack)
        box.press("Enter")
        chat.page.locator(".rw-response").last.wait_for(timeout=WAIT_MS)
        chat.page.wait_for_timeout(300)
    assert dialogs == []
    assert chat.page.locator(".rw-conversation-container img[src='x'], .rw-conversation-container script").count() == 0
    assert not any("<img" in text or "<script" in text for text in chat.responses())


def test_the_server_log_has_no_tracebacks(server, chat):
    """Sockets opened and closed by the tests above end quietly (bot.channels.web.WebChatInput)."""
    chat.wait_for_answer(chat.page.title())
    chat.page.goto("about:blank")  # closes this tab's websocket
    chat.page.wait_for_timeout(1500)
    log = server.log_text()
    assert "Invalid response type" not in log
    assert "Traceback" not in log


@pytest.fixture
def chat_ja(browser, server):
    """A browser whose language is Japanese."""
    opened = Chat(browser, server, locale="ja-JP")
    yield opened
    opened.close()
    assert not opened.outside, f"the page fetched from outside the server: {opened.outside}"
    assert not opened.errors, f"errors in the page: {opened.errors}"


def _japanese(domain: dict, response: str) -> dict:
    return next(v for v in domain["responses"][response] if v.get("condition"))


def test_a_japanese_browser_is_greeted_and_answered_in_japanese(chat_ja, store, domain):
    chat = chat_ja
    title = store.film["title_japanese"].value
    assert chat.page.title() == title
    greeting = _japanese(domain, "utter_greet")
    chat.wait_for_answer(greeting["text"].split("{")[0].strip())
    assert chat.buttons() == [button["title"] for button in greeting["buttons"]]
    director = store.people["takahiro_miki"]
    chat.click(next(b["title"] for b in greeting["buttons"] if "監督" in b["title"]))
    chat.wait_for_answer(director.native)

    chat.ask("春奈役は誰ですか", store.people["natsuki_deguchi"].native)
    warning = _japanese(domain, "utter_spoiler_warning")
    chat.ask("結末は？", warning["text"].split("{")[0].strip()[:10])
    assert chat.buttons() == [button["title"] for button in warning["buttons"]]
    chat.page.wait_for_timeout(500)  # let the last bubble settle before the picture
    SCREENSHOT_JA.parent.mkdir(exist_ok=True)
    chat.page.screenshot(path=str(SCREENSHOT_JA))

    # The same conversation switches to English when the question does.
    chat.ask("who directed it?", director.name)
