# Archivist: the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
ARCHIVIST := .build/release/archivist
export OMP_THREAD_LIMIT := 1

.PHONY: demo test build release clean-demo bench-ocr bench-signing eval-metadata eval-heldout

## Install what is missing, build (release), ingest samples/ into ./archive, print what was found.
demo: release
	@echo "== Ingesting samples/ into ./archive"
	$(ARCHIVIST) ingest samples --fonds "DEMO"
	@echo
	@echo "== Documents"
	$(ARCHIVIST) list
	@echo
	@echo "== Search without diacritics: chuyen doi so"
	$(ARCHIVIST) search chuyen doi so --limit 5
	@echo
	@echo "== Search with diacritics: \"lưu trữ\""
	$(ARCHIVIST) search '"lưu trữ"' --limit 5

## Install what is missing (verifiers included) and run every test.
test:
	scripts/setup.sh test
	$(SWIFT) test

release:
	scripts/setup.sh build
	$(SWIFT) build -c release --product archivist

build:
	scripts/setup.sh build
	$(SWIFT) build

## Remove the demo workspace (./archive).
clean-demo:
	rm -rf archive

## OCR benchmark: Archivist vs the tesseract CLI and OCRmyPDF on the same pages (prints tables).
bench-ocr: release
	scripts/setup.sh bench
	python3 scripts/bench_ocr.py --archivist $(ARCHIVIST) --jobs 2

## Signing and verification throughput beside `openssl speed` (prints tables).
bench-signing: release
	scripts/bench_signing.sh $(ARCHIVIST) 100

## Metadata evaluation: ingest samples/ into a scratch workspace, score against samples/truth.jsonl.
eval-metadata: release
	rm -rf .build/eval-workspace
	$(ARCHIVIST) ingest samples --workspace .build/eval-workspace > /dev/null
	$(ARCHIVIST) eval --truth samples/truth.jsonl --workspace .build/eval-workspace

## Held-out evaluation: ~40 documents generated independently of samples/
## (scripts/heldout/generate.py, regenerated each run), ingested into a scratch workspace;
## metadata scored on the clean pages, the degraded pages, and all of them, then OCR accuracy.
eval-heldout: release
	scripts/setup.sh bench
	python3 scripts/heldout/generate.py --out .build/heldout
	rm -rf .build/heldout-workspace
	$(ARCHIVIST) ingest .build/heldout/scans --workspace .build/heldout-workspace > /dev/null || [ $$? -eq 2 ]
	@echo "== Clean pages (300 dpi, no degradation)"
	$(ARCHIVIST) eval --truth .build/heldout/truth-clean.jsonl --workspace .build/heldout-workspace
	@echo "== Degraded pages (skew, noise, speckle, blur, faded, 200 dpi, JPEG)"
	$(ARCHIVIST) eval --truth .build/heldout/truth-degraded.jsonl --workspace .build/heldout-workspace
	@echo "== All"
	$(ARCHIVIST) eval --truth .build/heldout/truth.jsonl --workspace .build/heldout-workspace
	@echo "== OCR of the same pages, beside the tesseract CLI"
	python3 scripts/heldout_ocr.py --set .build/heldout --workspace .build/heldout-workspace --archivist $(ARCHIVIST)
