#!/usr/bin/env bash
# Signing and verification throughput, beside `openssl speed` for the same primitives in the
# same run. Usage: scripts/bench_signing.sh [ARCHIVIST binary] [number of PDFs]
set -euo pipefail
archivist=${1:-.build/release/archivist}
count=${2:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Preparing a searchable PDF (3 pages) to sign..." >&2
"$archivist" ingest samples/box-02/qd-45-ubnd.tif --workspace "$work/source" > /dev/null 2>&1
sha=$("$archivist" show 1 --json --workspace "$work/source" | python3 -c 'import json,sys; print(json.load(sys.stdin)["derivatives"]["searchable-pdf"]["sha256"])')
pdf="$work/source/objects/sha256/${sha:0:2}/${sha:2:2}/$sha"
mkdir -p "$work/in"
for i in $(seq 1 "$count"); do cp "$pdf" "$work/in/doc$i.pdf"; done
size=$(stat -c %s "$pdf")

printf '| primitive | Archivist: PDFs/s (PAdES, %d × %d KB) | openssl speed: signatures/s | Archivist / openssl |\n' "$count" $((size / 1024))
printf '|---|---|---|---|\n'
speed=$(openssl speed -seconds 2 rsa3072 ecdsap256 2>/dev/null)
for algorithm in rsa3072 p256; do
  case $algorithm in
    rsa3072) keyopts=(-newkey rsa:3072); raw=$(echo "$speed" | awk '/^rsa 3072 bits/ {print $6}') ;;
    p256) keyopts=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1); raw=$(echo "$speed" | awk '/nistp256\)/ {print $7}') ;;
  esac
  openssl req -x509 "${keyopts[@]}" -nodes -days 30 -subj "/CN=bench $algorithm" -addext "keyUsage=critical,digitalSignature,nonRepudiation" \
    -keyout "$work/$algorithm.key" -out "$work/$algorithm.pem" 2> /dev/null
  "$archivist" keys import --cert "$work/$algorithm.pem" --key "$work/$algorithm.key" --workspace "$work/ws-$algorithm" > /dev/null
  rate=$("$archivist" sign "$work"/in/*.pdf --out "$work/out-$algorithm" --workspace "$work/ws-$algorithm" 2> /dev/null | sed -n 's/.*: \([0-9.]*\) PDFs\/s.*/\1/p')
  printf '| %s | %s | %s | %s |\n' "$algorithm" "$rate" "$raw" "$(python3 -c "print(f'{$rate / $raw:.3f}')")"
done

echo
echo "Verification (re-hash every stored object, check PDF and metadata signatures, audit trail):"
# MB/s of `archivist verify --all` over the workspace's objects, then of sha256sum over the same files.
measure() {
  local bytes start end ours theirs
  bytes=$(du -sb "$work/source/objects" | cut -f1)
  start=$(date +%s.%N); "$archivist" verify --all --workspace "$work/source" > /dev/null; end=$(date +%s.%N)
  ours=$(python3 -c "print(f'{$bytes / 1e6 / ($end - $start):.1f}')")
  start=$(date +%s.%N); find "$work/source/objects" -type f -exec sha256sum {} + > /dev/null; end=$(date +%s.%N)
  theirs=$(python3 -c "print(f'{$bytes / 1e6 / ($end - $start):.1f}')")
  printf '| %s (%d MB) | %s | %s | %s |\n' "$1" $((bytes / 1000000)) "$ours" "$theirs" "$(python3 -c "print(f'{$ours / $theirs:.2f}')")"
}
"$archivist" ingest samples --workspace "$work/source" > /dev/null 2>&1 || true
evp=$(openssl speed -seconds 2 -evp sha256 2>/dev/null | awk '/^sha256/ {sub("k", "", $NF); printf "%.0f", $NF / 1000}')
printf '| archive | archivist verify --all: MB/s | sha256sum over the same objects: MB/s | ratio |\n|---|---|---|---|\n'
documents() { python3 -c "import sqlite3; print(sqlite3.connect('$work/source/catalog.sqlite').execute('SELECT count(*) FROM documents').fetchone()[0])"; }
measure "samples, $(documents) documents"
# More documents: the signed copies made above, ingested as received (no OCR: they have a text
# layer); their first signer is made a trust anchor so every check passes.
mkdir -p "$work/source/keys/trust" && cp "$work/p256.pem" "$work/source/keys/trust/bench-p256.pem"
"$archivist" ingest "$work/out-p256" --workspace "$work/source" > /dev/null 2>&1 || true
measure "samples and the $count signed copies, $(documents) documents"
printf '\nopenssl speed -evp sha256 (16 KB blocks, one core): %s MB/s\n' "$evp"
