#!/bin/sh
# Re-save two agency29 workbooks with LibreOffice (headless, throw-away profile) into resaved/:
#   econ_ministry_q3.xlsx -> resaved/econ_ministry_q3.xls   (Excel 97-2003)
#   city_invest_dept.xlsx -> resaved/city_invest_dept.ods   (OpenDocument)
# and copy their expected JSON (same records; only "file" and a note change).
# The re-saved bytes are NOT deterministic (LibreOffice stamps dates); the values are.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/main/.venv/bin/python}
OUT="$HERE/resaved"
PROFILE=$(mktemp -d /tmp/agency29-lo-XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$OUT"
soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
    --convert-to xls:"MS Excel 97" --outdir "$OUT" "$HERE/econ_ministry_q3.xlsx" >/dev/null
soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
    --convert-to ods --outdir "$OUT" "$HERE/city_invest_dept.xlsx" >/dev/null
"$PY" - "$HERE" <<'PYEOF'
import json, os, sys
here = sys.argv[1]
for src, dst, kind in (("econ_ministry_q3", "econ_ministry_q3.xls", "Excel 97-2003 (.xls)"),
                       ("city_invest_dept", "city_invest_dept.ods", "OpenDocument (.ods)")):
    e = json.load(open(os.path.join(here, src + ".expected.json"), encoding="utf-8"))
    e["file"] = dst
    e["resaved_from"] = src + ".xlsx"
    e["notes"] = ("Re-saved by LibreOffice as %s from %s.xlsx; same layout, values and expected "
                  "result. " % (kind, src)) + e["notes"]
    with open(os.path.join(here, "resaved", src + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
        f.write("\n")
PYEOF
ls -l "$OUT"
