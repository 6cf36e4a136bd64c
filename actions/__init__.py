"""Custom actions: thin adapters from Rasa trackers to the fact store in bot/."""
