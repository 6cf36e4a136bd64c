"""The README's conversation examples, from real output: `python -m tooling.transcripts`.

Starts the server (127.0.0.1, a free port, conversations in memory), asks each
conversation below over REST, renders the answers as the terminal chat shows
them (bot/console.py) and writes them between the README's
`<!-- chat:NAME:start -->` / `<!-- chat:NAME:end -->` markers. `--check` writes
nothing and fails when the README differs; tests/test_readme_examples.py runs
the same comparison against the test server, so the examples stay true.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

from bot import console
from bot.launcher import PROJECT_ROOT, environment, free_port, stop, wait_for
from tooling.bench.readme import README, replace_section

# Each example: a README section name and what a person types, in order.
CONVERSATIONS: dict[str, list[str]] = {
    "basics": [
        "who plays Haruna?",
        "what else has she been in?",
        "who directed it?",
        "when did it come out?",
        "what's the rotten tomatoes score?",
        "who directed Barbie?",
    ],
    "lists": ["who's in it?", "full cast", "who is the main actress?"],
    "spoilers": ["how does it end?", "2"],
    "sources": ["what's it rated?", "source?", "tell me about the novel", "source?"],
    "names": ["who is Sakurai?", "who does Nagase Ren play?", "永瀬廉", "who plays Akihito?"],
    "japanese": ["監督は誰？", "主演は？", "春奈の母は誰？", "いつ配信された？", "結末は？", "2", "who directed it?"],
}

Ask = Callable[[str, str], list[dict[str, Any]]]


def transcript(ask: Ask, typed: list[str]) -> str:
    """What the terminal shows for these inputs: prompts, answers, numbered choices."""
    sender = f"readme-{uuid.uuid4().hex[:8]}"
    lines: list[str] = []
    choices: list[str] = []
    for text in typed:
        lines.append(f"{console.PROMPT}{text}")
        screen = console.render(ask(sender, console.what_to_send(text, choices)))
        choices = screen.choices
        lines += screen.lines
    return "```\n" + "\n".join(lines) + "\n```"


def sections(ask: Ask) -> dict[str, str]:
    return {f"chat:{name}": transcript(ask, typed) for name, typed in CONVERSATIONS.items()}


def rest_asker(base_url: str) -> Ask:
    def ask(sender: str, text: str) -> list[dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{base_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)

    return ask


def updated_readme(text: str, ask: Ask) -> str:
    for name, body in sections(ask).items():
        text = replace_section(text, name, body)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.transcripts", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the README's examples are not current")
    args = parser.parse_args(argv)
    port = free_port()
    env = {**environment(), "TRACKER_STORE_URL": "memory", "UNANSWERED_LOG": "off"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/status", 240, process)
        current = README.read_text(encoding="utf-8")
        new = updated_readme(current, rest_asker(f"http://127.0.0.1:{port}"))
    finally:
        stop(process)
    if args.check:
        if new != current:
            print("README conversation examples are out of date: run `python -m tooling.transcripts`", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"wrote {len(CONVERSATIONS)} conversation examples into {README}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
