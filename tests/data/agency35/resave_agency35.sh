#!/usr/bin/env bash
# Re-save two agency35 files with LibreOffice, as a clerk would with "Save as":
#   dept_invest_form2.xlsx              -> resaved/dept_invest_form2.xls  (Excel 97-2003)
#   innovation_center_applications.xlsx -> resaved/innovation_center_applications.ods
# and write their expected results (same records; file, resaved_from and notes adjusted).
# LibreOffice output is not byte-stable between runs; the expected JSON is.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-$HERE/../../../.venv/bin/python}"
[ -x "$PY" ] || PY=python3
PROFILE=/tmp/lo_agency35
mkdir -p "$HERE/resaved"
cleanup() { rm -rf "$PROFILE"; }
trap cleanup EXIT

soffice -env:UserInstallation=file://$PROFILE --headless \
    --convert-to xls:"MS Excel 97" --outdir "$HERE/resaved" "$HERE/dept_invest_form2.xlsx" >/dev/null
soffice -env:UserInstallation=file://$PROFILE --headless \
    --convert-to ods --outdir "$HERE/resaved" "$HERE/innovation_center_applications.xlsx" >/dev/null

"$PY" - "$HERE" <<'EOF'
import json, os, sys
here = sys.argv[1]
jobs = [
    ("dept_invest_form2", ".xls",
     "Re-saved by LibreOffice as Excel 97-2003 (.xls, BIFF8) from dept_invest_form2.xlsx; same "
     "sheet, rows, merged two-level header, text cells and real dates, so the same records are "
     "expected. "),
    ("innovation_center_applications", ".ods",
     "Re-saved by LibreOffice as OpenDocument (.ods) from innovation_center_applications.xlsx; "
     "same sheet and row numbers, so the same records and rejected rows are expected. "),
]
for stem, ext, lead in jobs:
    with open(os.path.join(here, stem + ".expected.json"), encoding="utf-8") as fh:
        src = json.load(fh)
    out = {}
    for key, value in src.items():
        if key == "file":
            out["file"] = stem + ext
        elif key == "notes":
            out["resaved_from"] = src["file"]
            out["notes"] = lead + value
        else:
            out[key] = value
    with open(os.path.join(here, "resaved", stem + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", os.path.join("resaved", stem + ext))
EOF
