#!/bin/sh
# Re-save three agency25 workbooks with LibreOffice into resaved/ and write
# their expected JSON (same records; file, resaved_from and notes changed).
#   a25_cluster_council.xlsx -> resaved/a25_cluster_council.xls  (MS Excel 97)
#   a25_technopark.xlsx      -> resaved/a25_technopark.ods       (OpenDocument)
#   a25_goscorp_bn.xlsx      -> resaved/a25_goscorp_bn.xlsx      (Calc MS Excel 2007 XML)
# Uses a throw-away LibreOffice profile; run make_agency25.py first.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/main/.venv/bin/python}
PROFILE=$(mktemp -d /tmp/agency25-lo-XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
export SOURCE_DATE_EPOCH=1759309200   # 2025-10-01 09:00 UTC, for LibreOffice builds that honour it
mkdir -p "$HERE/resaved"
cd "$HERE"
lo() {  # lo <filter> <input>
    soffice --headless --norestore -env:UserInstallation="file://$PROFILE" \
        --convert-to "$1" --outdir "$HERE/resaved" "$2" >/dev/null 2>&1
}
lo 'xls:MS Excel 97' a25_cluster_council.xlsx
lo 'ods' a25_technopark.xlsx
lo 'xlsx:Calc MS Excel 2007 XML' a25_goscorp_bn.xlsx
for f in resaved/a25_cluster_council.xls resaved/a25_technopark.ods resaved/a25_goscorp_bn.xlsx; do
    test -s "$f" || { echo "missing $f" >&2; exit 1; }
done
"$PY" - "$HERE" <<'PYEOF'
import json, os, sys
here = sys.argv[1]
jobs = [
    ("a25_cluster_council.xlsx", "a25_cluster_council.xls", "MS Excel 97 (.xls, BIFF8)"),
    ("a25_technopark.xlsx", "a25_technopark.ods", "OpenDocument spreadsheet (.ods)"),
    ("a25_goscorp_bn.xlsx", "a25_goscorp_bn.xlsx", "LibreOffice-written .xlsx (Calc MS Excel 2007 XML)"),
]
for src, dst, kind in jobs:
    stem = src.rsplit(".", 1)[0]
    with open(os.path.join(here, stem + ".expected.json"), encoding="utf-8") as fh:
        d = json.load(fh)
    out = {"file": "resaved/" + dst, "resaved_from": src}
    for k, v in d.items():
        if k not in ("file",):
            out[k] = v
    out["notes"] = ("%s re-saved by LibreOffice as %s. Same sheets, rows, cells and records as "
                    "the original; only the container format differs (LibreOffice may rewrite "
                    "styles, shared strings, merged ranges and the image). Original notes: %s"
                    % (src, kind, d["notes"]))
    with open(os.path.join(here, "resaved", stem + ".expected.json"),
              "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print("resaved:", ", ".join(j[1] for j in jobs))
PYEOF
