"""Run Rasa's end-to-end test stories (tests/stories/) with the actions in-process.

`rasa test core` expects a separate action server; this runs the same
evaluation (rasa.core.test) with the in-process action endpoint
(bot/rasa_patches/in_process_actions.py).
Exit status 1 if any story fails.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

import yaml

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, configure_logging, quiet

STORIES = PROJECT_ROOT / "tests" / "stories"
REPLY_LANGUAGE = "reply_language"  # bot.i18n.LANGUAGE_SLOT; tooling does not import the runtime's Rasa parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.stories", description=__doc__)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "stories")
    args = parser.parse_args(argv)
    quiet()

    from rasa.core.agent import Agent
    from rasa.core.test import test

    from bot.rasa_patches.in_process_actions import in_process_action_endpoint
    from bot.server import ACTIONS_PACKAGE

    configure_logging(logging.WARNING, rasa=True)
    agent = Agent.load(str(args.model), action_endpoint=in_process_action_endpoint(ACTIONS_PACKAGE))
    _without_reply_language(agent)
    args.out.mkdir(parents=True, exist_ok=True)
    result = asyncio.run(
        test(str(args.stories), agent, out_directory=str(args.out), e2e=True, disable_plotting=True, successes=True)
    )
    failed = _stories_in(args.out / "failed_test_stories.yml")
    passed = _stories_in(args.out / "successful_test_stories.yml")
    print(
        f"test stories: {len(passed)} passed, {len(failed)} failed "
        f"(action accuracy {result.get('accuracy', 0.0):.1%}; details in {args.out})"
    )
    for story in failed:
        print(f"  FAILED: {story}")
    return 0 if passed and not failed else 1


def _without_reply_language(agent) -> None:
    """The stories compare each message's intent and entities; the reply language the
    QuestionReader tags on every message (bot/nlu_frame.py) is not part of what a story
    means, so it is left out here (tests/test_japanese.py checks it)."""
    parse = agent.processor.parse_message

    async def parse_message(message, tracker=None, only_output_properties: bool = True):
        parsed = await parse(message, tracker, only_output_properties)
        parsed["entities"] = [e for e in parsed.get("entities") or [] if e.get("entity") != REPLY_LANGUAGE]
        return parsed

    agent.processor.parse_message = parse_message


def _stories_in(path: Path) -> list[str]:
    if not path.exists():
        return []
    content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [story.get("story", "?") for story in content.get("stories") or []]


if __name__ == "__main__":
    raise SystemExit(main())
