#!/usr/bin/env bash
# Installs what Archivist needs on Debian bookworm, skipping what is already there.
#   scripts/setup.sh build     libraries and OCR models to build and run (default)
#   scripts/setup.sh test      the above, plus the outside verifiers the tests use
#   scripts/setup.sh bench     the build set, plus the peers and tools of `make bench-ocr`
#   scripts/setup.sh runtime   only what the built binary needs (the Docker runtime image)
# The Makefile and the Dockerfile both call this script, so their package lists cannot drift.
set -euo pipefail

RUNTIME_APT=(libtesseract5 liblept5 libtiff6 libsqlite3-0 libssl3 tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd poppler-utils
             fonts-liberation2)
BUILD_APT=(libtesseract-dev libleptonica-dev libtiff-dev libsqlite3-dev libssl-dev libcurl4-openssl-dev pkg-config
           tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd poppler-utils zlib1g-dev fonts-liberation2)
# hunspell-vi: its word list judges the Vietnamese syllable rules (read by a test, never shipped: GPL-2).
# libgs-common: ghostscript's CMYK profile, embedded in a test's JPEG (read by a test, never shipped: AGPL).
TEST_APT=(poppler-utils qpdf sqlite3 libxml2-utils openssl python3-pip fonts-liberation2 fonts-dejavu-core hunspell-vi libgs-common)
TEST_PIP=(pyhanko==0.38.0 pyhanko-cli==0.6.0 bagit==1.9.0 jiwer==4.0.0 Pillow==11.1.0 fonttools==4.68.0)
# Fonts: the held-out set of `make eval-heldout` (scripts/heldout) draws with them.
BENCH_APT=(tesseract-ocr ocrmypdf img2pdf poppler-utils python3-pip
           fonts-freefont-ttf fonts-dejavu-core fonts-dejavu-extra fonts-liberation2)
BENCH_PIP=(jiwer==4.0.0 Pillow==11.1.0)

mode=${1:-build}
case "$mode" in
  runtime) apt_wanted=("${RUNTIME_APT[@]}"); pip_wanted=() ;;
  build) apt_wanted=("${BUILD_APT[@]}"); pip_wanted=() ;;
  test) apt_wanted=("${BUILD_APT[@]}" "${TEST_APT[@]}"); pip_wanted=("${TEST_PIP[@]}") ;;
  bench) apt_wanted=("${BUILD_APT[@]}" "${BENCH_APT[@]}"); pip_wanted=("${BENCH_PIP[@]}") ;;
  *) echo "setup.sh: unknown mode '$mode' (use build, test, bench or runtime)" >&2; exit 64 ;;
esac

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo to install packages" >&2; exit 1; }
  sudo="sudo"
fi

missing=()
for package in "${apt_wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  log=$(mktemp)
  # One retry: a fresh machine's package index or dpkg lock can be busy for a moment.
  for attempt in 1 2; do
    if $sudo apt-get update -qq >"$log" 2>&1 &&
       DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
      break
    fi
    cat "$log" >&2
    if [ "$attempt" = 2 ]; then
      echo "setup: apt-get could not install ${missing[*]} (its messages are above); fix that and run the same command again" >&2
      exit 1
    fi
    echo "setup: apt-get failed; trying again in 10 s" >&2
    sleep 10
  done
  rm -f "$log"
fi

if [ ${#pip_wanted[@]} -gt 0 ]; then
  pip_missing=()
  for requirement in "${pip_wanted[@]}"; do
    name=${requirement%%==*}; version=${requirement#*==}
    installed=$(python3 -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p' || true)
    [ "$installed" = "$version" ] || pip_missing+=("$requirement")
  done
  if [ ${#pip_missing[@]} -gt 0 ]; then
    echo "setup: pip installing ${pip_missing[*]}"
    # Debian's own python refuses system-wide pip installs (PEP 668) unless told otherwise.
    python3 -m pip install -q "${pip_missing[@]}" 2>/dev/null \
      || python3 -m pip install -q --break-system-packages "${pip_missing[@]}"
  fi
fi

if [ "$mode" != runtime ] && ! command -v swift >/dev/null; then
  echo "setup: Swift 6.3 is not on PATH. Install it from swift.org (Debian 12 build) or use the Docker image; see README.md." >&2
  exit 1
fi
