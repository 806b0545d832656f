"""Encryption at rest: key slots, keychain, SQLCipher engine, migrations. No Qt here.

Kept import-light: SQLAlchemy, Alembic and keyring load only when a vault is opened.
"""
