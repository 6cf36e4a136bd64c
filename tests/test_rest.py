"""The real thing: the server (actions in-process), asked over REST like a user would.

Marked `server` (make e2e). Uses the session's server (conftest.py), then
checks answers against the fact store (never against sentences).
"""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
import uuid

import pytest

from bot.launcher import PROJECT_ROOT, environment
from bot.text import format_date

pytestmark = pytest.mark.server


def new_sender() -> str:
    return uuid.uuid4().hex


def single_turn_cases(store):
    people = store.people
    film = store.film
    return [
        ("hi", ["Drawing Closer"]),
        ("what can you do?", ["director"]),
        ("are you a bot?", ["bot"]),
        ("who directed Drawing Closer?", [people["takahiro_miki"].name]),
        ("who is the director", [people["takahiro_miki"].name]),
        ("who plays Akito?", [people["ren_nagase"].name]),
        ("who plays haruna sakurai", [people["natsuki_deguchi"].name]),
        ("who is in the cast?", [people["ren_nagase"].name, people["natsuki_deguchi"].name]),
        ("who wrote the screenplay?", [people["tomoko_yoshida"].name]),
        ("who composed the music?", [people["seiji_kameda"].name]),
        ("which studio made it?", [people["nikkatsu"].name]),
        ("what's the theme song?", [people["suis"].name]),
        ("who does Ren Nagase play?", [store.characters["akito_hayasaka"].name]),
        ("who does Nagase Ren play in it", [store.characters["akito_hayasaka"].name]),
        ("what else has Natsuki Deguchi been in?", [people["natsuki_deguchi"].known_for[0].title]),
        ("is it based on a book?", [people["ao_morita"].name]),
        ("when was it released?", [format_date(film["premiere_date"].value)]),
        ("where can I watch it?", [film["platform"].value]),
        ("how long is the movie?", [str(film["runtime_minutes"].value)]),
        ("what is it rated?", [film["maturity_rating"].value]),
        ("what language is it in?", [film["language"].value]),
        ("what's it about?", [store.plot[0].text[:40]]),
        ("what was the budget?", [f"I don't know of {film['budget'].label}"]),
        ("who was the cinematographer?", ["I don't know of", "cinematographer"]),  # the credit asked is named
        ("who directed Titanic?", ["only help with Drawing Closer"]),
        ("what's the weather like today?", ["only help with Drawing Closer"]),
        ("how does it end?", ["spoil"]),
        ("asdfghjkl qwerty", ["didn't get that"]),
        ("thanks!", ["welcome"]),
        ("bye", ["Bye"]),
    ]


def test_thirty_single_questions(server, store):
    failures = []
    for question, expected in single_turn_cases(store):
        answer = server.ask(question, new_sender())
        missing = [text for text in expected if text not in answer]
        if missing:
            failures.append(f"{question!r} -> {answer!r} (missing {missing})")
    assert not failures, "\n".join(failures)


def test_follow_ups_keep_context(server, store):
    sender = new_sender()
    assert store.people["ren_nagase"].name in server.ask("who plays Akito?", sender)
    assert store.people["ren_nagase"].known_for[0].title in server.ask("what else has he been in?", sender)
    sender = new_sender()
    assert store.people["takahiro_miki"].name in server.ask("who directed it?", sender)
    assert format_date(store.film["premiere_date"].value) in server.ask("when did it come out?", sender)
    assert store.people["takahiro_miki"].known_for[0].title in server.ask("what else has he made?", sender)


def test_spoilers_only_with_consent(server, store):
    ending = [p.text for p in store.plot if p.spoiler][-1]
    sender = new_sender()
    warning = server.ask("how does it end?", sender)
    assert ending not in warning
    assert ending in server.ask("yes", sender)
    assert "came from" in server.ask("source?", sender) or "http" in server.ask("source?", sender)
    sender = new_sender()
    server.ask("how does it end?", sender)
    refused = server.ask("no", sender)
    assert ending not in refused and store.plot[0].text[:40] in refused


def test_long_messages_get_a_polite_limit_reply(server):
    answer = server.ask("who plays Akito? " * 400, new_sender())
    assert "long message" in answer and "1000" in answer


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😀😀😀",
        "x" * 5000,
        "これは何の映画ですか",
        "¿De qué trata la película?",
        "<script>alert(1)</script>",
    ],
)
def test_strange_messages_get_a_polite_reply(server, text):
    answer = server.ask(text, new_sender())
    assert answer.strip()
    assert "Traceback" not in answer


def test_test_stories_pass():
    """Rasa's end-to-end test stories (tests/stories/), through NLU to the actions."""
    result = subprocess.run(
        [sys.executable, "-m", "tooling.stories"], cwd=PROJECT_ROOT, env=environment(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_rasa_http_api_is_off_by_default(server):
    for path in ("/conversations/someone/tracker", "/version", "/model/parse"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(server.url(path), timeout=10)
        assert error.value.code in (404, 405)


def test_no_cors_for_other_origins_by_default(server):
    request = urllib.request.Request(server.url("/status"), headers={"Origin": "https://evil.example"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers.get("Access-Control-Allow-Origin") is None
