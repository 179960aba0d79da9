"""The DuckDB warehouse: schema, bulk loads, the timeline view, exports. Owns all SQL."""
