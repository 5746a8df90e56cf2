"""The PDF renderer: turns a pack model into A4 pages with reportlab platypus. It runs no queries."""
