"""(Re)assign the learn/holdout split of the wording corpus.

A row is `holdout` when int(sha256(spelling)) % 3 == 0, else `learn`; a row whose spelling differs from
an earlier row's only by case or spacing takes that row's part, so that the importer (which reads case
and spacing away) is never measured on a spelling it learned from.
The `part` column is added if missing, or overwritten if present.
Run:  python split.py   (from any directory)
"""
import csv
import hashlib
import io
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
FILES = ("headers.tsv", "values.tsv")


def part_of(spelling: str) -> str:
    digest = hashlib.sha256(spelling.encode("utf-8")).hexdigest()
    return "holdout" if int(digest, 16) % 3 == 0 else "learn"


def resplit(path: pathlib.Path) -> dict:
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t",
                           quoting=csv.QUOTE_NONE))
    header, body = rows[0], [r for r in rows[1:] if r]
    if "part" not in header:
        header = header + ["part"]
        body = [r + [""] for r in body]
    i_sp, i_part = header.index("spelling"), header.index("part")
    counts = {"learn": 0, "holdout": 0}
    first: dict[str, str] = {}
    for r in body:
        if len(r) != len(header):
            raise SystemExit(f"{path.name}: bad row {r!r}")
        key = " ".join(r[i_sp].casefold().split())
        r[i_part] = first.setdefault(key, part_of(r[i_sp]))
        counts[r[i_part]] += 1
    out = "\n".join("\t".join(r) for r in [header] + body) + "\n"
    path.write_text(out, encoding="utf-8")
    return counts


if __name__ == "__main__":
    for name in FILES:
        print(name, resplit(HERE / name))
