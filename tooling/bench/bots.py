"""The two bots under test, trained and started the same way for every measurement.

- ours: `rasa train` in the project root with config.yml; served by
  bot/server.py (custom actions in-process) on 127.0.0.1.
- baseline: `rasa train` in tooling/baseline/ (make baseline writes its data);
  served as Rasa's example is: `rasa run` plus a separate action server
  (`rasa run actions`), on 127.0.0.1.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, free_port
from tooling.bench.procs import Service

BASELINE_DIR = PROJECT_ROOT / "tooling" / "baseline"
BASELINE_MODEL = BASELINE_DIR / "models" / "baseline.tar.gz"
READY_TIMEOUT = 600


@dataclass(frozen=True)
class BotSpec:
    name: str
    project: Path  # where `rasa train` runs
    model: Path  # the model make train / make baseline writes
    config: Path

    def train_command(self, out: Path, model_name: str) -> list[str]:
        command = [sys.executable, "-m", "rasa", "train", "--config", str(self.config), "--out", str(out)]
        return [*command, "--fixed-model-name", model_name]


OURS = BotSpec("ours", PROJECT_ROOT, DEFAULT_MODEL, PROJECT_ROOT / "config.yml")
BASELINE = BotSpec("baseline", BASELINE_DIR, BASELINE_MODEL, BASELINE_DIR / "config.yml")


@dataclass
class RunningBot:
    """A started bot: its services (server first), the REST URL and how long it took to be ready."""

    name: str
    services: list[Service]
    webhook: str
    status_url: str
    cold_start_seconds: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)

    def rss(self) -> dict[str, int]:
        """Resident memory of every process of the bot, by 'service pid'."""
        return {f"{svc.name} {pid}": rss for svc in self.services for pid, rss in svc.rss().items()}

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()


def start_ours(model: Path, logs: Path, tracker_store_url: str = "memory", name: str = "ours") -> RunningBot:
    port = free_port()
    server = Service(
        name="server",
        command=[sys.executable, "-m", "tooling.bench", "serve", "--model", str(model), "--port", str(port)],
        cwd=PROJECT_ROOT,
        log_path=logs / f"{name}-server.log",
        ready_url=f"http://127.0.0.1:{port}/status",
        # In memory by default, like the baseline's tracker store; `make soak` passes the
        # SQL store that `make serve` uses (TRACKER_STORE_URL, bot/conversations.py).
        env={"UNANSWERED_LOG": "off", "TRACKER_STORE_URL": tracker_store_url},
    )
    bot = RunningBot(name, [server], f"http://127.0.0.1:{port}/webhooks/rest/webhook", server.ready_url)
    server.start()
    try:
        bot.cold_start_seconds = server.wait_ready(READY_TIMEOUT)
    except BaseException:
        bot.stop()
        raise
    return bot


def start_baseline(model: Path, logs: Path, name: str = "baseline") -> RunningBot:
    """`rasa run` + `rasa run actions`, started together; ready when `/status` answers."""
    port, action_port = free_port(), free_port()
    logs.mkdir(parents=True, exist_ok=True)
    endpoints = (logs / "baseline-endpoints.yml").resolve()
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n', encoding="utf-8")
    actions = Service(
        name="action server",
        command=[sys.executable, "-m", "rasa", "run", "actions", "--actions", "actions", "--port", str(action_port)],
        cwd=BASELINE_DIR,
        log_path=logs / "baseline-actions.log",
        ready_url=f"http://127.0.0.1:{action_port}/health",
    )
    server = Service(
        name="server",
        command=[
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--model",
            str(model),
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--enable-api",
            "--endpoints",
            str(endpoints),
            "--credentials",
            "credentials.yml",
        ],  # fmt: skip
        cwd=BASELINE_DIR,
        log_path=logs / "baseline-server.log",
        ready_url=f"http://127.0.0.1:{port}/status",
    )
    bot = RunningBot(name, [server, actions], f"http://127.0.0.1:{port}/webhooks/rest/webhook", server.ready_url)
    server.start()
    actions.start()
    try:
        bot.cold_start_seconds = server.wait_ready(READY_TIMEOUT)
        bot.extra["action_server_ready_seconds"] = actions.wait_ready(READY_TIMEOUT)
    except BaseException:
        bot.stop()
        raise
    return bot
