#!/bin/sh
# Re-save two agency31 workbooks with LibreOffice, as a sender with an old office
# suite would: the decree annex as Excel 97-2003 (.xls) and the cluster sheets as
# OpenDocument (.ods).  Writes them into resaved/ together with their expected JSON
# (same records and rejected rows; 'file', 'resaved_from' and 'notes' adjusted).
#
# LibreOffice output is not byte-for-byte reproducible (it stamps the save time);
# the records it must yield are.  Run make_agency31.py first.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/main/.venv/bin/python}
PROFILE=/tmp/lo_agency31
OUT="$HERE/resaved"
mkdir -p "$OUT"
trap 'rm -rf "$PROFILE"' EXIT

soffice -env:UserInstallation=file://$PROFILE --headless --norestore \
    --convert-to xls:"MS Excel 97" --outdir "$OUT" "$HERE/a31_postanovlenie.xlsx" >/dev/null
soffice -env:UserInstallation=file://$PROFILE --headless --norestore \
    --convert-to ods --outdir "$OUT" "$HERE/a31_klastery.xlsx" >/dev/null

"$PY" - "$HERE" <<'EOF'
import json, os, sys
here = sys.argv[1]
jobs = [("a31_postanovlenie", "xls", "Excel 97-2003 (.xls, BIFF8)"),
        ("a31_klastery", "ods", "OpenDocument spreadsheet (.ods)")]
for stem, ext, kind in jobs:
    exp = json.load(open(os.path.join(here, stem + ".expected.json"), encoding="utf-8"))
    out = {"file": stem + "." + ext, "resaved_from": stem + ".xlsx"}
    for k, v in exp.items():
        if k not in out:
            out[k] = v
    out["notes"] = ("%s.xlsx re-saved by LibreOffice (headless) as %s; same sheets, merged cells, "
                    "hidden rows and columns, text and real-date cells, so the same records and "
                    "rejected rows are expected. Original notes: %s" % (stem, kind, exp["notes"]))
    with open(os.path.join(here, "resaved", stem + ".expected.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(out, ensure_ascii=False, indent=1))
        fh.write("\n")
EOF
ls -l "$OUT"
