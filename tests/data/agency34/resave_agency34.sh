#!/bin/sh
# Re-save two agency34 workbooks with LibreOffice, as a clerk would with "Save as":
#   minek_monitoring.xlsx -> resaved/minek_monitoring.xls   (Excel 97-2003)
#   mo_reestr.xlsx        -> resaved/mo_reestr.ods          (OpenDocument)
# and write their expected JSON (same records and rejected rows; file, resaved_from and notes
# adjusted).  LibreOffice output is not byte-for-byte reproducible; the expected JSON is.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/main/.venv/bin/python}
PROFILE=/tmp/lo_agency34
OUT="$HERE/resaved"
mkdir -p "$OUT"
rm -rf "$PROFILE"
trap 'rm -rf "$PROFILE"' EXIT

soffice -env:UserInstallation=file://$PROFILE --headless \
    --convert-to 'xls:MS Excel 97' --outdir "$OUT" "$HERE/minek_monitoring.xlsx"
soffice -env:UserInstallation=file://$PROFILE --headless \
    --convert-to ods --outdir "$OUT" "$HERE/mo_reestr.xlsx"

"$PY" - "$HERE" <<'EOF'
import json, sys
from pathlib import Path
here = Path(sys.argv[1])
jobs = [
    ("minek_monitoring", "minek_monitoring.xls",
     "Re-saved from minek_monitoring.xlsx with LibreOffice as Excel 97-2003 (.xls, BIFF8): the "
     "same sheet, rows, merged two-level header, text cells and real dates; the expected "
     "records are identical. "),
    ("mo_reestr", "mo_reestr.ods",
     "Re-saved from mo_reestr.xlsx with LibreOffice as OpenDocument (.ods): the same sheet, "
     "rows and cells; the same records are imported and the same rows (same row numbers) are "
     "rejected. "),
]
for stem, new_name, prefix in jobs:
    src = json.loads((here / f"{stem}.expected.json").read_text(encoding="utf-8"))
    out = {}
    for k, v in src.items():
        if k == "file":
            out["file"] = new_name
            out["resaved_from"] = src["file"]
        elif k == "notes":
            out["notes"] = prefix + v
        else:
            out[k] = v
    (here / "resaved" / f"{new_name.rsplit('.', 1)[0]}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", f"resaved/{new_name.rsplit('.', 1)[0]}.expected.json")
EOF
ls -l "$OUT"
