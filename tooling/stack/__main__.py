"""`python -m tooling.stack up` (`make deploy-up`): the deployment on loopback until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import threading

from bot.launcher import quiet
from tooling.stack.stack import Stack


def main(argv: list[str] | None = None) -> int:
    quiet()
    parser = argparse.ArgumentParser(prog="python -m tooling.stack", description=__doc__)
    parser.add_argument("command", choices=["up"])
    parser.add_argument("--replicas", type=int, default=3)
    args = parser.parse_args(argv)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    with Stack(replicas=args.replicas) as stack:
        print(f"nginx:      {stack.url}/  (REST: {stack.url}/webhooks/rest/webhook)")
        for index in range(args.replicas):
            print(f"replica {index}:  {stack.replica_url(index)}  log: {stack.servers[index].log_path}")
        print(f"PostgreSQL: {stack.postgres.url}\nRedis:      {stack.redis.url}\nCtrl-C stops everything.")
        stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
