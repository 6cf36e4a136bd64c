"""The real server as a subprocess, and local stand-ins for the Slack and Telegram APIs.

Shared by the `server` tests through fixtures in conftest.py: one server for
the whole session (loading the model is most of a start), with every channel
on and Slack/Telegram pointed at `FakeApis` on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from bot.launcher import PROJECT_ROOT, environment, stop, wait_for
from tooling.bench.procs import free_port

START_TIMEOUT = 240

# Test credentials: well-formed, known only to the tests and the fakes.
SLACK_BOT_TOKEN = "xoxb-fake_test_token"  # not the shape of a real one (test_security scans for those)
SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TELEGRAM_BOT_TOKEN = "123456789:AAH-fake_test_token_xyz"
TELEGRAM_WEBHOOK_URL = "https://bot.example.test/webhooks/telegram/webhook"


class Server:
    """`python -m bot serve` on a free port, with its own conversation store and unanswered log.

    `args` go to `serve` (e.g. "--enable-api"); `env_vars` to its environment.
    """

    def __init__(self, tmp: Path, *args: str, ready_path: str = "/status", **env_vars: str) -> None:
        self.port = free_port()
        self.args = args
        self.ready_path = ready_path
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
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(self.port), *self.args],
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(self.url(self.ready_path), START_TIMEOUT, self.process)
        except BaseException:
            self.close()  # a server that never became ready must not outlive the test
            raise

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
    """Slack's Web API under /slack/api/ and Telegram's Bot API under /telegram/, recording every call."""

    TELEGRAM_BOT = {"id": 123456789, "is_bot": True, "first_name": "Test", "username": "drawing_closer_test_bot"}

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._message_id = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                params = _parse(self.headers.get("Content-Type", ""), body)
                reply = fake.record(self.path, dict(self.headers), params)
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

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

    def record(self, path: str, headers: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        service, _, rest = path.lstrip("/").partition("/")
        method = rest.rsplit("/", 1)[-1]
        with self._lock:
            self.calls.append({"service": service, "method": method, "path": path, "headers": headers, **params})
            self._message_id += 1
            message_id = self._message_id
        if service == "slack":
            return {"ok": True, "channel": params.get("channel"), "ts": f"{time.time():.6f}"}
        if method == "getMe":
            return {"ok": True, "result": self.TELEGRAM_BOT}
        if method == "setWebhook":
            return {"ok": True, "result": True, "description": "Webhook was set"}
        chat_id = params.get("chat_id")
        chat = {"id": int(chat_id) if str(chat_id).lstrip("-").isdigit() else 0, "type": "private"}
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat, "text": params.get("text", "")}
        return {"ok": True, "result": message}

    def calls_to(self, method: str, **match: Any) -> list[dict[str, Any]]:
        with self._lock:
            calls = list(self.calls)
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
        self.httpd.shutdown()
        self.httpd.server_close()


def _parse(content_type: str, body: bytes) -> dict[str, Any]:
    """JSON (slack_sdk), urlencoded or multipart form data (aiogram) into a dict."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        parts = message.iter_parts()
        return {part.get_param("name", header="content-disposition"): part.get_content() for part in parts}
    return {key: values[0] for key, values in parse_qs(body.decode()).items()}
