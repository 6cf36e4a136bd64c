"""How the fact store's name resolution behaves on misspellings and on names it does not hold.

`python -m tooling.name_matching` prints two figures for bot/store.py's `FactStore.resolve`:
- misspellings: every held character and person name with one edit (a letter dropped, two
  neighbours swapped, a letter doubled), each resolved: right (the one meant, alone on top),
  ambiguous (a tie: the assistant asks back), wrong (another one on top), missed (no match);
- names not held: common Japanese given and family names that no held name contains, each
  resolved: a match is a wrong person the assistant would answer about.
"""

from __future__ import annotations

from collections import Counter

from bot.store import FactStore

NOT_HELD = (
    "Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Kobayashi Kato Yamada Sasaki Yamaguchi Matsumoto "
    "Inoue Hayashi Shimizu Yamazaki Ikeda Hashimoto Ishikawa Ogawa Okada Goto Fujita Haruto Sota Yuto Minato "
    "Kaito Takumi Sakura Hina Yui Riko Mei Aoi Yuna Satoshi Kenta Daiki Misaki Ayumi Emi Jules Tomoya Yuki"
).split()


def misspellings(word: str) -> list[str]:
    """One-edit forms of a word: a letter dropped, two neighbours swapped, a letter doubled."""
    forms = set()
    for i in range(1, len(word)):
        forms.add(word[:i] + word[i + 1 :])
        if i + 1 < len(word):
            forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        forms.add(word[:i] + word[i] + word[i:])
    forms.discard(word)
    return sorted(forms)


def main() -> int:
    store = FactStore.load()
    outcomes: Counter[str] = Counter()
    for entries in (store.characters, store.people):
        for ident, entry in entries.items():
            if not entry.name.isascii() or "'" in entry.name or entry.name.islower():
                continue
            for form in misspellings(entry.name):
                matches = store.resolve(form)
                if not matches:
                    outcomes["missed"] += 1
                elif len(matches) > 1 and matches[0].score == matches[1].score:
                    outcomes["ambiguous"] += 1
                elif matches[0].id == ident:
                    outcomes["right"] += 1
                else:
                    outcomes["wrong"] += 1
    total = sum(outcomes.values())
    print(f"misspellings: {total} forms; " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in outcomes.most_common()))
    held_words = {w.lower() for _, _, form in store.name_forms() for w in form.split()}
    unheld = [n for n in NOT_HELD if n.lower() not in held_words]
    matched = [(n, store.resolve(n)[0].name) for n in unheld if store.resolve(n)]
    print(f"names not held: {len(unheld)}; matched to someone: {len(matched)} ({len(matched) / len(unheld):.1%})")
    for name, person in matched:
        print(f"  {name} -> {person}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
