#!/usr/bin/env python3
"""OCR accuracy on a held-out set (scripts/heldout/generate.py): pages no rule was written on.

Scores the page texts an Archivist workspace holds for the set against its truth, beside the
tesseract CLI run on the same scans in the same run (told each page's language; a scanned PDF
page is rendered at its own resolution with pdftoppm first, as the CLI reads no PDF). CER and
WER by jiwer on NFC text, whitespace collapsed; OF is the order-free word error (as in
bench_ocr.py). Pages of Tuyệt mật documents, which are not digitized, are left out of both.

    scripts/heldout_ocr.py --set .build/heldout --workspace .build/heldout-workspace [--jobs 2]
Needs: tesseract, poppler-utils, jiwer (scripts/setup.sh bench), an ingested workspace.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import jiwer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ocr import normalize, order_free_error  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def archivist_pages(binary, workspace, operator):
    """Page texts by document name, read as an operator cleared for every mark (the first grant
    in a workspace clears itself; later ones need a cleared operator: name one with --operator)."""
    def run(*arguments, check=True):
        result = subprocess.run([binary, *arguments, "--workspace", str(workspace)], capture_output=True, text=True)
        if check and result.returncode != 0:
            sys.exit(f"heldout_ocr: archivist {arguments[0]} failed: {result.stderr.strip()}")
        return result.stdout
    run("clearance", "grant", operator, "--level", "toi-mat", "--operator", operator, check=False)
    texts = {}
    for document in json.loads(run("list", "--json", "--include-restricted", "--operator", operator)):
        detail = json.loads(run("show", str(document["id"]), "--json", "--include-restricted", "--operator", operator))
        texts[document["name"]] = [page["text"] for page in sorted(detail["pages"], key=lambda p: p["number"])]
    return texts


def cli_pages(scans, record, folder):
    """The tesseract CLI's text of each page of a truth record's files."""
    language = "eng" if record["language"] == "en" else "vie"
    pages = []
    for name in record["files"]:
        path = scans / name
        inputs = [path]
        if path.suffix.lower() == ".pdf":
            prefix = Path(folder) / path.stem
            ppi = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout.splitlines()[2].split()[12]
            subprocess.run(["pdftoppm", "-r", ppi, "-gray", "-png", str(path), str(prefix)], check=True)
            inputs = sorted(Path(folder).glob(path.stem + "-*.png"))
        for image in inputs:
            result = subprocess.run(["tesseract", str(image), "stdout", "-l", language, "--psm", "3"], capture_output=True, text=True,
                                    env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            pages += [text for text in result.stdout.split("\f") if text.strip()] or [""]
    return pages


def score(pairs):
    references = [normalize(reference) for reference, _ in pairs]
    hypotheses = [normalize(hypothesis) for _, hypothesis in pairs]
    of = sum(order_free_error(r, h) for r, h in zip(references, hypotheses)) / len(pairs)
    return f"{jiwer.cer(references, hypotheses):.2%} / {jiwer.wer(references, hypotheses):.2%} / {of:.2%}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", required=True, help="folder written by scripts/heldout/generate.py")
    parser.add_argument("--workspace", required=True, help="workspace the set's scans were ingested into")
    parser.add_argument("--archivist", default=str(ROOT / ".build/release/archivist"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--operator", default="heldout", help="operator cleared for Tối mật in the workspace")
    args = parser.parse_args()
    heldout = Path(args.set)
    truth = [json.loads(line) for line in (heldout / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    clean = {json.loads(line)["id"] for line in (heldout / "truth-clean.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    ours = archivist_pages(args.archivist, args.workspace, args.operator)
    digitized = []
    for record in truth:
        name = next((n for n in ours if n.endswith(record["id"])), None)
        if name is not None and ours[name]:
            digitized.append((record, ours[name]))
    print(f"{len(digitized)} of {len(truth)} documents digitized ({len(truth) - len(digitized)} left out: quarantined or failed)",
          file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder, concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        theirs = list(pool.map(lambda record: cli_pages(heldout / "scans", record, folder), [r for r, _ in digitized]))

    rows = {"clean": ([], []), "degraded": ([], [])}
    for (record, archivist), cli in zip(digitized, theirs):
        group = rows["clean" if record["id"] in clean else "degraded"]
        for number, reference in enumerate(record["pages"]):
            group[0].append((reference, archivist[number] if number < len(archivist) else ""))
            group[1].append((reference, cli[number] if number < len(cli) else ""))
    print(f"\nHeld-out OCR accuracy ({heldout.name}; CER / WER / OF)")
    print("| pages | count | tesseract CLI | Archivist |")
    print("|---|---|---|---|")
    for label, (archivist, cli) in rows.items():
        if archivist:
            print(f"| {label} | {len(archivist)} | {score(cli)} | {score(archivist)} |")


if __name__ == "__main__":
    main()
