#!/bin/sh
# Re-save two agency30 files with LibreOffice (minprom_svod.xlsx -> .xls,
# tsu_project_office.xlsx -> .ods) into resaved/, and write their expected JSON:
# the same records as the originals, with `file`, `resaved_from` and `notes` adjusted.
# Uses a throw-away LibreOffice profile that is deleted afterwards.
set -eu
cd "$(dirname "$0")"
PY="${PYTHON:-/work/main/.venv/bin/python}"
PROFILE=/tmp/lo_agency30
mkdir -p resaved
rm -f resaved/minprom_svod.xls resaved/tsu_project_office.ods
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to xls:"MS Excel 97" \
    --outdir resaved minprom_svod.xlsx >/dev/null
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to ods \
    --outdir resaved tsu_project_office.xlsx >/dev/null
rm -rf "$PROFILE"
test -s resaved/minprom_svod.xls
test -s resaved/tsu_project_office.ods
"$PY" - <<'PYEOF'
import json
from pathlib import Path

for src, dst, fmt in [("minprom_svod.xlsx", "minprom_svod.xls", "Excel 97-2003 (.xls, BIFF8)"),
                      ("tsu_project_office.xlsx", "tsu_project_office.ods",
                       "OpenDocument spreadsheet (.ods)")]:
    e = json.loads(Path(Path(src).stem + ".expected.json").read_text(encoding="utf-8"))
    out = {"file": dst, "resaved_from": src}
    out.update({k: v for k, v in e.items() if k not in ("file", "notes")})
    out["notes"] = (f"{src} opened and re-saved by LibreOffice as {fmt} (resave_agency30.sh). "
                    "Same sheets, cells, merged header, hidden state and values, so the import "
                    "result is the same as for the original: same records, rejected rows, "
                    "columns and layout facts. Original notes: " + e["notes"])
    Path("resaved", Path(dst).stem + ".expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("resaved: minprom_svod.xls, tsu_project_office.ods")
PYEOF
