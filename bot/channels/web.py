"""The web chat page: rasa-webchat (from npm) on Rasa's socket.io channel, same origin.

`GET /chat/` serves `bot/web/index.html` with the page's settings rendered in:
the title is the film's (fact store) and the widget opens the conversation
with the `greet` intent, so the welcome and its suggested questions are the
bot's own `utter_greet` response (domain.yml), the same on every channel.
The widget's script is served from `node_modules/` (installed by `make web`,
`npm ci` from the committed lock file), without the web-font `@import` its
bundled CSS makes, so the page fetches nothing from outside this server.
A browser asking for `/` is sent to the page; other clients still get Rasa's
"Hello from Rasa" there.

`WebChatInput` is Rasa's socket.io channel (credentials.yml names it) with
malformed messages answered instead of raising, and two repairs for
python-engineio's Sanic driver: a websocket that ends no longer logs
"Invalid response type None" with a traceback, and open sockets are closed
when the server stops (no "Task was destroyed but it is pending"). All three
reach into library internals, through bot/rasa_patches/.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from string import Template
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.i18n import LANGUAGE_SLOT
from bot.japanese import ENGLISH, JAPANESE
from bot.launcher import PROJECT_ROOT
from bot.rasa_patches.engineio_ping_tasks import cancel_ping_tasks
from bot.rasa_patches.engineio_websocket import mark_websocket_handler
from bot.rasa_patches.socketio_handlers import Handler, socketio_server, wrap_event_handler
from bot.store import FactStore

logger = logging.getLogger(__name__)

PAGE_PATH = "/chat/"
WEB_DIR = Path(__file__).resolve().parent.parent / "web"
WIDGET_JS = PROJECT_ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
WELCOME_INTENT = "greet"
STATIC_FILES = {"chat.js": "text/javascript", "chat.css": "text/css"}
# rasa-webchat's CSS imports a font from a font CDN; the page uses system fonts instead.
REMOTE_IMPORT = re.compile(r"@import url\(https?://[^)]*\);")


def widget_script(path: Path = WIDGET_JS) -> str | None:
    """The widget's bundled script, minus remote CSS imports; None when not installed."""
    if not path.exists():
        return None
    return REMOTE_IMPORT.sub("", path.read_text(encoding="utf-8"))


def page_settings(store: FactStore, socket_path: str = "/socket.io/") -> dict[str, Any]:
    """What the page's script needs; every word shown comes from the project's data."""
    return {
        "title": store.title,
        "init_payload": f"/{WELCOME_INTENT}",
        # The page greets in the browser's language (or ?lang=ja / ?lang=en): the greeting
        # sets the conversation's reply language, which every later message updates.
        "languages": {
            ENGLISH: {"title": store.title, "init_payload": f"/{WELCOME_INTENT}"},
            JAPANESE: {
                "title": str(store.film["title_japanese"].value),
                "init_payload": f"/{WELCOME_INTENT}" + json.dumps({LANGUAGE_SLOT: JAPANESE}),
            },
        },
        "socket_path": socket_path,
        # The browser tab keeps the conversation id (sessionStorage): reloading
        # continues the conversation, closing the tab forgets it on this side.
        "storage": "session",
        "message_delay_ms": 150,
    }


def render_page(settings: dict[str, Any]) -> str:
    template = Template((WEB_DIR / "index.html").read_text(encoding="utf-8"))
    # JSON inside <script>: "</" must not end the element early.
    config = json.dumps(settings, ensure_ascii=False).replace("</", "<\\/")
    return template.substitute(title=html.escape(settings["title"]), config=config)


def register(app: Sanic, store: FactStore, socket_path: str = "/socket.io/") -> None:
    """Adds the page, its static files and the browser redirect from `/`."""
    page = render_page(page_settings(store, socket_path))
    script = widget_script()
    if script is None:
        logger.warning("web chat: %s is missing; run `make web` (npm ci) to install the widget", WIDGET_JS)

    @app.get(PAGE_PATH)
    async def chat_page(_: Request) -> HTTPResponse:
        return response.html(page)

    @app.get("/chat/static/webchat.js")
    async def widget(_: Request) -> HTTPResponse:
        if script is None:
            return response.text("widget not installed: run `make web`", status=404)
        return response.text(script, content_type="text/javascript; charset=utf-8")

    @app.get("/chat/static/<name:str>")
    async def static(_: Request, name: str) -> HTTPResponse:
        if name not in STATIC_FILES:
            return response.text("not found", status=404)
        return await response.file(WEB_DIR / name, mime_type=STATIC_FILES[name])

    @app.on_request
    async def browsers_to_the_page(request: Request) -> HTTPResponse | None:
        if request.path == "/" and "text/html" in request.headers.get("accept", ""):
            return response.redirect(PAGE_PATH)
        return None


class WebChatInput(SocketIOInput):
    """Rasa's socket.io channel, quiet about websockets that close."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socket_blueprint = super().blueprint(on_new_message)
        sio = socketio_server(socket_blueprint)
        engine = sio.eio
        # A websocket session returns no response once it ends; Sanic accepts
        # that only from handlers marked as websocket handlers.
        mark_websocket_handler(engine)

        validate_user_messages(sio, self.user_message_evt, self.namespace)

        @socket_blueprint.listener("before_server_stop")
        async def close_sockets(app: Any, loop: Any) -> None:
            await close_all_sockets(engine)
            await engine.shutdown()
            # Each socket leaves a fire-and-forget task sleeping until its next
            # ping; cancel them, or asyncio reports them destroyed at exit.
            await cancel_ping_tasks()

        return socket_blueprint


CLOSE_GRACE_SECONDS = 1.0


async def close_all_sockets(engine: Any, grace: float = CLOSE_GRACE_SECONDS) -> None:
    """Close every engine.io session when the server stops, waiting at most `grace` seconds for clients.

    `engine.disconnect()` waits, socket by socket, until the client has
    fetched the CLOSE packet. A long-polling client that is not polling at that
    moment (a browser tab in the background, a bare handshake) never does, so
    the server hung on SIGTERM or Ctrl-C until the session timed out, over a
    minute. Here each socket is closed without waiting; websockets
    and polls in progress get the CLOSE packet at once, and the rest are let go.
    """
    sockets = list(engine.sockets.values())
    for socket in sockets:
        try:
            await socket.close(wait=False)
        except Exception as error:  # one broken session must not keep the others open
            logger.debug("closing an engine.io session failed: %s", error)
    drains = [asyncio.ensure_future(socket.queue.join()) for socket in sockets]
    if drains:
        _, pending = await asyncio.wait(drains, timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    engine.sockets.clear()


INVALID_MESSAGE_EVT = "invalid_message"
EXPECTED_MESSAGE = 'expected {"message": "some text", "session_id": "..."} with an optional "metadata" object'


def message_problem(data: Any) -> str | None:
    """Why a socket.io user message cannot be handled, or None if it can."""
    if not isinstance(data, dict):
        return EXPECTED_MESSAGE
    if not isinstance(data.get("message", ""), str):
        return f"'message' must be text: {EXPECTED_MESSAGE}"
    if not isinstance(data.get("session_id", ""), str):
        return f"'session_id' must be text: {EXPECTED_MESSAGE}"
    metadata = data.get("metadata", {})
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            return "'metadata' must be a JSON object"
    if not isinstance(metadata, dict):
        return "'metadata' must be a JSON object"
    return None


def validate_user_messages(sio: Any, event: str, namespace: str | None) -> None:
    """Answer malformed socket.io messages with an `invalid_message` event instead of a traceback.

    Rasa's handler assumes a dict with text in it; anything else raised inside
    python-socketio and was logged as an error with no word to the client.
    """

    def checking(handle: Handler) -> Handler:
        async def checked(sid: str, data: Any = None) -> Any:
            problem = message_problem(data)
            if problem is None:
                return await handle(sid, data)
            logger.info("Rejected a malformed socket.io message: %s", problem)
            await sio.emit(INVALID_MESSAGE_EVT, {"error": problem}, room=sid, namespace=namespace)
            return None

        return checked

    wrap_event_handler(sio, event, namespace, checking)
