#!/usr/bin/env bash
# Debian libraries Qt (offscreen included) and WeasyPrint (the PDF report) need, and the PDF tools the print tests
# check the poster PDFs with (poppler-utils: pdffonts, pdftoppm, pdfinfo; qpdf). Installs them only when missing and
# when it can (root with apt-get); otherwise it says what is missing and carries on.
set -u
exec "$(dirname "$0")/apt-ensure.sh" "Qt and the PDF checks need" \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libnss3 libxcomposite1 \
  libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 fonts-dejavu-core \
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 poppler-utils qpdf
