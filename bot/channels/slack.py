"""Slack through Rasa's connector, with the two things Rasa 3.6 gets wrong for us.

- Slack retries an event (header `X-Slack-Retry-Num`) when it did not see our
  200 in time; Rasa 3.6 only ignores retries whose reason is `http_timeout`,
  so a retry for another reason answers the user a second time. Here an event
  is handled at most once, by its `event_id`; a retry of an event this server
  never saw (it was down) is still answered, once.
- Slack verifies the Request URL with a `url_verification` challenge; Rasa 3.6
  answers with a bare JSON string, here it is `{"challenge": ...}` as Slack
  documents it (still only for a correctly signed request).
- Replies go through a `slack_sdk` client whose base URL is configurable (tests
  point it at a local fake) and without `as_user`, which Slack rejects for apps
  created since 2020 (`invalid_arguments`, "deprecated_argument": "as_user";
  bot/rasa_patches/slack_post_message.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import aiohttp
from cachetools import LRUCache
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import markup
from bot.channels.settings import SlackSettings
from bot.rasa_patches.slack_post_message import SlackBotWithoutAsUser

logger = logging.getLogger(__name__)

SEEN_EVENTS = 10_000  # event ids remembered for de-duplication (Slack retries within minutes)
RETRY_HEADER = "X-Slack-Retry-Num"


class SlackReply(SlackBotWithoutAsUser):
    """Posts replies with `chat.postMessage` through a configurable Web API base URL, without `as_user`."""

    def __init__(self, token: str, channel: str | None, thread_id: str | None, api_url: str | None) -> None:
        super().__init__(token, channel, thread_id)
        if api_url:
            self.client = AsyncWebClient(token, base_url=api_url)

    # The channel's form (bot/markup.py): mrkdwn for messages, plain text where
    # Slack shows a `plain_text` block (the text above buttons).
    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await super().send_text_message(recipient_id, markup.slack(text), **kwargs)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await super().send_text_with_buttons(recipient_id, markup.plain(text), buttons, **kwargs)


class SlackChannel(SlackInput):
    """Slack's Events API (messages, mentions) and interactivity (button clicks)."""

    def __init__(self, settings: SlackSettings) -> None:
        super().__init__(
            slack_token=settings.bot_token,
            slack_channel=settings.channel,
            slack_signing_secret=settings.signing_secret,
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header=RETRY_HEADER.lower(),
        )
        self.api_url = settings.api_url
        self.errors_ignore_retry = ()  # retries are decided by event id below
        self._seen: LRUCache = LRUCache(maxsize=SEEN_EVENTS)

    @classmethod
    def from_settings(cls, settings: SlackSettings) -> SlackChannel:
        return cls(settings)

    def _first_time(self, event_id: str) -> bool:
        if event_id in self._seen:
            return False
        self._seen[event_id] = None
        return True

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def url_verification(request: Request) -> HTTPResponse | None:
            if request.method != "POST" or request.headers.get("content-type") != "application/json":
                return None
            body = request.json if isinstance(request.json, dict) else {}
            if body.get("type") == "url_verification" and self.is_request_from_slack_authentic(request):
                return response.json({"challenge": body.get("challenge", "")})
            return None  # everything else: Rasa's handler (which checks the signature itself)

        return webhook

    async def process_message(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: str,
        sender_id: str | None,
        metadata: dict[str, Any] | None,
    ) -> HTTPResponse:
        is_json = request.headers.get("content-type") == "application/json"
        event_id = (request.json or {}).get("event_id") if is_json else None
        if event_id and not self._first_time(event_id):
            retry = request.headers.get(RETRY_HEADER)
            logger.info("Slack: ignoring a repeated delivery of event %s (retry %s)", event_id, retry or "-")
            return response.text("", status=HTTPStatus.OK, headers={"X-Slack-No-Retry": "1"})

        async def answer(message: UserMessage) -> None:
            # Runs as a background task: an error here would surface only as
            # "Task exception was never retrieved" with a traceback.
            try:
                await on_new_message(message)
            except SlackApiError as error:
                logger.error(
                    "Slack: could not post the answer (%s); check SLACK_BOT_TOKEN and the app's scopes",
                    error.response.get("error", error),
                )
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
                logger.error("Slack: could not reach the Slack API to post the answer (%s)", error)
            except Exception:
                logger.exception("Slack: could not answer a message")

        return await super().process_message(request, answer, text, sender_id, metadata)

    def get_output_channel(self, channel: str | None = None, thread_id: str | None = None) -> OutputChannel:
        return SlackReply(self.slack_token, channel or self.slack_channel, thread_id, self.api_url)
