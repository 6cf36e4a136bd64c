"""Each custom action, run on real trackers: response names, values from the store, slots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actions.conversation import ActionFallback, ActionOutOfScope, ActionSessionStart
from actions.crew import ActionCrew, ActionDirector, ActionNovel
from actions.film_facts import (
    ActionGenre,
    ActionLanguage,
    ActionRating,
    ActionReleaseDate,
    ActionRuntime,
    ActionTitle,
    ActionWhereToWatch,
)
from actions.people import ActionCast, ActionCharacter, ActionOtherWork, ActionPerson, ActionWhoPlays
from actions.sources import ActionSources
from actions.story import ActionAffirm, ActionDeny, ActionEnding, ActionNoSpoilers, ActionPlot, ActionSpoilersOk
from actions.topics import ActionFact
from bot import unanswered
from bot.text import format_date

ROOT = Path(__file__).resolve().parent.parent


def test_who_plays_sets_the_follow_up_slots(turn, store):
    result = turn(ActionWhoPlays(), text="who plays Akito?", entities={"character": "Akito"})
    assert result.responses == ["utter_who_plays"]
    assert result.values("utter_who_plays")["actor_name"] == store.people["ren_nagase"].name
    assert result.slots["person"] == "ren_nagase"
    assert result.slots["character"] == "akito_hayasaka"
    assert result.slots["last_sources"]


def test_other_work_follows_up_on_the_person_slot(turn, store):
    result = turn(ActionOtherWork(), text="what else has he been in?", slots={"person": "ren_nagase"})
    known_for = store.people["ren_nagase"].known_for
    assert len(known_for) > 5
    assert result.responses == ["utter_other_work_cut"]
    cut = result.values("utter_other_work_cut")
    assert [w.title for w in known_for[:5]] == [w.title for w in known_for if w.title in cut["works"]]
    assert cut["more"] == len(known_for) - 5
    everything = turn(ActionOtherWork(), text="everything he has been in", slots={"person": "ren_nagase"})
    assert everything.responses == ["utter_other_work"]
    assert all(work.title in everything.values("utter_other_work")["works"] for work in known_for)


def test_other_work_without_anyone_to_refer_to_asks_who(turn):
    assert turn(ActionOtherWork(), text="what else has he been in?").responses == ["utter_ask_who"]


def test_character_then_actor_follow_up(turn, store):
    about = turn(ActionCharacter(), text="who is Haruna?", entities={"character": "Haruna"})
    assert about.responses[:2] == ["utter_character", "utter_played_by"]
    assert about.slots["person"] == "natsuki_deguchi"
    follow_up = turn(ActionOtherWork(), text="what else has she been in?", slots=about.slots)
    assert store.people["natsuki_deguchi"].name == follow_up.values(follow_up.responses[0])["person_name"]


def test_person_in_kanji_is_found_in_the_text(turn):
    result = turn(ActionPerson(), text="永瀬廉は誰ですか")
    assert "utter_person_plays" in result.responses
    assert result.slots["person"] == "ren_nagase"


def test_typo_in_a_name_still_resolves(turn):
    result = turn(ActionOtherWork(), text="other films with Natsuki Deguchy", entities={"person": "Natsuki Deguchy"})
    assert result.slots["person"] == "natsuki_deguchi"


def test_ambiguous_name_asks_which_one_and_the_button_answers(turn, store):
    ask = turn(ActionPerson(), text="who is Haruna?", intent="ask_person", entities={"character": "Haruna"})
    assert ask.responses == ["utter_which_one"]
    payloads = [button["payload"] for button in ask.buttons()]
    assert '/ask_person{"character": "haruna_sakurai"}' in payloads
    assert '/ask_person{"person": "kei_haruna"}' in payloads
    chosen = turn(ActionPerson(), text=payloads[-1], intent="ask_person", entities={"person": "kei_haruna"})
    assert "utter_crew_producer" in chosen.responses


def test_surname_shared_by_two_characters_is_ambiguous(turn):
    ask = turn(ActionCharacter(), text="who is Sakurai", entities={"character": "Sakurai"})
    assert ask.responses == ["utter_which_one"]
    assert len(ask.buttons()) == 2


def test_name_not_in_the_film_is_not_invented(turn):
    result = turn(ActionWhoPlays(), text="who plays Batman", entities={"character": "Batman"})
    assert result.responses == ["utter_not_in_film"]


def test_cast_is_cut_at_five_and_full_cast_gives_everyone(turn, store):
    result = turn(ActionCast(), text="who is in it")
    assert result.responses[0] == "utter_cast_cut"
    values = result.values("utter_cast_cut")
    assert values["more"] == len(store.cast) - 5
    billed = [store.people[c.actor].name for c in store.cast]
    assert [name for name in billed if name in values["cast_list"]] == billed[:5]
    full = turn(ActionCast(), text="full cast")
    assert full.responses[0] == "utter_cast_full"
    assert all(name in full.values("utter_cast_full")["cast_list"] for name in billed)


@pytest.mark.parametrize(
    ("text", "response", "person"),
    [
        ("who is the main actress?", "utter_lead_actress", "natsuki_deguchi"),
        ("who's the lead actor", "utter_lead_actor", "ren_nagase"),
    ],
)
def test_the_lead_is_one_name_not_the_cast(turn, text, response, person):
    result = turn(ActionCast(), text=text)
    assert result.responses == [response]
    assert result.slots["person"] == person


def test_who_are_the_leads(turn, store):
    result = turn(ActionCast(), text="who are the main stars?")
    assert result.responses == ["utter_leads"]
    assert store.people["ren_nagase"].name in result.values("utter_leads")["leads"]


def test_director_sets_person_for_follow_ups(turn, store):
    result = turn(ActionDirector(), text="who directed it")
    assert result.responses == ["utter_crew_director", "utter_detail"]
    assert result.values("utter_detail")["detail"] == store.crew["director"].fact.detail
    assert result.values("utter_crew_director")["people"] == store.people["takahiro_miki"].name
    assert result.slots["person"] == "takahiro_miki"


@pytest.mark.parametrize(
    ("words", "response"),
    [
        ("music", "utter_crew_music"),
        ("composer", "utter_crew_music"),
        ("screenplay", "utter_crew_screenplay"),
        ("producers", "utter_crew_producer"),
        ("studio", "utter_crew_production_company"),
        ("theme song", "utter_crew_theme_song"),
    ],
)
def test_crew_roles(turn, words, response):
    assert turn(ActionCrew(), text=f"who did the {words}", entities={"crew_role": words}).responses[0] == response


@pytest.mark.parametrize(
    ("text", "responses"),
    [
        # the verb asks who did the producing: the producers and the companies
        ("who produced drawing closer", ["utter_crew_producer", "utter_crew_production_company"]),
        # a noun names one credit
        ("who were the producers?", ["utter_crew_producer"]),
    ],
)
def test_a_verb_names_every_credit_that_does_it(domain, text, responses):
    from tests.reading_helpers import run, span

    words = "produced" if "produced" in text else "producers"
    said, _, _ = run(ActionCrew(), domain, text, [span(text, words, "crew_role", "producer")], intent="ask_crew")
    assert [name for name in said if name.startswith("utter_crew")] == responses


def test_a_credits_verb_brings_only_credits_the_store_has(store):
    from bot.understanding.lexicon import default_lexicon

    for attribute in default_lexicon().attributes.values():
        assert set(attribute.verb_also) <= set(store.crew), attribute.key
        assert not attribute.verb_also or attribute.verb_words, attribute.key


def test_theme_song_names_song_and_original_artist(turn, store):
    values = turn(ActionCrew(), text="theme song?", entities={"crew_role": "theme song"}).values(
        "utter_crew_theme_song"
    )
    assert values["original_by"] == store.people["fujifabric"].name
    assert values["work"] == store.crew["theme_song"].work.value


def test_unknown_crew_role_says_dont_know_and_is_logged(turn):
    result = turn(ActionCrew(), text="who was the cinematographer", entities={"crew_role": "cinematographer"})
    assert result.responses == ["utter_dont_know_about"]  # naming the credit asked, never another one
    rows = unanswered.most_frequent()
    assert rows[0].text == "who was the cinematographer" and rows[0].reason == "dont_know"


def test_unknown_topic_says_dont_know_never_a_guess(turn):
    result = turn(ActionFact(), text="what was the budget", entities={"topic": "budget"})
    assert result.responses[0] == "utter_dont_know_about"
    assert "last_sources" not in result.slots


def test_known_topic_answers_with_its_value(turn, store):
    result = turn(ActionFact(), text="top 10?", entities={"topic": "top 10"})
    assert result.responses[0] == "utter_fact_top10"
    assert result.values("utter_fact_top10")["value"] == store.film["top10"].value


def test_true_story_is_answered_no(turn):
    assert turn(ActionFact(), text="is it a true story", entities={"topic": "true story"}).responses[0] == (
        "utter_fact_true_story_no"
    )


def test_novel(turn, store):
    result = turn(ActionNovel(), text="is it based on a book")
    # the yes/no's detail "based on a book" is checked (round 14): "Yes." first, then the novel
    assert result.responses[:2] == ["utter_claim_yes", "utter_novel"]
    assert result.values("utter_novel")["author"] == store.people["ao_morita"].name
    assert result.slots["person"] == "ao_morita"


@pytest.mark.parametrize(
    ("action", "response"),
    [
        (ActionReleaseDate(), "utter_release_date"),
        (ActionWhereToWatch(), "utter_where_to_watch"),
        (ActionRuntime(), "utter_runtime"),
        (ActionRating(), "utter_rating"),
        (ActionGenre(), "utter_genre"),
        (ActionLanguage(), "utter_language"),
        (ActionTitle(), "utter_title"),
    ],
)
def test_film_facts(turn, action, response):
    result = turn(action, text="?")
    assert result.responses[0] == response
    assert result.slots["last_sources"]


def test_release_date_value_comes_from_the_store(turn, store):
    values = turn(ActionReleaseDate(), text="when").values("utter_release_date")
    assert values["premiere_date"] == format_date(store.film["premiere_date"].value)


def test_the_hedge_matches_the_evidence(turn, store):
    rating = store.film["maturity_rating"]
    assert rating.confidence == "medium" and rating.disputed
    assert turn(ActionRating(), text="rated?").responses == ["utter_rating", "utter_detail", "utter_hedge_disputed"]
    producer = store.crew["executive_producer"].fact
    assert producer.confidence == "medium" and len(producer.sources) == 1
    single = turn(ActionCrew(), text="executive producer", entities={"crew_role": "executive producer"})
    assert single.responses[-1] == "utter_hedge_single_source"
    eri = turn(ActionWhoPlays(), text="who plays Eri?", entities={"character": "Eri"})
    assert [len(c.sources) for c in store.actor_of("eri")] == [2]
    assert eri.responses == ["utter_who_plays", "utter_hedge_medium"]
    assert store.film["imdb_rating"].confidence == "low"
    imdb = turn(ActionFact(), text="imdb rating", entities={"topic": "imdb"})
    assert imdb.responses[-1] == "utter_hedge_low"
    assert turn(ActionRuntime(), text="how long").responses == ["utter_runtime"]


def test_where_to_watch_says_no_cinema_release(turn):
    assert turn(ActionWhereToWatch(), text="where").responses == ["utter_where_to_watch", "utter_no_theatrical_release"]


class TestSpoilers:
    def spoiler_texts(self, store):
        return [point.text for point in store.plot if point.spoiler]

    def test_plot_is_spoiler_free(self, turn, store):
        result = turn(ActionPlot(), text="what's it about")
        assert result.responses == ["utter_premise", "utter_offer_ending"]
        said = str(result.dispatcher.messages)
        assert not any(text in said for text in self.spoiler_texts(store))

    def test_ending_asks_for_consent_first(self, turn, store):
        result = turn(ActionEnding(), text="how does it end")
        assert result.responses == ["utter_spoiler_warning"]
        assert result.slots == {"spoiler_question_pending": True}
        assert not any(text in str(result.dispatcher.messages) for text in self.spoiler_texts(store))

    def test_yes_gives_the_ending_and_consent_lasts(self, turn, store):
        yes = turn(ActionAffirm(), text="yes", slots={"spoiler_question_pending": True})
        assert yes.responses == ["utter_ending", "utter_hedge_medium", "utter_offer_full_plot"]
        assert yes.slots["spoilers_ok"] is True
        assert store.ending and all(p.text in yes.values("utter_ending")["ending"] for p in store.ending)
        again = turn(ActionEnding(), text="does Haruna die?", slots={"spoilers_ok": True})
        assert again.responses[0] == "utter_ending"

    def test_whole_plot_once_spoilers_are_fine(self, turn, store):
        result = turn(ActionPlot(), text="what's the story?", slots={"spoilers_ok": True})
        assert result.responses[0] == "utter_premise"
        told = " ".join(m["part"] for m in result.dispatcher.messages if m.get("response") == "utter_plot_part")
        assert all(text in told for text in self.spoiler_texts(store))

    def test_no_gives_the_premise_instead(self, turn):
        no = turn(ActionDeny(), text="no", slots={"spoiler_question_pending": True})
        assert no.responses == ["utter_spoilers_kept", "utter_premise"]
        assert no.slots["spoilers_ok"] is False

    def test_consent_can_be_given_and_withdrawn(self, turn):
        assert turn(ActionSpoilersOk(), text="spoilers are fine").slots == {"spoilers_ok": True}
        withdrawn = turn(ActionNoSpoilers(), text="no spoilers please", slots={"spoilers_ok": True})
        assert withdrawn.responses == ["utter_spoilers_off"]
        assert withdrawn.slots == {"spoilers_ok": False}

    def test_plain_yes_and_no_without_a_question(self, turn):
        assert turn(ActionAffirm(), text="yes").responses == ["utter_affirm_ack"]
        assert turn(ActionDeny(), text="no").responses == ["utter_deny_ack"]


def test_sources_of_the_last_answer(turn, store):
    rating = turn(ActionRating(), text="rating")
    result = turn(ActionSources(), text="source?", slots=rating.slots)
    assert result.responses[0] == "utter_sources_intro"
    urls = [m["url"] for m in result.dispatcher.messages if m.get("response") == "utter_source"]
    assert urls == [store.sources[key].url for key in store.film["maturity_rating"].sources]
    assert result.responses[-1] == "utter_sources_disagree"
    assert store.film["maturity_rating"].alternatives[0].value in result.values("utter_sources_disagree")["claims"]


def test_sources_are_the_best_three_and_dated_figures_are_one_sentence(turn, store):
    novel = turn(ActionNovel(), text="tell me about the novel")
    result = turn(ActionSources(), text="source?", slots=novel.slots)
    shown = [m["url"] for m in result.dispatcher.messages if m.get("response") == "utter_source"]
    assert 1 <= len(shown) <= 3
    kinds = [next(s for s in store.sources.values() if s.url == url).kind for url in shown]
    assert "mirror" not in kinds and kinds == sorted(kinds, key=("official", "publisher", "press", "web").index)
    assert result.responses.count("utter_sources_differ_by_date") == 1
    assert "utter_sources_cut" in result.responses
    everything = turn(ActionSources(), text="all sources", slots=novel.slots)
    listed = [m["url"] for m in everything.dispatcher.messages if m.get("response") == "utter_source"]
    assert len(listed) == len(set(novel.slots["last_sources"])) > 3
    assert "utter_sources_cut" not in everything.responses
    assert not {"utter_sources_disagree", "utter_sources_corrected"} & set(result.responses)
    values = result.values("utter_sources_differ_by_date")
    sales = store.novel["copies_sold"]
    assert (values["latest"], values["latest_date"]) == (sales.value, str(sales.as_of))
    earliest = min((a for a in sales.alternatives if a.as_of), key=lambda a: a.as_of.sort_key)
    assert (values["earliest"], values["earliest_date"]) == (earliest.value, str(earliest.as_of))


def test_sources_before_any_answer(turn):
    assert turn(ActionSources(), text="source?").responses == ["utter_no_sources"]


def test_fallback_and_out_of_scope(turn):
    assert turn(ActionFallback(), text="blorp").responses == ["utter_default"]
    assert unanswered.most_frequent()[0].reason == "not_understood"
    assert turn(ActionOutOfScope(), text="who directed Titanic").responses == ["utter_out_of_scope"]


@pytest.mark.parametrize(("text", "slot"), [("永瀬廉", "person"), ("Mikiko", "character"), ("ren nagase", "person")])
def test_a_bare_name_is_answered_as_who_is(turn, text, slot):
    result = turn(ActionFallback(), text=text, intent="nlu_fallback")
    assert "utter_default" not in result.responses
    assert slot in result.slots
    assert unanswered.most_frequent() == []


def test_unanswered_log_can_be_turned_off(turn, monkeypatch):
    monkeypatch.setenv("UNANSWERED_LOG", "off")
    turn(ActionFallback(), text="blorp")
    assert unanswered.most_frequent() == []


def test_session_start_sets_the_title(turn, store):
    result = turn(ActionSessionStart(), text="")
    assert result.slots["film_title"] == store.title
    assert result.events[0]["event"] == "session_started"


def test_every_response_the_actions_use_exists(domain, store):
    used = set()
    for path in (ROOT / "actions").glob("*.py"):
        # a literal ending in "_" is a prefix of names ("utter_person_"), no name
        used |= set(re.findall(r'"(utter_[a-z_0-9]*[a-z0-9])"', path.read_text()))
    used |= {f"utter_hedge_{level}" for level in ("medium", "low", "single_source", "disputed")}
    missing = used - set(domain["responses"])
    assert not missing
    for role, credit in store.crew.items():
        assert credit.unknown or f"utter_crew_{role}" in domain["responses"], role


def test_who_is_does_not_say_the_same_thing_twice(turn, store):
    akita = turn(ActionPerson(), text="who is Shuhei Akita", entities={"person": "Shuhei Akita"})
    assert akita.responses == ["utter_crew_executive_producer", "utter_hedge_single_source"]
    haruna = turn(ActionPerson(), text="who is Kei Haruna", entities={"person": "Kei Haruna"})
    assert haruna.responses == ["utter_crew_producer", "utter_person_about"]  # the about adds whose idea it was


@pytest.mark.parametrize(
    ("text", "responses"),
    [
        ("have you seen it?", ["utter_assistant_has_not_watched", "utter_fact_reviews"]),
        ("did u ever watch drawing closer", ["utter_assistant_has_not_watched", "utter_fact_reviews"]),
        ("did you like it?", ["utter_fact_reviews"]),  # an opinion asked: what critics said, no "No"
        ("what did critics say?", ["utter_fact_reviews"]),
    ],
)
def test_the_assistant_says_it_has_watched_nothing_before_the_reviews(turn, text, responses):
    from actions.topics import ActionFact

    said = turn(ActionFact(), text=text, entities={"topic": "reviews"})
    assert [name for name in said.responses if name != "utter_detail"] == responses
