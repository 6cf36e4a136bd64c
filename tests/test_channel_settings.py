"""Channel settings from the environment: on, off, or one clear message (no server needed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.channels.settings import ChannelSettings, ChannelSettingsError, TelegramSettings
from bot.launcher import PROJECT_ROOT, LaunchError, environment, load_env_file
from tests.servers import SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL

SLACK = {"SLACK_BOT_TOKEN": SLACK_BOT_TOKEN, "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET}
TELEGRAM = {"TELEGRAM_BOT_TOKEN": TELEGRAM_BOT_TOKEN, "TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK_URL}


def problems(env: dict[str, str]) -> str:
    with pytest.raises(ChannelSettingsError) as raised:
        ChannelSettings.from_env(env)
    return str(raised.value)


def test_nothing_set_means_both_off():
    settings = ChannelSettings.from_env({"PATH": "/usr/bin", "SLACK_CHANNEL": ""})
    assert settings.slack is None and settings.telegram is None
    assert [line.split(":")[0] for line in settings.describe()] == ["slack", "telegram"]
    assert all("off" in line for line in settings.describe())


def test_both_on_and_the_log_lines_hold_no_secret():
    settings = ChannelSettings.from_env({**SLACK, **TELEGRAM, "SLACK_API_URL": "http://127.0.0.1:9/api"})
    assert settings.slack.bot_token == SLACK_BOT_TOKEN
    assert settings.slack.api_url == "http://127.0.0.1:9/api/"  # slack_sdk appends the method
    assert settings.telegram.webhook_url == TELEGRAM_WEBHOOK_URL
    described = "\n".join(settings.describe())
    assert "slack: on" in described and "telegram: on" in described
    for secret in (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, TELEGRAM_BOT_TOKEN, settings.telegram.webhook_secret):
        assert secret not in described


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"SLACK_BOT_TOKEN": SLACK_BOT_TOKEN}, "SLACK_SIGNING_SECRET is not set"),
        ({"SLACK_CHANNEL": "#films"}, "SLACK_BOT_TOKEN is not set"),
        ({**SLACK, "SLACK_BOT_TOKEN": "xoxp-user_token"}, "starts with 'xoxb-'"),
        ({**SLACK, "SLACK_SIGNING_SECRET": "has space"}, "SLACK_SIGNING_SECRET does not look like"),
        ({**SLACK, "SLACK_API_URL": "slack.test"}, "SLACK_API_URL must be"),
        ({"TELEGRAM_BOT_TOKEN": TELEGRAM_BOT_TOKEN}, "TELEGRAM_WEBHOOK_URL is not set"),
        ({**TELEGRAM, "TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN must look like"),
        ({**TELEGRAM, "TELEGRAM_WEBHOOK_URL": "http://bot.test/webhooks/telegram/webhook"}, "https"),
        ({**TELEGRAM, "TELEGRAM_WEBHOOK_URL": "https://bot.test/"}, "must end with /webhooks/telegram/webhook"),
        ({**TELEGRAM, "TELEGRAM_SECRET_TOKEN": "no spaces allowed"}, "TELEGRAM_SECRET_TOKEN may only use"),
        ({**TELEGRAM, "TELEGRAM_BOT_USERNAME": "a b"}, "is not a Telegram username"),
    ],
)
def test_incomplete_or_malformed_settings_are_named(env, expected):
    message = problems(env)
    assert expected in message
    assert message.startswith("channel settings in the environment")


def test_every_problem_is_in_the_one_message():
    message = problems({"SLACK_BOT_TOKEN": "nope", "TELEGRAM_BOT_TOKEN": "x", "TELEGRAM_WEBHOOK_URL": "ftp://x"})
    assert "SLACK_SIGNING_SECRET is not set" in message
    assert "TELEGRAM_BOT_TOKEN must look like" in message
    assert "TELEGRAM_WEBHOOK_URL must be an https URL" in message


def test_webhook_secret_is_stable_and_overridable():
    derived = TelegramSettings(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL).webhook_secret
    assert derived == TelegramSettings(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL).webhook_secret
    assert TELEGRAM_BOT_TOKEN not in derived
    assert TelegramSettings(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_URL, secret_token="s3cret").webhook_secret == "s3cret"


def test_serve_stops_with_one_clear_message_before_loading_anything():
    env = {**environment(), "ENV_FILE": "", "SLACK_BOT_TOKEN": "xoxb-only_half", "TELEGRAM_BOT_TOKEN": "12345"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--port", "1"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: channel settings in the environment are incomplete or malformed")
    assert "SLACK_SIGNING_SECRET is not set" in result.stderr
    assert "TELEGRAM_WEBHOOK_URL is not set" in result.stderr


def test_env_file_fills_in_what_the_environment_does_not_set(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\n\nexport SLACK_BOT_TOKEN='xoxb-from_file'\nTRACKER_STORE_URL=memory\nPORT=\"1\"\n",
        encoding="utf-8",
    )
    environ = {"PORT": "5005"}
    assert load_env_file(env_file, environ) == ["SLACK_BOT_TOKEN", "TRACKER_STORE_URL"]
    assert environ == {"PORT": "5005", "SLACK_BOT_TOKEN": "xoxb-from_file", "TRACKER_STORE_URL": "memory"}
    env_file.write_text("SLACK_BOT_TOKEN xoxb\n", encoding="utf-8")
    with pytest.raises(LaunchError, match=r"\.env:1: expected KEY=value"):
        load_env_file(env_file, {})
    assert load_env_file(None, {"ENV_FILE": ""}) == []
    assert load_env_file(None, {"ENV_FILE": str(tmp_path / "none")}) == []
