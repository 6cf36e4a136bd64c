"""More than one server: a shared tracker store and Rasa's Redis lock store.

Two real server processes share one SQL tracker store and a Redis lock store
(redis-server from Debian, started here on a free port). One conversation
alternating between them keeps its context, and messages of one conversation
sent at the same time to both are answered one at a time, each with its own
answer.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.launcher import LaunchError, free_port
from bot.scaling import lock_store_endpoint
from tests.servers import Server, one_answer_each


def test_lock_store_url_is_parsed():
    endpoint = lock_store_endpoint({"LOCK_STORE_URL": "redis://:secret@cache.internal:6380/2"})
    assert (endpoint.url, endpoint.kwargs["port"], endpoint.kwargs["db"]) == ("cache.internal", 6380, 2)
    assert endpoint.kwargs["password"] == "secret"
    assert lock_store_endpoint({}) is None


@pytest.mark.parametrize("bad", ["localhost:6379", "http://redis", "redis://host:port/0", "redis://host/x"])
def test_bad_lock_store_urls_are_refused_clearly(bad):
    with pytest.raises(LaunchError, match="LOCK_STORE_URL"):
        lock_store_endpoint({"LOCK_STORE_URL": bad})


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: `make test-packages` installs it")
    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).stdout.strip() != b"PONG":
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("redis-server did not start")
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory, redis_url):
    shared = tmp_path_factory.mktemp("shared") / "conversations.sqlite"
    env = {"TRACKER_STORE_URL": f"sqlite:///{shared}", "LOCK_STORE_URL": redis_url}
    first = Server(tmp_path_factory.mktemp("first"), **env)
    try:
        second = Server(tmp_path_factory.mktemp("second"), **env)
    except Exception:
        first.close()
        raise
    yield first, second, shared
    first.close()
    second.close()


@pytest.mark.server
def test_a_conversation_alternating_between_servers_keeps_its_context(two_servers, store):
    first, second, _ = two_servers
    assert store.people["ren_nagase"].name in first.ask("who plays Akito?", "alternating")
    assert store.people["ren_nagase"].known_for[0].title in second.ask("what else has he been in?", "alternating")
    assert store.people["takahiro_miki"].name in first.ask("who directed it?", "alternating")
    assert store.people["takahiro_miki"].known_for[0].title in second.ask("what else has he made?", "alternating")


@pytest.mark.server
def test_simultaneous_messages_of_one_conversation_are_answered_one_at_a_time(two_servers, store):
    first, second, database = two_servers
    questions = one_answer_each(store)
    servers = [first, second]
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        answers = list(pool.map(lambda item: servers[item[0] % 2].ask(item[1], "simultaneous"), enumerate(questions)))
    for (question, expected), answer in zip(questions.items(), answers, strict=True):
        assert expected in answer, (question, answer)

    with sqlite3.connect(database) as connection:
        kinds = [
            kind
            for (kind,) in connection.execute(
                "SELECT type_name FROM events WHERE sender_id = 'simultaneous' AND type_name IN ('user', 'bot') "
                "ORDER BY id"
            )
        ]
    # One at a time: every question is followed by its answers before the next question starts.
    assert kinds.count("user") == len(questions)
    turns = "".join("u" if kind == "user" else "b" for kind in kinds)
    assert "uu" not in turns and turns.startswith("u") and turns.endswith("b"), turns


@pytest.mark.server
def test_the_redis_lock_is_polled_often_and_a_dead_holders_lock_expires(redis_url):
    import asyncio

    from rasa.core.lock_store import LockError
    from rasa.utils.endpoints import EndpointConfig

    from bot.locks import ConversationRedisLockStore

    endpoint = lock_store_endpoint({"LOCK_STORE_URL": redis_url})
    assert endpoint.type == "bot.locks.ConversationRedisLockStore"
    store = ConversationRedisLockStore(EndpointConfig(endpoint.url, lock_lifetime=1, **endpoint.kwargs))

    async def scenario() -> tuple[float, float]:
        started = time.monotonic()

        async def hold(seconds: float) -> None:
            async with store.lock("waiting"):
                await asyncio.sleep(seconds)

        first = asyncio.create_task(hold(0.2))
        await asyncio.sleep(0.01)
        await hold(0)  # queued behind the first; Rasa's default polling would take a whole second
        waited = time.monotonic() - started
        await first

        store.issue_ticket("orphan", 1)  # a replica killed while holding the lock
        started = time.monotonic()
        try:  # served once the dead holder's ticket expires, or told so: never a minute-long freeze
            async with store.lock("orphan"):
                pass
        except LockError:
            pass
        return waited, time.monotonic() - started

    waited, expired = asyncio.run(scenario())
    assert waited < 0.5, waited
    assert expired < 2.0, expired


@pytest.mark.server
def test_tickets_issued_at_once_by_several_replicas_are_never_lost(redis_url):
    from bot.locks import ConversationRedisLockStore

    endpoint = lock_store_endpoint({"LOCK_STORE_URL": redis_url})
    replicas = [ConversationRedisLockStore(endpoint) for _ in range(4)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        tickets = list(pool.map(lambda n: replicas[n % 4].issue_ticket("race", 30), range(40)))
    lock = replicas[0].get_lock("race")
    assert sorted(tickets) == sorted({t.number for t in lock.tickets}) and len(set(tickets)) == 40
    for number in tickets:
        replicas[number % 4].cleanup("race", number)
    assert replicas[0].get_lock("race") is None
