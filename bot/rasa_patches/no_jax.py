"""jax marked absent before anything imports Rasa.

Why: TensorFlow, which Rasa's core imports even with no TensorFlow component
in the pipeline, imports jax when it is installed, for TFLite conversion
only. TensorFlow's import of it is guarded (`try: import jax except
ImportError`), so a module marked absent is simply skipped.

Measured gain (reports/profile.md): about 100 MB less resident memory per
process. Re-measured on and off (`python -m tooling.bench patches`,
2026-11-30; same server and model, 300 held-out questions over REST, 3 rounds,
server CPU time per turn, which contention on the shared 2-core machine
distorts less than latency): the server's RSS after the load is 561-562 MB
with it, 627-628 MB without (66 MB); no change in time per turn.

Sets `sys.modules["jax"] = None` (Python's way to make an import fail with
ImportError); relies on TensorFlow 2.12 tolerating that.
"""

from __future__ import annotations

import sys

UNUSED_MODULES = ("jax",)


def install() -> None:
    """Call before anything imports Rasa or TensorFlow."""
    for name in UNUSED_MODULES:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
