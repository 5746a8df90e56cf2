"""Opening, creating, verifying, migrating and backing up the portfolio database."""

from ino_desktop.db.engine import APPLICATION_ID, SCHEMA_VERSION, Database
from ino_desktop.db.opening import open_database

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Database", "open_database"]
