"""Text made safe for a spreadsheet cell: inert against formula injection, legal XML, within Excel's limit.

OWASP's CSV-injection advice: a cell that starts with `=`, `+`, `-`, `@`, TAB or CR may be run as a
formula by Excel or LibreOffice, so in CSV it gets a leading apostrophe. In .xlsx the text is written as
an explicit string with Excel's "quote prefix" style instead, which is inert and keeps the text unchanged.
Excel holds at most 32,767 characters in a cell: longer text is cut with a visible marker and a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ino_desktop.formatting import number
from ino_desktop.messages import Count, Message, message

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
# Control characters XML 1.0 cannot hold (TAB, LF and CR it can); openpyxl refuses them outright.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from a damaged source) cannot be written as UTF-8: each becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read the text as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def truncation_marker(length: int) -> str:
    """The note that replaces the end of a text too long for a cell."""
    count = number(length, "ru")  # the marker is Russian, as the cells it cuts
    return f" … [обрезано: {count} симв., полный текст — в выгрузке JSON]"


@dataclass
class CellText:
    """Cleans text for cells and keeps the notices a user must see (truncations, removed characters)."""

    notices: list[Message] = field(default_factory=list)
    limit: int = EXCEL_CELL_LIMIT

    def clean(self, text: str, where: Message | str) -> str:
        """Legal, bounded text for a cell at `where` ("sheet 'Проекты', cell U12")."""
        text = without_surrogates(text)
        if _ILLEGAL.search(text):
            text = _ILLEGAL.sub("", text)
            self.notices.append(message("export.control_characters", where=where))
        if len(text) > self.limit:
            marker = truncation_marker(len(text))
            self.notices.append(message("export.truncated", where=where, length=Count(len(text)),
                                        limit=Count(self.limit)))
            text = (text[: max(0, self.limit - len(marker))] + marker)[: self.limit]
        return text

    def for_csv(self, text: str, where: Message | str) -> str:
        """Clean text with a leading apostrophe when a spreadsheet would take it for a formula."""
        text = self.clean(text, where)
        return "'" + text if is_formula_like(text) else text
