"""Writing the portfolio out: JSON, formatted .xlsx and CSV exports, the agency data-request template.

Every writer gathers plain records first (`records.py`), neutralises text cells (`safe_cells.py`) and
writes atomically (`atomic.py`), so a failed write leaves the previous file as it was.
"""
