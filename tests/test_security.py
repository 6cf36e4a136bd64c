"""The HTTP API only with a token, CORS only for configured origins, no secrets in git."""

from __future__ import annotations

import re
import subprocess
import urllib.error
import urllib.request

import pytest

from bot.launcher import PROJECT_ROOT
from bot.server import ServerConfigError, ServerOptions, check
from tests.servers import Server

TOKEN = "test-token-not-a-secret"
ALLOWED_ORIGIN = "https://films.example"


def test_api_without_token_is_refused():
    with pytest.raises(ServerConfigError, match="RASA_AUTH_TOKEN"):
        check(ServerOptions(enable_api=True))
    check(ServerOptions(enable_api=True, auth_token=TOKEN))


def test_wildcard_cors_is_refused():
    with pytest.raises(ServerConfigError, match="CORS_ORIGINS"):
        check(ServerOptions(cors=("*",)))


# Patterns of real credentials: Slack tokens, Telegram bot tokens, private keys, AWS keys.
SECRET_PATTERNS = [
    re.compile(r"xox[abprs]-[0-9A-Za-z-]{10,}"),
    re.compile(r"\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
]


def test_no_secrets_are_committed():
    files = subprocess.run(
        ["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in files:
        path = PROJECT_ROOT / name
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        found += [f"{name}: {pattern.pattern}" for pattern in SECRET_PATTERNS if pattern.search(text)]
    assert not found
    assert ".env" in (PROJECT_ROOT / ".gitignore").read_text().split()


@pytest.fixture(scope="module")
def api_server(tmp_path_factory):
    running = Server(
        tmp_path_factory.mktemp("api"),
        "--enable-api",
        ready_path=f"/status?token={TOKEN}",
        RASA_AUTH_TOKEN=TOKEN,
        CORS_ORIGINS=ALLOWED_ORIGIN,
    )
    yield running
    running.close()


@pytest.mark.server
@pytest.mark.parametrize("path", ["/conversations/someone/tracker", "/domain", "/status"])
def test_api_routes_need_the_token(api_server, path):
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(api_server.url(path), timeout=10)
    assert error.value.code in (401, 403)
    with urllib.request.urlopen(api_server.url(f"{path}?token={TOKEN}"), timeout=10) as response:
        assert response.status == 200


@pytest.mark.server
def test_model_upload_needs_the_token(api_server):
    request = urllib.request.Request(api_server.url("/model"), data=b"{}", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code in (401, 403)


@pytest.mark.server
def test_cors_only_for_the_configured_origin(api_server):
    def allow_origin(origin: str) -> str | None:
        request = urllib.request.Request(api_server.url("/"), headers={"Origin": origin})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Access-Control-Allow-Origin")

    assert allow_origin(ALLOWED_ORIGIN) == ALLOWED_ORIGIN
    assert allow_origin("https://evil.example") is None
