#!/usr/bin/env bash
# Debian libraries the bundle carries for desktops that lack them (Qt's X11 platform plugin needs
# them; PyInstaller copies what it finds on the build machine), and the two tools its smoke test
# uses (desktop-file-validate, Xvfb). Installs them when missing and
# root with apt-get; otherwise says what is missing and carries on (the bundle then relies on the
# user's system having them).
set -u
packages=(libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0
          libxcb-xinerama0 libxcb-xkb1 libxcb-cursor0 libxkbcommon-x11-0
          desktop-file-utils xvfb)  # the last two: the smoke test checks the menu entry and runs on X11
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages the bundle carries: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "warning: the bundle would carry these Debian packages' libraries: ${missing[*]}" >&2
fi
exit 0
