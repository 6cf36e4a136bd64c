"""What the Telegram channel hands to Rasa for an update (no server needed)."""

from __future__ import annotations

from aiogram.types import Update

from bot.channels.settings import TelegramSettings
from bot.channels.telegram import TelegramChannel
from tests.servers import TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL

CHAT = 424242


def channel() -> TelegramChannel:
    return TelegramChannel(TelegramSettings(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL))


def message(text: str | None, **extra) -> Update:
    body = {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}, **extra}
    if text is not None:
        body["text"] = text
    return Update(update_id=1, message=body)


def test_text_commands_and_other_updates():
    telegram = channel()
    assert telegram.text_of(message("who plays Akito?")) == (str(CHAT), "who plays Akito?")
    assert telegram.text_of(message("/start")) == (str(CHAT), "/greet")
    assert telegram.text_of(message("/start@some_bot")) == (str(CHAT), "/greet")
    assert telegram.text_of(message(None, sticker={"file_id": "x"})) is None
    callback = Update(
        update_id=2,
        callback_query={"id": "1", "from": {"id": 1}, "data": "/affirm", "message": message("q").message.to_python()},
    )
    assert telegram.text_of(callback) == (str(CHAT), "/affirm")


def test_a_tapped_reply_keyboard_button_becomes_its_payload():
    telegram = channel()
    telegram.keyboards[str(CHAT)] = {"no spoilers": "/deny", "yes, spoil it": "/affirm"}
    assert telegram.text_of(message("No  Spoilers"))[1] == "/deny"
    assert telegram.text_of(message("no spoilers at all"))[1] == "no spoilers at all"
    other_chat = Update(
        update_id=3, message={"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "No spoilers"}
    )
    assert telegram.text_of(other_chat)[1] == "No spoilers"


def test_building_the_channel_makes_no_network_call():
    telegram = channel()
    reply = telegram.get_output_channel()
    assert reply is telegram.get_output_channel()
    assert reply._session is None  # Rasa 3.6 would have called setWebhook here, on a throwaway loop
