"""Benchmarks: scripts that print tables (see bench/detection.py)."""
