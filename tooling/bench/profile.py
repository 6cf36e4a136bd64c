"""Where a turn's time goes: py-spy samples our server while it answers held-out questions.

`python -m tooling.bench profile` starts the server on 127.0.0.1 as `make serve`
ships it (conversations in the SQL store, SQLite), attaches py-spy (collapsed
stacks), asks a bounded number of questions in short conversations, and
summarises the samples: for each function, the share of the samples taken
while a message was being handled that have it on the stack.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tooling.bench import load, readme
from tooling.bench.bots import start_ours

# A sample belongs to a turn when Rasa's message handling is on its stack.
TURN_MARKER = "handle_message"
SPINE = 0.98  # frames on (nearly) every sample of a turn
FRAME = re.compile(r"^(?P<function>.+?) \((?P<file>[^:()]+)(?::\d+)?\)$")


def py_spy() -> str:
    found = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(found).exists():
        raise RuntimeError("py-spy is not installed: make setup installs it (requirements/dev.txt)")
    return found


def parse_collapsed(text: str) -> Counter[tuple[str, ...]]:
    """py-spy's raw (collapsed) output: 'frame;frame;frame count' per line."""
    stacks: Counter[tuple[str, ...]] = Counter()
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks[tuple(stack.split(";"))] += int(count)
    return stacks


def short(frame: str) -> str:
    """'process_message (rasa/core/processor.py:123)' -> 'process_message (rasa/core/processor.py)'."""
    match = FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match.group("file")
    for anchor in ("site-packages/", "/work/"):
        if anchor in path:
            path = path.split(anchor, 1)[1]
    return f"{match.group('function')} ({path})"


Shares = list[tuple[str, float]]


def inclusive_shares(stacks: Counter[tuple[str, ...]], marker: str = TURN_MARKER) -> tuple[int, Shares]:
    """Samples in turns, and each function's share of them (counted once per sample)."""
    turn_samples = 0
    seen: Counter[str] = Counter()
    for stack, count in stacks.items():
        if not any(marker in frame for frame in stack):
            continue
        turn_samples += count
        for name in {short(frame) for frame in stack}:
            seen[name] += count
    if not turn_samples:
        return 0, []
    return turn_samples, [(name, n / turn_samples) for name, n in seen.most_common()]


def markdown(title: str, turn_samples: int, shares: list[tuple[str, float]], top: int = 40) -> str:
    """Functions by inclusive share, without the spine every sample has (server loop, handler)."""
    lines = [
        f"## {title}",
        "",
        f"{turn_samples} py-spy samples taken while a message was handled. Share = samples with the",
        "function on the stack (inclusive), so nested functions add up to more than 100%; the frames",
        "every sample has (Sanic, the REST handler, `handle_message`) are left out.",
        "",
        "| share | function |",
        "|---|---|",
    ]
    below_spine = [(name, share) for name, share in shares if 0.02 <= share < SPINE]
    lines += [f"| {share:.0%} | `{name}` |" for name, share in below_spine[:top]]
    return "\n".join(lines) + "\n"


def profile(model: Path, work: Path, questions: list[str], requests: int, turns_per_conversation: int) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    # As `make serve` ships it: conversations in the SQL store (a fresh SQLite file each run).
    database = work / "profile-conversations.sqlite"
    for path in work.glob(f"{database.name}*"):
        path.unlink()
    bot = start_ours(model, work, tracker_store_url=f"sqlite:///{database}")
    raw = work / "profile.collapsed"
    try:
        server_pid = bot.services[0].process.pid
        spy = subprocess.Popen(
            [py_spy(), "record", "--pid", str(server_pid), "--rate", "250", "--format", "raw", "--output", str(raw)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(2)  # py-spy attaches
        stream = load.question_stream(questions)
        asyncio.run(load.sequential(bot.webhook, stream, requests, turns_per_conversation, time_limit=600))
        spy.send_signal(signal.SIGINT)
        spy.wait(timeout=60)
    finally:
        bot.stop()
    return raw


KEPT_HEADING = "## What the profiles found"


def write(table: str, path: Path) -> None:
    """The generated table first; a hand-written section under KEPT_HEADING is kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = readme.hand_written_tail(path, KEPT_HEADING)
    header = "# Where a turn's time goes\n\nWritten by `make profile` (py-spy, 250 samples/s).\n\n"
    path.write_text(header + table + kept, encoding="utf-8")
