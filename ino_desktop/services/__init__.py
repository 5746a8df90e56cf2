"""Services: plain functions taking a Session. The window, the command line and the packs call these."""
