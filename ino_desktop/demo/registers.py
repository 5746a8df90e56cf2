"""The demo's organisations and federal instruments, as rows with fixed ids and an index to pick from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ino_desktop.demo import names


@dataclass
class Registers:
    """Organisation and instrument rows ready to insert, and lookups the other demo builders use."""

    organisations: list[dict] = field(default_factory=list)
    instruments: list[dict] = field(default_factory=list)
    by_short: dict[str, int] = field(default_factory=dict)  # short or full name -> id
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    companies: dict[str | None, list[int]] = field(default_factory=dict)  # cluster -> company ids
    instruments_of: dict[str, list[int]] = field(default_factory=dict)  # ministry short name -> ids

    def org(self, name: str) -> int:
        return self.by_short[name]

    def name_of(self, org_id: int) -> str:
        return self.organisations[org_id - 1]["name"]

    def _add(self, name: str, short: str | None, kind: str) -> int:
        org_id = len(self.organisations) + 1
        self.organisations.append({"id": org_id, "name": name, "short_name": short, "kind": kind})
        self.by_short[name] = org_id
        if short:
            self.by_short[short] = org_id
        self.by_kind.setdefault(kind, []).append(org_id)
        return org_id


def build_registers() -> Registers:
    """The demonstration registers: organisations, instruments, roadmap, meetings, indicators."""
    reg = Registers()
    for kind, entries in (
        ("federal_ministry", names.MINISTRIES),
        ("university", names.UNIVERSITIES),
        ("national_corporation", names.CORPORATIONS),
        ("development_institute", names.DEVELOPMENT_INSTITUTES),
        ("regional_authority", names.REGIONAL_AUTHORITIES),
        ("research_institute", names.RESEARCH_INSTITUTES),
    ):
        for name, short in entries:
            reg._add(name, short, kind)
    for cluster, companies in names.COMPANIES.items():
        reg.companies[cluster] = [reg._add(name, None, "company") for name in companies]
    for number, (name, ministry, kind) in enumerate(names.INSTRUMENTS, start=1):
        reg.instruments.append({"id": number, "name": name, "kind": kind, "ministry_id": reg.org(ministry),
                                "description": None})
        reg.instruments_of.setdefault(ministry, []).append(number)
    return reg
