"""The ways people reach the assistant besides REST: web chat, Slack and Telegram.

- `settings`: which channels the environment turns on, validated up front so a
  missing or malformed credential stops the start-up with one clear message;
- `slack`, `telegram`: Rasa's connectors, subclassed where Rasa 3.6 is fragile
  (Slack retries, Telegram's event loop and per-message `getMe`);
- `web`: the page with the chat widget, served by the same server.

Every channel feeds the same agent, so the answers and their wording
(domain.yml) are the same everywhere.
"""
