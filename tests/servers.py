"""Starting the real server for tests: `python -m bot serve` on a free port."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from bot.launcher import PROJECT_ROOT, environment, stop, wait_for


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`python -m bot serve` on a free port, with its own unanswered-questions log."""

    def __init__(self, tmp: Path, *args: str, ready_path: str = "/status", **env_vars: str) -> None:
        self.port = free_port()
        env = {**environment(), "UNANSWERED_DB": str(tmp / "unanswered.sqlite"), **env_vars}
        self.log = (tmp / "server.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(self.port), *args],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(f"http://127.0.0.1:{self.port}{ready_path}", 240, self.process)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def ask(self, text: str, sender: str) -> str:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/webhooks/rest/webhook",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            messages = json.loads(response.read())
        return "\n".join(m.get("text", "") for m in messages)

    def close(self) -> None:
        stop(self.process)
        self.log.close()
