"""The web chat page and the channel code: wording and facts come from the project's data."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.channels import web

ROOT = Path(__file__).resolve().parent.parent
CHANNEL_CODE = [
    *sorted(p for p in (ROOT / "bot" / "web").iterdir() if p.is_file()),
    *sorted((ROOT / "bot" / "channels").glob("*.py")),
]


def test_page_settings_come_from_the_store_and_domain(store, domain):
    settings = web.page_settings(store)
    assert settings["title"] == store.title
    assert settings["init_payload"] == f"/{web.WELCOME_INTENT}"
    assert web.WELCOME_INTENT in domain["intents"]
    # The welcome the widget opens with offers the suggested questions.
    assert domain["responses"]["utter_greet"][0]["buttons"] == domain["responses"]["utter_help"][0]["buttons"]


def test_page_renders_escaped_title_and_config(store):
    settings = {**web.page_settings(store), "title": 'A <b>"film"</b></script>'}
    page = web.render_page(settings)
    assert "<title>A &lt;b&gt;&quot;film&quot;&lt;/b&gt;&lt;/script&gt;</title>" in page
    config = re.search(r'<script id="chat-config" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(config)["title"] == settings["title"]
    assert "$" not in page  # every placeholder filled


def test_widget_script_loses_its_remote_font_import(tmp_path):
    bundle = tmp_path / "index.js"
    bundle.write_text('a.push([e.i,"@import url(https://fonts.example.test/css?family=X:400&display=swap);",""]);b()')
    assert web.widget_script(bundle) == 'a.push([e.i,"",""]);b()'
    assert web.widget_script(tmp_path / "missing.js") is None


def test_no_film_fact_is_written_in_the_page_or_channel_code(store):
    facts = {store.title, *(p.name for p in store.people.values()), *(c.name for c in store.characters.values())}
    facts = {fact for fact in facts if len(fact) > 3}
    for path in CHANNEL_CODE:
        text = path.read_text(encoding="utf-8")
        found = sorted(fact for fact in facts if fact in text)
        assert not found, f"{path.relative_to(ROOT)} hard-codes {found}"
