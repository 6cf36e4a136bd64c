"""bot/rasa_patches/: the version guard, and one test per patch that fails when the internal it
replaces or relies on changes shape (a renamed method, a changed signature, a call site gone)."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot import rasa_patches
from bot.cli import main
from tests.conftest import ROOT


def params(function: Any) -> list[str]:
    return list(inspect.signature(function).parameters)


def source(obj: Any) -> str:
    return inspect.getsource(obj)


# --- the registry and the guard ---------------------------------------------------------------


def patch_modules() -> set[str]:
    return {info.name for info in pkgutil.iter_modules(rasa_patches.__path__)}


def test_every_patch_module_is_registered_and_says_why_and_what_it_gained():
    assert patch_modules() == {patch.module for patch in rasa_patches.PATCHES}
    for patch in rasa_patches.PATCHES:
        module = importlib.import_module(f"bot.rasa_patches.{patch.module}")
        doc = module.__doc__ or ""
        assert "Why:" in doc and "Measured gain" in doc, patch.module
        assert set(patch.libraries) <= set(rasa_patches.VERSIONS), patch.module


def test_the_versions_the_patches_were_written_for_are_the_pinned_ones():
    pins = dict(
        line.split("==", 1)
        for line in (ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    pins = {name.lower().replace("_", "-"): version.strip() for name, version in pins.items()}
    for distribution, version in rasa_patches.VERSIONS.items():
        assert pins.get(distribution) == version, distribution


def test_the_installed_versions_pass_the_guard():
    assert rasa_patches.version_problems() == []
    rasa_patches.check_versions()


def test_another_version_is_refused_with_one_message_naming_each_difference():
    fake = {**rasa_patches.VERSIONS, "rasa": "3.7.0", "python-engineio": None}
    with pytest.raises(rasa_patches.PatchVersionError) as refused:
        rasa_patches.check_versions(fake.get)
    message = str(refused.value)
    assert "rasa 3.7.0 (written for 3.6.21" in message
    assert "python-engineio is not installed (written for 4.8.0" in message
    assert "python-socketio" not in message


def test_serve_refuses_to_start_on_another_version(monkeypatch, capsys):
    monkeypatch.setattr(rasa_patches, "installed_version", lambda name: "0.0" if name == "rasa" else None)
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: bot/rasa_patches/ replaces internals")
    assert "rasa 0.0 (written for" in err
    assert "Traceback" not in err


def _private_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(private attribute names used, private names our code defines)"""
    used: set[str] = set()
    defined: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and re.fullmatch(r"_[a-z]\w*", node.attr):
            used.add(node.attr)
            if (
                isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("self", "cls")
            ):
                defined.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined.update(t.id for t in targets if isinstance(t, ast.Name))
    return used, defined


def test_the_private_name_finder_tells_ours_from_a_librarys():
    used, defined = _private_names(
        ast.parse("class A:\n    def _mine(self):\n        self._x = 1\n        return self._config, self._mine()")
    )
    assert used - defined == {"_config"}


def test_no_private_member_of_a_library_is_used_outside_rasa_patches():
    used: dict[str, set[str]] = {}
    defined: set[str] = set()
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").rglob("*.py")]:
        if "rasa_patches" not in path.parts:
            names, ours = _private_names(ast.parse(path.read_text(encoding="utf-8")))
            defined |= ours
            for name in names:
                used.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    foreign = {name: sorted(files) for name, files in used.items() if name not in defined}
    assert foreign == {}, "move these into bot/rasa_patches/"


def runtime_modules() -> list[Any]:
    import actions
    import bot

    names = [
        info.name
        for package in (bot, actions)
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
        if ".rasa_patches" not in info.name and info.name != "bot.__main__"
    ]
    return [importlib.import_module(name) for name in names]


def private_overrides(cls: type) -> list[str]:
    """Private methods of `cls` that override a method of a class from a library."""
    found = []
    for name, value in vars(cls).items():
        if not re.fullmatch(r"_[a-z]\w*", name):
            continue
        if not (inspect.isfunction(value) or isinstance(value, staticmethod | classmethod)):
            continue
        for base in cls.__mro__[1:]:
            if not base.__module__.startswith(("bot.", "actions.")) and name in vars(base):
                found.append(f"{cls.__qualname__}.{name} overrides {base.__module__}.{base.__qualname__}")
    return found


def test_no_library_method_is_overridden_by_a_private_method_outside_rasa_patches():
    from rasa.core.channels.rest import RestInput

    class Sneaky(RestInput):
        def _extract_message(self, req: Any) -> str:
            return ""

    [override] = private_overrides(Sneaky)
    assert override.endswith("Sneaky._extract_message overrides rasa.core.channels.rest.RestInput")
    found = []
    for module in runtime_modules():
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                found += private_overrides(cls)
    assert found == []


# --- one test per patch ------------------------------------------------------------------------


def test_graph_runner():
    import rasa.core.processor
    from rasa.engine.runner.dask import DaskGraphRunner

    from bot.rasa_patches import graph_runner

    assert params(DaskGraphRunner._build_dask_graph) == ["self", "schema"]
    assert params(DaskGraphRunner._add_inputs_to_graph) == ["inputs", "graph"]
    assert "self._graph_schema = graph_schema" in source(DaskGraphRunner.__init__)
    assert params(DaskGraphRunner.run) == ["self", "inputs", "targets"]
    assert "DaskGraphRunner" in source(rasa.core.processor)  # the name the processor loads models with
    import dask.core

    assert callable(dask.core.get)
    original = rasa.core.processor.DaskGraphRunner
    try:
        graph_runner.install()
        assert rasa.core.processor.DaskGraphRunner is graph_runner.PlannedGraphRunner
    finally:
        rasa.core.processor.DaskGraphRunner = original


def test_action_result_validation(monkeypatch):
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction

    from bot.rasa_patches import action_result_validation

    assert params(RemoteAction._validate_action_result) == ["self", "result"]
    assert "self._validate_action_result(response)" in source(RemoteAction.run)
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RemoteAction._validate_action_result)
    action_result_validation.install()
    assert RemoteAction._validate_action_result is action_result_validation._validate_action_result

    class Remote:
        action_endpoint = None

    assert action_result_validation._validate_action_result(Remote(), {"events": [], "responses": []})
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action_result_validation._validate_action_result(Remote(), {"events": "not a list"})


def test_in_process_actions():
    from rasa.core.actions.action import RemoteAction
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig

    from bot.rasa_patches.in_process_actions import in_process_action_endpoint, is_in_process

    assert params(EndpointConfig.request) == ["self", "method", "subpath", "content_type", "compress", "kwargs"]
    assert re.search(r"self\.action_endpoint\.request\(\s*json=", source(RemoteAction.run))
    assert params(ClientResponseError.__init__) == ["self", "status", "message", "text"]
    endpoint = in_process_action_endpoint("actions")
    assert is_in_process(endpoint)
    with pytest.raises(ClientResponseError) as unknown:
        asyncio.run(endpoint.request(json={"next_action": "action_that_does_not_exist", "tracker": {}}))
    assert unknown.value.status == 404


def test_message_interceptor():
    import rasa.core.channels.channel
    from rasa.core.agent import Agent

    from bot.rasa_patches.message_interceptor import intercept_messages

    assert params(Agent.handle_message) == ["self", "message"]
    assert "app.ctx.agent.handle_message(message)" in source(rasa.core.channels.channel.register)

    class FakeAgent:
        async def handle_message(self, message: Any) -> Any:
            return f"handled {message}"

    agent = FakeAgent()

    async def interceptor(message: Any, handle: Any) -> Any:
        return "intercepted" if message == "long" else await handle(message)

    intercept_messages(agent, interceptor)
    assert asyncio.run(agent.handle_message("short")) == "handled short"
    assert asyncio.run(agent.handle_message("long")) == "intercepted"


def test_rest_input():
    from rasa.core.channels.rest import RestInput

    assert inspect.iscoroutinefunction(RestInput._extract_sender)
    for name in ("_extract_sender", "_extract_message", "_extract_input_channel"):
        assert params(getattr(RestInput, name)) == ["self", "req"], name
        assert f"self.{name}(request)" in source(RestInput.blueprint), name


def test_socketio_handlers():
    from rasa.core.channels.socketio import SocketIOInput
    from socketio import AsyncServer

    from bot.rasa_patches.socketio_handlers import socketio_server, wrap_event_handler

    async def on_new_message(message: Any) -> None:
        return None

    channel = SocketIOInput(user_message_evt="user_uttered")
    blueprint = channel.blueprint(on_new_message)
    sio = socketio_server(blueprint)
    assert isinstance(sio, AsyncServer)
    original = sio.handlers["/"]["user_uttered"]
    wrap_event_handler(sio, "user_uttered", None, lambda handle: ("wrapped", handle))
    assert sio.handlers["/"]["user_uttered"] == ("wrapped", original)
    assert "self.handlers[namespace][event]" in source(AsyncServer._trigger_event)


def test_engineio_websocket():
    import engineio
    import engineio.async_drivers.sanic
    from sanic import Sanic

    from bot.rasa_patches.engineio_websocket import mark_websocket_handler

    assert "engineio_server.handle_request" in source(engineio.async_drivers.sanic.create_route)
    assert 'hasattr(handler, "is_websocket")' in source(Sanic.handle_request)
    engine = engineio.AsyncServer(async_mode="sanic")
    assert inspect.iscoroutinefunction(engine.handle_request)
    mark_websocket_handler(engine)
    assert engine.handle_request.is_websocket is True
    assert inspect.iscoroutinefunction(engine.shutdown) and isinstance(engine.sockets, dict)


def test_engineio_ping_tasks():
    from engineio.async_socket import AsyncSocket

    from bot.rasa_patches.engineio_ping_tasks import PING_TASK, cancel_ping_tasks, ping_tasks

    assert AsyncSocket._send_ping.__qualname__ == PING_TASK
    assert "self._send_ping" in source(AsyncSocket.schedule_ping)

    class Server:
        ping_interval = 3600

        def create_queue(self) -> Any:
            return asyncio.Queue()

    async def scenario() -> bool:
        socket = AsyncSocket(Server(), "sid")
        task = asyncio.ensure_future(socket._send_ping())
        await asyncio.sleep(0)
        assert ping_tasks() == [task]
        await cancel_ping_tasks()
        return task.cancelled()

    assert asyncio.run(scenario())


def test_slack_post_message():
    from rasa.core.channels.slack import SlackBot

    from bot.rasa_patches.slack_post_message import SlackBotWithoutAsUser

    assert params(SlackBot._post_message) == ["self", "channel", "kwargs"]
    assert "self._post_message(" in source(SlackBot.send_text_message)
    assert "as_user=True" in source(SlackBot.send_text_message)  # the reason for the patch

    posted: list[dict[str, Any]] = []

    class Client:
        async def chat_postMessage(self, **kwargs: Any) -> None:
            posted.append(kwargs)

    bot = SlackBotWithoutAsUser("xoxb-test", "C1")
    bot.client = Client()
    asyncio.run(bot.send_text_message("U1", "hello"))
    assert posted and all("as_user" not in call for call in posted)


def test_telegram_bot():
    from aiogram import Bot
    from rasa.core.channels.telegram import TelegramOutput

    from bot.rasa_patches.telegram_bot import close_session, init_bot

    assert Bot in TelegramOutput.__mro__
    assert params(TelegramOutput.__init__) == ["self", "access_token"]
    assert {"token", "server", "timeout"} <= set(params(Bot.__init__))

    async def scenario() -> None:
        output = TelegramOutput.__new__(TelegramOutput)
        init_bot(output, "123456789:" + "A" * 35, "http://127.0.0.1:9/")
        assert output.server.base.startswith("http://127.0.0.1:9")
        assert output._session is None
        await close_session(output)  # no session: opens none
        assert output._session is None
        session = output.session
        await close_session(output)
        assert session.closed

    asyncio.run(scenario())


def test_logistic_regression_npz(tmp_path):
    import numpy as np
    import scipy.sparse
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from sklearn.utils.validation import check_is_fitted

    from bot.rasa_patches.logistic_regression_npz import NpzLogisticRegression

    init = source(LogisticRegressionClassifier.__init__)
    assert "self._model_storage = model_storage" in init and "self._resource = resource" in init
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intents")
    context = ExecutionContext(node_name="intents", graph_schema=None)  # type: ignore[arg-type]
    config = LogisticRegressionClassifier.get_default_config()
    trained = NpzLogisticRegression.create(config, storage, resource, context)
    x = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 2.0], [2.0, 0.0], [1.0, 1.0], [0.0, 0.5]])
    trained.clf.fit(x, ["a", "b", "a", "b", "c", "c"])
    trained.persist()
    loaded = NpzLogisticRegression.load(config, storage, resource, context)
    check_is_fitted(loaded.clf)
    assert list(loaded.clf.classes_) == ["a", "b", "c"]
    np.testing.assert_allclose(loaded.clf.predict_proba(x), trained.clf.predict_proba(x))
    # Column-major weights: `coef_.T` is then row-major and scipy's sparse product uses it without a copy.
    assert loaded.clf.coef_.flags.f_contiguous and loaded.clf.coef_.T.flags.c_contiguous
    sparse_x = scipy.sparse.csr_matrix(x)
    np.testing.assert_allclose(loaded.clf.predict_proba(sparse_x), trained.clf.predict_proba(x))


def test_no_jax():
    code = "import sys; sys.modules['jax'] = None; import tensorflow; print(tensorflow.__version__)"
    env = {"TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == rasa_patches.VERSIONS["tensorflow"]
    assert Path(sys.executable).exists()


def test_tracker_store_failsafe():
    import sqlalchemy.exc
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.rasa_patches.tracker_store_failsafe import raise_on_store_errors

    assert "self.on_tracker_store_error(e)" in source(FailSafeTrackerStore.save)
    assert "self.on_tracker_store_retrieve_error(e)" in source(FailSafeTrackerStore.retrieve)
    assert "self.tracker_store = self._create_tracker_store" in source(__import__("rasa.core.agent").core.agent.Agent)

    class DownStore(InMemoryTrackerStore):
        async def retrieve(self, sender_id: str) -> Any:
            raise sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))

        async def save(self, tracker: Any) -> None:
            await self.retrieve(tracker.sender_id)

    class FakeAgent:
        tracker_store = FailSafeTrackerStore(DownStore(Domain.empty()))

    class Unavailable(RuntimeError):
        pass

    agent = FakeAgent()
    assert raise_on_store_errors(agent, Unavailable)
    with pytest.raises(Unavailable):
        asyncio.run(agent.tracker_store.retrieve("someone"))
    with pytest.raises(Unavailable):
        asyncio.run(agent.tracker_store.save(DialogueStateTracker("someone", [])))
    assert agent.tracker_store._fallback_tracker_store is None  # never fell back to memory
    assert not raise_on_store_errors(type("Other", (), {"tracker_store": DownStore(Domain.empty())})(), Unavailable)


def _rule_policy(tmp_path: Path, rules: dict[str, str]) -> Any:
    import json

    from rasa.core.policies.rule_policy import RULES, RulePolicy
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    lookup = {RULES: {json.dumps(json.loads(key), sort_keys=True): action for key, action in rules.items()}}
    context = ExecutionContext(GraphSchema({}), "test")
    return RulePolicy(
        RulePolicy.get_default_config(), LocalModelStorage(tmp_path), Resource("rules"), context, lookup=lookup
    )


def test_rule_policy_text_pass(tmp_path, monkeypatch):
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.rasa_patches import rule_policy_text_pass as patch

    # The internals it relies on: the two passes of _predict, the rule keys as JSON states.
    assert params(RulePolicy._find_action_from_rules) == ["self", "tracker", "domain", "use_text_for_last_user_input"]
    predict = source(RulePolicy._predict)
    assert "use_text_for_last_user_input=True" in predict and "use_text_for_last_user_input=False" in predict
    assert "if rules_action_name_from_text:" in predict
    assert "self._prediction_states(" in source(patch._original)
    assert RulePolicy._rule_key_to_state('[{"user": {"intent": "a"}}]') == [{"user": {"intent": "a"}}]

    domain = Domain.from_dict({"intents": ["ask_fact", "greet"], "actions": ["action_fact", "action_greet"]})
    listen = '{"prev_action": {"action_name": "action_listen"}'
    by_intent = {f'[{listen}, "user": {{"intent": "ask_fact"}}}}]': "action_fact"}
    by_text = {**by_intent, f'[{listen}, "user": {{"text": "hello"}}}}]': "action_greet"}

    def tracker(text: str, intent: str) -> DialogueStateTracker:
        events = [ActionExecuted("action_listen"), UserUttered(text, {"name": intent, "confidence": 1.0})]
        return DialogueStateTracker.from_events("someone", events, domain.slots)

    def predictions(policy: Any) -> list[Any]:
        found = []
        for text, intent in (("who directed it", "ask_fact"), ("hello", "greet"), ("hi", "greet")):
            prediction = policy.predict_action_probabilities(tracker(text, intent), domain)
            found.append((prediction.probabilities, prediction.action_metadata, prediction.events))
        return found

    intent_rules, text_rules = _rule_policy(tmp_path, by_intent), _rule_policy(tmp_path, by_text)
    assert not patch.text_pass_can_match(intent_rules) and patch.text_pass_can_match(text_rules)
    unpatched = predictions(intent_rules), predictions(text_rules)
    monkeypatch.setattr(RulePolicy, "_find_action_from_rules", patch._find_action_from_rules)
    passes: list[bool] = []
    original_states = RulePolicy._prediction_states

    def counted(self: Any, tracker: Any, domain: Any, use_text: bool = False, **kwargs: Any) -> Any:
        passes.append(use_text)
        return original_states(self, tracker, domain, use_text, **kwargs)

    monkeypatch.setattr(RulePolicy, "_prediction_states", counted)
    assert predictions(intent_rules) == unpatched[0]
    assert passes == [False, False, False]  # no text pass
    assert predictions(text_rules) == unpatched[1]
    assert True in passes  # the text pass still runs when a rule is written with text
    assert unpatched[1][1][0][domain.index_for_action("action_greet")] == 1.0  # and still finds it
