#!/usr/bin/env bash
# Rebuild studio/render/signage/profiles/FOGRA39L_coated.icc from Debian's free FOGRA39 data
# (icc-profiles-free, zlib licence) with ArgyllCMS (argyll). See that folder's README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
for p in icc-profiles-free argyll; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || apt-get install -y -qq "$p"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/"
cd "$work"
colprof -qm -kr -l330 -L98 -A "Campaign Studio" -M "FOGRA39L" \
  -D "Coated FOGRA39L (ISO 12647-2:2004 Amd 1) - built from icc-profiles-free FOGRA39L.ti3" \
  -C "Characterisation data: Fogra (FOGRA39L), distributed by Kai-Uwe Behrmann under the zlib licence; profile built with ArgyllCMS colprof" \
  -O FOGRA39L_coated.icc FOGRA39L
cp FOGRA39L_coated.icc "$here/studio/render/signage/profiles/"
echo "wrote studio/render/signage/profiles/FOGRA39L_coated.icc"
