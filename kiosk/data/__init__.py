"""Data layer: the atlas in SQLite. Never imports Qt."""
