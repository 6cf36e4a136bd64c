"""Start, wait for and measure the bot processes (Linux /proc; no psutil needed)."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.launcher import LaunchError, environment, stop, wait_for


def children(pid: int) -> list[int]:
    """Every descendant of pid, read from /proc/*/stat."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces: split after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rss_bytes(pid: int) -> int:
    """Resident set size of one process (VmRSS), 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass
class Service:
    """One long-running process of a bot (server or action server) and its log."""

    name: str
    command: list[str]
    cwd: Path
    log_path: Path
    ready_url: str
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    started: float = 0.0
    ready_seconds: float | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w")
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**environment(), **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def wait_ready(self, timeout: float) -> float:
        assert self.process is not None, "start() first"
        try:
            wait_for(self.ready_url, timeout, self.process)
        except LaunchError as error:
            tail = self.log_path.read_text(errors="replace")[-2000:]
            raise LaunchError(f"{self.name}: {error}\n--- last lines of {self.log_path} ---\n{tail}") from error
        self.ready_seconds = time.perf_counter() - self.started
        return self.ready_seconds

    def pids(self) -> list[int]:
        if self.process is None or self.process.poll() is not None:
            return []
        return [self.process.pid, *children(self.process.pid)]

    def rss(self) -> dict[int, int]:
        return {pid: rss_bytes(pid) for pid in self.pids()}

    def stop(self) -> None:
        if self.process is None:
            return
        leftovers = children(self.process.pid)
        stop(self.process)
        for pid in leftovers:  # e.g. a Sanic worker that outlived its parent
            _terminate(pid)


def _terminate(pid: int) -> None:
    try:
        os.kill(pid, 15)
    except ProcessLookupError:
        pass
