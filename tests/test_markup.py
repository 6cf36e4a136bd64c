"""Each channel's form of the responses' light markup (bot/markup.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot import markup

ANSWER = 'Akito is played by **Ren Nagase** & <friends>. Source: [Review "A" | B](https://example.org/a?b=1&c=2)'


def test_plain_for_the_terminal_and_rest_clients():
    assert markup.plain(ANSWER) == (
        'Akito is played by Ren Nagase & <friends>. Source: Review "A" | B (https://example.org/a?b=1&c=2)'
    )


def test_slack_mrkdwn_bold_names_and_links():
    assert markup.slack(ANSWER) == (
        'Akito is played by *Ren Nagase* &amp; &lt;friends&gt;. Source: <https://example.org/a?b=1&c=2|Review "A" / B>'
    )


def test_telegram_html_bold_names_and_links():
    (message,) = markup.telegram(ANSWER)
    assert message == (
        "Akito is played by <b>Ren Nagase</b> &amp; &lt;friends&gt;. "
        'Source: <a href="https://example.org/a?b=1&amp;c=2">Review "A" | B</a>'
    )


def test_text_without_markup_is_unchanged_in_plain():
    assert markup.plain("Its maturity rating is TV-14.") == "Its maturity rating is TV-14."


def test_a_long_telegram_answer_is_split_between_words_within_the_limit():
    words = [f"word{i}" for i in range(2000)]
    text = " ".join(words[:1000]) + " **Bold Name** " + " ".join(words[1000:])
    messages = markup.telegram(text)
    assert len(messages) > 1
    assert all(len(message) <= markup.TELEGRAM_LIMIT for message in messages)
    assert " ".join(messages).split() == markup.telegram(text, limit=10**6)[0].split()  # nothing lost or cut
    assert sum(message.count("<b>Bold Name</b>") for message in messages) == 1


@given(st.lists(st.sampled_from(["a", "bb", "**Name X**", "[t](https://e.org/x)", "<&>", "long" * 30]), max_size=80))
def test_telegram_parts_are_whole_words_and_whole_tags(pieces):
    text = " ".join(pieces)
    messages = markup.telegram(text, limit=120)
    assert all(len(message) <= 120 for message in messages)
    assert " ".join(messages).split() == " ".join(markup.telegram(text, limit=10**6)).split()
    for message in messages:
        assert message.count("<b>") == message.count("</b>") and message.count("<a ") == message.count("</a>")
        assert not re.search(r"&[a-z]*$", message)  # no entity cut in half
