#!/usr/bin/env python3
"""Generate the held-out evaluation set for metadata extraction (issue #4).

Independent of samples/: other bodies, types, topics, fonts, layouts and degradations,
written from ../shared/DOMAIN.md. Deterministic for a seed (same Pillow, same fonts):

    python3 scripts/heldout/generate.py --out .build/heldout [--seed N]

Writes OUT/scans/{party,state}/... (TIFF G4, PNG, JPEG, PDF; pages -p1, -p2 of one
document), and OUT/truth.jsonl in the format of samples/truth.jsonl, plus
truth-clean.jsonl (300 dpi, no degradation) and truth-degraded.jsonl (the rest).
Needs Pillow and fonts-freefont-ttf, fonts-dejavu-core, fonts-dejavu-extra, fonts-liberation2
(scripts/setup.sh bench).
"""

import argparse
import io
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PIL import Image, ImageChops, ImageFilter  # noqa: E402

import document  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))
import red_seal  # noqa: E402
import plan  # noqa: E402
from render import DPI, nfc  # noqa: E402

# The seed of the reported figures. Error analysis was done on other seeds (docs/benchmarks.md).
SEED = 20250801


def stamped(sheet):
    """The page in colour with its red seals, ink multiplied over the print (a seal is 34 mm across,
    red_seal.py draws 40 mm at 300 dpi); a page without them as it is."""
    if not sheet.red_seals:
        return sheet.image
    page = sheet.image.convert("RGB")
    ink = Image.new("RGB", page.size, (255, 255, 255))
    for cx, cy, name in sheet.red_seals:
        red_seal.seal(ink, int(cx), int(cy), scale=DPI / 300 * 34 / 40, name=name)
    return ImageChops.multiply(page, ink)


def degrade(image, spec, rng, page):
    """Applies a document's degradations to one page (later pages are skewed a little less)."""
    img = image
    if "faded" in spec:        # grey paper, faded ink
        ink, paper = rng.randint(55, 95), rng.randint(205, 230)
        img = img.point(lambda v: ink + (paper - ink) * v // 255)
    if "blur" in spec:
        img = img.filter(ImageFilter.GaussianBlur(spec["blur"]))
    if "noise" in spec:
        noise = Image.effect_noise(img.size, spec["noise"]).convert(img.mode)
        img = Image.blend(img, noise, 0.18).point(lambda v: min(255, v + 20))
    if "speckle" in spec:
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 2500):
            x, y = rng.randrange(w - 3), rng.randrange(h - 3)
            value = 0 if rng.random() < 0.6 else 255
            value = value if img.mode == "L" else (value,) * 3
            for dx in range(rng.randint(1, 3)):
                for dy in range(rng.randint(1, 3)):
                    px[x + dx, y + dy] = value
    if "skew" in spec:
        angle = spec["skew"] * (1 if page == 0 else rng.uniform(0.5, 0.9))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if img.mode == "L" else (255, 255, 255))
    if "dpi200" in spec:
        img = img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS)
    if "jpeg" in spec:
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=spec["jpeg"])
        img = Image.open(io.BytesIO(buffer.getvalue())).convert(img.mode)
    return img


def labels(spec):
    out = []
    for name, value in spec.items():
        out.append({"skew": "skew:%s" % value, "jpeg": "jpeg:%s" % value, "dpi200": "200dpi",
                    "noise": "noise", "blur": "blur"}.get(name, name))
    return out


def save(pages, d, folder, out_dpi):
    os.makedirs(os.path.join(folder, os.path.dirname(d["id"])), exist_ok=True)
    base = os.path.join(folder, d["id"])
    fmt = d["format"]
    if fmt in ("tiff", "pdf"):
        if fmt == "tiff":
            # Bilevel CCITT G4, min-is-white; the threshold varies ink weight a little.
            cut = d["style"]["threshold"]
            bilevel = [p.point(lambda v: 255 if v > cut else 0).convert("1") for p in pages]
            bilevel[0].save(base + ".tif", compression="group4", dpi=(out_dpi, out_dpi), save_all=True,
                            append_images=bilevel[1:], tiffinfo={262: 0})
            return [d["id"] + ".tif"]
        pages[0].save(base + ".pdf", resolution=out_dpi, save_all=True, append_images=pages[1:])
        return [d["id"] + ".pdf"]
    ext = {"png": "png", "jpeg": "jpg"}[fmt]
    files = []
    for n, page in enumerate(pages):
        name = d["id"] + ("" if len(pages) == 1 else "-p%d" % (n + 1)) + "." + ext
        options = {"quality": d["degradations"].get("jpeg", 80)} if fmt == "jpeg" else {"optimize": True}
        page.save(os.path.join(folder, name), dpi=(out_dpi, out_dpi), **options)
        files.append(name)
    return files


def truth(d, files, sheets, out_dpi):
    authority, position, name = d["signer"]
    return {
        "id": d["id"], "files": files, "language": "vi", "system": d["system"],
        "pages": ["\n".join(sheet.text()) for sheet in sheets],
        "fields": {
            "type_name": d["type_name"], "type_code": d["type_code"], "number": d["number"], "symbol": d["symbol"],
            "issuer": " ".join(d["issuer_lines"]), "parent_issuer": d["parent"], "place": d["place"], "date": d["date"],
            "subject": nfc(d["vv"] or d["subject"]), "signer_authority": authority, "signer_position": position,
            "signer_name": name, "confidentiality": d["confidentiality"], "urgency": d["urgency"],
            "recipients": [r[2:].rstrip(",;. ").strip() for r in d["recipients_drawn"]] if d["recipients_drawn"] else None,
        },
        "degradations": labels(d["degradations"]), "dpi": out_dpi,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="scratch folder (replaced)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    documents = plan.plan(rng)
    scans = os.path.join(args.out, "scans")
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(scans)
    records = []
    for d in documents:
        page_rng = random.Random("%d/%s" % (args.seed, d["id"]))
        sheets = document.draw(d, d["style"], page_rng)
        out_dpi = 200 if "dpi200" in d["degradations"] else DPI
        pages = [degrade(stamped(sheet), d["degradations"], page_rng, n) for n, sheet in enumerate(sheets)]
        files = save(pages, d, scans, out_dpi)
        records.append((d["clean"], truth(d, files, sheets, out_dpi)))
    for name, keep in (("truth.jsonl", lambda c: True), ("truth-clean.jsonl", lambda c: c), ("truth-degraded.jsonl", lambda c: not c)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as out:
            for clean, record in records:
                if keep(clean):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    pages = sum(len(r["pages"]) for _, r in records)
    print("held-out set: %d documents, %d pages in %s (seed %d)" % (len(records), pages, scans, args.seed))


if __name__ == "__main__":
    main()
