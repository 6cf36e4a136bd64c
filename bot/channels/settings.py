"""Which chat channels are on, from environment variables, validated before Rasa loads.

Secrets never go into credentials.yml (it is committed): Slack and Telegram are
enabled by setting their variables (README, "Channels"; `.env.example`). A
channel is off when none of its variables is set; setting some but not all, or
a value that cannot be right, is a `ChannelSettingsError` whose one message
lists every problem, so the server stops before the minute-long model load
instead of failing later with a traceback.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.launcher import LaunchError

SLACK_PATH = "/webhooks/slack/webhook"
TELEGRAM_PATH = "/webhooks/telegram/webhook"

# Telegram bot tokens look like 123456789:AAH...; BotFather's format, checked
# again by aiogram (which would raise a bare ValidationError).
TELEGRAM_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
# setWebhook's secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -.
TELEGRAM_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
TELEGRAM_USERNAME_RE = re.compile(r"^@?[A-Za-z][A-Za-z0-9_]{3,31}$")

# Each channel's variables: all required ones, or none, turn it on (deploy/docker-compose.yml is checked against these).
SLACK_REQUIRED = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
SLACK_OPTIONAL = ("SLACK_CHANNEL", "SLACK_API_URL")
TELEGRAM_REQUIRED = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL")
TELEGRAM_OPTIONAL = ("TELEGRAM_BOT_USERNAME", "TELEGRAM_SECRET_TOKEN", "TELEGRAM_API_URL")


class ChannelSettingsError(LaunchError):
    """The environment asks for a channel it does not fully configure."""


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str
    channel: str | None = None  # a channel the bot also answers in without a mention
    api_url: str | None = None  # Slack Web API base; only tests point it elsewhere


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    webhook_url: str
    username: str | None = None  # checked once against getMe at start-up
    secret_token: str | None = None
    api_url: str | None = None  # Bot API server; a local one or a test fake

    @property
    def webhook_secret(self) -> str:
        """What Telegram must send in X-Telegram-Bot-Api-Secret-Token.

        Without TELEGRAM_SECRET_TOKEN it is derived from the bot token, so the
        webhook never accepts updates from someone who merely knows its URL.
        """
        return self.secret_token or hashlib.sha256(f"webhook:{self.token}".encode()).hexdigest()


@dataclass(frozen=True)
class ChannelSettings:
    slack: SlackSettings | None = None
    telegram: TelegramSettings | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ChannelSettings:
        env = {k: v.strip() for k, v in (os.environ if environ is None else environ).items() if v.strip()}
        problems: list[str] = []
        settings = cls(slack=_slack(env, problems), telegram=_telegram(env, problems))
        if problems:
            lines = "\n".join(f"  - {problem}" for problem in problems)
            raise ChannelSettingsError(
                f"channel settings in the environment are incomplete or malformed:\n{lines}\n"
                "Set all of a channel's required variables, or none to leave it off (README, 'Channels')."
            )
        return settings

    def describe(self) -> list[str]:
        """One line per optional channel for the start-up log; never a secret."""
        lines = []
        if self.slack:
            where = f", also answering in {self.slack.channel}" if self.slack.channel else ""
            lines.append(f"slack: on at {SLACK_PATH}{where}")
        else:
            lines.append("slack: off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn it on)")
        if self.telegram:
            lines.append(f"telegram: on at {TELEGRAM_PATH}, webhook {self.telegram.webhook_url}")
        else:
            lines.append("telegram: off (set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL to turn it on)")
        return lines


def _missing(env: Mapping[str, str], required: tuple[str, ...], optional: tuple[str, ...], name: str) -> list[str]:
    """Names of required variables not set, when any of the channel's variables is set."""
    if not any(key in env for key in required + optional):
        return []
    missing = [key for key in required if key not in env]
    return [f"{name}: {key} is not set" for key in missing]


def _check_url(value: str, key: str, *, https: bool) -> str | None:
    parts = urlsplit(value)
    schemes = ("https",) if https else ("http", "https")
    if parts.scheme not in schemes or not parts.netloc:
        return f"{key} must be an {' or '.join(schemes)} URL, got {value!r}"
    return None


def _slack(env: Mapping[str, str], problems: list[str]) -> SlackSettings | None:
    required = SLACK_REQUIRED
    missing = _missing(env, required, SLACK_OPTIONAL, "Slack")
    if missing or not all(key in env for key in required):
        problems.extend(missing)
        return None
    token, secret = env["SLACK_BOT_TOKEN"], env["SLACK_SIGNING_SECRET"]
    found = []
    if not token.startswith("xoxb-"):
        found.append("Slack: SLACK_BOT_TOKEN must be the app's Bot User OAuth Token (starts with 'xoxb-')")
    if any(ch.isspace() for ch in secret) or len(secret) < 8:
        found.append("Slack: SLACK_SIGNING_SECRET does not look like a signing secret (Basic Information page)")
    if "SLACK_API_URL" in env and (error := _check_url(env["SLACK_API_URL"], "SLACK_API_URL", https=False)):
        found.append(f"Slack: {error}")
    problems.extend(found)
    if found:
        return None
    api_url = env.get("SLACK_API_URL")
    if api_url and not api_url.endswith("/"):
        api_url += "/"  # slack_sdk appends the method name to the base URL
    return SlackSettings(token, secret, env.get("SLACK_CHANNEL"), api_url)


def _telegram(env: Mapping[str, str], problems: list[str]) -> TelegramSettings | None:
    required = TELEGRAM_REQUIRED
    missing = _missing(env, required, TELEGRAM_OPTIONAL, "Telegram")
    if missing or not all(key in env for key in required):
        problems.extend(missing)
        return None
    found = []
    if not TELEGRAM_TOKEN_RE.match(env["TELEGRAM_BOT_TOKEN"]):
        found.append("Telegram: TELEGRAM_BOT_TOKEN must look like '123456789:AA...' as @BotFather gives it")
    if error := _check_url(env["TELEGRAM_WEBHOOK_URL"], "TELEGRAM_WEBHOOK_URL", https=True):
        found.append(f"Telegram: {error} (Telegram only calls https webhooks)")
    elif not urlsplit(env["TELEGRAM_WEBHOOK_URL"]).path.endswith(TELEGRAM_PATH):
        found.append(f"Telegram: TELEGRAM_WEBHOOK_URL must end with {TELEGRAM_PATH}")
    username = env.get("TELEGRAM_BOT_USERNAME")
    if username and not TELEGRAM_USERNAME_RE.match(username):
        found.append(f"Telegram: TELEGRAM_BOT_USERNAME {username!r} is not a Telegram username")
    secret = env.get("TELEGRAM_SECRET_TOKEN")
    if secret and not TELEGRAM_SECRET_RE.match(secret):
        found.append("Telegram: TELEGRAM_SECRET_TOKEN may only use A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    if "TELEGRAM_API_URL" in env and (error := _check_url(env["TELEGRAM_API_URL"], "TELEGRAM_API_URL", https=False)):
        found.append(f"Telegram: {error}")
    problems.extend(found)
    if found:
        return None
    return TelegramSettings(
        token=env["TELEGRAM_BOT_TOKEN"],
        webhook_url=env["TELEGRAM_WEBHOOK_URL"],
        username=username.lstrip("@") if username else None,
        secret_token=secret,
        api_url=env.get("TELEGRAM_API_URL"),
    )
