"""Scoring a timeline against a reference file (the format of shared/gold/seeds_gold.json).

Kept apart from the warehouse so that the warehouse depends on no extractor; this package may
use both (it folds names the way the extractors do, and reads the warehouse's exports)."""
