"""The assistant's server: Rasa's HTTP server, the custom actions in-process, and `/status`.

`rasa run` would need a second process for the custom actions (Rasa Open
Source 3.6 has no in-process actions) and offers `/status` only together with
the whole HTTP API. This entry point builds the same Sanic app with Rasa's
own `configure_app`, then

- runs rasa_sdk's ActionExecutor inside the server, through an action
  endpoint whose `request` calls the executor instead of making an HTTP call
  (bot/rasa_patches/in_process_actions.py; that package holds every patch of
  Rasa's internals, and `read_endpoints` checks their library versions);
- answers `GET /status` once the model is loaded (Rasa opens the port only
  after that), without enabling the model/tracker API;
- caps the length of every incoming message (bot/guards.py);
- adds the channels that credentials.yml cannot hold: Slack and Telegram when
  their environment variables are set (`bot.channels`), and the web chat page
  on the socket.io channel;
- keeps conversations in an SQL tracker store (`bot.conversations`), so a
  conversation survives a restart.

Rasa's HTTP API (model upload, tracker read/write) is off unless asked for,
and then only with a token.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bot import conversations, memory, outages, scaling
from bot.channels.settings import ChannelSettings
from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT
from bot.store import DEFAULT_FACTS_PATH, FactStore

logger = logging.getLogger(__name__)

ACTIONS_PACKAGE = "actions"


@dataclass(frozen=True)
class ServerOptions:
    model: Path = DEFAULT_MODEL
    port: int = 5005
    interface: str = "0.0.0.0"
    credentials: Path | None = PROJECT_ROOT / "credentials.yml"
    endpoints: Path = PROJECT_ROOT / "endpoints.yml"
    channel: str | None = None  # "cmdline" for the terminal chat
    enable_api: bool = False
    auth_token: str | None = None
    cors: tuple[str, ...] = ()
    channels: ChannelSettings = field(default_factory=ChannelSettings)  # from the environment (serve only)
    tracker_store_url: str | None = None  # None: conversations in memory only
    facts: Path = DEFAULT_FACTS_PATH


def read_endpoints(path: Path, tracker_store_url: str | None = None) -> Any:
    from rasa.core.utils import AvailableEndpoints

    from bot import fastpath, rasa_patches
    from bot.rasa_patches.in_process_actions import in_process_action_endpoint

    rasa_patches.install()  # refuses to go on with library versions the patches were not written for
    endpoints = AvailableEndpoints.read_endpoints(str(path))
    if endpoints.action is None:  # an external action server stays possible via endpoints.yml
        endpoints.action = in_process_action_endpoint(ACTIONS_PACKAGE)
    if tracker_store_url is not None:
        endpoints.tracker_store = conversations.endpoint_config(tracker_store_url)
    lock_store = scaling.lock_store_endpoint()
    if lock_store is not None:
        endpoints.lock_store = lock_store
    return fastpath.install(endpoints)  # flat per-turn cost, no 1 s lock polling (bot/fastpath.py)


class ServerConfigError(ValueError):
    """The server was asked for something unsafe or impossible; the message says what to set."""


def cors_from_environment() -> tuple[str, ...]:
    """CORS_ORIGINS="https://a.example,https://b.example"; empty means same-origin only."""
    return tuple(origin.strip() for origin in os.environ.get("CORS_ORIGINS", "").split(",") if origin.strip())


def check(options: ServerOptions) -> None:
    if options.enable_api and not options.auth_token:
        raise ServerConfigError(
            "the Rasa HTTP API can read and change every conversation: set RASA_AUTH_TOKEN to enable it"
        )
    if "*" in options.cors:
        raise ServerConfigError("CORS_ORIGINS='*' would let any web site use the assistant; list the origins")


def environment_channels(settings: ChannelSettings) -> list[Any]:
    """Slack and Telegram connectors for the channels the environment turns on."""
    channels: list[Any] = []
    if settings.slack:
        from bot.channels.slack import SlackChannel

        channels.append(SlackChannel.from_settings(settings.slack))
    if settings.telegram:
        from bot.channels.telegram import TelegramChannel

        channels.append(TelegramChannel.from_settings(settings.telegram))
    return channels


def log_channels(options: ServerOptions, input_channels: list[Any]) -> None:
    base = f"http://localhost:{options.port}"
    for channel in input_channels:
        name = channel.name()
        if name == "rest":
            logger.info("rest: on at %s/webhooks/rest/webhook", base)
        elif name == "socketio":
            logger.info("socketio: on; web chat page at %s/chat/", base)
        elif name not in ("slack", "telegram"):
            logger.info("%s: on", name)
    for line in options.channels.describe():
        logger.info(line)
    logger.info(conversations.describe(options.tracker_store_url))
    logger.info(scaling.describe())


def use_facts(path: Path) -> FactStore:
    """The store the server and its custom actions answer from."""
    store = FactStore.load(path)
    # The custom actions load the store themselves (actions/common.py), in this process or in an
    # action server started from this environment.
    os.environ["FACTS_PATH"] = str(path)
    return store


def build_app(options: ServerOptions) -> Any:
    from rasa.core import run
    from sanic import response

    from bot.guards import limit_message_length, max_message_chars

    check(options)
    store = use_facts(options.facts)
    film_title = store.title
    endpoints = read_endpoints(options.endpoints, options.tracker_store_url)
    credentials = str(options.credentials) if options.credentials and options.channel is None else None
    # The terminal chat is our own console (bot/console.py) on the REST channel,
    # not Rasa's, which takes typed text as a button choice.
    terminal = options.channel == "cmdline"
    input_channels = run.create_http_input_channels("rest" if terminal else options.channel, credentials)
    if options.channel is None:
        input_channels += environment_channels(options.channels)
        log_channels(options, input_channels)
    app = run.configure_app(
        input_channels,
        cors=list(options.cors) or None,
        auth_token=options.auth_token,
        enable_api=options.enable_api,
        port=options.port,
        endpoints=endpoints,
    )
    app.register_listener(partial(run.load_agent_on_start, str(options.model), endpoints, None), "before_server_start")
    app.register_listener(run.close_resources, "after_server_stop")

    async def guard_messages(app: Any, _loop: Any) -> None:
        limit_message_length(app.ctx.agent, max_message_chars(), film_title)
        # A database or Redis outage: "temporarily unavailable" (503 over REST), never a silent fallback.
        outages.no_silent_fallback(app.ctx.agent)
        outages.answer_outages(app.ctx.agent)
        # The model is built and its lazy parts warmed up: the Japanese dictionary's pages that
        # touched need not stay resident (bot/memory.py).
        from bot.fastpath import warm_up_understanding

        await warm_up_understanding(app.ctx.agent)
        memory.release_dictionary_pages()

    app.register_listener(guard_messages, "before_server_start")  # runs after the agent is loaded

    if not options.enable_api:

        @app.get("/status")
        async def status(request: Any) -> Any:
            agent = getattr(request.app.ctx, "agent", None)
            ready = agent is not None and agent.is_ready()
            body = {"ready": ready, "model_id": agent.model_id if agent is not None and ready else None}
            return response.json(body, status=200 if ready else 503)

    if terminal:
        from bot import console

        async def terminal_chat(running_app: Any) -> None:
            await console.chat(console.rest_asker(options.port))  # the CLI showed the banner while loading
            running_app.stop()

        app.add_task(terminal_chat)

    socketio = next((c for c in input_channels if c.name() == "socketio"), None)
    if socketio is not None:
        from bot.channels import web

        web.register(app, store, socket_path=f"/{socketio.socketio_path.strip('/')}/")

    return app


def serve(options: ServerOptions) -> None:
    from rasa.core.utils import number_of_sanic_workers

    app = build_app(options)
    logger.info("Starting the assistant on http://%s:%s", options.interface, options.port)
    app.run(host=options.interface, port=options.port, workers=number_of_sanic_workers(None), access_log=False)
