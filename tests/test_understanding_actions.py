"""Actions answering what the question reader tagged: relations, unheld attributes, yes/no,
spoiler settings, a second question, and "it" meaning the novel. Response names and slots."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.crew import ActionCrew, ActionDirector, ActionNovel
from actions.film_facts import ActionGenre, ActionLanguage, ActionRuntime, ActionWhereToWatch
from actions.people import ActionCharacter, ActionOtherWork, ActionPerson, ActionWhoPlays
from actions.story import ActionEnding, ActionPlot
from actions.topics import ActionFact
from tests.conftest import tracker


def responses_of(action, message_tracker, domain) -> list[str]:
    """Runs an action on a tracker built by hand (events, several entities of one type)."""
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, message_tracker, domain))
    return [m["response"] for m in dispatcher.messages if m.get("response")]


def test_who_plays_a_named_characters_relation(turn, store):
    result = turn(
        ActionWhoPlays(), text="who plays Akito's father?", entities={"character": "Akito", "relation": "father"}
    )
    assert result.responses == ["utter_who_plays"]
    assert result.values("utter_who_plays")["actor_name"] == store.people["toru_nakamura"].name
    assert result.slots["character"] == "kazuki_hayasaka"


def test_a_pronoun_relation_follows_the_conversation(turn, store):
    slots = {"character": "haruna_sakurai", "person": "natsuki_deguchi"}
    result = turn(ActionCharacter(), text="and her mum?", entities={"relation": "mother"}, slots=slots)
    assert result.responses[:2] == ["utter_character", "utter_played_by"]
    assert result.values("utter_played_by")["actor_name"] == store.people["yasuko_matsuyuki"].name


def test_his_character_is_the_person_in_the_conversations_role(turn):
    slots = {"person": "ren_nagase", "character": "hazuki_sakurai"}
    result = turn(ActionCharacter(), text="how old is his character?", entities={"relation": "character"}, slots=slots)
    assert result.slots["character"] == "akito_hayasaka"


def test_other_work_of_a_relation_is_the_actors(turn, store):
    result = turn(
        ActionOtherWork(),
        text="what else has akito's mum been in",
        entities={"character": "akito", "relation": "mother"},
    )
    assert result.slots["person"] == "nene_otsuka"


def test_several_relatives_are_each_told(turn):
    # round 8 (nlu30): "who are akito's childhood friends?" asks for all of them, not a choice between them
    result = turn(
        ActionCharacter(),
        text="who are akito's childhood friends",
        intent="ask_character",
        entities={"character": "akito", "relation": "childhood_friend"},
    )
    told = [r for r in result.responses if not r.startswith("utter_hedge")]
    assert told == ["utter_relation_between", "utter_relation_between"]
    assert result.slots["character"] == "akito_hayasaka"


def test_a_relation_nobody_has_is_not_known(turn):
    result = turn(
        ActionCharacter(), text="who is mikiko's sister", entities={"character": "mikiko", "relation": "sister"}
    )
    assert result.responses == ["utter_dont_know"]


def test_an_unheld_attribute_of_a_person_is_named_in_the_dont_know(turn, store):
    result = turn(
        ActionFact(), text="how tall is Natsuki Deguchi?", entities={"person": "Natsuki Deguchi", "attribute": "height"}
    )
    assert result.responses == ["utter_dont_know_subject_attribute"]
    values = result.values("utter_dont_know_subject_attribute")
    assert (values["subject_name"], values["attribute_words"]) == (store.people["natsuki_deguchi"].name, "height")
    assert not result.slots.get("last_sources")


def test_an_unheld_attribute_after_a_pronoun_is_the_conversations_person(turn, store):
    result = turn(
        ActionFact(), text="how tall is she", entities={"attribute": "height"}, slots={"person": "natsuki_deguchi"}
    )
    assert result.values("utter_dont_know_subject_attribute")["subject_name"] == store.people["natsuki_deguchi"].name


def test_an_unheld_attribute_of_the_film(turn):
    result = turn(ActionFact(), text="when is the blu ray out", entities={"attribute": "home_video"})
    assert result.responses == ["utter_dont_know_about"]
    assert result.values("utter_dont_know_about")["topic_label"] == "its home-video release"


def test_yes_no_is_decided_from_the_store_then_answered(turn):
    anime = turn(ActionGenre(), text="is it an anime?", entities={"claim": "animated:anime"})
    assert anime.responses[:2] == ["utter_claim_animated_no", "utter_genre"]
    cinemas = turn(ActionWhereToWatch(), text="was it in cinemas?", entities={"claim": "theatrical:cinemas"})
    assert cinemas.responses[0] == "utter_claim_theatrical_no"
    netflix = turn(ActionWhereToWatch(), text="is it on netflix", entities={"claim": "platform:netflix"})
    assert netflix.responses[:2] == ["utter_claim_yes", "utter_where_to_watch"]
    english = turn(ActionLanguage(), text="is it in english", entities={"claim": "language:english"})
    assert english.responses[:2] == ["utter_claim_no", "utter_language"]
    horror = turn(ActionGenre(), text="is it a horror movie", entities={"claim": "genre:horror"})
    assert horror.responses[0] == "utter_claim_no"
    sad = turn(ActionGenre(), text="is it sad", entities={"claim": "genre:tearjerker"})
    assert sad.responses[0] == "utter_claim_yes"


def test_yes_no_about_people(turn):
    cast = turn(ActionPerson(), text="is ren nagase in it", entities={"person": "ren nagase", "claim": "in_film"})
    assert cast.responses[:2] == ["utter_claim_yes", "utter_person_plays"]
    credit = turn(
        ActionDirector(), text="did ren nagase direct it", entities={"person": "ren nagase", "claim": "credit:director"}
    )
    assert credit.responses[:2] == ["utter_claim_no", "utter_crew_director"]


def test_the_plot_without_spoilers_turns_them_off_and_tells_the_premise(turn):
    result = turn(
        ActionPlot(), text="tell me the plot, but no spoilers", entities={"spoilers": "no"}, slots={"spoilers_ok": True}
    )
    assert result.responses[:2] == ["utter_spoilers_off", "utter_premise"]
    assert "utter_plot_part" not in result.responses
    assert result.slots["spoilers_ok"] is False


def test_the_ending_with_spoilers_welcome_tells_it(turn):
    result = turn(ActionEnding(), text="how does it end, i don't care", entities={"spoilers": "yes"})
    assert "utter_ending" in result.responses


def test_a_second_question_in_the_message_is_answered_too(turn):
    result = turn(ActionRuntime(), text="how long is it and what's it rated", entities={"also_ask": "ask_rating"})
    assert result.responses[:2] == ["utter_runtime", "utter_rating"]


def test_several_roles_in_one_question(domain):
    both = tracker(text="who wrote the music and who sings the theme song")
    both.latest_message["entities"] = [{"entity": "crew_role", "value": v} for v in ("music", "theme song")]
    assert responses_of(ActionCrew(), both, domain)[:2] == ["utter_crew_music", "utter_crew_theme_song"]


def test_who_wrote_it_after_the_novel_is_the_novels_author(domain):
    after_novel = tracker(text="who wrote it?")
    inferred = {"entity": "crew_role", "value": "screenplay", "extractor": "QuestionReader"}
    after_novel.latest_message["entities"] = [inferred]
    after_novel.events = [{"event": "action", "name": "action_novel"}, {"event": "action", "name": "action_listen"}]
    assert responses_of(ActionCrew(), after_novel, domain)[0] == "utter_novel"
    after_novel.events = [{"event": "action", "name": "action_director"}]
    assert responses_of(ActionCrew(), after_novel, domain)[0] == "utter_crew_screenplay"


def with_entities(text: str, entities: list[tuple[str, str]], slots: dict | None = None):
    message_tracker = tracker(text=text, slots=slots)
    message_tracker.latest_message["entities"] = [
        {"entity": entity, "value": value, "start": i, "end": i + 1} for i, (entity, value) in enumerate(entities)
    ]
    return message_tracker


def test_who_plays_whom_is_decided_from_the_cast(domain):
    yes = with_entities(
        "does ren nagase play akito", [("person", "ren nagase"), ("character", "akito"), ("claim", "plays")]
    )
    assert responses_of(ActionWhoPlays(), yes, domain)[:2] == ["utter_claim_yes", "utter_who_plays"]
    no = with_entities(
        "does mayu yokota play haruna", [("person", "mayu yokota"), ("character", "haruna"), ("claim", "plays")]
    )
    assert responses_of(ActionWhoPlays(), no, domain)[:2] == ["utter_claim_no", "utter_who_plays"]


def test_a_claim_about_a_character_is_yes_from_the_description_or_not_known(turn):
    sick = turn(ActionCharacter(), text="is akito sick", entities={"character": "akito", "claim": "describes:sick"})
    assert sick.responses[:2] == ["utter_claim_yes", "utter_character"]
    nurse = turn(
        ActionCharacter(),
        text="is haruna's mom a nurse",
        entities={"character": "haruna", "relation": "mother", "claim": "describes:nurse"},
    )
    assert nurse.responses[0] == "utter_claim_yes"
    # the store never says what a character is not: "I don't know", never "No"
    pilot = turn(
        ActionCharacter(), text="is akito a pilot", entities={"character": "akito", "claim": "describes:pilot"}
    )
    assert pilot.responses == ["utter_dont_know"]


def test_a_relation_between_two_characters_and_the_leads(domain):
    friends = with_entities(
        "is ayaka haruna's friend",
        [("character", "ayaka"), ("character", "haruna"), ("relation", "friend"), ("claim", "related:friend")],
    )
    assert responses_of(ActionCharacter(), friends, domain)[0] == "utter_claim_yes"
    lead = with_entities("is ren nagase the lead", [("person", "ren nagase"), ("claim", "lead:the lead")])
    assert responses_of(ActionPerson(), lead, domain)[:2] == ["utter_claim_yes", "utter_person_plays"]
    not_lead = with_entities("is mayu yokota the lead", [("person", "mayu yokota"), ("claim", "lead:the lead")])
    assert responses_of(ActionPerson(), not_lead, domain)[0] == "utter_claim_no"


def test_a_relation_with_no_one_named(turn, store):
    sister = turn(ActionWhoPlays(), text="who played the little sister", entities={"relation": "sister"})
    assert sister.values("utter_who_plays")["actor_name"] == store.people["rui_tsukishima"].name
    mother = turn(ActionWhoPlays(), text="who plays the mom", intent="ask_who_plays", entities={"relation": "mother"})
    # two mothers and no one to start from: each, with whose mother she is (round 9), not a choice
    assert mother.responses == ["utter_who_plays", "utter_who_plays"]
    # in a conversation, "the mom" is the mother of whom it is about
    slots = {"character": "haruna_sakurai"}
    hers = turn(ActionWhoPlays(), text="who plays the mom", entities={"relation": "mother"}, slots=slots)
    assert hers.values("utter_who_plays")["actor_name"] == store.people["yasuko_matsuyuki"].name


def test_two_characters_in_one_question(domain, store):
    both = with_entities("who plays akito and who plays haruna", [("character", "akito"), ("character", "haruna")])
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionWhoPlays().run(dispatcher, both, domain))
    actors = [m["actor_name"] for m in dispatcher.messages if m.get("response") == "utter_who_plays"]
    assert actors == [store.people["ren_nagase"].name, store.people["natsuki_deguchi"].name]


def test_a_yes_no_asked_second_is_answered_second(domain):
    message = with_entities(
        "how long is the movie and is it on netflix",
        [("claim", "platform:netflix"), ("also_ask", "ask_where_to_watch")],
    )
    said = responses_of(ActionRuntime(), message, domain)
    assert said[:3] == ["utter_runtime", "utter_claim_yes", "utter_where_to_watch"]


def test_two_topics_and_two_roles_in_one_question(domain):
    topics = with_entities("is there a sequel and did it win any awards", [("topic", "sequel"), ("topic", "awards")])
    said = responses_of(ActionFact(), topics, domain)
    assert said.count("utter_dont_know_about") == 2
    roles = with_entities(
        "who's the director and who's the screenwriter", [("crew_role", "director"), ("crew_role", "screenwriter")]
    )
    said = responses_of(ActionDirector(), roles, domain)
    assert [r for r in said if r.startswith("utter_crew_")] == ["utter_crew_director", "utter_crew_screenplay"]


def test_yes_no_about_the_novels_author(domain):
    author = with_entities("was the novel written by ao morita", [("person", "ao morita"), ("claim", "novel_author")])
    assert responses_of(ActionNovel(), author, domain)[:2] == ["utter_claim_yes", "utter_novel"]
    other = with_entities(
        "was the novel written by tomoko yoshida", [("person", "tomoko yoshida"), ("claim", "novel_author")]
    )
    assert responses_of(ActionNovel(), other, domain)[0] == "utter_claim_no"


def test_an_unlisted_crew_credit_names_the_words_asked(domain):
    message = tracker(text="who was the casting director")
    message.latest_message["entities"] = [{"entity": "attribute", "value": "other_crew", "start": 12, "end": 28}]
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFact().run(dispatcher, message, domain))
    (said,) = (m for m in dispatcher.messages if m.get("response"))
    assert said["response"] == "utter_dont_know_about"
    assert said["topic_label"] == "its casting director credit"


def test_in_another_work_is_yes_from_what_they_are_known_for_or_not_known(domain):
    makanai = with_entities(
        "was natsuki deguchi in the makanai", [("person", "natsuki deguchi"), ("claim", "known_for:makanai")]
    )
    assert responses_of(ActionOtherWork(), makanai, domain)[:2] == ["utter_claim_yes", "utter_other_work_cut"]
    unknown = with_entities(
        "was natsuki deguchi in titanic", [("person", "natsuki deguchi"), ("claim", "known_for:titanic")]
    )
    assert responses_of(ActionOtherWork(), unknown, domain) == ["utter_dont_know"]


def test_is_an_actor_the_relation_of_someone(domain):
    dad = with_entities("is toru nakamura the dad?", [("person", "toru nakamura"), ("claim", "role_relation:father")])
    assert responses_of(ActionPerson(), dad, domain)[:2] == ["utter_claim_yes", "utter_person_plays"]
    mum = with_entities("is toru nakamura the mum?", [("person", "toru nakamura"), ("claim", "role_relation:mother")])
    assert responses_of(ActionPerson(), mum, domain)[0] == "utter_claim_no"


def _asked_turn(text: str, words: str, key: str, **extra_entities: str):
    """A tracker whose message tags `words` as the attribute `key` (with its position, as the reader does)."""
    message_tracker = tracker(text=text, intent="ask_fact", entities=extra_entities)
    start = text.lower().index(words)
    message_tracker.latest_message["entities"].append(
        {"entity": "attribute", "value": key, "start": start, "end": start + len(words)}
    )
    return message_tracker


def test_an_unknown_head_is_named_in_the_dont_know(domain):
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionFact().run(dispatcher, _asked_turn("how many pages is the book", "how many pages", "asked"), domain)
    )
    (message,) = (m for m in dispatcher.messages if m.get("response"))
    assert message["response"] == "utter_dont_know_about"
    assert message["topic_label"] == "its pages"  # "how many" is the form, not the thing


def test_a_role_no_character_fits_is_named_in_the_dont_know(domain):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFact().run(dispatcher, _asked_turn("who plays the waiter", "waiter", "role_asked"), domain))
    (message,) = (m for m in dispatcher.messages if m.get("response"))
    assert (message["response"], message["topic_label"]) == ("utter_dont_know_about", "its waiter role")


def test_a_crew_members_age_is_not_known_and_names_them(turn, store):
    result = turn(
        ActionFact(), text="how old was the director?", entities={"person": "Takahiro Miki", "attribute": "age"}
    )
    values = result.values("utter_dont_know_subject_attribute")
    assert (values["subject_name"], values["attribute_words"]) == (store.people["takahiro_miki"].name, "age")


def test_how_old_is_he_after_a_crew_member_is_the_persons_age(turn, store):
    result = turn(
        ActionCharacter(), text="how old is he", entities={"attribute": "age"}, slots={"person": "seiji_kameda"}
    )
    # round 16: no source gives today's age; the birth date held follows the "I don't know"
    assert result.responses == ["utter_dont_know_subject_attribute", "utter_person_born"]
    assert result.values("utter_dont_know_subject_attribute")["subject_name"] == store.people["seiji_kameda"].name


def test_a_characters_age_missing_from_the_description_is_not_known(turn, store):
    slots = {"character": "natsumi_hayasaka", "person": "rui_tsukishima"}
    result = turn(ActionCharacter(), text="how old is she", entities={"attribute": "age"}, slots=slots)
    assert result.responses == ["utter_dont_know_subject_attribute"]
    assert (
        result.values("utter_dont_know_subject_attribute")["subject_name"] == store.characters["natsumi_hayasaka"].name
    )


def test_a_characters_age_in_the_description_is_told(turn):
    slots = {"character": "haruna_sakurai", "person": "natsuki_deguchi"}
    result = turn(ActionCharacter(), text="how old is she", entities={"attribute": "age"}, slots=slots)
    assert result.responses[0] == "utter_character"


def test_filming_locations_are_not_known_with_the_reason(turn):
    result = turn(ActionFact(), text="where was it shot", entities={"topic": "filming locations"})
    assert result.responses[:2] == ["utter_dont_know_about", "utter_detail"]
