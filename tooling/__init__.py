"""Measuring tools: evaluation, cross-validation, benchmarks, profiling, soak.

It imports the runtime (`bot`); the runtime never imports it.
"""
