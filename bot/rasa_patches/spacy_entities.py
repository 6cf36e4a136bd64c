"""Entities from a spaCy doc through the private parts of Rasa's SpacyEntityExtractor.

Why: Rasa's SpacyEntityExtractor runs the spaCy pipeline a second time on
every message, because SpacyNLP's doc is of the lower-cased text by default.
Reusing SpacyNLP's doc (bot/nlu_components.py, DocEntityExtractor) needs the
extraction step on its own, which Rasa has only as a private method.

Measured gain: spaCy runs once per message instead of twice (its share of a
turn was about 6% per pass, reports/profile.md).

Uses `SpacyEntityExtractor._extract_entities(doc)` (a private static method)
and the private `_config` for its `dimensions`.
"""

from __future__ import annotations

from typing import Any

from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor


class SpacyDocEntities(SpacyEntityExtractor):
    def entities_of(self, doc: Any) -> list[dict[str, Any]]:
        """The entities Rasa's extractor would find in `doc`: named after this extractor, filtered by dimensions."""
        found = self.add_extractor_name(self._extract_entities(doc))
        return self.filter_irrelevant_entities(found, self._config["dimensions"])
