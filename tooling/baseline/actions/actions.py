"""The baseline's only custom action: Rasa SDK's ActionQueryKnowledgeBase, as in the example."""

from pathlib import Path

from rasa_sdk.knowledge_base.actions import ActionQueryKnowledgeBase
from rasa_sdk.knowledge_base.storage import InMemoryKnowledgeBase

KNOWLEDGE_BASE = Path(__file__).resolve().parent.parent / "knowledge_base_data.json"


class ActionMyKB(ActionQueryKnowledgeBase):
    def __init__(self) -> None:
        knowledge_base = InMemoryKnowledgeBase(str(KNOWLEDGE_BASE))
        # As the example does for hotels: a person is shown with the part they play.
        knowledge_base.set_representation_function_of_object(
            "person", lambda obj: obj["name"] + (f" ({obj['role_played']})" if obj.get("role_played") else "")
        )
        super().__init__(knowledge_base)
