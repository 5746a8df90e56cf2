#!/bin/sh
# LibreOffice re-saves of three agency21 workbooks into resaved/ (private profile in /tmp).
set -e
cd "$(dirname "$0")"
mkdir -p resaved
PROF="-env:UserInstallation=file:///tmp/agency21_lo_profile"
soffice $PROF --headless --convert-to xls --outdir resaved univ_niokr.xlsx
soffice $PROF --headless --convert-to ods --outdir resaved vebrf_perechen.xlsx
soffice $PROF --headless --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir resaved partner_tracker_en.xlsx
