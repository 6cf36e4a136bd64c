"""bot/memory.py: the Japanese dictionary's start-up pages given back, and nothing else touched."""

from __future__ import annotations

import sys

import pytest

from bot import japanese, memory

MAPS = """\
55d0c0a00000-55d0c0a01000 r--p 00000000 08:01 1 /usr/bin/python3.10
7f0000000000-7f000c0df000 r--s 00000000 08:01 2 /venv/site-packages/sudachidict_core/resources/system.dic
7f100000000-7f100001000 rw-s 00000000 08:01 3 /venv/site-packages/sudachidict_full/resources/system.dic
7f200000000-7f200001000 r--p 00000000 08:01 4 /venv/site-packages/sudachidict_core/resources/system.dic
7f300000000-7f300001000 r--s 00000000 08:01 5 /elsewhere/system.dic
7f400000000-7f400021000 rw-p 00000000 00:00 0
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
"""


def test_only_shared_read_only_dictionary_mappings_are_chosen() -> None:
    mappings = memory.file_mappings(MAPS)
    assert [m.path for m in mappings][:2] == [
        "/usr/bin/python3.10",
        "/venv/site-packages/sudachidict_core/resources/system.dic",
    ]
    assert len(mappings) == 5  # anonymous memory and [stack] are not file mappings
    chosen = [m for m in mappings if m.shared_read_only and memory.is_dictionary(m)]
    assert [(m.start, m.end, m.permissions) for m in chosen] == [(0x7F0000000000, 0x7F000C0DF000, "r--s")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and madvise are Linux's")
def test_dictionary_pages_are_given_back_and_japanese_still_reads() -> None:
    words_before = japanese.words("監督は誰ですか？主演は？")
    resident = memory.resident_bytes()
    assert memory.release(memory.is_dictionary) >= 1
    released = resident - memory.resident_bytes()
    assert released > 20 * 2**20  # loading the dictionary touches tens of MB of it
    assert japanese.words("監督は誰ですか？主演は？") == words_before
    assert memory.release(lambda mapping: False) == 0
