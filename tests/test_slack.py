"""Slack, offline: signed Events API requests in, `chat.postMessage` calls out to a local fake.

Payloads have the shape Slack sends (Events API `event_callback`, interactive
`block_actions` as form data); signatures are Slack's v0 HMAC-SHA256 over
`v0:{timestamp}:{body}` with the test signing secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from urllib.parse import urlencode

import pytest

from tests.servers import SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET

pytestmark = pytest.mark.server

PATH = "/webhooks/slack/webhook"
BOT_USER = "UBOT0001"


def signed_headers(body: bytes, content_type: str, secret: str = SLACK_SIGNING_SECRET, **extra: str) -> dict:
    timestamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": f"v0={digest}",
        **extra,
    }


def event(text: str, channel: str, user: str, kind: str = "message", event_id: str | None = None) -> dict:
    """An Events API callback as Slack sends it for a direct message or a mention."""
    ts = f"{time.time():.6f}"
    inner = {"type": kind, "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
    if kind == "message":
        inner["channel_type"] = "im"
    return {
        "token": "legacy-verification-token",
        "team_id": "T0TEST",
        "api_app_id": "A0TEST",
        "event": inner,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0TEST", "user_id": BOT_USER, "is_bot": True}],
    }


def post_event(server, payload: dict, **headers: str):
    body = json.dumps(payload).encode()
    return server.post(PATH, body, signed_headers(body, "application/json", **headers))


def new_ids() -> tuple[str, str]:
    suffix = uuid.uuid4().hex[:8].upper()
    return f"D{suffix}", f"U{suffix}"


def replies(fake_apis, channel: str, count: int = 1, timeout: float = 30) -> list[dict]:
    return fake_apis.wait_for("chat.postMessage", lambda calls: len(calls) >= count, timeout, channel=channel)


def test_url_verification_answers_the_challenge(server):
    payload = {
        "token": "x",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    status, _, body = post_event(server, payload)
    assert status == 200
    assert json.loads(body) == {"challenge": payload["challenge"]}


def test_direct_message_is_answered_with_a_follow_up(server, fake_apis, store):
    channel, user = new_ids()
    status, _, _ = post_event(server, event("who plays Akito?", channel, user))
    assert status == 200
    [reply] = replies(fake_apis, channel)
    assert store.people["ren_nagase"].name in reply["text"]
    assert reply["headers"]["Authorization"] == f"Bearer {SLACK_BOT_TOKEN}"
    assert "as_user" not in reply  # rejected by Slack for apps created since 2020

    post_event(server, event("what else has he been in?", channel, user))
    calls = replies(fake_apis, channel, count=2)
    assert store.people["ren_nagase"].known_for[0].title in calls[1]["text"]


def test_mention_in_a_channel_is_answered_there(server, fake_apis, store):
    channel, user = f"C{uuid.uuid4().hex[:8].upper()}", new_ids()[1]
    post_event(server, event(f"<@{BOT_USER}> who plays Akito?", channel, user, kind="app_mention"))
    [reply] = replies(fake_apis, channel)
    assert store.people["ren_nagase"].name in reply["text"]


def test_bad_signature_is_rejected(server, fake_apis):
    channel, user = new_ids()
    body = json.dumps(event("who plays Akito?", channel, user)).encode()
    forged = signed_headers(body, "application/json", secret="not-the-signing-secret")
    status, _, _ = server.post(PATH, body, forged)
    assert status == 400
    unsigned = {"Content-Type": "application/json"}
    assert server.post(PATH, body, unsigned)[0] == 400
    stale = signed_headers(body, "application/json")
    stale["X-Slack-Request-Timestamp"] = str(int(time.time()) - 3600)  # replayed an hour later
    assert server.post(PATH, body, stale)[0] == 400
    time.sleep(2)
    assert fake_apis.calls_to("chat.postMessage", channel=channel) == []


@pytest.mark.parametrize("reason", ["http_timeout", "http_error", "connection_failed"])
def test_retries_never_answer_twice(server, fake_apis, reason):
    channel, user = new_ids()
    payload = event("who plays Akito?", channel, user)
    assert post_event(server, payload)[0] == 200
    replies(fake_apis, channel)
    for attempt in (1, 2):
        status, headers, _ = post_event(
            server, payload, **{"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": reason}
        )
        assert status == 200
        assert headers.get("X-Slack-No-Retry") == "1"
    time.sleep(2)
    assert len(fake_apis.calls_to("chat.postMessage", channel=channel)) == 1


def test_a_retry_of_an_event_never_seen_is_answered_once(server, fake_apis):
    channel, user = new_ids()
    payload = event("who plays Akito?", channel, user)  # the first delivery never arrived
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "connection_failed"}
    assert post_event(server, payload, **retry)[0] == 200
    assert post_event(server, payload, **{**retry, "X-Slack-Retry-Num": "2"})[0] == 200
    replies(fake_apis, channel)
    time.sleep(2)
    assert len(fake_apis.calls_to("chat.postMessage", channel=channel)) == 1


def test_buttons_are_slack_buttons_and_clicks_come_back(server, fake_apis, store, domain):
    channel, user = new_ids()
    post_event(server, event("how does it end?", channel, user))
    [warning] = replies(fake_apis, channel)
    actions = next(block for block in warning["blocks"] if block["type"] == "actions")
    buttons = {element["text"]["text"]: element["value"] for element in actions["elements"]}
    expected = domain["responses"]["utter_spoiler_warning"][0]["buttons"]
    assert buttons == {button["title"]: button["payload"] for button in expected}

    no_spoilers = next(b for b in expected if b["payload"] == "/deny")
    click = {
        "type": "block_actions",
        "user": {"id": user, "username": "tester", "team_id": "T0TEST"},
        "channel": {"id": channel, "name": "directmessage"},
        "message": {"type": "message", "ts": f"{time.time():.6f}", "text": warning["text"]},
        "actions": [{"type": "button", "action_id": "a1", "block_id": "b1", "value": no_spoilers["payload"]}],
    }
    body = urlencode({"payload": json.dumps(click)}).encode()
    status, _, _ = server.post(PATH, body, signed_headers(body, "application/x-www-form-urlencoded"))
    assert status == 200
    calls = replies(fake_apis, channel, count=3)
    answer = "\n".join(call["text"] for call in calls[1:])
    assert store.plot[0].text[:40] in answer
    assert not any(point.text[:40] in answer for point in store.ending)


def test_answers_are_slack_mrkdwn_with_bold_names_and_links(server, fake_apis, store):
    channel, user = new_ids()
    post_event(server, event("who plays Akito?", channel, user))
    [answer] = replies(fake_apis, channel)
    assert f"*{store.people['ren_nagase'].name}*" in answer["text"]
    assert "**" not in answer["text"]
    post_event(server, event("source?", channel, user))
    calls = replies(fake_apis, channel, count=4)
    best = store.ranked(store.cast[0].sources)[0]
    assert any(f"<{best.url}|{best.title}>" in call["text"] for call in calls[1:])
    assert not any("](" in call["text"] for call in calls)


def test_a_japanese_question_is_answered_in_japanese_with_japanese_buttons(server, fake_apis, store, domain):
    channel, user = new_ids()
    post_event(server, event("監督は誰？", channel, user))
    [reply] = replies(fake_apis, channel)
    assert store.people["takahiro_miki"].native in reply["text"]
    assert store.people["takahiro_miki"].name not in reply["text"]
    post_event(server, event("結末は？", channel, user))
    warning = replies(fake_apis, channel, count=2)[1]
    japanese = next(v for v in domain["responses"]["utter_spoiler_warning"] if v.get("condition"))
    shown = json.dumps(warning.get("blocks") or warning, ensure_ascii=False)
    assert all(button["title"] in shown for button in japanese["buttons"])
