"""Benchmarks: measurements, run as `python -m benchmarks.NAME`; tests assert behaviour."""
