"""Slack replies posted without `as_user`, through Rasa's private `SlackBot._post_message`.

Why: Rasa 3.6's SlackBot passes `as_user=True` to `chat.postMessage`; Slack
rejects it for apps created since 2020 (`invalid_arguments`,
"deprecated_argument": "as_user"), so no reply arrives at all.

Measured gain: none in speed; replies arrive (tests/test_slack.py).

Overrides `SlackBot._post_message(channel, **kwargs)`, through which every
send method of Rasa's SlackBot posts.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.slack import SlackBot


class SlackBotWithoutAsUser(SlackBot):
    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        kwargs.pop("as_user", None)
        await super()._post_message(channel, **kwargs)
