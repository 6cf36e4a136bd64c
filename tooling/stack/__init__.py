"""The production shape (deploy/) run locally without Docker: PostgreSQL, Redis, replicas, nginx."""
