"""reports/bench.md: both bots side by side, the ratios, and the issue's targets checked."""

from __future__ import annotations

import math
import os
import statistics
from dataclasses import dataclass
from typing import Any

from tooling.bench.stats import ratio


@dataclass(frozen=True)
class Row:
    label: str
    path: tuple[str, ...]  # where the number is in a bot's results
    unit: str  # "s", "ms" (stored as seconds), "MB", "req/s", "x"
    digits: int = 1


ROWS = (
    Row("`rasa train` from clean", ("train_seconds",), "s", 0),
    Row("cold start until `/status` answers", ("cold_start_seconds",), "s"),
    Row("RSS, all processes (after the load)", ("rss_total_mb",), "MB", 0),
    Row("REST latency p50", ("latency", "p50"), "ms"),
    Row("REST latency p95", ("latency", "p95"), "ms"),
    Row("REST latency p99", ("latency", "p99"), "ms"),
    Row("one conversation: p50 of turns 1-50", ("long_conversation", "p50_first"), "ms"),
    Row("one conversation: p50 of turns 150-200", ("long_conversation", "p50_last"), "ms"),
    Row("one conversation: growth (last / first)", ("long_conversation", "growth"), "x", 2),
    Row("throughput, concurrency 1", ("throughput", "1"), "req/s"),
    Row("throughput, concurrency 8", ("throughput", "8"), "req/s"),
    Row("throughput, concurrency 32", ("throughput", "32"), "req/s"),
    Row("5 messages at once, one conversation: last answer after", ("burst", "seconds"), "ms", 0),
)


def lookup(results: dict[str, Any], path: tuple[str, ...]) -> float | None:
    value: Any = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def fmt(value: float | None, unit: str, digits: int = 1) -> str:
    if value is None or math.isnan(value):
        return "-"
    if unit == "ms":
        return f"{value * 1000:.{digits}f} ms"
    if unit == "x":
        return f"{value:.{digits}f}x"
    return f"{value:,.{digits}f} {unit}"


def targets(ours: dict[str, Any], base: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each speed target; met is None when not measured."""

    def r(path: tuple[str, ...]) -> float | None:
        return ratio(lookup(ours, path), lookup(base, path))

    def check(value: float | None, ok) -> bool | None:
        return None if value is None else bool(ok(value))

    p50 = r(("latency", "p50"))
    growth = lookup(ours, ("long_conversation", "growth"))
    c8 = r(("throughput", "8"))
    rss = r(("rss_total_mb",))
    start = r(("cold_start_seconds",))
    start_s = lookup(ours, ("cold_start_seconds",))
    train = lookup(ours, ("train_seconds",))
    burst = ours.get("burst") or {}
    burst_ok = (
        None
        if not burst
        else burst.get("answered") == burst.get("sent") and burst.get("in_order") and burst.get("seconds", 99) <= 1.0
    )
    burst_text = (
        f"{burst.get('answered')}/{burst.get('sent')} answered, "
        f"{'in order' if burst.get('in_order') else 'out of order'}, {fmt(burst.get('seconds'), 'ms', 0)}"
        if burst
        else "-"
    )
    long_last = r(("long_conversation", "p50_last"))
    return [
        (
            "shipped default (SQL store): p50 at most 0.15x, fresh conversations",
            fmt(p50, "x", 2),
            check(p50, lambda v: v <= 0.15),
        ),
        (
            "shipped default (SQL store): p50 at most 0.15x, long conversations (turns 150-200)",
            fmt(long_last, "x", 2),
            check(long_last, lambda v: v <= 0.15),
        ),
        ("p50 latency at most 0.25x", fmt(p50, "x", 2), check(p50, lambda v: v <= 0.25)),
        (
            "latency flat: turns 150-200 p50 at most 1.2x turns 1-50",
            fmt(growth, "x", 2),
            check(growth, lambda v: v <= 1.2),
        ),
        ("throughput at concurrency 8 at least 4x", fmt(c8, "x", 1), check(c8, lambda v: v >= 4)),
        ("RSS at most 0.5x", fmt(rss, "x", 2), check(rss, lambda v: v <= 0.5)),
        (
            "cold start at most 0.25x and under 20 s",
            f"{fmt(start, 'x', 2)}, {fmt(start_s, 's')}",
            None if start is None or start_s is None else start <= 0.25 and start_s < 20,
        ),
        ("`rasa train` from clean at most 60 s", fmt(train, "s", 0), check(train, lambda v: v <= 60)),
        ("5 messages at once in one conversation: all answered, in order, within 1 s", burst_text, burst_ok),
    ]


def table(ours: dict[str, Any], base: dict[str, Any], memory: dict[str, Any] | None = None) -> str:
    """Both bots' numbers side by side, with the ratio; `memory`: ours with conversations in memory."""
    if memory is None:
        lines = ["| | ours | baseline | ours / baseline |", "|---|---|---|---|"]
    else:
        lines = [
            "| | ours, as shipped (SQL store) | ours, in memory | baseline | shipped / baseline |",
            "|---|---|---|---|---|",
        ]
    for row in ROWS:
        a, b = lookup(ours, row.path), lookup(base, row.path)
        ratio_text = fmt(ratio(a, b), "x", 2) if row.unit != "x" else "-"
        cells = [row.label, fmt(a, row.unit, row.digits)]
        if memory is not None:
            cells.append(fmt(lookup(memory, row.path), row.unit, row.digits))
        cells += [fmt(b, row.unit, row.digits), ratio_text]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def round_ratios(ours: dict[str, Any], base: dict[str, Any]) -> list[float]:
    """p50 of ours / p50 of the baseline in each round of the side-by-side latency sample."""
    pairs = zip(ours.get("latency_rounds") or [], base.get("latency_rounds") or [], strict=False)
    return [r for r in (ratio(a, b) for a, b in pairs) if r is not None]


def rounds_lines(ours: dict[str, Any], base: dict[str, Any], memory: dict[str, Any] | None = None) -> list[str]:
    """The p50 ratio of each round and its median; the machine's load average during the rounds."""
    lines = []
    for label, results in (("shipped (SQL store)", ours), ("in memory", memory or {})):
        ratios = round_ratios(results, base)
        if ratios:
            each = ", ".join(f"{r:.2f}" for r in ratios)
            lines.append(
                f"- p50 / baseline p50, {label}, round by round: {each}; median {statistics.median(ratios):.2f}x"
            )
    loads = ours.get("load_average") or []
    if loads:
        lines.append(
            f"- load average (1 min) during the latency rounds: {min(loads):.1f} to {max(loads):.1f} "
            f"(median {statistics.median(loads):.1f}) on {os.cpu_count()} cores"
        )
    return lines


def readme_section(
    ours: dict[str, Any], base: dict[str, Any], meta: dict[str, Any], memory: dict[str, Any] | None = None
) -> str:
    met = targets(ours, base)
    missed = [label for label, _, ok in met if ok is False]
    verdict = (
        "all targets met"
        if not missed and all(ok is not None for _, _, ok in met)
        else f"targets missed: {'; '.join(missed)}"
    )
    return (
        f"Speed (`make bench`, {meta.get('when', '?')}, {meta.get('machine', '?')}; full report and the"
        f" targets: `reports/bench.md`; {verdict}):\n\n"
        + table(ours, base, memory)
        + "\n\n"
        + "\n".join(rounds_lines(ours, base, memory))
    )


# bench.md's hand-written part (why TensorFlow stays in memory) starts here; `make bench` keeps it.
KEPT_HEADING = "## Memory: TensorFlow"


def markdown(
    ours: dict[str, Any], base: dict[str, Any], meta: dict[str, Any], memory: dict[str, Any] | None = None
) -> str:
    lines = [
        "# Benchmark: our assistant vs a stock Rasa knowledge-base bot",
        "",
        f"Written by `make bench` on {meta.get('when', '?')} ({meta.get('machine', '?')}). Both bots were trained",
        "(unless `--skip-train`), started and measured in this one run, over REST on 127.0.0.1, with questions",
        f"drawn from the held-out set (`tests/nlu/heldout.yml`). {meta.get('method', '')}",
        "",
        table(ours, base, memory),
    ]
    lines += ["", *rounds_lines(ours, base, memory)]
    lines += ["", "## Targets (issues 6 and 13)", "", "| target | measured | met |", "|---|---|---|"]
    for label, measured, met in targets(ours, base):
        mark = "-" if met is None else ("yes" if met else "**no**")
        lines.append(f"| {label} | {measured} | {mark} |")
    lines += ["", "## Processes", ""]
    for name, results in (("ours", ours), ("ours, in memory", memory or {}), ("baseline", base)):
        by_process = results.get("rss_by_process") or {}
        listed = ", ".join(f"{process}: {mb:,.0f} MB" for process, mb in by_process.items()) or "-"
        lines.append(f"- {name}: {listed}")
    errors = {name: results.get("errors", 0) for name, results in (("ours", ours), ("baseline", base))}
    lines += ["", f"Failed requests: ours {errors['ours']}, baseline {errors['baseline']}."]
    return "\n".join(lines) + "\n"
