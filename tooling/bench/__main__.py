"""`python -m tooling.bench`: benchmark commands (see tooling/bench/__init__.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.launcher import PROJECT_ROOT, configure_logging, quiet
from bot.store import DEFAULT_FACTS_PATH


def cmd_serve(args: argparse.Namespace) -> int:
    from tooling.bench.serve import serve

    serve(args.model, args.port)
    return 0


def cmd_soak(args: argparse.Namespace) -> int:
    from tooling.bench.run import heldout_questions
    from tooling.bench.soak import soak

    passed = soak(args.model, heldout_questions(), args.seconds, args.concurrency, args.work, args.out)
    return 0 if passed else 1


def cmd_pipelines(args: argparse.Namespace) -> int:
    from tooling.bench import pipelines

    results = pipelines.compare([path.resolve() for path in args.configs], args.work.resolve())
    pipelines.write(results, args.out)
    print(pipelines.markdown(results))
    print(f"wrote {args.out}")
    return 0


def cmd_baseline(args: argparse.Namespace) -> int:
    from bot.store import FactStore
    from tooling.bench import baseline

    for path in baseline.generate(FactStore.load(args.facts)):
        print(f"wrote {path.relative_to(PROJECT_ROOT)}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from tooling.bench import run

    plan = run.Plan(
        requests=args.requests,
        long_turns=args.long_turns,
        seconds_per_level=args.seconds,
        concurrencies=tuple(args.concurrency),
    )
    run.run(plan, args.out, args.work.resolve(), run.heldout_questions(), skip_train=args.skip_train)
    print(args.out.read_text(encoding="utf-8"))
    print(f"wrote {args.out}")
    return 0


def cmd_replicas(args: argparse.Namespace) -> int:
    from tooling.bench import replicas
    from tooling.bench.run import heldout_questions

    replicas.run(heldout_questions(), args.seconds, args.out, tuple(args.sizes))
    print(args.out.read_text(encoding="utf-8"))
    print(f"wrote {args.out}")
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from tooling.bench import profile
    from tooling.bench.run import heldout_questions

    raw = profile.profile(args.model.resolve(), args.work.resolve(), heldout_questions(), args.requests, 10)
    samples, shares = profile.inclusive_shares(profile.parse_collapsed(raw.read_text(encoding="utf-8")))
    text = profile.markdown(args.title, samples, shares)
    print(text)
    if args.out:
        profile.write(text, args.out)
        print(f"wrote {args.out}")
    return 0


def cmd_patches(args: argparse.Namespace) -> int:
    import statistics

    from tooling.bench import patches
    from tooling.bench.run import heldout_questions

    rows = patches.compare(args.model.resolve(), heldout_questions(), args.rounds, args.turns, args.work.resolve())
    for off in (patches.ALL_ON, *patches.SWITCHABLE):
        mine = [row for row in rows if row["off"] == off]
        cpu = statistics.median(row["cpu_ms_per_turn"] for row in mine)
        rss = statistics.median(row["rss_mb"] for row in mine)
        print(f"off: {off:<26} CPU per turn {cpu:6.2f} ms (median of {len(mine)}), RSS {rss:.0f} MB")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tooling.bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="our server on 127.0.0.1 (REST only) with any model")
    serve.add_argument("--model", type=Path, required=True)
    serve.add_argument("--port", type=int, required=True)
    serve.set_defaults(run=cmd_serve)

    bench = sub.add_parser("run", help="train, start and load both bots; write reports/bench.md")
    bench.add_argument("--requests", type=int, default=1000, help="sequential questions for the latency sample")
    bench.add_argument("--long-turns", type=int, default=200, help="turns of the one long conversation")
    bench.add_argument("--seconds", type=float, default=20.0, help="seconds per concurrency level")
    bench.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    bench.add_argument("--skip-train", action="store_true", help="use the models of make train / make baseline")
    bench.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "bench")
    bench.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "bench.md")
    bench.set_defaults(run=cmd_run)

    soak = sub.add_parser("soak", help="bounded load at concurrency 1, 8, 32; errors, p95, RSS growth")
    soak.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "drawing-closer.tar.gz")
    soak.add_argument("--seconds", type=float, default=120.0, help="seconds per concurrency level")
    soak.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    soak.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "soak")
    soak.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "soak.md")
    soak.set_defaults(run=cmd_soak)

    reps = sub.add_parser("replicas", help="throughput with 1, 2, 3 replicas behind nginx (tooling/stack)")
    reps.add_argument("--seconds", type=float, default=15.0, help="seconds per concurrency level")
    reps.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 3])
    reps.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "replicas.md")
    reps.set_defaults(run=cmd_replicas)

    prof = sub.add_parser("profile", help="py-spy profile of our server answering held-out questions")
    prof.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "drawing-closer.tar.gz")
    prof.add_argument("--requests", type=int, default=300)
    prof.add_argument("--title", default="Profile of a turn")
    prof.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "profile")
    prof.add_argument("--out", type=Path)
    prof.set_defaults(run=cmd_profile)

    patches = sub.add_parser("patches", help="each global patch of bot/rasa_patches/ on and off: CPU per turn, RSS")
    patches.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "drawing-closer.tar.gz")
    patches.add_argument("--rounds", type=int, default=3)
    patches.add_argument("--turns", type=int, default=300, help="held-out questions per server and round")
    patches.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "patches")
    patches.set_defaults(run=cmd_patches)

    base = sub.add_parser("baseline", help="write the baseline's knowledge base and NLU data from the facts")
    base.add_argument("--facts", type=Path, default=DEFAULT_FACTS_PATH)
    base.set_defaults(run=cmd_baseline)

    pipes = sub.add_parser("pipelines", help="compare NLU pipeline configurations")
    pipes.add_argument("configs", type=Path, nargs="+")
    pipes.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "pipelines")
    pipes.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "pipelines.md")
    pipes.set_defaults(run=cmd_pipelines)
    return parser


def main(argv: list[str] | None = None) -> int:
    quiet()
    configure_logging()
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
