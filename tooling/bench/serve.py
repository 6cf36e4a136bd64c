"""`python -m tooling.bench serve`: our server on 127.0.0.1 with any model file.

The benchmarks start the same server as `make serve` (bot/server.py, the
channels of credentials.yml), but bound to loopback and with the model under test.
"""

from __future__ import annotations

from pathlib import Path


def serve(model: Path, port: int) -> None:
    from bot import conversations
    from bot.server import ServerOptions
    from bot.server import serve as run_server

    # Conversations in the SQL store, as `make serve` keeps them (TRACKER_STORE_URL picks the file).
    run_server(
        ServerOptions(model=model, port=port, interface="127.0.0.1", tracker_store_url=conversations.store_url())
    )
