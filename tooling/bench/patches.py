"""`python -m tooling.bench patches`: does each patch of bot/rasa_patches/ still pay for itself?

Starts our server once per patch with that patch switched off (and once with
all on), in rounds, asks each the same held-out questions over REST and
records the server's CPU time per turn and its RSS. CPU time, not latency:
on a shared machine other people's load moves latency far more than it moves
the CPU a turn takes. The patches' docstrings quote what this measured.

Only the patches that `bot.rasa_patches.install` and `bot.launcher.quiet`
apply globally can be switched off here; the others are base classes of our
components and channels, and are measured by swapping the component (e.g. a
config with Rasa's own one) and passing its model.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import statistics
import sys
from pathlib import Path

from bot.launcher import PROJECT_ROOT, free_port
from tooling.bench.load import question_stream, sequential
from tooling.bench.procs import Service

SWITCHABLE = ("graph_runner", "action_result_validation", "rule_policy_text_pass", "no_jax")
ALL_ON = "none"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(off: str, model: Path, questions: list[str], turns: int, seed: int, logs: Path) -> dict[str, float]:
    port = free_port()
    server = Service(
        name="server",
        command=[sys.executable, "-m", "tooling.bench.patches", off, str(model), str(port)],
        cwd=PROJECT_ROOT,
        log_path=logs / f"patches-{off}.log",
        ready_url=f"http://127.0.0.1:{port}/status",
        env={"UNANSWERED_LOG": "off", "TRACKER_STORE_URL": "memory"},
    )
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    server.start()
    try:
        cold = server.wait_ready(600)
        assert server.process is not None
        asyncio.run(sequential(url, question_stream(questions), 30, 10, 120))  # warm-up
        before = cpu_seconds(server.process.pid)
        result = asyncio.run(sequential(url, question_stream(questions, seed=seed), turns, 10, 600))
        cpu = cpu_seconds(server.process.pid) - before
        rss = sum(server.rss().values())
    finally:
        server.stop()
    return {
        "cold_start_s": round(cold, 2),
        "cpu_ms_per_turn": round(1000 * cpu / max(len(result.latencies), 1), 2),
        "p50_ms": round(1000 * statistics.median(result.latencies), 2),
        "rss_mb": round(rss / 1e6),
        "errors": result.errors,
    }


def compare(model: Path, questions: list[str], rounds: int, turns: int, logs: Path) -> list[dict]:
    rows = []
    for seed in range(rounds):
        for off in (ALL_ON, *SWITCHABLE):
            rows.append({"round": seed, "off": off, **measure(off, model, questions, turns, seed, logs)})
            print(rows[-1], flush=True)
    return rows


def serve_without(off: str, model: Path, port: int) -> None:
    """The server as `python -m tooling.bench serve` runs it, with patch `off` not applied."""
    if off != ALL_ON:
        importlib.import_module(f"bot.rasa_patches.{off}").install = lambda: None
    from bot.launcher import quiet  # applies no_jax, unless switched off above

    quiet()
    from tooling.bench.serve import serve

    serve(model, port)


if __name__ == "__main__":  # the server process that `measure` starts
    serve_without(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
