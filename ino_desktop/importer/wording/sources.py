"""Whose money a header says: a source's part of the project's money is never its total
("Общий объем частных инвестиций"), and an organisation's money is extra-budgetary ("Средства
предприятия") while a public body's is not."""

from __future__ import annotations

from ino_desktop.importer.wording.heads import is_adjective, step_back
from ino_desktop.importer.wording.normal import Token, Words, stem
from ino_desktop.importer.wording.objects import FOREIGN_FACTOR
from ino_desktop.importer.wording.phrases import Hit
from ino_desktop.importer.wording.vocabulary import covers

# Money of one source or kind: the part of the project's money that comes from there, never its total.
SOURCE_FIELDS = frozenset({"federal_budget_mln", "regional_budget_mln", "extra_budgetary_mln",
                           "extra_budgetary_confirmed_mln"})
SOURCE_KINDS = ("бюджетн", "иностран", "государствен", "муниципальн", "местн", "локальн", "foreign", "public",
                "municipal", "local", "state")
_INCLUDING = stem("включая")


def sourced(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """A header that says whose money ("Общий объем частных инвестиций", "Общий объем бюджетных
    инвестиций", "Иностранные инвестиции") is that source's part, not the total cost, however many of
    the total's words it uses; what follows "в том числе" is the breakdown of a total and changes nothing."""
    total = hits.get("total_cost_mln")
    if total is None:
        return hits
    said = [t for t in child.tokens if not t.remark and not t.qualifier]
    cut = next((i for i, t in enumerate(said) if t.stem == _INCLUDING), len(said))
    if not any(t.word not in total.matched and (t.word.startswith(SOURCE_KINDS) or _source_word(t))
               for t in said[:cut] if is_adjective(t.word) or t.word.isascii()):
        return hits
    return {**hits, "total_cost_mln": Hit(total.key, round(total.score * FOREIGN_FACTOR, 4), total.phrase,
                                          total.matched)}


MONEY_HEADS = ("средств", "вложен", "fund", "money")
# Owners whose money is public, a budget's: a university's, an institution's, a public partner's.
PUBLIC_OWNERS = (*SOURCE_KINDS, "публичн", "университет", "вуз", "учреждени", "администрац", "министерств",
                 "ведомств", "universit")
OWNED = 0.8  # the score of a company's money as extra-budgetary


def owned(hits: dict[str, Hit], child: Words) -> dict[str, Hit]:
    """Money of an organisation ("Средства предприятия", "Средства юридических лиц", "Company funds") is
    extra-budgetary: the company's own, not the organisation's column; a public body's is not."""
    said = [t for t in child.tokens if not t.remark and not t.qualifier]
    english = bool(said) and all(t.word.isascii() for t in said)
    if len(said) < 2 or not (said[-1] if english else said[0]).stem.startswith(MONEY_HEADS):
        return hits
    rest = said[:-1] if english else said[1:]
    if any(t.word.startswith(PUBLIC_OWNERS) or covers(t) & SOURCE_FIELDS for t in rest):
        return hits  # "Средства публичного партнера", "Средства федерального бюджета": their own fields
    owner = [t for t in rest if "lead_organization" in covers(t)]
    if not owner or not all(t in owner or is_adjective(t.word) for t in rest):
        return hits
    out = {**hits, "lead_organization": step_back(hits["lead_organization"])} if "lead_organization" in hits \
        else dict(hits)
    own = out.get("extra_budgetary_mln")
    if own is None or own.score < OWNED:
        out["extra_budgetary_mln"] = Hit("extra_budgetary_mln", OWNED, "собственные средства",
                                         tuple(t.word for t in said))
    return out


def _source_word(token: Token) -> bool:
    """A word of a source's phrases and of none of the total's ("частных", "private"; not "funding")."""
    fields = covers(token)
    return bool(fields & SOURCE_FIELDS) and "total_cost_mln" not in fields
