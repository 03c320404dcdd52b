#!/usr/bin/env bash
# Installs the build into a temporary prefix, builds tests/install against it
# with find_package(nendiff), and runs the result. The consumer is put in the
# prefix's bin/ like an installed program, so that it finds the installed
# modules; with a PDF ($3) it reads it through nendiff-pdf.so.
set -euo pipefail
build=$1 source=$2 pdf=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
# The document libraries are the modules' business, not the embedder's.
if grep -rlE 'poppler|xlsxwriter|libzip|pugixml' --include='*.cmake' "$tmp/prefix"; then
  echo "the installed CMake package names a document library" >&2; exit 1
fi
find "$tmp/prefix" -path '*/nendiff/nendiff-pdf.so' | grep -q . ||
  { echo "nendiff-pdf.so is not installed" >&2; exit 1; }
cmake -S "$source" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
      -DCMAKE_RUNTIME_OUTPUT_DIRECTORY="$tmp/prefix/bin" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
if ldd "$tmp/prefix/bin/consumer" | grep -E 'poppler|xlsxwriter|libzip|pugixml'; then
  echo "the consumer links a document library" >&2; exit 1
fi
env -u NENDIFF_MODULE_DIR "$tmp/prefix/bin/consumer" ${pdf:+"$pdf"}
