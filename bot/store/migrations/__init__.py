"""Alembic migrations for the store (a package so that the scripts ship in the wheel)."""
