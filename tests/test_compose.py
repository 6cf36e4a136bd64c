"""deploy/docker-compose.yml checked against the code: no variable the code ignores, none it needs missing.

Docker is not available where the tests run, so the compose file is read,
not started; tests/test_deploy.py runs the same shape without it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from bot.channels import settings
from tooling.stack.services import DEPLOY_NGINX_CONF, LISTEN, UPSTREAM_SERVER

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "deploy" / "docker-compose.yml"
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
CHANNELS = {
    "Slack": (settings.SLACK_REQUIRED, settings.SLACK_OPTIONAL),
    "Telegram": (settings.TELEGRAM_REQUIRED, settings.TELEGRAM_OPTIONAL),
}
# The production shape cannot run without these (several replicas share conversations and locks).
REQUIRED = {"TRACKER_STORE_URL": "postgresql://", "LOCK_STORE_URL": "redis://"}


def names_the_code_reads() -> set[str]:
    """Every string literal in the runtime (bot/, actions/) shaped like an environment variable's name."""
    names: set[str] = set()
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("actions").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ENV_NAME.match(node.value):
                names.add(node.value)
    return names


def assistant_environment(compose: dict | None = None) -> dict[str, str]:
    compose = compose or yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    environment = compose["services"]["assistant"]["environment"]
    if isinstance(environment, list):  # the KEY=value list form
        environment = dict(item.split("=", 1) for item in environment)
    return {key: str(value) for key, value in environment.items()}


def problems(environment: dict[str, str], known: set[str]) -> list[str]:
    found = [f"{key}: the code never reads it" for key in environment if key not in known]
    for key, scheme in REQUIRED.items():
        if key not in environment:
            found.append(f"{key}: required, not passed")
        elif not environment[key].startswith(scheme):
            found.append(f"{key}: expected a {scheme} URL, got {environment[key]!r}")
    for channel, (required, optional) in CHANNELS.items():
        if any(key in environment for key in required + optional):
            found += [f"{key}: {channel} needs it with the others" for key in required if key not in environment]
    return found


def test_every_variable_the_compose_file_passes_is_read_and_none_required_is_missing():
    assert problems(assistant_environment(), names_the_code_reads()) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"TELEGRAM_ACCESS_TOKEN": "x"}, "TELEGRAM_ACCESS_TOKEN: the code never reads it"),
        ({"TELEGRAM_BOT_TOKEN": None}, "TELEGRAM_BOT_TOKEN: Telegram needs it with the others"),
        ({"LOCK_STORE_URL": None}, "LOCK_STORE_URL: required, not passed"),
        ({"TRACKER_STORE_URL": "sqlite:///x.sqlite"}, "TRACKER_STORE_URL: expected a postgresql:// URL"),
    ],
)
def test_the_check_catches_a_wrong_name_and_a_missing_variable(change, expected):
    environment = assistant_environment()
    for key, value in change.items():
        if value is None:
            environment.pop(key)
        else:
            environment[key] = value
    assert any(p.startswith(expected) for p in problems(environment, names_the_code_reads())), expected


def test_the_compose_proxy_mounts_the_nginx_conf_the_local_deployment_uses():
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert "./nginx.conf:/etc/nginx/conf.d/default.conf:ro" in compose["services"]["proxy"]["volumes"]
    text = DEPLOY_NGINX_CONF.read_text(encoding="utf-8")
    assert UPSTREAM_SERVER.search(text) and LISTEN.search(text)
