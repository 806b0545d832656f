"""Alembic environment: runs on the connection the vault hands over (never a URL)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# No autogenerate from here: migrations are written by hand against the ORM models.
context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=True,
    transaction_per_migration=False,
)
context.run_migrations()
