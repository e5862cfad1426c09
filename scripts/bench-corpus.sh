#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Assembles the Dutch benchmark corpus (at least 5 MB of plain text) from Debian packages of
# Dutch documentation, downloaded (not installed) and cached in ~/.cache/helder/bench-corpus/.
# Prints the path of corpus.txt.
set -euo pipefail
packages=(libreoffice-help-nl debian-faq-nl aptitude-doc-nl)
cache_root=${HELDER_CACHE:-$HOME/.cache/helder}/bench-corpus
script_hash=$(sha256sum "$0" "$(dirname "$0")/html-to-text.py" | sha256sum | cut -c1-12)
versions=$(apt-cache policy "${packages[@]}" 2>/dev/null | awk '/Candidate/ {print $2}' | tr '\n' '-')
key=$(printf '%s %s' "$versions" "$script_hash" | sha256sum | cut -c1-16)
dir=$cache_root/$key
if [ -s "$dir/corpus.txt" ]; then
  echo "$dir/corpus.txt"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir/debs" "$dir/root"
(cd "$dir/debs" && apt-get download "${packages[@]}" >/dev/null 2>&1) || {
  apt-get update -q >/dev/null && (cd "$dir/debs" && apt-get download "${packages[@]}" >/dev/null)
}
for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
{
  find "$dir/root/usr/share/libreoffice/help/nl" "$dir/root/usr/share/doc/aptitude/html/nl" \
       "$dir/root/usr/share/doc/debian/FAQ/nl" -name '*.html' 2>/dev/null | sort \
    | xargs python3 "$(dirname "$0")/html-to-text.py"
} > "$dir/corpus.tmp"
mv "$dir/corpus.tmp" "$dir/corpus.txt"
rm -rf "$dir/debs" "$dir/root"
size=$(stat -c %s "$dir/corpus.txt")
if [ "$size" -lt 5000000 ]; then
  echo "bench-corpus: only $size bytes, expected at least 5 MB" >&2
  exit 1
fi
echo "$dir/corpus.txt"
