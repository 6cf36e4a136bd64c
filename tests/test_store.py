"""The fact store: loading, validation errors, lookups and name resolution."""

from __future__ import annotations

import copy

import pytest
import yaml

from bot.store import DEFAULT_FACTS_PATH, FactsError, FactStore


def minimal() -> dict:
    return {
        "schema_version": 1,
        "sources": {"S1": {"publisher": "P", "title": "T", "url": "https://example.org", "kind": "press"}},
        "film": {"title": {"value": "A Film", "sources": ["S1"], "confidence": "high"}},
        "novel": {},
        "people": [{"id": "jo_ann", "name": "Jo Ann", "pronoun": "she"}],
        "characters": [{"id": "kit", "name": "Kit"}],
        "cast": [{"actor": "jo_ann", "character": "kit", "sources": ["S1"], "confidence": "high"}],
        "crew": [{"role": "director", "people": ["jo_ann"], "sources": ["S1"], "confidence": "high"}],
        "plot": [{"text": "Premise.", "spoiler": False, "sources": ["S1"], "confidence": "high"}],
    }


def test_minimal_store_loads():
    store = FactStore.from_dict(minimal())
    assert store.title == "A Film"
    assert store.crew["director"].people == ("jo_ann",)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["film"]["title"].update(sources=["NOPE"]), "film.title.sources: unknown source key(s) NOPE"),
        (lambda d: d["film"]["title"].pop("value"), "film.title: missing 'value'"),
        (lambda d: d["film"]["title"].update(confidence="sure"), "film.title.confidence"),
        (lambda d: d["cast"][0].update(actor="nobody"), "cast[0].actor: no person with id 'nobody'"),
        (lambda d: d["crew"][0].update(people=["ghost"]), "crew[director].people: no person with id 'ghost'"),
        (lambda d: d["people"].append({"id": "jo_ann", "name": "Again"}), "duplicate id 'jo_ann'"),
        (lambda d: d["people"][0].update(pronoun="it"), "people[jo_ann].pronoun"),
        (lambda d: d.pop("plot"), "missing section 'plot'"),
        (lambda d: d["plot"][0].update(spoiler=True), "plot[0]: the first plot point must be the spoiler-free"),
        (lambda d: d["film"].update(budget={"unknown": True, "value": 3}), "unknown fact cannot also have a value"),
        (lambda d: d.update(schema_version=2), "schema_version"),
    ],
)
def test_broken_entries_name_the_entry(mutate, message, tmp_path):
    raw = copy.deepcopy(minimal())
    mutate(raw)
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FactsError) as error:
        FactStore.load(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_unreadable_files_give_one_clear_error(tmp_path):
    with pytest.raises(FactsError, match="cannot read the facts file"):
        FactStore.load(tmp_path / "missing.yml")
    bad_yaml = tmp_path / "bad.yml"
    bad_yaml.write_text("film: [unclosed\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"not valid YAML at line \d+"):
        FactStore.load(bad_yaml)
    not_text = tmp_path / "binary.yml"
    not_text.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FactsError, match="not UTF-8"):
        FactStore.load(not_text)
    a_list = tmp_path / "list.yml"
    a_list.write_text("- 1\n- 2\n", encoding="utf-8")
    with pytest.raises(FactsError, match="top level: expected a mapping"):
        FactStore.load(a_list)


def test_real_store_is_consistent(store):
    assert store.path == DEFAULT_FACTS_PATH
    assert store.plot[0].spoiler is False
    assert any(point.spoiler for point in store.plot)
    assert store.film["budget"].unknown
    for credit in store.cast:
        assert credit.sources, credit
    # every known fact keeps its provenance
    for fact in [*store.film.values(), *store.novel.values()]:
        assert fact.unknown or fact.sources, fact.key


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Ren Nagase", "ren_nagase"),
        ("Nagase Ren", "ren_nagase"),
        ("nagase", "ren_nagase"),
        ("永瀬廉", "ren_nagase"),
        ("Ren Nagse", "ren_nagase"),
        ("Natsuki Deguchy", "natsuki_deguchi"),
        ("出口夏希", "natsuki_deguchi"),
        ("Aoi Morita", "ao_morita"),
        ("Tōru Nakamura", "toru_nakamura"),
        ("TAKAHIRO MIKI", "takahiro_miki"),
    ],
)
def test_people_resolve_in_every_form(store, words, expected):
    matches = store.resolve(words, kinds=["person"])
    assert [m.id for m in matches][:1] == [expected]
    assert len(matches) == 1 or matches[0].score > matches[1].score


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Akito", "akito_hayasaka"),
        ("Akihito", "akito_hayasaka"),
        ("Hayasaka Akito", "akito_hayasaka"),
        ("早坂秋人", "akito_hayasaka"),
        ("Harna", "haruna_sakurai"),
        ("haruna sakurai", "haruna_sakurai"),
    ],
)
def test_characters_resolve_in_every_form(store, words, expected):
    matches = store.resolve(words, kinds=["character"])
    assert matches and matches[0].id == expected
    assert len(matches) == 1 or matches[0].score > matches[1].score


def test_ambiguous_names_return_every_candidate(store):
    sakurai = {m.id for m in store.resolve("Sakurai", kinds=["character"])}
    assert sakurai == {"haruna_sakurai", "hazuki_sakurai"}
    haruna = {m.id for m in store.resolve("Haruna")}
    assert haruna == {"haruna_sakurai", "kei_haruna"}


def test_unknown_names_resolve_to_nothing(store):
    assert store.resolve("Tom Cruise") == []
    assert store.resolve("") == []


def test_japanese_names_are_found_inside_text(store):
    assert [m.id for m in store.mentions("永瀬廉は誰?")] == ["ren_nagase"]


def test_roles_and_topics_map_user_words(store):
    assert store.role("composer") == "music"
    assert store.role("theme song") == "theme_song"
    assert store.role("screenwriter") == "screenplay"
    assert store.topic("box office") == "box_office"
    assert store.topic("budget") == "budget"
    assert store.topic("bugdet") == "budget"


def test_relations_are_loaded_with_their_sources(store):
    fathers = store.related("akito_hayasaka", ["father"])
    assert [r.object for r in fathers] == ["kazuki_hayasaka"]
    assert all(r.sources for r in store.relations)
    assert {r.object for r in store.related("haruna_sakurai", ["best_friend"])} == {"ayaka_miura"}


def test_a_relation_to_an_unknown_character_is_refused():
    raw = yaml.safe_load(DEFAULT_FACTS_PATH.read_text(encoding="utf-8"))
    raw["relations"] = [{"from": "akito_hayasaka", "relation": "father", "to": "nobody", "sources": ["TR1"]}]
    with pytest.raises(FactsError, match=r"relations\[0\]\.to"):
        FactStore.from_dict(raw)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["film"]["title"].update(detail="No score was found (3 searches)."),
            "film.title.detail: user-facing text speaks of research",
        ),
        (
            lambda d: d["film"]["title"].update(detail="Do not quote a number."),
            "film.title.detail: user-facing text speaks of research or gives instructions ('Do not')",
        ),
        (lambda d: d["film"]["title"].update(detail="Seen once (S1)."), "film.title.detail"),
        (lambda d: d["film"]["title"].update(detail="medium confidence"), "('confidence')"),
        (lambda d: d["film"]["title"].update(detail="One. Two. Three."), "more than 2 sentences"),
        (lambda d: d["film"]["title"].update(note="anything"), "film.title.note: 'note' is ambiguous"),
        (lambda d: d["sources"]["S1"].pop("kind"), "sources.S1.kind: missing"),
        (lambda d: d["sources"]["S1"].update(kind="rumour"), "sources.S1.kind: must be one of official"),
        (lambda d: d["film"]["title"].update(as_of="soon"), "film.title.as_of: expected a date"),
        (lambda d: d["film"].update(budget={"unknown": True, "aliases": ["budget"]}), "film.budget: an unknown topic"),
    ],
)
def test_user_facing_text_never_carries_team_notes(mutate, message, tmp_path):
    raw = copy.deepcopy(minimal())
    mutate(raw)
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FactsError) as error:
        FactStore.load(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_research_notes_may_say_anything_and_stay_apart():
    raw = copy.deepcopy(minimal())
    raw["film"]["title"].update(research="Not found (3 searches); do not quote (S1).", detail="A short film.")
    title = FactStore.from_dict(raw).film["title"]
    assert (title.detail, title.research) == ("A short film.", "Not found (3 searches); do not quote (S1).")


def test_sources_rank_official_first_and_mirrors_only_when_alone():
    raw = copy.deepcopy(minimal())
    raw["sources"].update(
        {
            "M": {"publisher": "Mirror", "title": "T", "url": "https://m.example", "kind": "mirror"},
            "B": {"publisher": "Blog", "title": "T", "url": "https://b.example", "kind": "blog"},
            "O": {"publisher": "Studio", "title": "T", "url": "https://o.example", "kind": "official"},
        }
    )
    store = FactStore.from_dict(raw)
    assert [s.key for s in store.ranked(["M", "B", "S1", "O"])] == ["O", "S1", "B"]
    assert [s.key for s in store.ranked(["M"])] == ["M"]


def test_place_words_are_the_held_service_country_and_language(store):
    expected = {
        word
        for key in ("platform", "country", "language")
        for word in str(store.film[key].value).lower().split()
        if store.film[key].known
    }
    assert expected and expected <= store.place_words
