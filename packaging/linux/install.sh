#!/bin/sh
# Install Campaign Studio for the current user, no root needed. Run from the unpacked folder:
#
#     ./install.sh
#
# The program goes into ~/.local/opt/campaign-studio (CAMPAIGN_STUDIO_PREFIX), a `campaign-studio`
# command into ~/.local/bin (CAMPAIGN_STUDIO_BIN_DIR), the menu entry, icon and the
# *.campaign.yaml file type into ${XDG_DATA_HOME:-~/.local/share}. Installing again replaces the
# program (an update); your campaigns, workspace and settings are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${CAMPAIGN_STUDIO_PREFIX:-$HOME/.local/opt/campaign-studio}
bin_dir=${CAMPAIGN_STUDIO_BIN_DIR:-$HOME/.local/bin}
name=campaign-studio

if [ ! -x "$here/$name/$name" ]; then
    echo "install.sh: $here/$name/$name is missing: run install.sh from the unpacked folder" >&2
    exit 2
fi

# the program, replaced as a whole: copied beside the old one, then swapped in
mkdir -p "$(dirname "$prefix")"
staging="$prefix.new.$$"
rm -rf "$staging"
cp -R "$here/$name" "$staging"
cp "$here/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging/uninstall.sh"
if [ -d "$prefix" ]; then
    rm -rf "$prefix.old.$$"
    mv "$prefix" "$prefix.old.$$"
fi
mv "$staging" "$prefix"
rm -rf "$prefix.old.$$"

installed="$prefix/installed-files.txt"
: > "$installed"
put() {  # put SOURCE DESTINATION: copy one file and remember it for uninstall.sh
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    chmod 644 "$2"
    printf '%s\n' "$2" >> "$installed"
}

exe="$prefix/$name"
quoted=$(printf '%s' "$exe" | sed 's/[\\"`$]/\\&/g')          # Exec= quoting (Desktop Entry spec)
escaped=$(printf '%s' "$quoted" | sed 's/[&|\\]/\\&/g')        # for sed's replacement
sed -e "s|^Exec=@EXEC@|Exec=\"$escaped\"|" -e "s|^TryExec=@EXEC@|TryExec=$(printf '%s' "$exe" | sed 's/[&|\\]/\\&/g')|" \
    "$here/share/$name.desktop" > "$prefix/$name.desktop"
put "$prefix/$name.desktop" "$data_home/applications/$name.desktop"
rm -f "$prefix/$name.desktop"
put "$here/share/$name-mime.xml" "$data_home/mime/packages/$name.xml"
for px in 48 128 256 512; do
    put "$here/share/$name-$px.png" "$data_home/icons/hicolor/${px}x${px}/apps/$name.png"
done

mkdir -p "$bin_dir"
ln -sf "$exe" "$bin_dir/$name"
printf '%s\n' "$bin_dir/$name" >> "$installed"

# tell the desktop (each tool only where the system has it)
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" >/dev/null 2>&1 || true
fi
touch "$data_home/icons/hicolor" 2>/dev/null || true
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -f -t -q "$data_home/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Campaign Studio $("$exe" --version 2>/dev/null | sed 's/^studio //') installed in $prefix"
echo "  open it from your applications menu, double-click a .campaign.yaml file, or run: $name"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "  ($bin_dir is not on your PATH: the menu entry works; in a terminal run $exe)" ;;
esac
echo "  to uninstall: $prefix/uninstall.sh"
