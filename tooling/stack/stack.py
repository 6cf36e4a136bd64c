"""The production shape of deploy/docker-compose.yml, without Docker, on loopback.

PostgreSQL (tracker store), Redis (lock store), N replicas of the server
started exactly as `make serve` starts it (`python -m bot serve`, bound to
127.0.0.1), and nginx in front with deploy/nginx.conf. Everything lives in
one temporary directory and is torn down by `stop()`, which the context
manager and an atexit hook both call, so nothing is left running when a test
fails or the process is interrupted.
"""

from __future__ import annotations

import atexit
import json
import shutil
import signal
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.launcher import PROJECT_ROOT, free_port
from tooling.bench.procs import Service
from tooling.stack.services import Nginx, Postgres, Redis

READY_TIMEOUT = 240.0
REQUEST_TIMEOUT = 30.0


@dataclass
class Reply:
    status: int
    body: Any  # parsed JSON, or the text when it is not JSON

    @property
    def texts(self) -> list[str]:
        return [m.get("text", "") for m in self.body] if isinstance(self.body, list) else []

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def post_json(url: str, payload: dict[str, Any], timeout: float = REQUEST_TIMEOUT) -> Reply:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, data = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, data = error.code, error.read()
    try:
        return Reply(status, json.loads(data))
    except ValueError:
        return Reply(status, data.decode(errors="replace"))


@dataclass
class Stack:
    replicas: int = 3
    extra_env: dict[str, str] = field(default_factory=dict)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="drawing-closer-stack-")))
    servers: list[Service] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root.chmod(0o755)  # PostgreSQL and nginx's worker run as other users when we are root
        for name in ("postgres", "redis", "nginx", "logs"):
            (self.root / name).mkdir(exist_ok=True)
        self.postgres = Postgres(self.root / "postgres")
        self.redis = Redis(self.root / "redis")
        self.ports = [free_port() for _ in range(self.replicas)]
        self.nginx = Nginx(self.root / "nginx", [f"127.0.0.1:{port}" for port in self.ports])
        self._stopped = False

    # -- life cycle -----------------------------------------------------------

    def start(self) -> Stack:
        atexit.register(self.stop)
        try:
            self.postgres.start()
            self.redis.start()
            self.servers = [self._replica(index, port) for index, port in enumerate(self.ports)]
            for server in self.servers:
                server.start()
            for server in self.servers:
                server.wait_ready(READY_TIMEOUT)
            self.nginx.start()
        except BaseException:
            self.stop()
            raise
        return self

    def _replica(self, index: int, port: int) -> Service:
        return Service(
            name=f"replica {index}",
            command=[sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=PROJECT_ROOT,
            log_path=self.root / "logs" / f"replica-{index}.log",
            ready_url=f"http://127.0.0.1:{port}/status",
            env={
                "TRACKER_STORE_URL": self.postgres.url,
                "LOCK_STORE_URL": self.redis.url,
                "UNANSWERED_DB": str(self.root / "logs" / f"unanswered-{index}.sqlite"),
                "ENV_FILE": "",  # a developer's .env (channel tokens) stays out
                **self.extra_env,
            },
        )

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        for step in (self.nginx.stop, *(s.stop for s in self.servers), self.redis.stop, self.postgres.stop):
            try:
                step()
            except Exception as error:  # keep tearing down the rest
                print(f"teardown: {error}", file=sys.stderr)
        atexit.unregister(self.stop)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- using it -------------------------------------------------------------

    @property
    def url(self) -> str:
        return self.nginx.base_url

    def replica_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.ports[index]}"

    def ask(self, text: str, sender: str, base: str | None = None, timeout: float = REQUEST_TIMEOUT) -> Reply:
        return post_json(f"{base or self.url}/webhooks/rest/webhook", {"sender": sender, "message": text}, timeout)

    def kill(self, index: int) -> None:
        process = self.servers[index].process
        assert process is not None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    def restart_replica(self, index: int) -> None:
        self.servers[index].stop()
        self.servers[index].start()
        self.servers[index].wait_ready(READY_TIMEOUT)

    def said(self, sender: str) -> list[str]:
        """The user messages of a conversation stored in PostgreSQL, in the order they were stored."""
        rows = self.postgres.query(
            "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id", sender
        )
        return [json.loads(data).get("text") for (data,) in rows]

    def log(self, index: int) -> str:
        return self.servers[index].log_path.read_text(errors="replace")
