"""Benchmarks: each prints figures; none ever fails on time (`make bench`)."""
