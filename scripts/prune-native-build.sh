#!/bin/sh
# Removes what compiling native addons leaves in node_modules (docs/container.md, "Image size"):
# for every package with a binding.gyp, build/ keeps only build/Release/*.node (the addon that
# `bindings` loads), and its deps/ and src/ lose their C/C++ sources, gyp files and source
# archives (the SQLite amalgamation). Works for sqlite3 and better-sqlite3 alike.
#   scripts/prune-native-build.sh [node_modules]
set -eu
modules=${1:-node_modules}
find "$modules" -name binding.gyp -type f | while read -r gyp; do
  pkg=$(dirname "$gyp")
  [ -d "$pkg/build/Release" ] && ls "$pkg"/build/Release/*.node >/dev/null 2>&1 || continue
  before=$(du -sk "$pkg" | cut -f1)
  find "$pkg/build" -mindepth 1 -maxdepth 1 ! -name Release -exec rm -rf {} +
  find "$pkg/build/Release" -mindepth 1 -maxdepth 1 ! \( -type f -name '*.node' \) -exec rm -rf {} +
  for dir in "$pkg/deps" "$pkg/src"; do
    [ -d "$dir" ] || continue
    find "$dir" -type f \( -name '*.[ch]' -o -name '*.cc' -o -name '*.cpp' -o -name '*.hh' -o -name '*.hpp' \
      -o -name '*.gyp' -o -name '*.gypi' -o -name '*.tar.gz' -o -name '*.tgz' -o -name '*.zip' \) -delete
    find "$dir" -type d -empty -delete
  done
  echo "prune-native-build: $pkg ${before} KiB -> $(du -sk "$pkg" | cut -f1) KiB"
done
