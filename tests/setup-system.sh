#!/bin/sh
# System programs the tests use, installed with the system's package manager when one is missing
# (run from the repository root):
#   redis-server                      the distributed tests (tests/test_distributed*.py) start a real one on 127.0.0.1
#   chromium                          the report is checked in a real headless browser (tests/test_report*.py)
#   tesseract-ocr + tesseract-ocr-tha scanned PDFs and images are read by OCR (tests/test_files*.py)
#   fonts-thai-tlwg                   Thai fonts: fixture PDFs are written with them, the browser renders Thai with them
# Debian/Ubuntu use apt-get (one `apt-get update` only when an install fails); macOS uses brew.
set -e
# pywb, for the WARC replay tests (tests/test_export.py, tests/test_files_crawl.py), in its own virtualenv
# .venv-pywb: it pins redis 2.10, which cannot live beside scrapy-redis. Without it those tests skip.
if [ ! -x .venv-pywb/bin/wayback ]; then
    { python3 -m venv .venv-pywb && .venv-pywb/bin/python -m pip install -q pywb >/dev/null 2>&1; } \
        || echo "tests/setup-system.sh: pywb could not be installed in .venv-pywb; the replay tests will be skipped" >&2
fi
missing=""
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$missing chromium"
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx tha; then
    missing="$missing tesseract-ocr-tha"
fi
[ -d /usr/share/fonts/truetype/tlwg ] || [ "$(uname)" = Darwin ] || missing="$missing fonts-thai-tlwg"
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    case "$missing" in *tesseract-ocr\ *|*tesseract-ocr) missing="$missing tesseract-ocr-tha" ;; esac
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null; }
elif command -v brew >/dev/null 2>&1; then
    brew install redis tesseract tesseract-lang >/dev/null
    brew install --cask chromium >/dev/null || true
else
    echo "tests/setup-system.sh: install$missing with your system's package manager" >&2
    exit 1
fi
command -v redis-server >/dev/null 2>&1
