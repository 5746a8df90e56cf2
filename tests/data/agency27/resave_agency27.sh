#!/usr/bin/env bash
# Re-save three agency27 workbooks with LibreOffice into resaved/ (.xls, .ods, .xlsx) and write
# their expected results: the original's expected JSON with "file" and "resaved_from" changed;
# records, rejected rows and layout are identical (LibreOffice keeps rows, merges, hidden rows
# and columns, text cells and date cells as they are).
# Uses a temporary LibreOffice profile (-env:UserInstallation), removed afterwards.
# Run make_agency27.py first.  LibreOffice output is not byte-for-byte reproducible (it stamps
# the save time); the expected JSON files are.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-/work/main/.venv/bin/python}"
SOFFICE="${SOFFICE:-soffice}"
OUT="$HERE/resaved"
PROFILE="$(mktemp -d /tmp/agency27-lo-XXXXXX)"
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$OUT"

convert() {  # $1 source file, $2 filter (target), $3 target extension
  local src="$1" filter="$2" ext="$3"
  local base="${src%.xlsx}"
  rm -f "$OUT/$base.$ext"
  "$SOFFICE" -env:UserInstallation="file://$PROFILE" --headless --norestore \
    --convert-to "$filter" --outdir "$OUT" "$HERE/$src" >/dev/null
  test -s "$OUT/$base.$ext" || { echo "LibreOffice did not write $OUT/$base.$ext" >&2; exit 1; }
  "$PY" - "$HERE/$base.expected.json" "$OUT/$base.expected.json" "$base.$ext" "$src" <<'EOF'
import json, sys
src, dst, new_name, old_name = sys.argv[1:]
exp = json.load(open(src, encoding="utf-8"))
out = {}
for k, v in exp.items():
    out[k] = v
    if k == "file":
        out["file"] = new_name
        out["resaved_from"] = old_name
out["notes"] = (f"{old_name} opened and saved again by LibreOffice Calc as {new_name.rsplit('.', 1)[1]}; "
                "the content must import exactly as the original. " + exp["notes"])
with open(dst, "w", encoding="utf-8") as f:
    f.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
EOF
  echo "resaved/$base.$ext"
}

convert agency27_minprom_monitoring_q3_2026.xlsx 'xls:MS Excel 97' xls
convert agency27_oez_tvt_residents.xlsx 'ods:calc8' ods
convert agency27_tpu_priority2030.xlsx 'xlsx:Calc MS Excel 2007 XML' xlsx
