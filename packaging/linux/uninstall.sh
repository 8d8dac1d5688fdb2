#!/bin/sh
# Remove Campaign Studio installed by install.sh: the program, its menu entry, icon, file type and
# command. Your campaigns, workspace and settings stay unless you add --purge.
#
#     ~/.local/opt/campaign-studio/uninstall.sh [--purge]
set -eu

purge=no
case "${1:-}" in
    --purge) purge=yes ;;
    "") ;;
    *) echo "usage: uninstall.sh [--purge]" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
if [ -f "$here/installed-files.txt" ]; then
    prefix=$here
else
    prefix=${CAMPAIGN_STUDIO_PREFIX:-$HOME/.local/opt/campaign-studio}
fi
list="$prefix/installed-files.txt"
if [ ! -f "$list" ]; then
    echo "uninstall.sh: Campaign Studio is not installed in $prefix" >&2
    exit 1
fi

while IFS= read -r file; do
    if [ -n "$file" ] && { [ -f "$file" ] || [ -L "$file" ]; }; then
        rm -f "$file"
    fi
done < "$list"
cd /
rm -rf "$prefix"

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
    update-desktop-database -q "$data_home/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -f -t -q "$data_home/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Campaign Studio removed from $prefix"
if [ "$purge" = yes ]; then
    rm -rf "$data_home/campaign-studio" "$config_home/campaign-studio" "$config_home/Campaign Studio"
    echo "  and your campaigns, workspace and settings with it"
else
    echo "  your campaigns and workspace are still in $data_home/campaign-studio,"
    echo "  your settings in $config_home/campaign-studio (uninstall.sh --purge removes them)"
fi
