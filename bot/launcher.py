"""Process helpers shared by the CLI, the evaluation and the tests."""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import MutableMapping
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = PROJECT_ROOT / "models" / "drawing-closer.tar.gz"
# TensorFlow and SQLAlchemy print pages of start-up noise that says nothing to a user.
QUIET_ENV = {
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONWARNINGS": "ignore",
}


class LaunchError(RuntimeError):
    """Something the user must fix before the assistant can start."""


def load_env_file(path: Path | None = None, environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Sets variables from a `.env` file (python-dotenv syntax) that the environment does not set already.

    Channel credentials and TRACKER_STORE_URL live there on a developer's
    machine (`.env.example` lists them; `.env` is git-ignored). `ENV_FILE`
    names another file; `ENV_FILE=` (empty) reads none, as the tests do.
    Returns the names it set (in `environ`, by default the process's).
    """
    environ = os.environ if environ is None else environ
    if path is None:
        chosen = environ.get("ENV_FILE")
        if chosen == "":
            return []
        path = Path(chosen) if chosen else PROJECT_ROOT / ".env"
    if not path.is_file():
        return []
    from dotenv.parser import parse_stream

    loaded = []
    with path.open(encoding="utf-8") as stream:
        for binding in parse_stream(stream):
            if binding.error or (binding.key is not None and binding.value is None):
                line = binding.original.string.rstrip("\n")
                raise LaunchError(f"{path}:{binding.original.line}: expected KEY=value, got {line!r}")
            if binding.key is not None and binding.key not in environ:
                environ[binding.key] = binding.value or ""
                loaded.append(binding.key)
    return loaded


# Ports handed out by this process, so two servers started together never get the same one.
_handed_out_ports: set[int] = set()
LOWEST_PICKED_PORT = 20000
EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")


def ephemeral_port_range(range_file: Path = EPHEMERAL_RANGE_FILE) -> tuple[int, int]:
    """The ports the kernel gives to outgoing connections (Linux's default when unreadable)."""
    try:
        low, high = (int(part) for part in range_file.read_text().split())
    except (OSError, ValueError):
        return 32768, 60999
    return low, high


def free_port(range_file: Path = EPHEMERAL_RANGE_FILE) -> int:
    """A port on 127.0.0.1 that nothing listens on right now, picked below the ephemeral range.

    A port the kernel gave out (bind to port 0) is in the ephemeral range, so between picking it and the
    server binding it, any outgoing connection (a replica talking to PostgreSQL) may take it as its own
    local port; CI saw exactly that. Ports below the range are never given to outgoing connections.
    """
    low, _ = ephemeral_port_range(range_file)
    candidates = list(range(LOWEST_PICKED_PORT, low)) if low > LOWEST_PICKED_PORT + 100 else []
    random.shuffle(candidates)
    for port in candidates[:200]:
        if port in _handed_out_ports:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out_ports.add(port)
        return port
    with socket.socket() as sock:  # an unusual range: let the kernel choose
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _handed_out_ports.add(port)
    return port


def environment() -> dict[str, str]:
    return {**QUIET_ENV, **os.environ}


def quiet() -> None:
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
    skip_unused_imports()


def skip_unused_imports() -> None:
    """Mark modules the assistant never uses as absent (bot/rasa_patches/no_jax.py); call before
    anything imports Rasa."""
    from bot.rasa_patches import no_jax  # imported here: bot.rasa_patches imports this module

    no_jax.install()


def configure_logging(level: int = logging.INFO, *, rasa: bool = False) -> None:
    """Logging for an entry point (the only place it is set up): `LEVEL logger: message` at `level`;
    with `rasa`, Rasa's own set-up at that level first (it also resets the warning filters and
    configures structlog, which Rasa logs through)."""
    if rasa:
        from rasa.utils.common import configure_logging_and_warnings
        from rasa.utils.log_utils import configure_structlog

        configure_logging_and_warnings(level)
        configure_structlog(level)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)


def wait_for(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Wait until `url` answers 200, failing early if `process` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise LaunchError(f"the process serving {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError as error:
            if error.code in (401, 403):  # up, but waiting longer will not help
                raise LaunchError(f"{url} answered {error.code}: a token is needed") from error
            time.sleep(0.2)
        except OSError:
            time.sleep(0.2)
    raise LaunchError(f"{url} did not answer within {timeout:.0f} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
