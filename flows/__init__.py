"""Prefect flows and the `timeline` command line: they wire extractors and the warehouse."""
