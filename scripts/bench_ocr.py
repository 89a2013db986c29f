#!/usr/bin/env python3
"""OCR benchmark: Archivist against the tesseract CLI and OCRmyPDF on the same pages, same run.

Pages: every page of samples/, plus degraded variants of a subset (skew 1-4 deg, rotated 180,
noise, grain, blur, low resolution, JPEG artifacts, 600 dpi, a red seal on a colour scan, the page as an
image-only PDF) and blank pages (dust, bleed-through). Ground
truth comes from samples/truth.jsonl. CER and WER are computed by jiwer after NFC
normalization and whitespace collapsing on both sides; the order-free word error is
1 - (multiset word overlap / reference words), computed here.

Usage: scripts/bench_ocr.py [--archivist .build/release/archivist] [--jobs 2] [--work DIR]
                           [--tools tesseract,ocrmypdf,archivist,archivist-told] [--pipeline FILE]
"archivist-told" runs Archivist told each page's language (`languages: [vie]` or `[eng]`), as the CLI is.
Needs: tesseract, Pillow, jiwer; ocrmypdf and img2pdf when available (else that row is skipped).
"""
import argparse
import collections
import concurrent.futures
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import jiwer
from PIL import Image, ImageChops, ImageFilter, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "fixtures"))
import red_seal  # noqa: E402
DEGRADED_DOCS = 5  # first pages of this many documents get every degradation
CLASSES = ["clean", "skew", "rot180", "noise", "grain", "blur", "lowres", "jpeg", "hires", "seal", "pdf"]


def normalize(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def order_free_error(reference, hypothesis):
    ref, hyp = collections.Counter(reference.split()), collections.Counter(hypothesis.split())
    return 1 - sum((ref & hyp).values()) / max(sum(ref.values()), 1)


def source_pages(truth):
    """(doc, page number, PIL image, dpi, original file, page index in file) for every sample page."""
    for doc in truth:
        number = 0
        for relative in doc["files"]:
            image = Image.open(ROOT / "samples" / relative)
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                number += 1
                dpi = int(round(image.info.get("dpi", (300, 300))[0]))
                yield doc, number, image.copy(), dpi, ROOT / "samples" / relative, index


def degrade(image, kind, dpi, rng):
    gray = image.convert("L")
    if kind == "skew":
        angle = rng.choice([-1, 1]) * rng.uniform(1, 4)
        return gray.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255), dpi, f"{angle:.1f} deg"
    if kind == "rot180":
        return gray.rotate(180), dpi, ""
    if kind == "noise":
        noisy = gray.point(lambda v: v)
        pixels = noisy.load()
        width, height = noisy.size
        for _ in range(width * height // 60):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = rng.choice([0, 255, 96, 160])
        return noisy.filter(ImageFilter.GaussianBlur(0.4)), dpi, ""
    if kind == "grain":  # a poor photocopy or a noisy sensor: gray paper, Gaussian pixel noise of deviation 50
        size = gray.size
        uniform = [Image.frombytes("L", size, rng.randbytes(size[0] * size[1])) for _ in range(4)]
        average = ImageChops.add(ImageChops.add(uniform[0], uniform[1], scale=2), ImageChops.add(uniform[2], uniform[3], scale=2), scale=2)
        noise = average.point(lambda v: int(128 + (v - 127.5) * 50 / 36.9))  # mean of 4 uniform bytes: deviation 36.9
        paper = gray.point(lambda v: int(v * 0.85 + 20))
        return ImageChops.add(paper, noise, scale=1, offset=-128), dpi, "sigma 50"
    if kind == "blur":
        return gray.filter(ImageFilter.GaussianBlur(1.2 * dpi / 300)), dpi, ""
    if kind == "seal":  # a colour scan with the office's red seal at the foot: over the signature, or over text
        page, ink = gray.convert("RGB"), Image.new("RGB", gray.size, (255, 255, 255))
        red_seal.seal(ink, int(gray.width * 0.62), int(gray.height * 0.80), scale=dpi / 300)
        return ImageChops.multiply(page, ink), dpi, "red seal"
    if kind == "lowres":
        factor = 2 / 3
        return gray.resize((int(gray.width * factor), int(gray.height * factor)), Image.LANCZOS), int(dpi * factor), ""
    raise ValueError(kind)


def blank_page(rng, text_page):
    """A page back: white with dust and a faint mirror image of the front (bleed-through)."""
    front = ImageOps.mirror(text_page.convert("L")).resize((1654, 2339))
    page = front.point(lambda v: 255 - (255 - v) * 0.08)
    pixels = page.load()
    for _ in range(300):
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = 0
    return page


def build_pages(truth, folder, rng):
    pages = []
    first_pages_seen = set()
    for doc, number, image, dpi, original, index in source_pages(truth):
        slug = doc["id"].replace("/", "_")
        reference = doc["pages"][number - 1]
        language = "eng" if doc["language"] == "en" else "vie"
        suffix = original.suffix.lower()
        clean = folder / f"{slug}__pg{number}__clean{suffix}"
        if suffix in (".tif", ".tiff"):
            image.save(clean, compression="group4", dpi=(dpi, dpi))
        else:
            shutil.copy(original, clean)
        pages.append(dict(file=clean, cls="clean", reference=reference, language=language))
        if number == 1 and len(first_pages_seen) < DEGRADED_DOCS:
            first_pages_seen.add(doc["id"])
            for kind in CLASSES[1:]:
                extension = {"jpeg": "jpg", "hires": "tif" if image.mode == "1" else "png"}.get(kind, "png")
                target = folder / f"{slug}__pg{number}__{kind}.{extension}"
                if kind == "pdf":  # the page as a scanner's image-only PDF: img2pdf keeps JPEG and G4 data as they are
                    target = target.with_suffix(".pdf")
                    subprocess.run(["img2pdf", "--output", str(target), str(clean)], check=True, capture_output=True)
                    pages.append(dict(file=target, cls=kind, reference=reference, language=language, note="image-only PDF",
                                      peer_file=clean))  # the tesseract CLI reads no PDF; OCRmyPDF is given img2pdf's PDF anyway
                    continue
                if kind == "jpeg":
                    image.convert("L").save(target, quality=15, dpi=(dpi, dpi))
                    note = "quality 15"
                elif kind == "hires":  # as an archive's scanner at 600 dpi makes it: bilevel pages stay G4
                    factor = 600 / dpi
                    size = (int(image.width * factor), int(image.height * factor))
                    if image.mode == "1":
                        image.resize(size, Image.NEAREST).save(target, compression="group4", dpi=(600, 600))
                    else:
                        image.convert("L").resize(size, Image.LANCZOS).save(target, dpi=(600, 600))
                    note = "600 dpi"
                else:
                    degraded, new_dpi, note = degrade(image, kind, dpi, rng)
                    degraded.save(target, dpi=(new_dpi, new_dpi))
                pages.append(dict(file=target, cls=kind, reference=reference, language=language, note=note))
    for index in range(3):
        target = folder / f"blank__back{index + 1}__blank.png"
        blank_page(rng, Image.open(pages[index]["file"])).save(target, dpi=(200, 200))
        pages.append(dict(file=target, cls="blank", reference="", language="vie"))
    return pages


def run_tesseract(pages, jobs):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(page):
        started = time.monotonic()
        result = subprocess.run(["tesseract", str(page.get("peer_file", page["file"])), "stdout", "-l", page["language"], "--psm", "3"],
                                capture_output=True, text=True, env=env)
        return page["file"].name, result.stdout, time.monotonic() - started

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(one, pages))
    wall = time.monotonic() - started
    return {name: text for name, text, _ in results}, {name: seconds for name, _, seconds in results}, wall, None


def tesseract_start_seconds(folder, jobs, language="vie", calls=10):
    """The median wall time of a tesseract CLI call on a small white page, `jobs` at a time:
    what each call pays to start and load its model before reading anything."""
    page = folder / "start-white.png"
    Image.new("L", (300, 100), 255).save(page)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(_):
        started = time.monotonic()
        subprocess.run(["tesseract", str(page), "stdout", "-l", language, "--psm", "3"], capture_output=True, env=env)
        return time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return statistics.median(pool.map(one, range(calls)))


def time_split(runs, batches, jobs, folder, tag="clean"):
    """Where a batch's time went: the CLI's calls less what starting them cost, against
    Archivist's engine, preparation and the rest, in core-seconds."""
    cli, archivist = runs.get(("tesseract CLI", tag)), runs.get(("Archivist", tag))
    if not cli or not archivist:
        return
    pages = len(batches[tag])
    starts = {language: tesseract_start_seconds(folder, jobs, language) for language in {p["language"] for p in batches[tag]}}
    start = sum(starts[p["language"]] for p in batches[tag]) / pages
    calls = sum(cli[1].values())
    _, seconds, wall, _, efficiency, _ = archivist
    engine = efficiency * jobs * wall
    prepared = sum(seconds.values()) - engine
    print(f"\nWhere the {tag} batch's time goes ({jobs} jobs, core-seconds)")
    print("| tool | total | reading | starting (CLI) / preparing (Archivist) | the rest |")
    print("|---|---|---|---|---|")
    print(f"| tesseract CLI | {calls:.1f} | {calls - pages * start:.1f} | {pages * start:.1f} ({pages} x {start:.2f} s) | |")
    print(f"| Archivist | {jobs * wall:.1f} | {engine:.1f} | {prepared:.1f} | {jobs * wall - engine - prepared:.1f} |")
    print(f"An in-process pipeline that read these pages as the CLI does and did nothing else would be "
          f"{calls / (calls - pages * start):.2f}x the CLI (its calls less their starts). The rest is worker start, "
          f"the later stages (clean, classify, PDF/A, sign, catalog) and the last page's tail.")


def run_ocrmypdf(pages, jobs, folder, tag):
    if not shutil.which("ocrmypdf") or not shutil.which("img2pdf"):
        return None
    texts, total_bytes, started = {}, 0, time.monotonic()
    for language in ("vie", "eng"):
        group = [p for p in pages if p["language"] == language]
        if not group:
            continue
        images = []
        for page in group:  # img2pdf wants a resolution; give every page its own
            images.append(str(page.get("peer_file", page["file"])))
        source, output, sidecar = (folder / f"in-{tag}-{language}.pdf", folder / f"out-{tag}-{language}.pdf",
                                   folder / f"{tag}-{language}.txt")
        subprocess.run(["img2pdf", "--output", str(source)] + images, check=True, capture_output=True)
        subprocess.run(["ocrmypdf", "-j", str(jobs), "-l", language, "--rotate-pages", "--deskew", "--force-ocr",
                        "--output-type", "pdfa", "--sidecar", str(sidecar), "-q", str(source), str(output)],
                       check=False, capture_output=True)
        per_page = sidecar.read_text(encoding="utf-8").split("\f") if sidecar.exists() else []
        for page, text in zip(group, per_page):
            texts[page["file"].name] = text
        total_bytes += output.stat().st_size if output.exists() else 0
    wall = time.monotonic() - started
    return texts, {}, wall, total_bytes / max(len(pages), 1)


def run_archivist_told(pages, jobs, binary, folder, tag):
    """Archivist told each page's language as the CLI is (`languages: [vie]` or `[eng]`), a batch per language."""
    default = (ROOT / "pipelines/default.yml").read_text(encoding="utf-8")
    texts, seconds, wall, pdf_bytes, engine, blanks = {}, {}, 0.0, 0.0, 0.0, {}
    for language in ("vie", "eng"):
        group = [p for p in pages if p["language"] == language]
        if not group:
            continue
        pipeline = folder / f"told-{language}.yml"
        pipeline.write_text(default.replace("languages: [vie, eng]", f"languages: [{language}]"), encoding="utf-8")
        t, s, w, b, e, k = run_archivist(group, jobs, binary, folder, str(pipeline), f"{tag}-told-{language}")
        texts.update(t); seconds.update(s); blanks.update(k)
        wall += w; pdf_bytes += b * len(group); engine += e * jobs * w
    return texts, seconds, wall, pdf_bytes / max(len(pages), 1), engine / (jobs * wall), blanks


def image_bytes(pdf):
    """Bytes of each page's images in a PDF, from pdfimages -list ("1082K", "1.2M")."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    sizes = {}
    for row in listing.splitlines()[2:]:
        columns = row.split()
        if len(columns) >= 15:
            unit = {"B": 1, "K": 1024, "M": 1024 ** 2}.get(columns[14][-1], 1)
            sizes[int(columns[0])] = sizes.get(int(columns[0]), 0) + float(columns[14].rstrip("BKM")) * unit
    return [sizes[page] for page in sorted(sizes)]


def image_bytes_by_page(batches, folder):
    """Image bytes of each page inside OCRmyPDF's and Archivist's PDFs, by page file name."""
    ocrmypdf, archivist = {}, {}
    for tag, batch in batches.items():
        for language in ("vie", "eng"):
            group = [p for p in batch if p["language"] == language]
            output = folder / f"out-{tag}-{language}.pdf"
            if group and output.exists():
                ocrmypdf.update(zip((p["file"].name for p in group), image_bytes(output)))
        workspace = folder / f"workspace-{tag}"
        if not (workspace / "catalog.sqlite").exists():
            continue
        with sqlite3.connect(workspace / "catalog.sqlite") as catalog:
            rows = catalog.execute("SELECT f.source_path, d.sha256 FROM derivatives d JOIN files f ON f.document_id = d.document_id "
                                   "AND f.position = 0 WHERE d.kind = 'searchable-pdf'").fetchall()
        for source, sha256 in rows:
            sizes = image_bytes(workspace / "objects/sha256" / sha256[:2] / sha256[2:4] / sha256)
            archivist[Path(source).name] = sizes[0] if sizes else 0
    return ocrmypdf, archivist


def storage_by_format(pages, batches, folder):
    """Image bytes per page by the page's source format (clean pages and image-only PDFs)."""
    ocrmypdf, archivist = image_bytes_by_page(batches, folder)
    print("\nPage image bytes by source format (KiB per page: the file as scanned, inside each PDF)")
    print("| source format | pages | scanned file | OCRmyPDF | Archivist |")
    print("|---|---|---|---|---|")
    kinds = ((".tif", "clean", "bilevel G4 TIFF"), (".jpg", "clean", "gray JPEG"), (".png", "clean", "gray PNG (lossless)"),
             (".pdf", "pdf", "image-only PDF (img2pdf of a clean page)"))
    for suffix, cls, label in kinds:
        names = [p["file"].name for p in pages if p["cls"] == cls and p["file"].suffix == suffix]
        if not names:
            continue
        def mean(values):
            return f"{sum(values) / len(values) / 1024:.0f}" if values else "n/a"
        print(f"| {label} | {len(names)} | {mean([(folder / 'pages' / n).stat().st_size for n in names])} | "
              f"{mean([ocrmypdf[n] for n in names if n in ocrmypdf])} | {mean([archivist[n] for n in names if n in archivist])} |")


def run_archivist(pages, jobs, binary, folder, pipeline, tag):
    workspace = folder / f"workspace-{tag}"
    shutil.rmtree(workspace, ignore_errors=True)
    box = folder / f"box-{tag}"
    box.mkdir(exist_ok=True)
    for page in pages:
        target = box / page["file"].name
        if not target.exists():
            os.link(page["file"], target)
    started = time.monotonic()
    options = ["--pipeline", pipeline] if pipeline else []
    subprocess.run([binary, "ingest", str(box), "--workspace", str(workspace), "--jobs", str(jobs), "--json"] + options,
                   check=False, capture_output=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    wall = time.monotonic() - started
    # The pages include confidential ones: the bench's operator clears itself (the first grant in a workspace).
    subprocess.run([binary, "clearance", "grant", "bench", "--level", "toi-mat", "--operator", "bench", "--workspace", str(workspace)],
                   check=True, capture_output=True)
    documents = json.loads(subprocess.check_output([binary, "list", "--json", "--include-restricted", "--operator", "bench", "--workspace", str(workspace)]))
    texts, seconds, engine, blanks = {}, {}, 0.0, {}
    for document in documents:
        detail = json.loads(subprocess.check_output([binary, "show", str(document["id"]), "--json", "--include-restricted", "--operator", "bench",
                                                     "--workspace", str(workspace)]))
        name = Path(detail["files"][0]["name"]).name
        if not detail["pages"]:  # a failed document: empty text, counted as all wrong
            continue
        page = detail["pages"][0]
        texts[name] = page["text"]
        preparation = page.get("preparation") or {}
        seconds[name] = page["recognizeSeconds"] + preparation.get("seconds", 0)
        engine += page["recognizeSeconds"]
        blanks[name] = (preparation.get("blank", False), preparation.get("seconds", 0))
    with sqlite3.connect(workspace / "catalog.sqlite") as catalog:  # the unsigned searchable PDFs
        pdf_bytes = catalog.execute("SELECT COALESCE(SUM(byte_count), 0) FROM derivatives WHERE kind = 'searchable-pdf'").fetchone()[0]
    return texts, seconds, wall, pdf_bytes / max(len(pages), 1), engine / (jobs * wall), blanks


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(int(round(fraction * (len(ordered) - 1))), len(ordered) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archivist", default=str(ROOT / ".build/release/archivist"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", default="/tmp/archivist-bench")
    parser.add_argument("--tools", default="tesseract,ocrmypdf,archivist,archivist-told",
                        help="comma-separated; the first is the baseline")
    parser.add_argument("--pipeline", help="pipeline file for Archivist (default: its default pipeline)")
    args = parser.parse_args()

    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    (work / "pages").mkdir(parents=True)
    truth = [json.loads(line) for line in (ROOT / "samples/truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = build_pages(truth, work / "pages", random.Random(7))
    text_pages = [p for p in pages if p["cls"] != "blank"]
    print(f"{len(pages)} pages ({len(text_pages)} with text, {len(pages) - len(text_pages)} blank), {args.jobs} jobs", file=sys.stderr)

    tools = args.tools.split(",")
    runners = {
        "tesseract": ("tesseract CLI", lambda batch, tag: run_tesseract(batch, args.jobs) + (None, {})),
        "ocrmypdf": ("OCRmyPDF", lambda batch, tag: (lambda r: r + (None, {}) if r else None)(run_ocrmypdf(batch, args.jobs, work, tag))),
        "archivist": ("Archivist", lambda batch, tag: run_archivist(batch, args.jobs, args.archivist, work, args.pipeline, tag)),
        "archivist-told": ("Archivist, told the language", lambda batch, tag: run_archivist_told(batch, args.jobs, args.archivist, work, tag)),
    }
    # Clean pages and degraded ones (with the blank backs) run as separate batches, so that
    # each has its own throughput.
    batches = {"clean": [p for p in pages if p["cls"] == "clean"], "degraded": [p for p in pages if p["cls"] != "clean"]}
    results, runs = {}, {}
    for tool in tools:
        label, run = runners[tool]
        for tag, batch in batches.items():
            print(f"{label}, {tag} pages...", file=sys.stderr)
            result = run(batch, tag)
            if not result:
                continue
            runs[(label, tag)] = result
            texts, seconds, wall, size, efficiency, blanks = results.get(label, ({}, {}, 0, None, None, {}))
            results[label] = ({**texts, **result[0]}, {**seconds, **result[1]}, wall + result[2], size, efficiency, {**blanks, **result[5]})
    baseline = next(iter(results))
    print(f"\nThroughput ({args.jobs} jobs; seconds per page: wall per CLI call, prepare + recognize for Archivist)")
    print(f"| pages | tool | wall s | pages/s | vs {baseline} | s/page median | p95 | max | engine efficiency | PDF bytes/page |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for tag, batch in batches.items():
        if (baseline, tag) not in runs:
            continue
        base = len(batch) / runs[(baseline, tag)][2]
        for label in results:
            if (label, tag) not in runs:
                continue
            _, seconds, wall, bytes_per_page, efficiency, _ = runs[(label, tag)]
            rate, values = len(batch) / wall, list(seconds.values())
            print(f"| {tag} ({len(batch)}) | {label} | {wall:.1f} | {rate:.2f} | {rate / base:.2f}x | {percentile(values, .5):.2f} | "
                  f"{percentile(values, .95):.2f} | {max(values) if values else float('nan'):.2f} | "
                  f"{'' if efficiency is None else f'{efficiency:.2f}'} | {'' if bytes_per_page is None else f'{bytes_per_page / 1024:.0f} KiB'} |")

    time_split(runs, batches, args.jobs, work)

    timed = [label for label in results if results[label][1]]
    print(f"\nSeconds per page by class (median / sum over the class; wall per CLI call, prepare + recognize for Archivist)")
    print("| class | " + " | ".join(timed) + " |")
    print("|---|" + "---|" * len(timed))
    for cls in CLASSES + ["blank"]:
        names = [p["file"].name for p in pages if p["cls"] == cls]
        cells = []
        for label in timed:
            values = [results[label][1][n] for n in names if n in results[label][1]] or [float("nan")]
            cells.append(f"{statistics.median(values):.2f} / {sum(values):.1f}")
        print(f"| {cls} | " + " | ".join(cells) + " |")

    print("\nAccuracy by degradation class (CER, WER: jiwer 4.0 on NFC text, whitespace collapsed; OF: order-free word error)")
    print("| class | pages | " + " | ".join(f"{tool} CER / WER / OF" for tool in results) + " |")
    print("|---|---|" + "---|" * len(results))
    for cls in CLASSES:
        group = [p for p in text_pages if p["cls"] == cls]
        if not group:
            continue
        cells = []
        for tool, (texts, *_rest) in results.items():
            references = [normalize(p["reference"]) for p in group]
            hypotheses = [normalize(texts.get(p["file"].name, "")) for p in group]
            cer = jiwer.cer(references, hypotheses)
            wer = jiwer.wer(references, hypotheses)
            of = statistics.mean(order_free_error(r, h) for r, h in zip(references, hypotheses))
            cells.append(f"{cer:.2%} / {wer:.2%} / {of:.2%}")
        print(f"| {cls} | {len(group)} | " + " | ".join(cells) + " |")

    if "Archivist" not in results:
        return
    storage_by_format(pages, batches, work)
    blanks = results["Archivist"][5]
    blank_files = [p["file"].name for p in pages if p["cls"] == "blank"]
    detected = [name for name in blank_files if blanks.get(name, (False, 0))[0]]
    false_blanks = [p["file"].name for p in text_pages if blanks.get(p["file"].name, (False, 0))[0]]
    times = [blanks[name][1] for name in blank_files if name in blanks]
    print(f"\nBlank pages: Archivist marked {len(detected)}/{len(blank_files)} blank "
          f"(max {max(times) * 1000 if times else float('nan'):.0f} ms each), {len(false_blanks)} text pages wrongly marked blank.")


if __name__ == "__main__":
    main()
