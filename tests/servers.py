"""The real server as a subprocess, and local stand-ins for the Slack and Telegram APIs.

Shared by the `server` tests through fixtures in conftest.py: one server for
the whole session (loading the model is most of a start), with every channel
on and Slack/Telegram pointed at `FakeApis` on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.launcher import PROJECT_ROOT, environment, free_port, stop, wait_for

START_TIMEOUT = 240

# Test credentials: well-formed, known only to the tests and the fakes.
SLACK_BOT_TOKEN = "xoxb-fake_test_token"  # not the shape of a real one (test_security scans for those)
SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TELEGRAM_BOT_TOKEN = "123456789:AAH-fake_test_token_xyz"
TELEGRAM_WEBHOOK_URL = "https://bot.example.test/webhooks/telegram/webhook"


def one_answer_each(store) -> dict[str, str]:
    """Questions of one conversation sent at once in the locking tests, each with a name its answer holds."""
    return {
        "who directed it?": store.people["takahiro_miki"].name,
        "who plays Akito?": store.people["ren_nagase"].name,
        "who wrote the screenplay?": store.people["tomoko_yoshida"].name,
        "who composed the music?": store.people["seiji_kameda"].name,
        "is it based on a book?": store.people["ao_morita"].name,
        "which studio made it?": store.people["nikkatsu"].name,
    }


class Server:
    """`python -m bot serve` on a free port, with its own conversation store and unanswered log.

    `args` go to `serve` (e.g. "--enable-api"); `env_vars` to its environment.
    """

    def __init__(
        self, tmp: Path, *args: str, ready_path: str = "/status", ready_log: str | None = None, **env_vars: str
    ) -> None:
        self.port = free_port()
        self.args = args
        self.ready_path = ready_path
        # Start-up work that runs after the port answers (Telegram's setWebhook): a test that
        # stops the server before it finishes would leave a traceback in the log.
        self.ready_log = ready_log
        self.tracker_db = tmp / "conversations.sqlite"
        # A developer's own channel settings or .env must not change what the tests see.
        inherited = {k: v for k, v in environment().items() if not k.startswith(("SLACK_", "TELEGRAM_"))}
        self.env = {
            **inherited,
            "UNANSWERED_DB": str(tmp / "unanswered.sqlite"),
            "TRACKER_STORE_URL": f"sqlite:///{self.tracker_db}",
            "ENV_FILE": "",
            **env_vars,
        }
        self.log_path = tmp / "server.log"
        self.process: subprocess.Popen | None = None
        self.start()

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        self.log = self.log_path.open("a")
        seen = self.log_text().count(self.ready_log) if self.ready_log else 0
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(self.port), *self.args],
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(self.url(self.ready_path), START_TIMEOUT, self.process)
            if self.ready_log:
                self._wait_for_log(self.ready_log, seen + 1)
        except BaseException:
            self.close()  # a server that never became ready must not outlive the test
            raise

    def _wait_for_log(self, text: str, count: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while self.log_text().count(text) < count:
            if time.monotonic() > deadline or self.process is None or self.process.poll() is not None:
                raise AssertionError(f"the server log never showed {text!r}")
            time.sleep(0.1)

    def restart(self) -> None:
        """Stops the process and starts a new one on the same port with the same stores."""
        self.close()
        self.start()

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.url(path), data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def ask_messages(self, text: str, sender: str) -> list[dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        status, _, data = self.post("/webhooks/rest/webhook", body, {"Content-Type": "application/json"})
        assert status == 200, data
        return json.loads(data)

    def ask(self, text: str, sender: str) -> str:
        return "\n".join(m.get("text", "") for m in self.ask_messages(text, sender))

    def log_text(self) -> str:
        self.log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        if self.process is not None:
            stop(self.process)
            self.process = None
        self.log.close()


class FakeApis:
    """Slack's Web API under /slack/api/ and Telegram's Bot API under /telegram/ (pytest-httpserver,
    which records every call)."""

    TELEGRAM_BOT = {"id": 123456789, "is_bot": True, "first_name": "Test", "username": "drawing_closer_test_bot"}

    def __init__(self) -> None:
        self.httpserver = HTTPServer(host="127.0.0.1", threaded=True)
        self.httpserver.expect_request(re.compile("^/slack/api/")).respond_with_handler(self._slack)
        self.httpserver.expect_request(re.compile("^/telegram/")).respond_with_handler(self._telegram)
        self.httpserver.start()
        self.port = self.httpserver.port
        self._message_ids = itertools.count(1)

    def channel_env(self) -> dict[str, str]:
        """The environment that turns Slack and Telegram on, pointed at these fakes."""
        return {
            "SLACK_BOT_TOKEN": SLACK_BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
            "SLACK_API_URL": self.slack_url,
            "TELEGRAM_BOT_TOKEN": TELEGRAM_BOT_TOKEN,
            "TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK_URL,
            "TELEGRAM_BOT_USERNAME": self.TELEGRAM_BOT["username"],
            "TELEGRAM_API_URL": self.telegram_url,
        }

    @property
    def slack_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/api/"

    @property
    def telegram_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    @staticmethod
    def _call(request: Request) -> dict[str, Any]:
        """A request as the tests look at it: which API and method, the headers and the parameters
        (JSON from slack_sdk; form or multipart data from aiogram)."""
        service, _, rest = request.path.lstrip("/").partition("/")
        params = request.get_json(silent=True) or {**request.args, **request.form}
        params |= {name: upload.read().decode() for name, upload in request.files.items()}
        method = rest.rsplit("/", 1)[-1]
        return {"service": service, "method": method, "path": request.path, "headers": dict(request.headers), **params}

    def _slack(self, request: Request) -> Response:
        channel = self._call(request).get("channel")
        return _json({"ok": True, "channel": channel, "ts": f"{time.time():.6f}"})

    def _telegram(self, request: Request) -> Response:
        call = self._call(request)
        if call["method"] == "getMe":
            return _json({"ok": True, "result": self.TELEGRAM_BOT})
        if call["method"] == "setWebhook":
            return _json({"ok": True, "result": True, "description": "Webhook was set"})
        chat_id = str(call.get("chat_id"))
        chat = {"id": int(chat_id) if chat_id.lstrip("-").isdigit() else 0, "type": "private"}
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat}
        return _json({"ok": True, "result": {**message, "text": call.get("text", "")}})

    @property
    def calls(self) -> list[dict[str, Any]]:
        return [self._call(request) for request, _ in list(self.httpserver.log)]

    def calls_to(self, method: str, **match: Any) -> list[dict[str, Any]]:
        calls = self.calls
        return [c for c in calls if c["method"] == method and all(str(c.get(k)) == str(v) for k, v in match.items())]

    def wait_for(
        self, method: str, predicate: Callable[[list[dict[str, Any]]], bool], timeout: float = 30, **match: Any
    ) -> list[dict[str, Any]]:
        """Waits until the calls to `method` (filtered by `match`) satisfy `predicate`; returns them."""
        deadline = time.monotonic() + timeout
        while True:
            calls = self.calls_to(method, **match)
            if predicate(calls) or time.monotonic() > deadline:
                return calls
            time.sleep(0.1)

    def close(self) -> None:
        self.httpserver.stop()


def _json(body: dict[str, Any]) -> Response:
    return Response(json.dumps(body), content_type="application/json")
