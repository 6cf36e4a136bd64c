"""Compare NLU pipeline configurations: held-out accuracy, NLU latency, training time, cold start.

For each config file: `rasa train` from clean (an empty training cache, a fresh
output directory), the held-out evaluation of tooling.evaluate on the trained model,
and the time from starting the server on that model until `/status` answers.
Writes a Markdown table (and JSON) for reports/pipelines.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bot.launcher import PROJECT_ROOT, environment
from tooling.bench import readme
from tooling.bench.bots import start_ours
from tooling.bench.clock import ticking


@dataclass
class PipelineResult:
    name: str
    config: str
    description: str
    train_seconds: float
    intent_accuracy: float
    intent_macro_f1: float
    entity_f1: float
    parse_p50_ms: float
    parse_p95_ms: float
    load_seconds: float
    cold_start_seconds: float
    server_rss_mb: float


def describe(config: Path) -> str:
    """The first comment line of a config file says what the candidate is."""
    first = config.read_text(encoding="utf-8").splitlines()[0]
    return first.lstrip("# ").strip() if first.startswith("#") else config.stem


def train(config: Path, out: Path) -> float:
    """`rasa train` from clean; returns wall seconds."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rasa-cache-") as cache:
        env = {**environment(), "RASA_CACHE_DIRECTORY": cache}
        command = [sys.executable, "-m", "rasa", "train", "--config", str(config), "--out", str(out)]
        command += ["--fixed-model-name", "model"]
        started = time.perf_counter()
        with (out / "train.log").open("w") as log:
            subprocess.run(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=True)
        return time.perf_counter() - started


def evaluate(model: Path, out: Path) -> dict:
    report = out / "eval.md"
    command = [sys.executable, "-m", "tooling.evaluate", "--model", str(model), "--report", str(report)]
    subprocess.run(command, cwd=PROJECT_ROOT, env=environment(), check=True, stdout=subprocess.DEVNULL)
    return json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))


def cold_start(model: Path, out: Path) -> tuple[float, float]:
    """Seconds from starting the server until /status answers, and its RSS then (MB)."""
    bot = start_ours(model, out)
    try:
        return bot.cold_start_seconds, sum(bot.rss().values()) / 2**20
    finally:
        bot.stop()


def compare(configs: list[Path], work: Path) -> list[PipelineResult]:
    from tqdm import tqdm

    results = []
    steps = tqdm(total=len(configs) * 3, desc="pipelines", unit="step")
    for config in configs:
        out = work / config.stem
        with ticking(f"{config.stem}: rasa train from clean"):
            train_seconds = train(config, out)
        steps.update()
        model = out / "model.tar.gz"
        with ticking(f"{config.stem}: held-out evaluation"):
            scores = evaluate(model, out)
        steps.update()
        with ticking(f"{config.stem}: cold start"):
            start_seconds, rss_mb = cold_start(model, out)
        steps.update()
        results.append(
            PipelineResult(
                name=config.stem,
                config=str(config.relative_to(PROJECT_ROOT)) if config.is_relative_to(PROJECT_ROOT) else str(config),
                description=describe(config),
                train_seconds=train_seconds,
                intent_accuracy=scores["intent_accuracy"],
                intent_macro_f1=scores["intent_macro_f1"],
                entity_f1=scores["entity_f1"],
                parse_p50_ms=scores["parse_p50_ms"],
                parse_p95_ms=scores["parse_p95_ms"],
                load_seconds=scores["load_seconds"],
                cold_start_seconds=start_seconds,
                server_rss_mb=rss_mb,
            )
        )
        tqdm.write(f"{config.stem}: {json.dumps(asdict(results[-1]))}")
    steps.close()
    return results


def markdown(results: list[PipelineResult]) -> str:
    lines = [
        "| candidate | held-out intent acc. | macro F1 | entity F1 | NLU p50 / p95 | `rasa train` from clean"
        " | model load | cold start to `/status` | server RSS |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    results = sorted(results, key=lambda r: r.description)  # "Candidate A: ..." first
    for r in results:
        lines.append(
            f"| `{r.name}` | {r.intent_accuracy:.1%} | {r.intent_macro_f1:.3f} | {r.entity_f1:.3f} "
            f"| {r.parse_p50_ms:.1f} / {r.parse_p95_ms:.1f} ms | {r.train_seconds:.0f} s | {r.load_seconds:.1f} s "
            f"| {r.cold_start_seconds:.1f} s | {r.server_rss_mb:.0f} MB |"
        )
    lines += ["", *[f"- `{r.name}` ({r.config}): {r.description}" for r in results]]
    return "\n".join(lines) + "\n"


CHOICE_HEADING = "## Choice"


def write(results: list[PipelineResult], path: Path) -> None:
    """The table, under a fixed heading; a hand-written '## Choice' section below it is kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = readme.hand_written_tail(path, CHOICE_HEADING)
    header = (
        "# NLU pipeline candidates\n\n"
        "Written by `make pipelines` (`python -m tooling.bench pipelines tooling/pipelines/*.yml`): for each\n"
        "candidate, "
        "`rasa train` from clean (empty cache), the held-out evaluation of `tooling.evaluate` (238 questions never\n"
        "trained on), NLU latency per message, and the time from starting the server until `/status` answers.\n"
        "Same data, domain and machine for all; timings are from a shared 2-core machine and noisy.\n\n"
    )
    path.write_text(header + markdown(results) + kept, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps([asdict(r) for r in results], indent=2), encoding="utf-8")
