"""A running clock for waits that have no count of their own (training, start-up)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def ticking(description: str, interval: float = 1.0) -> Iterator[None]:
    """Show `description: N s` and update it every `interval` seconds until the block ends."""
    started = time.perf_counter()
    done = threading.Event()
    bar = tqdm(desc=description, bar_format="{desc}: {n:.0f} s", total=None)

    def tick() -> None:
        while not done.wait(interval):
            bar.n = time.perf_counter() - started
            bar.refresh()

    thread = threading.Thread(target=tick, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        bar.n = time.perf_counter() - started
        bar.close()
