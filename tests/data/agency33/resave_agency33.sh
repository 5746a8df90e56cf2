#!/bin/sh
# Re-save two agency33 inputs with LibreOffice (summary -> .xls, bad-rows register -> .ods) into resaved/
# and write their expected JSON (same records; file, resaved_from and notes adjusted).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/main/.venv/bin/python}
PROFILE=/tmp/lo_agency33
mkdir -p "$HERE/resaved"
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to xls --outdir "$HERE/resaved" \
    "$HERE/ino33_dnhvo_svod.xlsx" >/dev/null 2>&1
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to ods --outdir "$HERE/resaved" \
    "$HERE/ino33_reestr_oshibki.xlsx" >/dev/null 2>&1
rm -rf "$PROFILE"
"$PY" - "$HERE" <<'PYEOF'
import json, os, sys
here = sys.argv[1]
for src, dst, kind in [("ino33_dnhvo_svod.xlsx", "ino33_dnhvo_svod.xls", "Excel 97-2003 .xls (BIFF8)"),
                       ("ino33_reestr_oshibki.xlsx", "ino33_reestr_oshibki.ods", "OpenDocument .ods")]:
    exp = json.load(open(os.path.join(here, src.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8"))
    out = {"file": dst, "resaved_from": src}
    for k, v in exp.items():
        if k not in ("file",):
            out[k] = v
    out["notes"] = (f"{dst} is {src} re-saved by LibreOffice (soffice --convert-to) as {kind}; same sheets, rows, "
                    "merged header, text-looking numbers and dates, same records and rejected rows. "
                    "Original notes: " + exp["notes"])
    with open(os.path.join(here, "resaved", dst.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
PYEOF
ls -la "$HERE/resaved"
