"""Applying Alembic migrations inside the vault, as one transaction.

Only imported when the stored revision differs from head. Before touching an existing
schema an encrypted copy of the database is made beside it, and the whole upgrade runs in
one transaction, so a migration that fails or is killed leaves the old schema intact.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def alembic_config(script_location: Path = SCRIPT_LOCATION) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def script_heads(script_location: Path = SCRIPT_LOCATION) -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config(script_location)).get_heads())


def upgrade(
    connection: Connection, target: str = "heads", script_location: Path = SCRIPT_LOCATION
) -> None:
    """Upgrade on ``connection``; the caller owns the transaction around it."""
    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.upgrade(config, target)
