"""Start the assistant: the action server beside `rasa run` or `rasa shell`.

Rasa Open Source 3.6 cannot run custom actions in-process, so the launcher
starts rasa_sdk's action server, waits until it answers, runs Rasa in the
foreground and stops the action server when Rasa exits.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = PROJECT_ROOT / "models" / "drawing-closer.tar.gz"
QUIET_ENV = {
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONWARNINGS": "ignore",
}
logger = logging.getLogger(__name__)


class LaunchError(RuntimeError):
    """Something the user must fix before the assistant can start."""


def environment() -> dict[str, str]:
    return {**QUIET_ENV, **os.environ}


def wait_for(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise LaunchError(f"the process serving {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise LaunchError(f"{url} did not answer within {timeout:.0f} s")


def start_action_server(port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment())
    wait_for(f"http://127.0.0.1:{port}/health", timeout=60, process=process)
    return process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def run_rasa(rasa_args: list[str], model: Path = DEFAULT_MODEL, action_port: int = 5055) -> int:
    if not model.exists():
        raise LaunchError(f"no trained model at {model}: run `make train` first")
    actions = start_action_server(action_port)
    try:
        command = [sys.executable, "-m", "rasa", *rasa_args, "--model", str(model), "--endpoints", "endpoints.yml"]
        return subprocess.call(command, cwd=PROJECT_ROOT, env=environment())
    except KeyboardInterrupt:
        return 130
    finally:
        stop(actions)
