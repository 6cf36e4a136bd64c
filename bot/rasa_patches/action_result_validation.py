"""Custom action replies validated with a validator built once.

Why: Rasa validates every custom action's reply with `jsonschema.validate`,
which first checks the schema itself against the JSON Schema meta-schema:
two thirds of a whole turn.

Measured gain (py-spy, reports/profile.md): the check was 67% of a turn; turn
p50 went from about 25 ms to about 10 ms. Re-measured on and off (`python -m
tooling.bench patches`, 2026-11-30; same server and model, 300 held-out
questions over REST, 3 rounds, server CPU time per turn, which contention on
the shared 2-core machine distorts less than latency): without it a turn costs
4.1-4.7x the CPU (75-78 ms instead of 17-19 ms) and the server 71 MB more
memory.

Replaces `RemoteAction._validate_action_result` (private) with the same check
made by a validator whose schema was checked once. Replies of the in-process
actions (bot/rasa_patches/in_process_actions.py) come straight from rasa_sdk's
executor, with no HTTP and no JSON in between, and are not validated again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa.core.actions.action import RemoteAction

from bot.rasa_patches.in_process_actions import is_in_process


@lru_cache(maxsize=1)
def action_result_validator() -> Any:
    """jsonschema validator for custom action replies, with the schema checked once."""
    from jsonschema import validators

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result without re-checking the schema each time."""
    from jsonschema import ValidationError

    if is_in_process(self.action_endpoint):
        return True
    try:
        action_result_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            "Action endpoint is valid."
        )
        raise error


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
