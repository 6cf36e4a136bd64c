"""Custom Rasa NLU components (imported by Rasa from config.yml)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH

import bot.ja_tokenizer  # noqa: F401  (registers the tokenizer named in build/spacy's config)
from bot.japanese import has_japanese
from bot.japanese import words as japanese_words
from bot.rasa_patches.logistic_regression_npz import NpzLogisticRegression
from bot.scope import (
    INDEFINITE_PRONOUNS,
    OTHER_SUBJECT,
    Vocabulary,
    asks_what_a_thing_is,
    names_film,
    other_person,
    owned_by_name,
    unknown_japanese_subject,
    unknown_subject,
)
from bot.store import DEFAULT_FACTS_PATH, FactStore
from bot.understanding import assistants_taste, clauses, film_talk, named_work, people_reading
from bot.understanding.lexicon import default_lexicon
from bot.understanding.proper_names import is_proper_name, name_parts, store_names
from bot.understanding.spelling import standard_text, without_handles, without_hashtag_signs, without_hesitations


def attribute_words() -> frozenset[str]:
    lexicon = default_lexicon()
    return frozenset(w for kind, _, words in lexicon.phrases if kind not in ("other_topic", "social") for w in words)


def japanese_attribute_words() -> frozenset[str]:
    """The Japanese words of the lexicon's attribute phrases (監督, 上映, 時間): where a subject ends."""
    lexicon = default_lexicon()
    return frozenset(w for kind, _, words in lexicon.phrases if kind == "attribute" for w in words if has_japanese(w))


def film_forms(store: FactStore) -> frozenset[str]:
    """The film's own Japanese names (titles, nickname, the novel's title) and its people's and characters'."""
    forms = {form for _, _, form in store.name_forms() if has_japanese(form)}
    for key, fact in {**store.film, **{f"novel_{k}": v for k, v in store.novel.items()}}.items():
        if not key.startswith(("title", "nickname", "novel_title")):
            continue
        values = [fact.value, fact.extra.get("ja"), *(a.value for a in fact.alternatives), *fact.aliases]
        forms.update(v for v in values if isinstance(v, str) and has_japanese(v))
    return frozenset(forms)


# Characters people type for an apostrophe ("Haruna´s", "Akito`s", "Haruna’s"): one apostrophe for every later
# component, so that a name before one is still found. One character for one, so entity offsets stay the text's.
# The intent of asking what the assistant can do ("what can you tell me?").
HELP_INTENT = "help"
APOSTROPHE_LOOKALIKES = str.maketrans(dict.fromkeys("\u00b4`\u02bc\u2032\u2019\u2018", "'"))


def standard_apostrophes(text: str) -> str:
    return text.translate(APOSTROPHE_LOOKALIKES)


def standard_message(text: str) -> str:
    """Apostrophes and typed spellings made standard; hesitation sounds, social-media handles and hashtag signs
    blanked, one character for one ("Could you tell me the stroy?" -> "... the story?"): every later component, the
    classifier first, reads the words it learnt."""
    return standard_text(without_hashtag_signs(without_handles(without_hesitations(standard_apostrophes(text)))))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ApostropheNormalizer(GraphComponent):
    """Writes every apostrophe look-alike of a message as "'", and each typed word in its standard spelling
    (bot/understanding/spelling.py), before spaCy reads it (first in the pipeline). Training examples keep their
    spellings: the classifier learns the typed forms people wrote there too."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ApostropheNormalizer:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        _rewrite(messages, standard_message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        _rewrite(training_data.training_examples, standard_apostrophes)
        return training_data


def _rewrite(messages: list[Message], standard: Callable[[str], str]) -> None:
    for message in messages:
        text = message.get(TEXT)
        if isinstance(text, str):
            message.set(TEXT, standard(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class OtherSubjectGuard(GraphComponent):
    """Turns a film question about something the assistant never heard of into out_of_scope.

    Learns its vocabulary from the in-scope training examples and lookup tables.
    Place it after the intent classifier, the entity extractors and the
    FallbackClassifier.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}

    def __init__(self, config: dict[str, Any], storage: ModelStorage, resource: Resource, vocabulary=None) -> None:
        self.config = config
        self.storage = storage
        self.resource = resource
        # Words that ask for an attribute ("costumes", "height") are not another film's name:
        # bot/understanding answers them, with "I don't know" when the store has nothing.
        # Added at load, not trained in, so that editing the vocabulary needs no retraining. Conjunctions
        # join a remark's clauses ("the ending was good but ..."), and "somebody" is nobody named: they name
        # nothing either; nor do the superlatives of people ("which actress is the oldest?" asks of the cast).
        self.vocabulary = (vocabulary or Vocabulary(frozenset())).including(
            attribute_words()
            | people_reading.SCREEN_PARTNER_WORDS
            | people_reading.SUPERLATIVE_WORDS
            | film_talk.CONJUNCTIONS
            | INDEFINITE_PRONOUNS
            | assistants_taste.HOW_OFTEN  # "do you watch films often?": how often names nothing
            | clauses.STORY_VERBS  # "what does the movie depict?": what a story tells names nothing
        )
        # Japanese: the film's own names and the lexicon's generic subject words are never another subject.
        store = FactStore.load(os.environ.get("FACTS_PATH", DEFAULT_FACTS_PATH))
        self.film_forms = film_forms(store)
        known = {w for form in self.film_forms for w in japanese_words(form)} | default_lexicon().subject_words
        self.vocabulary = self.vocabulary.including(known, japanese_attribute_words())
        self.names = store_names(store)
        self.store = store
        # English: the film's own title (not "the film", which may be followed by another title): a
        # message naming it is about the film.
        self.film_names = default_lexicon().film_titles
        # Words of this film's names and titles, and of its credited works' titles (the theme song's): a capitalised
        # typo of one is still ours ("Haruma").
        self.own_names = (
            name_parts(frozenset(self.names))
            | frozenset(word for title in self.film_names for word in title.split())
            | frozenset(word.lower() for _, title in named_work.credit_titles(store) for word in title)
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> OtherSubjectGuard:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> OtherSubjectGuard:
        with model_storage.read_from(resource) as directory:
            words = json.loads((directory / "vocabulary.json").read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, Vocabulary(frozenset(words)))

    def train(self, training_data: TrainingData) -> Resource:
        texts = [
            message.get("text")
            for message in training_data.intent_examples
            if message.get("intent") != self.config["out_of_scope_intent"]
        ]
        texts += [element for table in training_data.lookup_tables for element in table["elements"]]
        learned = Vocabulary.from_texts(texts)
        self.vocabulary = self.vocabulary.including(learned.words)
        with self.storage.write_to(self.resource) as directory:
            (directory / "vocabulary.json").write_text(json.dumps(sorted(learned.words)), encoding="utf-8")
        return self.resource

    def process(self, messages: list[Message]) -> list[Message]:
        refused = self.config["out_of_scope_intent"]
        guarded_out = {refused, *self.config["unguarded_intents"]}
        for message in messages:
            intent = message.get("intent") or {}
            text = message.get("text") or ""
            # "what is <X>?" the classifier took for asking help: a thing is asked, which may be another subject
            defined = intent.get("name") == HELP_INTENT and asks_what_a_thing_is(text)
            if not intent.get("name") or (intent["name"] in guarded_out and intent["name"] != refused and not defined):
                continue
            if intent["name"] == refused and has_japanese(text):
                continue  # a Japanese refusal is the reader's to take back (its subject words are cut otherwise)
            found = message.get("entities") or []
            # In Japanese a role word (監督) is the attribute asked, not a subject of the film.
            names = any(e.get("entity") in ("person", "character") for e in found)
            # A role phrase the entity rules tag as a character ("the main character of <X>") is not a name.
            proper = any(
                e.get("entity") in ("person", "character")
                and is_proper_name(text[e.get("start", 0) : e.get("end", 0)] or str(e.get("value")), self.names)
                for e in found
            )
            # In English a name of the film's people, a crew role or a topic makes the message this film's;
            # a role phrase the entity rules tag as a character does not ("the main character of <X>").
            ours = proper or any(e.get("entity") not in ("person", "character") for e in found)
            ours = ours or owned_by_name(text, self.names, self.vocabulary)
            other = unknown_subject(
                text, self.vocabulary, ours, self.film_names, self.own_names
            ) or unknown_japanese_subject(text, self.vocabulary, names, self.film_forms)
            if not other and proper and not self._names_film(text):
                # "how many films did <our given name> <another family name> star in?": someone else
                other = other_person(text, found, self.vocabulary, self.names)
            if other and intent["name"] == refused and clauses.describes_this_film(text, default_lexicon()):
                other = None  # "who directed the movie about two terminally ill teenagers?": the reader's to take back
            if other and people_reading.names_performer_by_work(text, self.store):
                other = None  # "who does the actress from <a work of hers> play?": she is one of the film's people
            if other:
                # In the output, so that a follow-up ("who's in it?") knows what the conversation is about;
                # on the classifier's own refusal too, so that the reader does not take it back for a pointer
                # in another sentence ("is it on <a service>? what about <another film>?").
                message.set(OTHER_SUBJECT, other, add_to_output=True)
                if intent["name"] == refused:
                    continue
                verdict = {"name": self.config["out_of_scope_intent"], "confidence": 1.0}
                ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != verdict["name"]]
                message.set("intent", verdict, add_to_output=True)
                message.set("intent_ranking", [verdict, *ranking], add_to_output=True)
        return messages

    def _names_film(self, text: str) -> bool:
        return names_film(text, self.film_names)


def one_row(parts: list[Any]) -> scipy.sparse.csr_matrix:
    """One message's sparse feature rows side by side, as one CSR row.

    What `scipy.sparse.hstack(parts, format="csr")` returns, built directly:
    scipy's general block assembly (bmat) took 0.41 ms for a message's four
    parts, this 0.08 ms (about 4% of a turn's CPU, 2026-12-01).
    """
    if any(part.shape[0] != 1 for part in parts):
        return scipy.sparse.hstack(parts, format="csr")
    data, columns, offset = [], [], 0
    for part in parts:
        coo = part if scipy.sparse.isspmatrix_coo(part) else part.tocoo()
        data.append(coo.data)
        columns.append(coo.col + offset)
        offset += part.shape[1]
    values = np.concatenate(data)
    return scipy.sparse.csr_matrix(
        (values, np.concatenate(columns).astype(np.int32, copy=False), np.array([0, len(values)], dtype=np.int32)),
        shape=(1, offset),
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentClassifier(NpzLogisticRegression):
    """Rasa's LogisticRegressionClassifier with the regularisation strength `C` exposed.

    Rasa fixes C=1, which under-fits our ~1,000 examples of 29 intents on
    sparse count features: confidences stay low and many land under the
    fallback threshold. Training and inference stay TensorFlow-free and take
    milliseconds; reports/pipelines.md has the comparison.

    The fitted model is stored as plain arrays (numpy .npz, loaded without
    pickle) rather than with skops: importing skops walks all of scikit-learn
    and took half of the server's cold start (bot/rasa_patches/logistic_regression_npz.py).
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0}

    def __init__(self, config: dict[str, Any], name: str, model_storage: ModelStorage, resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=float(self.config["C"]))

    def process(self, messages: list[Message]) -> list[Message]:
        """As Rasa's, but combining each message's sentence features once (Rasa's combines
        sentence and token features, twice), and a message without features (empty, only spaces) gets no
        intent: Rasa's classifier fails on those; confidence 0 makes the FallbackClassifier
        answer "I didn't get that", as for any unclear message.
        """
        for message in messages:
            parts = [
                f.features
                for f in message.features
                if f.attribute == TEXT and f.is_sparse() and f.type == FEATURE_TYPE_SENTENCE
            ]
            if not parts:
                message.set("intent", {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set("intent_ranking", [], add_to_output=True)
                continue
            probabilities = self.clf.predict_proba(one_row(parts))[0]
            ranking = sorted(
                (
                    {"name": name, "confidence": float(p)}
                    for name, p in zip(self.clf.classes_, probabilities, strict=True)
                ),
                key=lambda entry: -entry["confidence"],
            )
            message.set("intent", ranking[0], add_to_output=True)
            if self.config[RANKING_LENGTH] > 0:
                ranking = ranking[: self.config[RANKING_LENGTH]]
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages
