#!/bin/sh
# Re-save two agency32 files with LibreOffice (one .xls, one .ods) into resaved/ and write
# their expected JSON: the same records and rejected rows as the original's expected file,
# with `file`, `resaved_from` and `notes` adjusted.
set -eu
cd "$(dirname "$0")"
PROFILE=/tmp/lo_agency32
PY=/work/main/.venv/bin/python
mkdir -p resaved
rm -f resaved/agency32_devbank_tracker.xls resaved/agency32_minfin_svod.ods
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to xls:"MS Excel 97" \
    --outdir resaved agency32_devbank_tracker.xlsx
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to ods \
    --outdir resaved agency32_minfin_svod.xlsx
rm -rf "$PROFILE"
LOVERSION=$(soffice --version 2>/dev/null | head -n 1 || true)
LOVERSION="$LOVERSION" "$PY" - <<'PYEOF'
import json, os
from pathlib import Path

lo = os.environ.get("LOVERSION", "").strip() or "LibreOffice"
for src, new, fmt in [("agency32_devbank_tracker.xlsx", "agency32_devbank_tracker.xls", "Excel 97-2003 (.xls, BIFF8)"),
                      ("agency32_minfin_svod.xlsx", "agency32_minfin_svod.ods", "OpenDocument spreadsheet (.ods)")]:
    exp = json.loads(Path(Path(src).stem + ".expected.json").read_text(encoding="utf-8"))
    out = {"file": new, "resaved_from": src}
    for k, v in exp.items():
        if k != "file":
            out[k] = v
    out["notes"] = (f"{src} opened and saved as {fmt} by {lo} (headless --convert-to), unchanged otherwise; "
                    f"an importer must give exactly the records and rejected rows of {src}. "
                    "Original notes: " + exp["notes"])
    Path("resaved", Path(new).stem + ".expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", new)
PYEOF
