#!/usr/bin/env bash
# Debian libraries the bundle carries for desktops that lack them (Qt's X11 platform plugin needs
# them; PyInstaller copies what it finds on the build machine), and the two tools its smoke test
# uses (desktop-file-validate, Xvfb: it checks the menu entry and runs on X11). Installs them when
# missing and root with apt-get; otherwise says what is missing and carries on (the bundle then
# relies on the user's system having them).
set -u
exec "$(dirname "$0")/../../tools/apt-ensure.sh" "the bundle carries" \
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 \
  libxcb-xinerama0 libxcb-xkb1 libxcb-cursor0 libxkbcommon-x11-0 desktop-file-utils xvfb
