"""The queries behind a pack, one module per part; `briefing.build` calls them in order."""
