"""The external set's builder: TREC detokenizing and subject-dropped follow-ups read as people write."""

from __future__ import annotations

from tooling.external.build import _pronoun_swap, detokenize


def test_detokenize_undoes_the_trec_tokens_only() -> None:
    assert detokenize("Who directed `` Jaws '' ?") == 'Who directed "Jaws"?'
    assert detokenize("What was J.F.K. 's wife 's name ?") == "What was J.F.K.'s wife's name?"
    assert detokenize("Who was the lead actress in the movie ` Sleepless in Seattle ' ?") == (
        "Who was the lead actress in the movie 'Sleepless in Seattle'?"
    )
    # the asker's own typos stay
    assert detokenize("How tall is kilamanjaro ?") == "How tall is kilamanjaro?"


def test_pronoun_follow_ups() -> None:
    assert _pronoun_swap("What is the profession of jim smith?", "jim smith", "he") == "What is the profession of him?"
    assert _pronoun_swap("who is the child of ann lee", "ann lee", "she") == "who is the child of her"
    assert _pronoun_swap("Who produced the film a volcano", "volcano", "it") == "Who produced it"
    assert _pronoun_swap("who was the editor of volcano movie", "volcano", "it") == "who was the editor of it"
    assert _pronoun_swap("what is jim smith's profession", "jim smith", "he") == "what is his profession"
    # "film" after the title is a verb here and stays
    assert _pronoun_swap("Where was volcano film?", "volcano", "it") == "Where was it film?"
