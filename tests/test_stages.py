"""tooling/stages.py: which stage decided a turn, from what the guard and the reader did to the message."""

import pytest

from tooling.stages import Passage, stage


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        (Passage("ask_director", "barbie", "out_of_scope", "out_of_scope", "barbie"), "guard"),
        (Passage("ask_director", None, "ask_director", "out_of_scope", "barbie"), "reader-refused"),
        (Passage("ask_director", "tokyo", "out_of_scope", "ask_fact", None, ["attribute"]), "guard-overruled"),
        (Passage("nlu_fallback", None, "nlu_fallback", "nlu_fallback"), "fallback"),
        (Passage("ask_novel", None, "ask_novel", "ask_fact", None, ["attribute"]), "reader-rerouted"),
        (Passage("ask_who_plays", None, "ask_who_plays", "ask_who_plays", None, ["relation"]), "reader-read"),
        (Passage("ask_genre", None, "ask_genre", "ask_genre"), "classifier"),
    ],
)
def test_stage_names_the_step_that_decided(passage: Passage, expected: str) -> None:
    assert stage(passage) == expected
