#!/usr/bin/env bash
# Debian libraries Qt (offscreen included) and WeasyPrint (the PDF report) need, and the PDF tools the print tests
# check the poster PDFs with (poppler-utils: pdffonts, pdftoppm, pdfinfo; qpdf). Installs them only when missing and
# when it can (root with apt-get); otherwise it says what is missing and carries on.
set -u
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libnss3 libxcomposite1
          libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 fonts-dejavu-core
          libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 poppler-utils qpdf)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages Qt and the PDF checks need: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "warning: Qt and the PDF checks may need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
fi
exit 0
