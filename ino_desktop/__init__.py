"""INO Desktop core: portfolio models, database, import, briefing packs, export. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "INO Desktop"
APP_SLUG = "ino-desktop"
