#!/usr/bin/env bash
# Re-save three agency28 workbooks with LibreOffice (headless, throw-away profile) as
# .xls, .ods and .xlsx into resaved/, and write their expected JSON: the original's
# expected JSON with "file" and "resaved_from" changed (records identical).
# The formulas workbook is deliberately not re-saved (LibreOffice would recalculate it).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
OUT="$HERE/resaved"
PROFILE="$(mktemp -d)"
WORK="$(mktemp -d)"
trap 'rm -rf "$PROFILE" "$WORK"' EXIT
mkdir -p "$OUT"
STEMS="deputy_governor_svod devcorp_cluster_sheets bank_pf_pipeline"
for stem in $STEMS; do
  for spec in "xls:MS Excel 97" "ods:calc8" "xlsx:Calc MS Excel 2007 XML"; do
    ext="${spec%%:*}"
    rm -rf "$WORK/out" && mkdir -p "$WORK/out"
    soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
      --convert-to "$spec" --outdir "$WORK/out" "$HERE/$stem.xlsx" >/dev/null 2>&1
    test -s "$WORK/out/$stem.$ext" || { echo "conversion failed: $stem.$ext" >&2; exit 1; }
    mv -f "$WORK/out/$stem.$ext" "$OUT/$stem.$ext"
    echo "resaved/$stem.$ext"
  done
done
"$PY" - "$HERE" $STEMS <<'PYEOF'
import json, os, sys
here, stems = sys.argv[1], sys.argv[2:]
kind = {"xls": "Excel 97-2003 (.xls)", "ods": "OpenDocument (.ods)", "xlsx": "Office Open XML (.xlsx)"}
for stem in stems:
    orig = json.load(open(os.path.join(here, stem + ".expected.json"), encoding="utf-8"))
    for ext in ("xls", "ods", "xlsx"):
        exp = {"file": f"{stem}.{ext}", "resaved_from": orig["file"]}
        for k, v in orig.items():
            if k != "file":
                exp[k] = v
        exp["notes"] = (f"{orig['file']} opened and saved again by LibreOffice Calc as {kind[ext]}; "
                        "cell values, text cells, merged cells, hidden rows/columns and layout are kept, "
                        "so the import result is identical to the original's. " + orig["notes"])
        with open(os.path.join(here, "resaved", f"{stem}.{ext}.expected.json"), "w",
                  encoding="utf-8", newline="\n") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
PYEOF
echo "expected JSON written to $OUT"
