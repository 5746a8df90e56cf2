"""Declarative base: naming convention, shared column aliases, timestamps in UTC."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

intpk = Annotated[int, mapped_column(primary_key=True)]
key_str = Annotated[str, mapped_column(String(40))]
name_str = Annotated[str, mapped_column(String(500))]
text = Annotated[str, mapped_column(Text)]
money = Annotated[float | None, mapped_column(nullable=True)]


def utcnow() -> dt.datetime:
    """The current time in UTC without a time zone, as the tables store it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
