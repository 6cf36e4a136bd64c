"""REST load on 127.0.0.1: sequential latency, conversation growth, concurrency, bursts.

Every loop here is bounded twice, by a request count and by a time limit, and
refuses any URL that is not on the loopback interface.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp

LOOPBACK = ("127.0.0.1", "localhost", "::1")
REQUEST_TIMEOUT = 60.0


class NotLoopback(ValueError):
    """A load test was pointed somewhere other than this machine."""


def check_loopback(url: str) -> str:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK and not host.startswith("127."):
        raise NotLoopback(f"load tests only go to 127.0.0.1, not to {url}")
    return url


def question_stream(questions: Sequence[str], seed: int = 6) -> Iterator[str]:
    """Held-out questions in a shuffled order, repeated as often as needed."""
    if not questions:
        raise ValueError("no questions to ask")
    order = list(questions)
    random.Random(seed).shuffle(order)
    return itertools.cycle(order)


def new_sender(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass
class Reply:
    seconds: float
    texts: list[str]
    ok: bool
    finished: float = 0.0  # perf_counter when the reply arrived


async def ask(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> Reply:
    started = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None) if response.status == 200 else None
    except (aiohttp.ClientError, asyncio.TimeoutError):
        body = None
    finished = time.perf_counter()
    texts = [m.get("text") or "" for m in body] if isinstance(body, list) else []
    return Reply(finished - started, texts, body is not None, finished)


def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT))


@dataclass
class Sequential:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0


async def sequential(
    url: str, questions: Iterator[str], count: int, turns_per_conversation: int, time_limit: float, progress=None
) -> Sequential:
    """`count` questions one after another; a new conversation every `turns_per_conversation`."""
    check_loopback(url)
    result = Sequential()
    deadline = time.monotonic() + time_limit
    async with _session() as session:
        sender = new_sender("seq")
        for index in range(count):
            if time.monotonic() > deadline:
                break
            if index % turns_per_conversation == 0:
                sender = new_sender("seq")
            reply = await ask(session, url, sender, next(questions))
            result.latencies.append(reply.seconds)
            result.errors += not reply.ok
            if progress is not None:
                progress.update()
    return result


async def one_long_conversation(
    url: str, questions: Iterator[str], turns: int, time_limit: float, progress=None
) -> list[float]:
    """Latency of each turn of a single conversation, first turn first."""
    check_loopback(url)
    latencies: list[float] = []
    deadline = time.monotonic() + time_limit
    async with _session() as session:
        sender = new_sender("long")
        for _ in range(turns):
            if time.monotonic() > deadline:
                break
            latencies.append((await ask(session, url, sender, next(questions))).seconds)
            if progress is not None:
                progress.update()
    return latencies


async def long_conversations_side_by_side(
    urls: dict[str, str], questions: Iterator[str], turns: int, time_limit: float, progress=None
) -> dict[str, list[float]]:
    """One conversation per server, each advanced one turn at a time on every server in turn
    (the same question to each), so that all of them see the same machine load. Latency of
    each turn, by server name, first turn first."""
    for url in urls.values():
        check_loopback(url)
    latencies: dict[str, list[float]] = {name: [] for name in urls}
    senders = {name: new_sender("long") for name in urls}
    deadline = time.monotonic() + time_limit
    async with _session() as session:
        for _ in range(turns):
            if time.monotonic() > deadline:
                break
            text = next(questions)
            for name, url in urls.items():
                latencies[name].append((await ask(session, url, senders[name], text)).seconds)
                if progress is not None:
                    progress.update()
    return latencies


@dataclass
class Throughput:
    concurrency: int
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def throughput(
    url: str,
    questions: Iterator[str],
    concurrency: int,
    seconds: float,
    max_requests: int,
    turns_per_conversation: int,
    progress=None,
) -> Throughput:
    """`concurrency` clients asking back to back for `seconds` (or `max_requests` in all)."""
    check_loopback(url)
    latencies: list[float] = []
    errors = 0
    budget = itertools.count()
    stop_at = time.monotonic() + seconds

    async def client(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        sender, turn = new_sender(f"c{concurrency}"), 0
        while time.monotonic() < stop_at and next(budget) < max_requests:
            if turn == turns_per_conversation:
                sender, turn = new_sender(f"c{concurrency}"), 0
            reply = await ask(session, url, sender, next(questions))
            turn += 1
            latencies.append(reply.seconds)
            errors += not reply.ok
            if progress is not None:
                progress.update()

    connector = aiohttp.TCPConnector(limit=concurrency)
    started = time.perf_counter()
    async with aiohttp.ClientSession(
        connector=connector, timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    ) as session:
        await asyncio.gather(*(client(session) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return Throughput(concurrency, len(latencies), errors, elapsed, latencies)


@dataclass
class Burst:
    sent: int
    answered: int
    in_order: bool
    seconds: float  # from the first send until the last answer
    replies: list[list[str]]


async def burst(url: str, texts: Sequence[str], stagger: float = 0.001) -> Burst:
    """Send `texts` at once in one conversation, 1 ms apart (so that their order is defined).

    Each message has its own connection, opened beforehand, so that the messages
    reach the server in the order they were sent. In order means each answer
    arrived after the answer to the message sent before it.
    """
    check_loopback(url)
    sender = new_sender("burst")
    connector = aiohttp.TCPConnector(limit=len(texts))
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        # An existing conversation, as in a chat, and one open connection per message.
        await ask(session, url, sender, texts[0])
        await asyncio.gather(*(ask(session, url, new_sender("warm"), text) for text in texts))
        started = time.perf_counter()

        async def send(index: int, text: str) -> Reply:
            await asyncio.sleep(index * stagger)
            return await ask(session, url, sender, text)

        replies = await asyncio.gather(*(send(i, text) for i, text in enumerate(texts)))
    finished = [reply.finished for reply in replies]
    return Burst(
        sent=len(texts),
        answered=sum(reply.ok and bool(reply.texts) for reply in replies),
        in_order=finished == sorted(finished),
        seconds=max(finished) - started,
        replies=[reply.texts for reply in replies],
    )
