"""The main window's views: navigator, project table, details pane, dashboard, welcome screen."""
