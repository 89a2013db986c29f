#!/usr/bin/env python3
"""Generate scanned-looking sample documents for Archivist.

Deterministic: fixed seeds, no timestamps in the outputs. Run from anywhere:

    python3 samples/generate.py

Needs Pillow and the Liberation Serif fonts version 2 (Debian: fonts-liberation2;
fonts-liberation 1.x has no Vietnamese glyphs). Writes samples/box-01/, samples/box-02/,
samples/truth.jsonl and samples/inventory/muc-luc.csv next to this script.
"""

import csv
import json
import os
import random
import shutil
import sys
import unicodedata

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SEED = 20250614
HERE = os.path.dirname(os.path.abspath(__file__))

FONT_DIRS = [
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/liberation",
]
STYLES = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}


def find_font(style):
    for d in FONT_DIRS:
        p = os.path.join(d, "LiberationSerif-%s.ttf" % STYLES[style])
        if os.path.exists(p):
            return p
    sys.exit("Liberation Serif not found: apt-get install fonts-liberation2")


def check_vietnamese(path):
    # fonts-liberation 1.x lacks U+1EA0..U+1EF9; its notdef box renders instead.
    f = ImageFont.truetype(path, 40)
    if f.getmask("\u1ec7").getbbox() == f.getmask("\uffff").getbbox():
        sys.exit("%s has no Vietnamese glyphs: apt-get install fonts-liberation2" % path)


DPI = 300                      # layout resolution; 200 dpi outputs are downscaled
PAGE_W, PAGE_H = 2480, 3508    # A4 at 300 dpi


def mm(v):
    return int(round(v * DPI / 25.4))


def pt(v):
    return int(round(v * DPI / 72.0))


MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(30), mm(20), mm(20), mm(20)
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
LEFT_COL_W = int(TEXT_W * 0.44)          # header / Nơi nhận column
RIGHT_COL_X = MARGIN_L + LEFT_COL_W      # header / signature column
RIGHT_COL_W = PAGE_W - MARGIN_R - RIGHT_COL_X

_fonts = {}


def font(style, size):
    key = (style, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(find_font(style), pt(size))
    return _fonts[key]


def nfc(s):
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------- layout

class Doc:
    """Lays text out on A4 pages at 300 dpi and records what was drawn, per page."""

    def __init__(self, rng, body_size=14, spacing=1.3):
        self.rng = rng
        self.body_size = body_size
        self.spacing = spacing
        self.pages = []          # list of (Image, [lines])
        self.footer_orphaned = False
        self.new_page()

    # pages ------------------------------------------------------------------
    def new_page(self):
        img = Image.new("L", (PAGE_W, PAGE_H), 255)
        self.pages.append((img, []))
        self.draw = ImageDraw.Draw(img)
        self.y = MARGIN_T
        n = len(self.pages)
        if n > 1:   # page number centred in the top margin from page 2 on
            f = font("r", 13)
            self.text_at(str(n), PAGE_W // 2, MARGIN_T - pt(4), f, anchor="ms")
            self.y = MARGIN_T + pt(10)

    @property
    def lines(self):
        return self.pages[-1][1]

    def pitch(self, size, spacing=None):
        return int(pt(size) * (spacing or self.spacing))

    def ensure(self, h):
        if self.y + h > PAGE_H - MARGIN_B:
            self.new_page()

    # primitives --------------------------------------------------------------
    def text_at(self, s, x, baseline, f, anchor="ls", underline=False, record=True):
        s = nfc(s)
        self.draw.text((x, baseline), s, font=f, fill=0, anchor=anchor)
        if underline:
            w = f.getlength(s)
            x0 = {"l": x, "m": x - w / 2, "r": x - w}[anchor[0]]
            uy = baseline + max(3, pt(1.6))
            self.draw.line([(x0, uy), (x0 + w, uy)], fill=0, width=max(2, pt(0.5)))
        if record:
            self.lines.append(" ".join(s.split()))

    def centered_block(self, items, cx, y0):
        """items: (text, style, size, underline). Returns y below the block."""
        y = y0
        for text, style, size, ul in items:
            f = font(style, size)
            y += self.pitch(size, 1.15)
            if not text:
                continue
            self.text_at(text, cx, y, f, anchor="ms", underline=ul)
        return y

    def wrap(self, text, f, width, indent=0):
        words = nfc(text).split()
        lines, cur = [], []
        avail = width - indent
        for w in words:
            trial = " ".join(cur + [w])
            if cur and f.getlength(trial) > avail:
                lines.append(cur)
                cur = [w]
                avail = width
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, text, style="r", size=None, indent=None, align="justify",
                  x=None, width=None, space_after=pt(6), spacing=None):
        size = size or self.body_size
        f = font(style, size)
        x = MARGIN_L if x is None else x
        width = TEXT_W if width is None else width
        indent = mm(12.7) if indent is None else indent
        if align == "center":
            indent = 0
        lines = self.wrap(text, f, width, indent)
        lh = self.pitch(size, spacing)
        for i, words in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            lx = x + (indent if i == 0 else 0)
            lw = width - (indent if i == 0 else 0)
            s = " ".join(words)
            if align == "center":
                self.text_at(s, x + width // 2, self.y, f, anchor="ms")
            elif align == "justify" and i < len(lines) - 1 and len(words) > 1:
                total = sum(f.getlength(w) for w in words)
                gap = (lw - total) / (len(words) - 1)
                cx = lx
                for w in words:
                    self.draw.text((cx, self.y), w, font=f, fill=0, anchor="ls")
                    cx += f.getlength(w) + gap
                self.lines.append(s)
            else:
                self.text_at(s, lx, self.y, f)
        self.y += space_after

    def rule(self, cx, w, dy=pt(5)):
        self.y += dy
        self.draw.line([(cx - w // 2, self.y), (cx + w // 2, self.y)], fill=0,
                       width=max(2, pt(0.5)))
        self.y += pt(4)

    def box_mark(self, text, x, baseline, size=13):
        f = font("b", size)
        self.text_at(text, x, baseline, f)
        w = f.getlength(text)
        a, d = f.getmetrics()
        pad = pt(3)
        self.draw.rectangle([x - pad, baseline - a - pad + pt(2), x + w + pad, baseline + d],
                            outline=0, width=max(2, pt(0.6)))

    def scribble(self, cx, cy, w=mm(38), h=mm(10)):
        import math
        rng = self.rng
        k1, k2 = rng.uniform(5, 8), rng.uniform(1.5, 3)
        ph1, ph2 = rng.uniform(0, 6.28), rng.uniform(0, 6.28)
        loop = rng.uniform(0.04, 0.08) * w
        pts = []
        n = 160
        for i in range(n):
            t = i / (n - 1)
            a = 2 * math.pi * k1 * t + ph1
            px = cx - w / 2 + t * w + loop * math.cos(a)
            py = cy + (h / 2) * (0.75 * math.sin(a) + 0.25 * math.sin(2 * math.pi * k2 * t + ph2))
            pts.append((px, py))
        self.draw.line(pts, fill=0, width=pt(1.3), joint="curve")
        self.draw.line([(cx - w * 0.4, cy + h * 0.7), (cx + w * 0.45, cy + h * 0.55)],
                       fill=0, width=pt(1.0))

    # document parts ----------------------------------------------------------
    def vn_header(self, d):
        left, right = [], []
        if d["system"] == "party":
            if d.get("parent"):
                left.append((d["parent"], "r", 13, False))
            for ln in d["issuer_lines"]:
                left.append((ln, "b", 13, False))
            left.append(("*", "r", 13, False))
            left.append(("Số " + d["symbol"], "r", 13, False))
            right.append(("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 14, True))
        else:
            if d.get("parent"):
                left.append((d["parent"], "r", 13, False))
            lines = d["issuer_lines"]
            for i, ln in enumerate(lines):
                left.append((ln, "b", 13, i == len(lines) - 1))
            left.append(("", "r", 4, False))        # small gap under the rule
            left.append(("Số: " + d["symbol"], "r", 13, False))
            right.append(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12, False))
            right.append(("Độc lập - Tự do - Hạnh phúc", "b", 13, True))
        lcx = MARGIN_L + LEFT_COL_W // 2
        rcx = RIGHT_COL_X + RIGHT_COL_W // 2
        y0 = self.y
        ly = self.centered_block(left, lcx, y0)
        so_baseline = ly
        if d.get("vv"):
            f = font("r", 12)
            for words in self.wrap("V/v " + d["vv"], f, LEFT_COL_W - mm(6)):
                ly += self.pitch(12, 1.15)
                self.text_at(" ".join(words), lcx, ly, f, anchor="ms")
        for mark in (d.get("confidentiality"), d.get("urgency")):
            if mark:
                ly += self.pitch(13, 1.6)
                text = mark.upper()
                w = font("b", 13).getlength(text)
                self.box_mark(text, lcx - w / 2, ly)
        ry = self.centered_block(right, rcx, y0)
        # place-date: italic, right-aligned, on the level of the "Số" line
        date_baseline = max(so_baseline, ry + self.pitch(13, 1.15))
        self.text_at(d["place_date"], PAGE_W - MARGIN_R, date_baseline, font("i", 14),
                     anchor="rs")
        self.y = max(ly, date_baseline) + pt(18)

    def title(self, d):
        if d.get("type_line"):
            self.paragraph(d["type_line"], style="b", size=15, align="center",
                           space_after=0, spacing=1.2)
        if d.get("subject_lines"):
            for ln in d["subject_lines"]:
                self.paragraph(ln, style="b", size=14, align="center", space_after=0,
                               spacing=1.2)
            self.rule(PAGE_W // 2 - (MARGIN_R - MARGIN_L) // 2, mm(35), dy=pt(8))
        if d.get("kinh_gui"):
            self.y += pt(6)
            self.paragraph(d["kinh_gui"], style="r", size=14, align="center",
                           space_after=pt(6))
        self.y += pt(8)

    def body(self, paras, break_before=None):
        for n, p in enumerate(paras):
            kind, text = p[0], p[1]
            if n == break_before:
                self.new_page()
            if kind == "p":
                self.paragraph(text)
            elif kind == "i":
                self.paragraph(text, style="i")
            elif kind == "h":
                self.paragraph(text, style="b", indent=mm(12.7), align="left")
            elif kind == "c":
                self.paragraph(text, style="b", align="center", space_after=pt(6))

    def footer(self, d):
        """Nơi nhận at left, signature at right, side by side."""
        rec = ["- " + r for r in d["recipients_drawn"]]
        sig_lines = [d["signer_authority"], d["signer_position"]] if d["signer_authority"] \
            else [d["signer_position"]]
        sig_h = self.pitch(14, 1.2) * (len(sig_lines) + 1) + mm(28)
        rec_h = self.pitch(12, 1.2) + self.pitch(11, 1.2) * len(rec)
        pages_before = len(self.pages)
        self.ensure(max(sig_h, rec_h) + pt(12))
        self.footer_orphaned = len(self.pages) != pages_before
        top = self.y + pt(6)
        # Nơi nhận
        y = top + self.pitch(12, 1.2)
        nn_style = "bi"
        self.text_at("Nơi nhận:", MARGIN_L, y, font(nn_style, 12),
                     underline=(d["system"] == "party"))
        f11 = font("r", 11)
        for r in rec:
            y += self.pitch(11, 1.2)
            self.text_at(r, MARGIN_L, y, f11)
        rec_bottom = y
        # signature
        scx = RIGHT_COL_X + RIGHT_COL_W // 2 + mm(8)
        y = top
        for s in sig_lines:
            y += self.pitch(14, 1.2)
            self.text_at(s, scx, y, font("b", 14), anchor="ms")
        self.scribble(scx, y + mm(14))
        y += mm(27)
        self.text_at(d["signer_name"], scx, y, font("b", 14), anchor="ms")
        self.y = max(y, rec_bottom) + pt(12)


# --------------------------------------------------------------------------- English

def render_english(doc, d):
    lcx = PAGE_W // 2
    y = doc.centered_block([(t, s, z, False) for t, s, z in d["letterhead"]], lcx, doc.y)
    doc.y = y + pt(4)
    doc.draw.line([(MARGIN_L, doc.y), (PAGE_W - MARGIN_R, doc.y)], fill=0, width=pt(0.8))
    doc.y += pt(14)
    f = font("r", 13)
    fb = font("b", 13)
    if d["kind"] == "memo":
        doc.paragraph("MEMORANDUM", style="b", size=16, align="center", space_after=pt(10))
        for label, value in d["memo_fields"]:
            doc.y += doc.pitch(13)
            doc.draw.text((MARGIN_L, doc.y), label, font=fb, fill=0, anchor="ls")
            doc.draw.text((MARGIN_L + mm(25), doc.y), value, font=f, fill=0, anchor="ls")
            doc.lines.append(label + " " + value)
        doc.y += pt(8)
        doc.draw.line([(MARGIN_L, doc.y), (PAGE_W - MARGIN_R, doc.y)], fill=0, width=pt(0.5))
        doc.y += pt(8)
    else:
        doc.paragraph(d["date_line"], size=13, indent=0, align="left", space_after=pt(10))
        for i, ln in enumerate(d["address"]):
            doc.paragraph(ln, size=13, indent=0, align="left", space_after=0,
                          spacing=1.15)
        doc.y += pt(12)
        doc.paragraph(d["re_line"], style="b", size=13, indent=0, align="left",
                      space_after=pt(8))
        doc.paragraph(d["salutation"], size=13, indent=0, align="left", space_after=pt(6))
    for p in d["paras"]:
        doc.paragraph(p, size=13, indent=0, space_after=pt(8))
    # closing
    closing = d.get("closing")
    need = doc.pitch(13) * 4 + mm(20)
    doc.ensure(need)
    if closing:
        doc.paragraph(closing, size=13, indent=0, align="left", space_after=0)
    doc.scribble(MARGIN_L + mm(25), doc.y + mm(10), w=mm(40))
    doc.y += mm(20)
    doc.paragraph(d["signer_name"], style="b", size=13, indent=0, align="left",
                  space_after=0)
    doc.paragraph(d["signer_position"], size=13, indent=0, align="left", space_after=pt(10))
    for ln in d.get("after", []):
        doc.paragraph(ln, size=11, indent=0, align="left", space_after=0)


def render_vietnamese(doc, d):
    doc.vn_header(d)
    doc.title(d)
    doc.body(d["body"], d.get("_break_before"))
    doc.footer(d)


# --------------------------------------------------------------------------- degradation

def smooth_field(rng, size, lo, hi, cells=(9, 13)):
    small = Image.frombytes("L", cells, bytes(rng.randrange(lo, hi + 1)
                                              for _ in range(cells[0] * cells[1])))
    return small.resize(size, Image.BICUBIC)


def degrade(img, spec, rng, out_dpi, bilevel):
    """img: L mode, 300 dpi, white paper, black ink."""
    paper = 255
    if "yellowed" in spec:
        paper = 232
    if "skew" in spec:
        img = img.rotate(spec["skew"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    if "blur" in spec:
        img = img.filter(ImageFilter.GaussianBlur(spec["blur"]))
    if out_dpi != DPI:
        w = int(round(PAGE_W * out_dpi / DPI))
        h = int(round(PAGE_H * out_dpi / DPI))
        img = img.resize((w, h), Image.LANCZOS)
    w, h = img.size
    if bilevel:
        if "speckle" in spec:
            d = ImageDraw.Draw(img)
            for _ in range(spec["speckle"]):
                x, y = rng.randrange(w), rng.randrange(h)
                r = rng.choice((1, 1, 2, 2))
                d.ellipse([x, y, x + r, y + r], fill=0)
            for _ in range(spec["speckle"] // 3):   # drop-outs in the ink
                x, y = rng.randrange(w), rng.randrange(h)
                d.point((x, y), fill=255)
        return img.point(lambda v: 255 if v >= 140 else 0).convert("1", dither=Image.NONE)
    # grayscale: ink is dark grey, paper slightly off-white
    ink = 28
    img = img.point(lambda v: ink + (v * (250 - ink)) // 255)
    if "yellowed" in spec:
        field = smooth_field(rng, (w, h), paper - 10, paper + 6)
        img = ImageChops.multiply(img, field)
        img = img.point(lambda v: max(v, ink))
    if "noise" in spec:
        amp = spec["noise"]
        raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        noise = raw.point(lambda v: 128 + ((v - 128) * amp) // 128)
        img = ImageChops.add(img, noise, 1.0, -128)
    if "speckle" in spec:
        d = ImageDraw.Draw(img)
        for _ in range(spec["speckle"]):
            x, y = rng.randrange(w), rng.randrange(h)
            r = rng.choice((1, 1, 2))
            d.ellipse([x, y, x + r, y + r], fill=rng.randrange(20, 90))
        for _ in range(spec["speckle"] // 3):
            x, y = rng.randrange(w), rng.randrange(h)
            d.point((x, y), fill=rng.randrange(200, 250))
    return img


def degradation_labels(spec):
    out = []
    if "skew" in spec:
        out.append("skew:%.1f" % spec["skew"])
    for k in ("speckle", "noise", "blur", "yellowed"):
        if k in spec:
            out.append(k)
    return out


# --------------------------------------------------------------------------- documents

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from documents import DOCUMENTS, MISSING_INVENTORY_ROW, UNLISTED_ID  # noqa: E402


def derive_vn(d):
    d = dict(d)
    d["issuer"] = " ".join(d["issuer_lines"])
    d["place_date"] = "%s, ngày %s tháng %d năm %d" % (
        d["place"], d["date"][8:10], int(d["date"][5:7]), int(d["date"][0:4]))
    if d["system"] == "party":
        d["number"] = d["symbol"].split("-")[0]
    else:
        d["number"] = d["symbol"].split("/")[0]
    return d


def strip_recipient(r):
    return r.rstrip(",;. ").strip()


def build(d, rng):
    if d["language"] == "vi":
        d = derive_vn(d)
        state = rng.getstate()
        doc = Doc(rng, body_size=d.get("body_size", 14), spacing=d.get("spacing", 1.3))
        render_vietnamese(doc, d)
        if doc.footer_orphaned:
            # never leave the signature alone on a page: take the last paragraph along
            rng.setstate(state)
            d["_break_before"] = len(d["body"]) - 1
            doc = Doc(rng, body_size=d.get("body_size", 14), spacing=d.get("spacing", 1.3))
            render_vietnamese(doc, d)
        subject = d["vv"] if d.get("vv") else " ".join(d["subject_lines"])
        fields = {
            "type_name": d["type_name"],
            "type_code": d["type_code"],
            "number": d["number"],
            "symbol": d["symbol"],
            "issuer": d["issuer"],
            "parent_issuer": d.get("parent"),
            "place": d["place"],
            "date": d["date"],
            "subject": subject,
            "signer_authority": d["signer_authority"],
            "signer_position": d["signer_position"],
            "signer_name": d["signer_name"],
            "confidentiality": d.get("confidentiality"),
            "urgency": d.get("urgency"),
            "recipients": [strip_recipient(r) for r in d["recipients_drawn"]],
        }
    else:
        doc = Doc(rng, body_size=13, spacing=1.3)
        render_english(doc, d)
        fields = dict(d["fields"])
    return doc, d, fields


def save(doc, d, rng):
    fmt, out_dpi = d["format"], d["dpi"]
    spec = d.get("degrade", {})
    box, name = d["id"].split("/")
    folder = os.path.join(HERE, box)
    os.makedirs(folder, exist_ok=True)
    imgs = []
    for i, (img, _) in enumerate(doc.pages):
        page_spec = dict(spec)
        if "skew" in spec and i > 0:
            # each sheet sits a little differently on the scanner glass
            page_spec["skew"] = round(spec["skew"] * (0.6 if i % 2 else 0.8), 1)
        imgs.append((degrade(img, page_spec, rng, out_dpi, fmt == "tiff"), page_spec))
    files = []
    if fmt == "tiff":
        rel = "%s/%s.tif" % (box, name)
        first, rest = imgs[0][0], [im for im, _ in imgs[1:]]
        # tag 262 = 0: PhotometricInterpretation min-is-white, the usual form for G4 scans
        first.save(os.path.join(HERE, rel), compression="group4", dpi=(out_dpi, out_dpi),
                   save_all=True, append_images=rest, tiffinfo={262: 0})
        files = [rel]
    else:
        ext = {"png": "png", "jpeg": "jpg"}[fmt]
        for i, (im, _) in enumerate(imgs):
            suffix = "" if len(imgs) == 1 else "-p%d" % (i + 1)
            rel = "%s/%s%s.%s" % (box, name, suffix, ext)
            p = os.path.join(HERE, rel)
            if fmt == "png":
                im.save(p, dpi=(out_dpi, out_dpi), optimize=True)
            else:
                im.save(p, quality=80, dpi=(out_dpi, out_dpi), optimize=True)
            files.append(rel)
    return files, degradation_labels(spec)


def main():
    for s in STYLES:
        check_vietnamese(find_font(s))
    for box in ("box-01", "box-02", "inventory"):
        shutil.rmtree(os.path.join(HERE, box), ignore_errors=True)
    truth = []
    for idx, d in enumerate(DOCUMENTS):
        rng = random.Random(SEED + idx * 7919)
        doc, dd, fields = build(d, rng)
        files, labels = save(doc, d, rng)
        rec = {
            "id": d["id"],
            "files": files,
            "language": d["language"],
            "system": d.get("system"),
            "pages": [nfc("\n".join(lines)) for _, lines in doc.pages],
            "fields": {k: (nfc(v) if isinstance(v, str) else
                           [nfc(x) for x in v] if isinstance(v, list) else v)
                       for k, v in fields.items()},
            "degradations": labels,
            "dpi": d["dpi"],
        }
        truth.append(rec)
        print("%-28s %-5s %d page(s) %s" % (d["id"], d["format"], len(doc.pages),
                                            ",".join(labels) or "clean"))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in truth:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # handover inventory
    os.makedirs(os.path.join(HERE, "inventory"), exist_ok=True)
    rows = []
    for rec in truth:
        if rec["language"] != "vi" or rec["id"] == UNLISTED_ID:
            continue
        f = rec["fields"]
        dd = f["date"]
        if f["type_code"] == "22":
            trich_yeu = "V/v " + f["subject"]
        else:
            s = f["subject"]
            trich_yeu = f["type_name"] + " " + (s[0].lower() + s[1:])
        rows.append([f["symbol"], "%s/%s/%s" % (dd[8:10], dd[5:7], dd[0:4]), trich_yeu,
                     str(len(rec["pages"])), f["confidentiality"] or ""])
    rows.append(MISSING_INVENTORY_ROW)
    with open(os.path.join(HERE, "inventory", "muc-luc.csv"), "w", encoding="utf-8-sig",
              newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["STT", "Số và ký hiệu", "Ngày tháng", "Trích yếu nội dung", "Số tờ",
                    "Ghi chú"])
        for i, r in enumerate(rows, 1):
            w.writerow([str(i)] + [nfc(x) for x in r])


if __name__ == "__main__":
    main()
