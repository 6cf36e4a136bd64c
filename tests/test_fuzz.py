"""Property-based fuzzing of the REST channel: any input gets a polite answer or a clear 4xx.

Well-formed requests (any Unicode, control characters, 0 to 20,000 characters,
markup and template syntax) get a reply and never a 5xx; malformed ones (not
JSON, not an object, missing or mistyped fields) get a 400 that says what is
expected; replies never echo the input back; and afterwards the server still
answers a normal question correctly.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.servers import Server

pytestmark = pytest.mark.server

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
INJECTIONS = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "'; DROP TABLE events; --",
    "{{7*7}} ${7*7} {film_title} %s %(x)s",
    "[click](javascript:alert(1))",
    '/ask_person{"person": "<b>bold</b>"}',
    "\x00\x1b[31mred\x1b[0m\u202e",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(tmp_path_factory.mktemp("fuzz"))
    yield running
    running.close()


def post(server: Server, body: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(
        server.url("/webhooks/rest/webhook"), data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def reply_texts(payload: bytes) -> list[str]:
    return [message.get("text", "") for message in json.loads(payload)]


@FUZZ
@given(
    sender=st.text(min_size=1, max_size=64).filter(str.strip),
    message=st.one_of(st.text(max_size=300), st.text(max_size=20_000)),
)
def test_well_formed_requests_get_a_polite_reply(server, sender, message):
    status, payload = post(server, json.dumps({"sender": sender, "message": message}).encode())
    assert status == 200, payload[:300]
    texts = reply_texts(payload)
    assert texts and all(text.strip() for text in texts)
    assert not any("Traceback" in text for text in texts)


@pytest.mark.parametrize("message", INJECTIONS)
def test_injections_are_never_echoed(server, message):
    status, payload = post(server, json.dumps({"sender": "injector", "message": message}).encode())
    assert status == 200
    texts = reply_texts(payload)
    assert texts and not any(message in text or "<script" in text or "<img" in text for text in texts)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=200).filter(lambda b: not b.strip().startswith(b"{")),
        st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20), st.lists, max_leaves=5).map(
            lambda value: json.dumps(value).encode()
        ),
        st.fixed_dictionaries(
            {},
            optional={
                "sender": st.none() | st.integers() | st.lists(st.text(max_size=3)) | st.just(""),
                "message": st.none() | st.integers() | st.booleans() | st.dictionaries(st.text(), st.text()),
            },
        ).map(lambda value: json.dumps(value).encode()),
    )
)
def test_malformed_requests_get_a_clear_400(server, body):
    status, payload = post(server, body)
    assert status == 400, (body[:100], status, payload[:300])
    assert b"expected" in payload or b"JSON" in payload or b"must be" in payload


def test_server_still_answers_correctly_afterwards(server, store):
    status, payload = post(server, json.dumps({"sender": "after-fuzz", "message": "who directed it?"}).encode())
    assert status == 200
    assert store.people["takahiro_miki"].name in " ".join(reply_texts(payload))
