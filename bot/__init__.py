"""Drawing Closer assistant: the fact store, NLU generation, launcher and CLI.

Importable without Rasa running; the heavy pieces (spaCy, Rasa) are imported
only by the functions that need them.
"""
