"""PostgreSQL, Redis and nginx from Debian's packages, as throw-away services on loopback.

Each service lives in one temporary directory and listens on a free port of
127.0.0.1 only. PostgreSQL refuses to run as root, so when the tests run as
root its cluster belongs to the `postgres` user the Debian package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.launcher import LaunchError, free_port

PG_USER = "assistant"
PG_DATABASE = "conversations"
START_TIMEOUT = 30.0


def find_binary(name: str, *patterns: str) -> str:
    """`name` on PATH, or in one of the glob `patterns` (Debian keeps PostgreSQL's tools off PATH)."""
    found = shutil.which(name)
    if found:
        return found
    for pattern in patterns:
        matches = sorted(glob.glob(pattern))
        if matches:
            return matches[-1]
    raise LaunchError(f"{name} is not installed: `make deploy-packages` installs it with apt-get")


def _wait(check: Any, what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise LaunchError(f"{what} did not start within {timeout:.0f} s")
        time.sleep(0.1)


def _kill_group(process: subprocess.Popen | None, sig: int = signal.SIGKILL) -> None:
    """Signals the process group of a process started with start_new_session=True."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@dataclass
class Postgres:
    """A PostgreSQL cluster of its own (initdb + pg_ctl), trust authentication on 127.0.0.1 only."""

    root: Path
    port: int = field(default_factory=free_port)

    def __post_init__(self) -> None:
        patterns = ("/usr/lib/postgresql/*/bin/{}",)
        self.initdb = find_binary("initdb", *(p.format("initdb") for p in patterns))
        self.pg_ctl = find_binary("pg_ctl", *(p.format("pg_ctl") for p in patterns))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        # The server may not run as root: the cluster then belongs to Debian's `postgres` user.
        self.user = "postgres" if os.geteuid() == 0 else None

    @property
    def url(self) -> str:
        return f"postgresql://{PG_USER}@127.0.0.1:{self.port}/{PG_DATABASE}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            list(args), user=self.user, cwd=self.root, capture_output=True, text=True, check=check, timeout=60
        )

    def start(self) -> None:
        fresh = not self.data.exists()
        if fresh:
            if self.user is not None:
                owner = pwd.getpwnam(self.user)
                os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", PG_USER, "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off -c max_connections=200"
        result = self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        if result.returncode != 0:
            raise LaunchError(f"PostgreSQL did not start: {result.stderr}\n{self.tail()}")
        if fresh:
            with self.connect(database="postgres") as connection:
                connection.autocommit = True
                connection.cursor().execute(f"CREATE DATABASE {PG_DATABASE}")

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(self.pg_ctl, "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()

    def connect(self, database: str = PG_DATABASE) -> Any:
        """A psycopg2 connection that `with` closes (psycopg2's own `with` only ends a transaction)."""
        import psycopg2

        return closing(psycopg2.connect(host="127.0.0.1", port=self.port, user=PG_USER, dbname=database))

    def query(self, sql: str, *params: Any) -> list[tuple]:
        with self.connect() as connection, connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def tail(self, chars: int = 2000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


@dataclass
class Redis:
    """redis-server without persistence on 127.0.0.1."""

    root: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = find_binary("redis-server")
        command = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        log = (self.root / "redis.log").open("a")
        self.process = subprocess.Popen(
            [*command, "--dir", str(self.root)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        _wait(self.ping, "redis-server")

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1).ping())
        except redis.exceptions.RedisError:
            return False

    def stop(self) -> None:
        _kill_group(self.process, signal.SIGTERM)
        self.process = None


DEPLOY_NGINX_CONF = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"
UPSTREAM_SERVER = re.compile(r"^(\s*)server assistant:5005;$", re.MULTILINE)
LISTEN = re.compile(r"^(\s*)listen 80;$", re.MULTILINE)


def nginx_site(template: str, port: int, upstreams: list[str]) -> str:
    """deploy/nginx.conf with its `listen` and upstream servers pointed at loopback ports.

    Fails when the file no longer has the lines the compose set-up relies on,
    so the tested configuration cannot drift from the shipped one.
    """
    if not UPSTREAM_SERVER.search(template) or not LISTEN.search(template):
        raise LaunchError(f"{DEPLOY_NGINX_CONF}: expected 'listen 80;' and 'server assistant:5005;' lines")
    site = UPSTREAM_SERVER.sub(lambda m: "\n".join(f"{m.group(1)}server {u};" for u in upstreams), template)
    return LISTEN.sub(lambda m: f"{m.group(1)}listen 127.0.0.1:{port};", site)


@dataclass
class Nginx:
    """nginx (master and one worker) with deploy/nginx.conf as its only site."""

    root: Path
    upstreams: list[str]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def write_config(self) -> Path:
        site = self.root / "site.conf"
        site.write_text(nginx_site(DEPLOY_NGINX_CONF.read_text(encoding="utf-8"), self.port, self.upstreams))
        temp = self.root / "temp"
        temp.mkdir(exist_ok=True)
        temp.chmod(0o777)  # the worker runs as an unprivileged user when the master is root
        main = self.root / "nginx.conf"
        main.write_text(
            "daemon off;\nworker_processes 1;\n"
            f"pid {self.root}/nginx.pid;\nerror_log {self.root}/error.log warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n  access_log off;\n"
            + "".join(f"  {kind}_temp_path {temp}/{kind};\n" for kind in ("client_body", "proxy"))
            + "".join(f"  {kind}_temp_path {temp}/{kind};\n" for kind in ("fastcgi", "uwsgi", "scgi"))
            + f"  include {site};\n}}\n"
        )
        return main

    def start(self) -> None:
        binary = find_binary("nginx", "/usr/sbin/nginx")
        config = self.write_config()
        check = subprocess.run([binary, "-t", "-c", str(config), "-p", str(self.root)], capture_output=True, text=True)
        if check.returncode != 0:
            raise LaunchError(f"nginx rejects the configuration: {check.stderr}")
        log = (self.root / "nginx.out").open("a")
        self.process = subprocess.Popen(
            [binary, "-c", str(config), "-p", str(self.root)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        _wait(self._listening, "nginx")

    def _listening(self) -> bool:
        import socket

        if self.process is not None and self.process.poll() is not None:
            raise LaunchError(f"nginx exited: {(self.root / 'error.log').read_text(errors='replace')[-2000:]}")
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        _kill_group(self.process, signal.SIGTERM)  # SIGTERM: nginx's fast shutdown
        self.process = None
