import datetime as dt

from bot.names import normalise
from bot.text import format_date, format_duration, join_list


def test_lists_read_naturally():
    assert join_list([]) == ""
    assert join_list(["A"]) == "A"
    assert join_list(["A", "B"]) == "A and B"
    assert join_list(["A", "B", "C"]) == "A, B and C"


def test_dates_and_durations():
    assert format_date(dt.date(2024, 6, 27)) == "27 June 2024"
    assert format_date("2024-06-27") == "27 June 2024"
    assert format_duration(118) == "1 h 58 min"


def test_normalise_folds_case_accents_and_punctuation_but_not_kana():
    assert normalise("  Tōru   NAKAMURA ") == "toru nakamura"
    assert normalise("Ren-kun!") == "ren kun"
    assert normalise("ながせ") == "ながせ"
