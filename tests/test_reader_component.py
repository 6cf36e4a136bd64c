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
