"""Benchmarks: our assistant side by side with a stock Rasa knowledge-base bot.

`python -m tooling.bench --help` lists the commands (make bench, make baseline).
Everything here talks to servers on 127.0.0.1 only, with bounded request
counts and time limits.
"""
