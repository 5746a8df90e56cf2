#!/bin/sh
# Re-save three agency23 workbooks with LibreOffice into resaved/ and write their expected JSON.
#   gisp_promproekty.xlsx           -> resaved/gisp_promproekty.xls   (Excel 97-2003)
#   tomskiy_rayon_napravleniya.xlsx -> resaved/tomskiy_rayon_napravleniya.ods
#   startup_residents.xlsx          -> resaved/startup_residents.xlsx (LibreOffice-written OOXML)
# The content does not change, so each expected JSON is the original's with 'file' and 'notes' adjusted.
set -eu
cd "$(dirname "$0")"
PY=${PY:-/work/main/.venv/bin/python}
OUT=resaved
mkdir -p "$OUT"
PROFILE=$(mktemp -d /tmp/agency23-lo.XXXXXX)
lo() { soffice -env:UserInstallation=file://"$PROFILE" --headless --norestore --convert-to "$1" --outdir "$OUT" "$2" >/dev/null; }
lo 'xls:MS Excel 97' gisp_promproekty.xlsx
lo ods tomskiy_rayon_napravleniya.xlsx
lo 'xlsx:Calc MS Excel 2007 XML' startup_residents.xlsx
rm -rf "$PROFILE"
"$PY" - <<'PYEOF'
import json
pairs = [("gisp_promproekty", "xls", "Excel 97-2003 .xls"),
         ("tomskiy_rayon_napravleniya", "ods", "OpenDocument .ods"),
         ("startup_residents", "xlsx", ".xlsx written by LibreOffice")]
for stem, ext, what in pairs:
    d = json.load(open(stem + ".expected.json", encoding="utf-8"))
    d["file"] = "%s.%s" % (stem, ext)
    d["resaved_from"] = stem + ".xlsx"
    d["notes"] = ("LibreOffice re-save of %s.xlsx as %s; same content, same expected result. " % (stem, what)) + d["notes"]
    with open("resaved/%s.expected.json" % stem, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print("resaved/ written")
PYEOF
ls -l "$OUT"
