"""Round 16, the lead's fixes (issue 10). Phrasings are the lead's own; names come from the store."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("said", "same_as"),
    [
        ("main female character", "female lead"),
        ("female protagonist", "female lead"),
        ("main male character", "male lead"),
        ("male protagonist", "male lead"),
    ],
)
def test_a_lead_named_by_gender_and_role_is_that_lead(store, entity_rules, said, same_as):
    """ "What is the name of the main female character?" named no one the rules knew ("I don't know of its
    female"): the leads' role names with a gender are theirs."""
    assert store.resolve(said, ("character",)) == store.resolve(same_as, ("character",)) != []
    text = f"what is the name of the {said} in it"
    assert [(ent.text, ent.label_) for ent in entity_rules(text).ents] == [(said, "character")]
