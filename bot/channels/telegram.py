"""Telegram through a webhook, made robust where Rasa 3.6's connector is not.

Rasa 3.6's `TelegramInput`

- calls `asyncio.run(set_webhook(...))` while the app is being built: the bot's
  HTTP session then belongs to a loop that is already closed, and later
  replies can fail with "Event loop is closed" / "attached to a different loop";
- calls `getMe` on every incoming update, only to compare the bot's username
  with the configured one (a Telegram round trip per message that proves
  nothing about the sender);
- re-raises handler errors (`debug_mode`), so Telegram redelivers the update
  and the user may get the answer twice.

Here the webhook is set once, on the server's own loop after start-up, with a
`secret_token` that every update must carry (`X-Telegram-Bot-Api-Secret-Token`);
`getMe` runs once at start-up; updates are handled at most once (by
`update_id`); errors are logged, never re-raised. Buttons become a one-time
reply keyboard, and a tapped button's title is mapped back to its payload.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiogram.types import KeyboardButton, ReplyKeyboardMarkup, Update
from aiogram.utils.exceptions import NetworkError, TelegramAPIError
from cachetools import LRUCache
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import markup
from bot.channels.settings import TelegramSettings
from bot.rasa_patches import telegram_bot

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
START_UP_TIMEOUT = 20  # seconds for getMe + setWebhook at start-up
REMEMBERED = 10_000  # update ids and keyboards kept in memory
# Telegram's own commands, as the intents the assistant understands.
COMMANDS = {"/start": "/greet", "/help": "/help"}


def recent() -> LRUCache:
    """A bounded mapping: the least recently used entries go first."""
    return LRUCache(maxsize=REMEMBERED)


class TelegramReply(TelegramOutput):
    """Replies through the Bot API (or a local/test one), buttons as a reply keyboard."""

    def __init__(self, settings: TelegramSettings, keyboards: LRUCache) -> None:
        telegram_bot.init_bot(self, settings.token, settings.api_url, timeout=30)
        self.keyboards = keyboards

    # The channel's form (bot/markup.py): HTML, cut into messages Telegram accepts.
    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in markup.telegram(text):
            await self.send_message(recipient_id, part, parse_mode="HTML", disable_web_page_preview=True)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        keyboard = ReplyKeyboardMarkup(resize_keyboard=True, one_time_keyboard=True)
        for button in buttons:
            keyboard.add(KeyboardButton(button["title"]))
        self.keyboards[str(recipient_id)] = {_key(b["title"]): b["payload"] for b in buttons}
        *first, last = markup.telegram(text) or [""]
        for part in first:
            await self.send_message(recipient_id, part, parse_mode="HTML", disable_web_page_preview=True)
        await self.send_message(recipient_id, last, parse_mode="HTML", reply_markup=keyboard)

    async def close_session(self) -> None:
        await telegram_bot.close_session(self)


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


class TelegramChannel(TelegramInput):
    """The `/webhooks/telegram/webhook` endpoint and its start-up registration."""

    def __init__(self, settings: TelegramSettings) -> None:
        super().__init__(settings.token, settings.username, settings.webhook_url, debug_mode=False)
        self.settings = settings
        self.keyboards = recent()
        self.seen_updates = recent()
        self.username: str | None = None  # the bot's, from getMe at start-up
        self.accepting = True
        self._reply: TelegramReply | None = None

    @classmethod
    def from_settings(cls, settings: TelegramSettings) -> TelegramChannel:
        return cls(settings)

    def get_output_channel(self) -> TelegramReply:
        """The one reply channel; unlike Rasa's, it makes no network call here."""
        if self._reply is None:
            self._reply = TelegramReply(self.settings, self.keyboards)
        return self._reply

    async def register_webhook(self) -> None:
        """getMe and setWebhook, once, on the running server's loop; failures are logged, not raised."""
        reply = self.get_output_channel()
        try:
            me = await asyncio.wait_for(reply.get_me(), START_UP_TIMEOUT)
            self.username = me.username
            expected = self.settings.username
            if expected and expected.casefold() != (me.username or "").casefold():
                self.accepting = False
                logger.error(
                    "Telegram: TELEGRAM_BOT_USERNAME is %r but the token belongs to @%s; "
                    "updates are refused until the two match",
                    expected,
                    me.username,
                )
                return
            payload = {
                "url": self.settings.webhook_url,
                "secret_token": self.settings.webhook_secret,
                "allowed_updates": json.dumps(ALLOWED_UPDATES),
            }
            await asyncio.wait_for(reply.request("setWebhook", payload), START_UP_TIMEOUT)
            logger.info("Telegram: webhook for @%s set to %s", me.username, self.settings.webhook_url)
        except NetworkError as error:  # aiogram's wrapper for connection errors
            logger.error(
                "Telegram: could not reach the Bot API to set the webhook (%s); "
                "updates still arrive if the webhook was set before",
                error,
            )
        except TelegramAPIError as error:
            logger.error("Telegram: the Bot API refused start-up (%s); check TELEGRAM_BOT_TOKEN", error)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            logger.error(
                "Telegram: could not reach the Bot API to set the webhook (%s); "
                "updates still arrive if the webhook was set before",
                error or type(error).__name__,
            )

    def text_of(self, update: Update) -> tuple[str, str] | None:
        """(chat id, text to hand to Rasa) for an update the assistant should answer."""
        if update.callback_query is not None and update.callback_query.message is not None:
            return str(update.callback_query.message.chat.id), update.callback_query.data or ""
        message = update.message or update.edited_message
        if message is None or message.chat is None:
            return None
        chat_id = str(message.chat.id)
        if message.text is None:
            return None  # stickers, photos, locations: nothing to answer
        text = message.text.strip()
        command = text.split("@", 1)[0] if text.startswith("/") else None
        if command in COMMANDS:
            return chat_id, COMMANDS[command]
        tapped = (self.keyboards.get(chat_id) or {}).get(_key(text))
        return chat_id, tapped or text

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("telegram_webhook", __name__)
        reply = self.get_output_channel()

        @webhook.listener("after_server_start")
        async def start(app: Any, loop: Any) -> None:
            await self.register_webhook()

        @webhook.listener("before_server_stop")
        async def stop(app: Any, loop: Any) -> None:
            await reply.close_session()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "bot": self.username})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            sent_secret = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(sent_secret.encode(), self.settings.webhook_secret.encode()):
                logger.warning("Telegram: refused an update without the webhook's secret token")
                return response.text("forbidden", status=403)
            if not self.accepting:
                return response.text("bot username mismatch", status=200)
            try:
                update = Update(**(request.json or {}))
            except (TypeError, ValueError, AttributeError) as error:
                logger.warning("Telegram: ignoring an update that is not valid JSON (%s)", error)
                return response.text("ignored")
            if update.update_id is not None:
                if update.update_id in self.seen_updates:
                    return response.text("duplicate")
                self.seen_updates[update.update_id] = None
            found = self.text_of(update)
            if found is None:
                return response.text("ignored")
            chat_id, text = found
            message = UserMessage(text, reply, chat_id, input_channel=self.name(), metadata=self.get_metadata(request))
            try:
                await on_new_message(message)
            except TelegramAPIError as error:  # never an error status: Telegram would redeliver the update
                logger.error("Telegram: could not send the answer to update %s (%s)", update.update_id, error)
            except Exception:
                logger.exception("Telegram: could not answer update %s", update.update_id)
            return response.text("success")

        return webhook
