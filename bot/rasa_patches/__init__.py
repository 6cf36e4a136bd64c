"""Every place the assistant replaces, overrides or reaches into Rasa's or a library's internals.

Rasa 3.6 is used through its documented extension points everywhere else
(custom components, channels, tracker and lock stores, actions). What could
not be done that way lives here, one module per patch, each module saying why
it exists and what it gained when measured. Nothing outside this package
assigns or overrides a private member of a library (tests/test_rasa_patches.py
checks that, and checks each patched internal's shape).

The patches were written against the exact versions in `VERSIONS`. The server
checks the installed ones at start-up (`check_versions`) and refuses to start
on any other, with one message that names every difference: an upgrade then
fails at once, not on a user's message. After an upgrade, run
`pytest tests/test_rasa_patches.py`, fix or drop what fails, and update
`VERSIONS` (and requirements/constraints.txt).

A patch stays only while its gain shows: `python -m tooling.bench patches`
switches the global ones off in turn. One was dropped that way: reusing
SpacyNLP's doc for the entities (through the private
`SpacyEntityExtractor._extract_entities`) saved one spaCy pass, 0.18 ms, and a
turn with Rasa's own SpacyEntityExtractor cost the same CPU.

This package imports nothing heavy itself; each patch module imports what it
patches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from bot.launcher import LaunchError

# The versions the patches were written for and measured with (pinned in requirements/constraints.txt).
VERSIONS: dict[str, str] = {
    "rasa": "3.6.21",
    "rasa-sdk": "3.6.2",
    "python-socketio": "5.9.0",
    "python-engineio": "4.8.0",
    "sanic": "21.12.2",
    "scikit-learn": "1.1.3",
    "aiogram": "2.15",
    "dask": "2022.10.2",
    "tensorflow": "2.12.0",
}


@dataclass(frozen=True)
class Patch:
    module: str  # bot.rasa_patches.<module>
    replaces: str  # the internal it replaces or relies on
    libraries: tuple[str, ...]  # keys of VERSIONS


PATCHES: tuple[Patch, ...] = (
    Patch(
        "graph_runner",
        "rasa.core.processor.DaskGraphRunner (private _build_dask_graph, _add_inputs_to_graph, _graph_schema)",
        ("rasa", "dask"),
    ),
    Patch("action_result_validation", "rasa.core.actions.action.RemoteAction._validate_action_result", ("rasa",)),
    Patch(
        "in_process_actions",
        "rasa.utils.endpoints.EndpointConfig.request (as RemoteAction calls it)",
        ("rasa", "rasa-sdk"),
    ),
    Patch("message_interceptor", "rasa.core.agent.Agent.handle_message, replaced on the agent", ("rasa",)),
    Patch(
        "rest_input",
        "rasa.core.channels.rest.RestInput._extract_sender, _extract_message, _extract_input_channel",
        ("rasa",),
    ),
    Patch(
        "socketio_handlers",
        "socketio.AsyncServer.handlers (an event's registered handler), Rasa's blueprint ctx.sio",
        ("rasa", "python-socketio"),
    ),
    Patch(
        "engineio_websocket",
        "engineio.AsyncServer.handle_request, as Sanic's route handler",
        ("python-engineio", "sanic"),
    ),
    Patch(
        "engineio_ping_tasks",
        "engineio.async_socket.AsyncSocket._send_ping tasks, found by __qualname__",
        ("python-engineio",),
    ),
    Patch("slack_post_message", "rasa.core.channels.slack.SlackBot._post_message", ("rasa",)),
    Patch(
        "telegram_bot", "rasa.core.channels.telegram.TelegramOutput.__init__, aiogram Bot._session", ("rasa", "aiogram")
    ),
    Patch(
        "logistic_regression_npz",
        "LogisticRegressionClassifier._model_storage/_resource; scikit-learn LogisticRegression fitted attributes",
        ("rasa", "scikit-learn"),
    ),
    Patch(
        "tracker_store_failsafe",
        "rasa.core.tracker_store.FailSafeTrackerStore.on_tracker_store_error / on_tracker_store_retrieve_error, "
        "replaced on the agent's store",
        ("rasa",),
    ),
    Patch(
        "rule_policy_text_pass",
        "rasa.core.policies.rule_policy.RulePolicy._find_action_from_rules (its text pass), _rule_key_to_state",
        ("rasa",),
    ),
    Patch("no_jax", "sys.modules['jax'] = None, relying on TensorFlow's guarded import of jax", ("tensorflow",)),
)


class PatchVersionError(LaunchError):
    """An installed library is not the version the patches were written for."""


def installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def version_problems(installed: Callable[[str], str | None] | None = None) -> list[str]:
    """One line per library whose installed version differs from VERSIONS."""
    installed = installed or installed_version
    problems = []
    for distribution, wanted in VERSIONS.items():
        found = installed(distribution)
        if found != wanted:
            users = ", ".join(p.module for p in PATCHES if distribution in p.libraries)
            problems.append(f"{distribution} {found or 'is not installed'} (written for {wanted}; patches: {users})")
    return problems


def check_versions(installed: Callable[[str], str | None] | None = None) -> None:
    """Refuse to go on when a patched library is not the version its patches were written for."""
    problems = version_problems(installed)
    if problems:
        lines = "\n".join(f"  - {line}" for line in problems)
        raise PatchVersionError(
            "bot/rasa_patches/ replaces internals of these libraries, and the installed versions differ "
            f"from the ones the patches were written for:\n{lines}\n"
            "Install the pinned versions (pip install -r requirements/runtime.txt -c requirements/constraints.txt), "
            "or check the patches "
            "against the new versions (pytest tests/test_rasa_patches.py) and update VERSIONS in "
            "bot/rasa_patches/__init__.py."
        )


def install() -> None:
    """Check the versions, then apply the patches that replace something globally (the others are
    base classes and helpers that the runtime's own classes use)."""
    check_versions()
    from bot.rasa_patches import action_result_validation, graph_runner, rule_policy_text_pass

    action_result_validation.install()
    graph_runner.install()
    rule_policy_text_pass.install()
