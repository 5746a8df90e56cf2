#!/bin/sh
# Re-save three agency22 files with LibreOffice into resaved/:
#   sez_register.xlsx  -> resaved/sez_register.xls   (Excel 97-2003)
#   findep_budget.xlsx -> resaved/findep_budget.ods  (OpenDocument)
#   technopark.xlsx    -> resaved/technopark.xlsx    (LibreOffice's own .xlsx writer)
# Their expected JSON (resaved/<stem>.expected.json) is written by make_agency22.py.
set -e
cd "$(dirname "$0")"
mkdir -p resaved
PROFILE="-env:UserInstallation=file:///tmp/lo_profile_agency22"
soffice $PROFILE --headless --convert-to 'xls:MS Excel 97' --outdir resaved sez_register.xlsx
soffice $PROFILE --headless --convert-to ods --outdir resaved findep_budget.xlsx
soffice $PROFILE --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir resaved technopark.xlsx
ls -l resaved
