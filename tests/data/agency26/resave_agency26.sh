#!/usr/bin/env bash
# Re-save three agency26 workbooks with LibreOffice into resaved/:
#   invest_dept_summary.xlsx   -> resaved/invest_dept_summary.xls   (Excel 97-2003)
#   cluster_center_sheets.xlsx -> resaved/cluster_center_sheets.ods (OpenDocument)
#   ipa_english.xlsx           -> resaved/ipa_english.xlsx          (Excel 2007+, re-written by LibreOffice)
# and write resaved/NAME.expected.json: the original expected result with only
# "file" changed and "resaved_from" added (records, rejected rows, layout identical).
# formulas_calc.xlsx is deliberately NOT re-saved: LibreOffice would recalculate
# the formula that has no cached value and the file would lose its point.
#
# LibreOffice output is not byte-reproducible (it stamps dates), so the re-saves
# are checked by content (check_agency26.py), not by hash.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-/work/main/.venv/bin/python}"
OUT="$HERE/resaved"
mkdir -p "$OUT"
PROFILE="$(mktemp -d /tmp/agency26_lo_profile.XXXXXX)"
trap 'rm -rf "$PROFILE"' EXIT

convert() {  # convert SRC FILTER
    local src="$1" filter="$2"
    soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
        --convert-to "$filter" --outdir "$OUT" "$HERE/$src" >/dev/null 2>&1
}

convert invest_dept_summary.xlsx   'xls:MS Excel 97'
convert cluster_center_sheets.xlsx 'ods:calc8'
convert ipa_english.xlsx           'xlsx:Calc MS Excel 2007 XML'

for f in invest_dept_summary.xls cluster_center_sheets.ods ipa_english.xlsx; do
    test -s "$OUT/$f" || { echo "LibreOffice did not write resaved/$f" >&2; exit 1; }
done

"$PY" - "$HERE" <<'EOF'
import json, os, sys
here = sys.argv[1]
pairs = [("invest_dept_summary.xlsx", "invest_dept_summary.xls"),
         ("cluster_center_sheets.xlsx", "cluster_center_sheets.ods"),
         ("ipa_english.xlsx", "ipa_english.xlsx")]
for src, dst in pairs:
    stem = src.rsplit(".", 1)[0]
    with open(os.path.join(here, stem + ".expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    out = {"file": dst, "resaved_from": src}
    for k, v in exp.items():
        if k != "file":
            out[k] = v
    out["notes"] = (f"{src} opened and saved again by LibreOffice as {dst}; the records, "
                    "rejected rows and layout are the same as for the original. " + exp["notes"])
    with open(os.path.join(here, "resaved", stem + ".expected.json"), "w",
              encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("re-saved 3 files into", os.path.join(here, "resaved"))
EOF
