"""Pure extraction functions: text in, pydantic models out. No Prefect, no database, no I/O
beyond reading the package's own language data once."""
