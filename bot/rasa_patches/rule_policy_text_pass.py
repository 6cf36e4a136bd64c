"""RulePolicy's end-to-end (message text) pass skipped when no rule can match on text.

Why: after each user message, RulePolicy looks for a rule twice: once with
the message's text in place of its intent (end-to-end rules), then with the
intent. Each pass replays the whole conversation into states
(`past_states`), matches them against every rule and deep-copies them for a
debug log line that is computed even when debug is off. Our rules are all
written with intents, so the text pass can never find a rule, and its result
is then thrown away: its states, the third of RulePolicy's per-turn work,
are computed for nothing.

Measured gain (2026-12-01, the trained model, RulePolicy's prediction right
after a user message, on 60 trackers of six held-out conversations, minimum
CPU time of 15 repeats each, three alternations on and off): 1.57-1.76 ms
without, 0.74-0.77 ms with it, about 0.9 ms of a turn's 15-16 ms of CPU
(about 6%). Whole turns on the loaded machine (load average 6 on 2 cores)
moved by less than their noise.

Replaces `RulePolicy._find_action_from_rules` (private) with a wrapper that
returns "no rule" for the text pass, without computing states, when no rule
of the trained policy could match a text-only user state (checked once per
policy: the last state of every rule names an intent or entities, which the
text pass removes) and no loop is active. Otherwise, and for the intent
pass, Rasa's own method runs. The skipped pass's result is only used by
`RulePolicy._predict` when it names an action, which it cannot here, so
predictions are unchanged (tests/test_rasa_patches.py compares them with and
without the patch, for rules written with intents and for one written with
text, which keeps the text pass). All 60 rules of the trained model name an
intent in their last state.

Not a RulePolicy subclass named in config.yml: Rasa's recipe validator looks
for `RulePolicy` itself (`node.uses == RulePolicy`), so a subclass makes
training warn that no RulePolicy is configured and skips RulePolicy's check
of the domain.
"""

from __future__ import annotations

import weakref
from typing import Any

from rasa.core.policies.rule_policy import RULES, RulePolicy
from rasa.shared.core.constants import USER
from rasa.shared.nlu.constants import ENTITIES, INTENT

_original = RulePolicy._find_action_from_rules
_text_matchable: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def rule_could_match_text(rule_states: list[dict[str, Any]]) -> bool:
    """Could this rule match a state whose user part is the message text alone?

    Rasa matches a rule from its last state backwards, and only the current
    (last) state of the conversation has its intent and entities replaced by
    the text in the text pass; a rule whose last state asks for an intent or
    entities needs them to be there.
    """
    if not rule_states:
        return True
    user = rule_states[-1].get(USER, {})
    return not (user.get(INTENT) or user.get(ENTITIES))


def text_pass_can_match(policy: RulePolicy) -> bool:
    """True if any rule of the trained `policy` could be found by the text pass (cached per policy)."""
    cached = _text_matchable.get(policy)
    if cached is None:
        cached = any(rule_could_match_text(policy._rule_key_to_state(key)) for key in policy.lookup.get(RULES, {}))
        _text_matchable[policy] = cached
    return cached


def _find_action_from_rules(
    self: RulePolicy, tracker: Any, domain: Any, use_text_for_last_user_input: bool
) -> tuple[str | None, str | None, bool]:
    if use_text_for_last_user_input and not tracker.active_loop_name and not text_pass_can_match(self):
        return None, None, False
    return _original(self, tracker, domain, use_text_for_last_user_input)


def install() -> None:
    RulePolicy._find_action_from_rules = _find_action_from_rules
