"""`python -m bot`: a thin command line over the importable core."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from pathlib import Path

from bot import conversations, nlu_build, rasa_patches, unanswered
from bot.channels.settings import ChannelSettings
from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, LaunchError, configure_logging, free_port, load_env_file, quiet
from bot.server import ServerConfigError
from bot.store import DEFAULT_FACTS_PATH, FactsError, FactStore


def _load(path: str) -> FactStore:
    return FactStore.load(path)


def cmd_check(args: argparse.Namespace) -> int:
    store = _load(args.facts)
    print(
        f"{store.path}: OK - {len(store.film)} film facts, {len(store.people)} people, "
        f"{len(store.characters)} characters, {len(store.cast)} cast credits, {len(store.crew)} crew roles, "
        f"{len(store.plot)} plot points, {len(store.sources)} sources"
    )
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    store = _load(args.facts)
    if args.check:
        stale = nlu_build.stale_outputs(store)
        for path in stale:
            print(f"stale: {path} (run `make generate`)", file=sys.stderr)
        return 1 if stale else 0
    if args.spacy:
        print(f"wrote {nlu_build.build_spacy_pipeline(store)}")
        return 0
    for path in nlu_build.generate(store):
        print(f"wrote {path}")
    print(f"entity patterns: {nlu_build.describe(store)}")
    return 0


def log_to_file(path: Path) -> None:
    """Everything but the conversation goes to `path`: log records, Python warnings and
    whatever libraries print to stderr (TensorFlow's C++ logging writes to the file
    descriptor directly, hence the dup2)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    log = path.open("a", encoding="utf-8", buffering=1)
    os.dup2(log.fileno(), sys.stderr.fileno())
    logging.captureWarnings(True)
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.StreamHandler(log))


def _serve(args: argparse.Namespace, log_level: int = logging.INFO, log_file: Path | None = None, **options) -> int:
    # Everything a user must fix stops here with one clear message, before the model loads.
    rasa_patches.check_versions()
    store = _load(args.facts)
    options.setdefault("tracker_store_url", conversations.store_url())
    options.setdefault("facts", Path(args.facts).resolve())
    if not DEFAULT_MODEL.exists():
        raise LaunchError(f"no trained model at {DEFAULT_MODEL}: run `make train` first")
    if log_file is not None:
        log_to_file(log_file)
        # The terminal chat's one line, at once: loading the model takes a while.
        from bot.console import banner, user_language

        title_ja = store.film.get("title_japanese")
        print(banner(store.title, user_language(), title_ja.value if title_ja else None), flush=True)
    from bot.server import ServerOptions, serve

    # Rasa logs every turn at debug level unless told otherwise; LOG_LEVEL overrides.
    level = logging.getLevelName(os.environ.get("LOG_LEVEL", logging.getLevelName(log_level)))
    configure_logging(level, rasa=True)
    if level >= logging.ERROR:
        warnings.simplefilter("ignore")  # Rasa resets the filters; library deprecation chatter has no place in a chat

    serve(ServerOptions(port=args.port, **options))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.server import cors_from_environment

    return _serve(
        args,
        interface=args.host,
        endpoints=Path(args.endpoints),
        channels=ChannelSettings.from_env(),
        enable_api=args.enable_api,
        auth_token=os.environ.get("RASA_AUTH_TOKEN") or None,
        cors=cors_from_environment(),
    )


def cmd_chat(args: argparse.Namespace) -> int:
    log_file = Path(os.environ.get("CHAT_LOG", PROJECT_ROOT / "var" / "chat.log"))
    if not args.port:
        args.port = free_port()
    return _serve(args, log_level=logging.WARNING, log_file=log_file, channel="cmdline", interface="127.0.0.1")


def cmd_report(args: argparse.Namespace) -> int:
    rows = unanswered.most_frequent(args.limit)
    if not rows:
        print(f"Nothing recorded yet in {unanswered.db_path()}.")
        return 0
    print(f"Most frequent unanswered questions ({unanswered.db_path()}):")
    print(f"{'count':>5}  {'reason':<14} {'intent':<18} {'conf':>5}  text")
    for row in rows:
        confidence = f"{row.mean_confidence:.2f}" if row.mean_confidence is not None else "-"
        print(f"{row.count:>5}  {row.reason:<14} {row.intent or '-':<18} {confidence:>5}  {row.text}")
    return 0


def cmd_conversations(args: argparse.Namespace) -> int:
    url = conversations.store_url()
    found = conversations.list_conversations(url)
    if not found:
        print(f"No conversations stored ({conversations.describe(url)}).")
        return 0
    print(f"{len(found)} conversations ({conversations.describe(url)}), most recent first:")
    print(f"{'events':>6}  {'first (UTC)':<16}  {'last (UTC)':<16}  id")
    for c in found:
        first = f"{c.first:%Y-%m-%d %H:%M}" if c.first else "-"
        last = f"{c.last:%Y-%m-%d %H:%M}" if c.last else "-"
        print(f"{c.events:>6}  {first:<16}  {last:<16}  {c.sender_id}")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    if not args.ids and args.older_than is None:
        print("error: name conversation ids, or use --older-than DAYS", file=sys.stderr)
        return 2
    deleted = conversations.forget(conversations.store_url(), args.ids, args.older_than)
    print(f"Deleted {deleted} conversation{'s' if deleted != 1 else ''}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--facts", default=str(DEFAULT_FACTS_PATH), help="the facts YAML file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate the facts file").set_defaults(run=cmd_check)
    generate = sub.add_parser("generate", help="write lookup tables and the spaCy pipeline")
    generate.add_argument("--check", action="store_true", help="only report stale outputs")
    generate.add_argument(
        "--spacy", action="store_true", help="only the spaCy pipeline (build/), not the committed lookup tables"
    )
    generate.set_defaults(run=cmd_generate)
    serve = sub.add_parser("serve", help="the server: REST and the other configured channels")
    serve.add_argument("--port", type=int, default=5005)
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (127.0.0.1: this machine only)")
    serve.add_argument(
        "--endpoints", default=str(PROJECT_ROOT / "endpoints.yml"), help="Rasa endpoints file (e.g. an event broker)"
    )
    serve.add_argument(
        "--enable-api", action="store_true", help="Rasa's HTTP API (trackers, model); needs RASA_AUTH_TOKEN"
    )
    serve.set_defaults(run=cmd_serve)
    chat = sub.add_parser("chat", help="chat in the terminal")
    chat.add_argument("--port", type=int, default=0, help="REST port on 127.0.0.1 (default: any free one)")
    chat.set_defaults(run=cmd_chat)
    sub.add_parser("conversations", help="list stored conversations").set_defaults(run=cmd_conversations)
    forget = sub.add_parser("forget", help="delete stored conversations")
    forget.add_argument("ids", nargs="*", help="conversation (sender) ids, as `conversations` lists them")
    forget.add_argument("--older-than", type=float, metavar="DAYS", help="also those idle for more than DAYS days")
    forget.set_defaults(run=cmd_forget)
    report = sub.add_parser("report", help="most frequent questions it could not answer")
    report.add_argument("--limit", type=int, default=20)
    report.set_defaults(run=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    quiet()
    configure_logging()
    args = build_parser().parse_args(argv)
    try:
        load_env_file()
        return args.run(args)
    except (FactsError, LaunchError, ServerConfigError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        # Rasa reports bad credentials or endpoints files with its own exception type.
        if type(error).__module__.startswith("rasa."):
            print(f"error: {error}", file=sys.stderr)
            return 2
        raise
