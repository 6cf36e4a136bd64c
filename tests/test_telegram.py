"""Telegram, offline: Update payloads posted to the webhook, Bot API calls out to a local fake.

Also checks what Rasa 3.6's own connector gets wrong: the webhook is set once
at start-up on the server's loop (with a secret token every update must
carry), `getMe` is not called per message, and nothing in the log says the
event loop broke.
"""

from __future__ import annotations

import itertools
import json
import random
import time

import pytest

from bot.channels.settings import TelegramSettings
from tests.servers import TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL

pytestmark = pytest.mark.server

PATH = "/webhooks/telegram/webhook"
SECRET = TelegramSettings(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL).webhook_secret
update_ids = itertools.count(random.randint(10_000, 90_000) * 1000)


def update(text: str, chat_id: int, update_id: int | None = None) -> dict:
    """A Telegram Update with a private-chat text message, as the Bot API posts it."""
    user = {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": "en"}
    return {
        "update_id": update_id if update_id is not None else next(update_ids),
        "message": {
            "message_id": random.randint(1, 10**6),
            "from": user,
            "chat": {"id": chat_id, "first_name": "Test", "type": "private"},
            "date": int(time.time()),
            "text": text,
            **({"entities": [{"offset": 0, "length": len(text), "type": "bot_command"}]} if text[0] == "/" else {}),
        },
    }


def post_update(server, payload: dict, secret: str | None = SECRET):
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return server.post(PATH, json.dumps(payload).encode(), headers)


def new_chat() -> int:
    return random.randint(10**8, 10**9)


def sent(fake_apis, chat_id: int, count: int = 1) -> list[dict]:
    return fake_apis.wait_for("sendMessage", lambda calls: len(calls) >= count, 30, chat_id=chat_id)


def test_webhook_is_set_once_at_start_up_with_a_secret(server, fake_apis):
    calls = fake_apis.wait_for("setWebhook", bool, 30)
    assert calls, "setWebhook was never called"
    assert calls[0]["url"] == TELEGRAM_WEBHOOK_URL
    assert calls[0]["secret_token"] == SECRET
    assert f"/bot{TELEGRAM_BOT_TOKEN}/" in calls[0]["path"]
    log = server.log_text()
    assert "webhook for @" in log
    for line in ("rest: on at", "socketio: on", "slack: on at", "telegram: on at", "conversations: kept in"):
        assert line in log  # the start-up log says which channels are on


def test_messages_are_answered_without_a_round_trip_each(server, fake_apis, store):
    fake_apis.wait_for("setWebhook", bool, 30)
    get_me_before = len(fake_apis.calls_to("getMe"))
    chat = new_chat()
    status, _, _ = post_update(server, update("who plays Akito?", chat))
    assert status == 200
    [answer] = sent(fake_apis, chat)
    assert store.people["ren_nagase"].name in answer["text"]
    post_update(server, update("what else has he been in?", chat))
    assert store.people["ren_nagase"].known_for[0].title in sent(fake_apis, chat, 2)[1]["text"]
    assert len(fake_apis.calls_to("getMe")) == get_me_before
    log = server.log_text()
    for trouble in ("Event loop is closed", "attached to a different loop", "Traceback", "never awaited"):
        assert trouble not in log


def test_updates_without_the_secret_are_refused(server, fake_apis):
    chat = new_chat()
    assert post_update(server, update("who plays Akito?", chat), secret=None)[0] == 403
    assert post_update(server, update("who plays Akito?", chat), secret="guessed")[0] == 403
    time.sleep(1.5)
    assert fake_apis.calls_to("sendMessage", chat_id=chat) == []


def test_a_redelivered_update_is_answered_once(server, fake_apis):
    chat = new_chat()
    payload = update("who plays Akito?", chat)
    assert post_update(server, payload)[0] == 200
    assert post_update(server, payload)[0] == 200
    sent(fake_apis, chat)
    time.sleep(1.5)
    assert len(fake_apis.calls_to("sendMessage", chat_id=chat)) == 1


def keyboard(call: dict) -> list[str]:
    markup = json.loads(call["reply_markup"])
    assert markup.get("one_time_keyboard") is True
    return [button["text"] for row in markup["keyboard"] for button in row]


def test_start_greets_with_the_suggested_questions_as_a_reply_keyboard(server, fake_apis, domain):
    chat = new_chat()
    post_update(server, update("/start", chat))
    [greeting] = sent(fake_apis, chat)
    suggested = [button["title"] for button in domain["responses"]["utter_greet"][0]["buttons"]]
    assert keyboard(greeting) == suggested


def test_spoiler_buttons_are_a_reply_keyboard_and_a_tap_is_the_payload(server, fake_apis, store, domain):
    chat = new_chat()
    post_update(server, update("how does it end?", chat))
    [warning] = sent(fake_apis, chat)
    buttons = domain["responses"]["utter_spoiler_warning"][0]["buttons"]
    assert keyboard(warning) == [button["title"] for button in buttons]
    no_spoilers = next(b for b in buttons if b["payload"] == "/deny")
    post_update(server, update(no_spoilers["title"], chat))  # what a tap on the reply keyboard sends
    calls = sent(fake_apis, chat, 3)
    answer = "\n".join(call["text"] for call in calls[1:])
    assert store.plot[0].text[:40] in answer
    assert not any(point.text[:40] in answer for point in store.ending)


def test_answers_are_telegram_html_with_bold_names_and_links(server, fake_apis, store):
    chat = new_chat()
    post_update(server, update("who plays Akito?", chat))
    [answer] = sent(fake_apis, chat)
    assert answer["parse_mode"] == "HTML"
    assert f"<b>{store.people['ren_nagase'].name}</b>" in answer["text"]
    post_update(server, update("source?", chat))
    calls = sent(fake_apis, chat, 4)
    best = store.ranked(store.cast[0].sources)[0]
    assert any(f'<a href="{best.url}">' in call["text"] for call in calls[1:])
    assert all(len(call["text"]) <= 4096 and "**" not in call["text"] for call in calls)


def test_a_japanese_question_gets_a_japanese_answer_and_keyboard(server, fake_apis, store, domain):
    chat = new_chat()
    post_update(server, update("監督は誰？", chat))
    [answer] = sent(fake_apis, chat)
    assert store.people["takahiro_miki"].native in answer["text"]
    post_update(server, update("結末は？", chat))
    warning = sent(fake_apis, chat, 2)[1]
    japanese = next(v for v in domain["responses"]["utter_spoiler_warning"] if v.get("condition"))
    assert keyboard(warning) == [button["title"] for button in japanese["buttons"]]
    no_spoilers = next(b for b in japanese["buttons"] if b["payload"] == "/deny")
    post_update(server, update(no_spoilers["title"], chat))  # a tap sends the Japanese title
    calls = sent(fake_apis, chat, 3)
    answer = "\n".join(call["text"] for call in calls[2:])
    assert not any((point.text_ja or point.text)[:20] in answer for point in store.ending)
    from bot.japanese import language_of

    assert answer and language_of(answer) == "ja"
