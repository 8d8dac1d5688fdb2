"""Storage: SQLModel tables, Alembic migrations and the repository (the only door to the database)."""
