#!/usr/bin/env bash
# Installs the Debian packages vnpolicy needs (only those missing) and builds
# build/vnpolicy in Release mode. Safe to run again: it does only what is left.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config python3
          libicu-dev libre2-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev libgtest-dev
          libzip-dev libpugixml-dev libxml2-dev
          libreoffice-writer-nogui antiword python3-docx   # readers: DOCX, HTML; DOC/RTF converter; DOCX fixtures
          libcpp-httplib-dev libxlsxwriter-dev libgraphviz-dev graphviz libjs-chart.js   # serve, export, graph pages (dot checks graph output)
          chromium python3-openpyxl                                             # the pages in a browser; xlsx read back
          sqlite3 sqlite-utils)                                                 # the catalog in other tools
# PDF: poppler (text layer, page images) and Tesseract with Vietnamese data (scans);
# the PDF tests make their fixtures with reportlab, PIL and img2pdf in DejaVu Serif;
# bench/pdf compares with pdftotext (poppler-utils) and tesseract, and joins pages with qpdf.
packages+=(libpoppler-cpp-dev libtesseract-dev tesseract-ocr-vie
           python3-reportlab python3-pil img2pdf fonts-dejavu-core
           poppler-utils tesseract-ocr qpdf time)
packages+=(parallel)   # GNU parallel: the README's sharded `extract | ingest --jsonl -` form, tested
packages+=("$@")   # callers add extras (the test script adds the sanitizer runtime)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
# VNPOLICY_BUILD_TARGET=vnpolicy builds the binary alone (scripts/ingest-corpus.sh).
cmake --build build -j"$(nproc)" ${VNPOLICY_BUILD_TARGET:+--target "$VNPOLICY_BUILD_TARGET"}
