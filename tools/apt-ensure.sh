#!/usr/bin/env bash
# apt-ensure.sh WHY PACKAGE…: installs the Debian packages that are missing when it can (root with
# apt-get); otherwise says what is missing and why, and carries on (exit 0). Used by
# tools/system-deps.sh and packaging/linux/build-deps.sh.
set -u
why=$1; shift
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages $why: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "warning: missing Debian packages $why: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
fi
exit 0
