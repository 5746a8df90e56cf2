#!/bin/sh
# Re-save three agency24 workbooks with LibreOffice into resaved/ and write
# their expected JSON (same records and rejected rows; file, resaved_from and
# notes changed).  Uses a throw-away LibreOffice profile.
set -eu
cd "$(dirname "$0")"
PY=${PY:-/work/main/.venv/bin/python}
OUT=resaved
PROFILE=$(mktemp -d /tmp/agency24-lo-XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$OUT"
conv() {  # conv <source> <filter> <target extension>
    soffice -env:UserInstallation=file://"$PROFILE" --headless --norestore \
        --convert-to "$3:$2" --outdir "$OUT" "$1" >/dev/null 2>&1
    test -s "$OUT/${1%.*}.$3" || { echo "conversion failed: $1 -> $3" >&2; exit 1; }
}
conv tpu_proektny_ofis.xlsx "MS Excel 97" xls
conv reestr_gchp_mchp.xlsx "calc8" ods
conv aip_2026_ino.xlsx "Calc MS Excel 2007 XML" xlsx

"$PY" - <<'PYEOF'
import json
jobs = [
    ("tpu_proektny_ofis.xlsx", "tpu_proektny_ofis.xls", "Excel 97-2003 (.xls, BIFF8) written by LibreOffice Calc"),
    ("reestr_gchp_mchp.xlsx", "reestr_gchp_mchp.ods", "OpenDocument spreadsheet (.ods) written by LibreOffice Calc"),
    ("aip_2026_ino.xlsx", "aip_2026_ino.xlsx", ".xlsx written by LibreOffice Calc ('Calc MS Excel 2007 XML')"),
]
for src, dst, how in jobs:
    stem = src.rsplit(".", 1)[0]
    e = json.load(open(stem + ".expected.json", encoding="utf-8"))
    e["file"] = dst
    e["resaved_from"] = src
    e["notes"] = (f"{src} re-saved with LibreOffice as {how}. Same sheets, rows, values, merged header and "
                  "hidden rows/columns as the original; text cells (dd.mm.yyyy dates, '1 234,5' amounts, "
                  "quarters) stay text, real dates stay dates. Expected records and rejected rows are those of "
                  f"{src}. Original notes: " + e["notes"])
    keys = ["file", "resaved_from"] + [k for k in e if k not in ("file", "resaved_from")]
    e = {k: e[k] for k in keys}
    with open("resaved/" + dst.rsplit(".", 1)[0] + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("resaved: " + ", ".join(j[1] for j in jobs))
PYEOF
