"""A column that gives each row's unit («Ед. изм.»: «тыс. руб.» on one row, «млн руб.» on the next).

Money columns whose header and cells' format say no unit of their own are read, row by row, in the unit that
row's cell gives; a row whose cell names no unit of money («чел.», «USD», «тыс.» alone) or roubles with no scale
keeps the project and leaves its amounts out with a warning: they cannot be read as millions without a guess. A
blank unit cell leaves the title's unit where the title says one, and the amounts out where it does not. The column
serves the money columns right after it (mapping._row_units), none where one of them says its own unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ino_desktop.importer.values import ROUBLES, amount_with_unit, foreign_currency, is_empty, unit_factor
from ino_desktop.messages import Message, message
from ino_desktop.reference import fold

# «Ед. изм.», «ед.изм», «Единица измерения», «Единицы измерения (валюта)», "Unit", "Units of measure", "UoM"
_UNITS_HEADER = re.compile(r"ед\.?\s*изм\w*\.?|единиц[аы]\s+измерени[яй]|units?(?:\s+of\s+measure(?:ment)?)?|uom",
                           re.IGNORECASE)
_REMARK = re.compile(r"\s*\([^)]*\)\s*$")
# The words a unit of money is written in; a unit cell with any other word («тыс. чел.», «т») is no money's.
_MONEY_WORDS = re.compile(r"тыс\w*|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*|thousands?|millions?|billions?"
                          r"|bn|bln|mln|mn|mm|m|k|руб\w*|р|rub\w*|roub\w*|rur|₽|[\"'’]?000|(?:с|без)\s+ндс|ндс"
                          r"|vat|[\s.,()]+", re.IGNORECASE)
_ROUBLES = re.compile(r"руб|\brub|\broub|\brur\b|₽|(?:^|\s)р\.?$", re.IGNORECASE)


def names_row_units(header: str) -> bool:
    """Whether a header names a column of units (its own words only: «Ед. изм.», "Unit of measure"); not of
    currencies («Единица измерения (валюта)»: the currency, no scale)."""
    folded = fold(header)
    text = _REMARK.sub("", folded).strip(" .:,")
    return _UNITS_HEADER.fullmatch(text) is not None and not re.search(r"валют|currenc", folded)


def gives_money_units(cells: Sequence[object]) -> bool:
    """Whether a column's first cells name a unit of money on at least one row (a column of «чел.» and
    «ед.» gives the units of other tables' indicators, not of amounts)."""
    return any(type(c) is str and _ROUBLES.search(c) is not None and not _MONEY_WORDS.sub("", c.strip())
               and foreign_currency(c) is None for c in cells)


def row_factor(cell: object) -> float | Message | None:
    """The factor to millions one row's unit cell gives; None for a blank; a Message saying why the row's amounts
    cannot be read in it (another currency, no unit of money, a scale of no money: «тыс.» alone is a thousand of
    anything; roubles alone, which may be the currency with the scale said elsewhere)."""
    if cell is None or (type(cell) is str and is_empty(cell)) or cell == "":
        return None
    text = str(cell).strip()
    currency = foreign_currency(text)
    if currency is not None:
        return message("cell.row_unit_currency", value=text, currency=currency)
    factor = unit_factor(text)
    if factor is None or _ROUBLES.search(text) is None or _MONEY_WORDS.sub("", text):
        return message("cell.row_unit_unknown", value=text)
    if factor == ROUBLES:  # «руб.»: roubles, or the currency with the scale left to the title: not told
        return message("cell.row_unit_no_scale", value=text)
    return factor


def own_unit(cell: object) -> bool:
    """Whether a money cell says its own unit («1,2 млрд»): the row's unit does not apply to it."""
    return type(cell) is str and amount_with_unit(cell) is not None
