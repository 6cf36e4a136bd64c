"""Rasa's model graph, each run's sub-graph planned once and run without dask's scheduler.

Why: Rasa runs its model graph (once for NLU, once per predicted action) with
`DaskGraphRunner`, which re-derives the minimal sub-graph for the targets and
rebuilds the dask task graph on every call.

Measured gain (py-spy, reports/profile.md): about 10% of a turn. Re-measured
on and off (`python -m tooling.bench patches`, 2026-11-30; same server and
model, 300 held-out questions over REST, 3 rounds, server CPU time per turn,
which contention on the shared 2-core machine distorts less than latency):
without it a turn costs 17-24% more CPU (19.4-23.1 ms instead of 16.6-19.0
ms).

Replaces `rasa.core.processor.DaskGraphRunner` (the name the processor looks
up when it loads a model) with a subclass that caches the private
`_build_dask_graph` result per target set, fills in inputs with the private
`_add_inputs_to_graph`, and reads the private `_graph_schema`.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner


class PlannedGraphRunner(DaskGraphRunner):
    """Rasa's DaskGraphRunner with each target set's sub-graph derived once, run without dask's scheduler."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plans: dict[tuple[str, ...], dict[str, Any]] = {}

    def run(self, inputs: dict[str, Any] | None = None, targets: list[str] | None = None) -> dict[str, Any]:
        import dask.core

        run_targets = tuple(targets or self._graph_schema.target_names)
        plan = self._plans.get(run_targets)
        if plan is None:
            plan = self._build_dask_graph(self._graph_schema.minimal_graph_schema(list(run_targets)))
            self._plans[run_targets] = plan
        run_graph = dict(plan)
        if inputs:
            self._add_inputs_to_graph(inputs, run_graph)
        try:
            return dict(dask.core.get(run_graph, list(run_targets)))
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error


def install() -> None:
    import rasa.core.processor

    rasa.core.processor.DaskGraphRunner = PlannedGraphRunner
