"""The Rasa side of the question reader: it runs after the scope guard and respects its verdict."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import Vocabulary
from bot.understanding.lexicon import default_lexicon

GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def parse(store, text: str, intent: str) -> str:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset("who directed the film what".split())))
    reader = QuestionReader(store, default_lexicon())
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    reader.process(guard.process([message]))
    return message.get("intent")["name"]


def test_another_film_named_after_the_film_stays_out_of_scope(store):
    assert parse(store, "who directed the film mongkok", "ask_director") == "out_of_scope"


def test_the_film_alone_points_at_ours(store):
    assert parse(store, "what is the main language spoken in the film?", "out_of_scope") == "ask_language"


def test_apostrophe_look_alikes_are_one_apostrophe_before_spacy_reads_them():
    """ "Haruna´s dad": the name before a typed look-alike is found like any other; offsets stay the text's."""
    from bot.nlu_components import ApostropheNormalizer

    texts = ["Why did Haruna´s dad get upset?", "who is akito`s sister", "who is akito’s sister"]
    messages = ApostropheNormalizer().process([Message(data={"text": t}) for t in texts])
    assert [m.get("text") for m in messages] == [
        "Why did Haruna's dad get upset?",
        "who is akito's sister",
        "who is akito's sister",
    ]
    assert all(len(m.get("text")) == len(t) for m, t in zip(messages, texts, strict=True))


def test_the_pipeline_normalises_apostrophes_first():
    import yaml

    from tests.conftest import ROOT

    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    assert pipeline[0]["name"] == "bot.nlu_components.ApostropheNormalizer"


def test_a_readers_error_leaves_the_classifiers_parse_and_the_turn(store, monkeypatch, caplog):
    """A bug in a reading rule must never cost the user the turn: the classifier's intent and entities stand, and
    the error is logged for the developers."""
    import bot.nlu_frame as frame

    def broken(*_args, **_kwargs):
        raise KeyError("no such character")

    monkeypatch.setattr(frame, "read", broken)
    reader = QuestionReader(store, default_lexicon())
    entities = [{"entity": "character", "value": "x", "start": 0, "end": 1}]
    message = Message(data={"text": "who plays x", "intent": {"name": "ask_who_plays", "confidence": 0.9}})
    message.set("entities", entities)
    with caplog.at_level("ERROR"):
        reader.process([message])
    assert message.get("intent")["name"] == "ask_who_plays"
    assert message.get("entities") == entities
    assert "question reader failed" in caplog.text
