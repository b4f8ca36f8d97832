"""Offline evaluation harness and benchmarks."""
