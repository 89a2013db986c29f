"""Draws one held-out document on A4 pages at 300 dpi and records the text drawn, per page,
in the reading order of samples/README.md (page number, left header, right header, body,
foot). Layout follows Decree 30/2020 and HD 36-HD/VPTW as described in DOMAIN.md, with the
choices (fonts, sizes, margins, column split, place-date alignment, mark boxes, rules)
drawn per document from a style.
"""

import math
import os
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

DPI = 300
PAGE_W, PAGE_H = 2480, 3508

FAMILIES = {  # family: (directory, regular, bold, italic, bold italic)
    "FreeSerif": ("/usr/share/fonts/truetype/freefont", "FreeSerif", "FreeSerifBold", "FreeSerifItalic", "FreeSerifBoldItalic"),
    "FreeSans": ("/usr/share/fonts/truetype/freefont", "FreeSans", "FreeSansBold", "FreeSansOblique", "FreeSansBoldOblique"),
    "DejaVuSerif": ("/usr/share/fonts/truetype/dejavu", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "DejaVuSerifCondensed": ("/usr/share/fonts/truetype/dejavu", "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold",
                             "DejaVuSerifCondensed-Italic", "DejaVuSerifCondensed-BoldItalic"),
    "DejaVuSans": ("/usr/share/fonts/truetype/dejavu", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "LiberationSans": ("/usr/share/fonts/truetype/liberation2", "LiberationSans-Regular", "LiberationSans-Bold",
                       "LiberationSans-Italic", "LiberationSans-BoldItalic"),
}
STYLE_INDEX = {"r": 1, "b": 2, "i": 3, "bi": 4}
PACKAGES = "fonts-freefont-ttf fonts-dejavu-core fonts-dejavu-extra fonts-liberation2"


def mm(v):
    return int(round(v * DPI / 25.4))


def pt(v):
    return int(round(v * DPI / 72.0))


def nfc(s):
    return unicodedata.normalize("NFC", s)


_cache = {}


def font(family, style, size):
    key = (family, style, size)
    if key not in _cache:
        entry = FAMILIES[family]
        path = os.path.join(entry[0], entry[STYLE_INDEX[style]] + ".ttf")
        if not os.path.exists(path):
            sys.exit("%s is missing: apt-get install %s (scripts/setup.sh bench)" % (path, PACKAGES))
        f = ImageFont.truetype(path, pt(size))
        if f.getmask("\u1ec7").getbbox() == f.getmask("\uffff").getbbox():
            sys.exit("%s has no Vietnamese glyphs" % path)
        _cache[key] = f
    return _cache[key]


# Reading-order sections of a page's text.
PAGE_NUMBER, LEFT_HEAD, RIGHT_HEAD, BODY, FOOT_LEFT, FOOT_RIGHT, FOOT_BELOW = range(7)


class Sheet:
    """One page: the image and the text lines drawn on it, with their reading-order section."""

    def __init__(self):
        self.image = Image.new("L", (PAGE_W, PAGE_H), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.records = []
        # Seals to stamp in red once the page is in colour: (centre x, centre y, body name).
        self.red_seals = []

    def record(self, text, section):
        self.records.append((section, len(self.records), " ".join(nfc(text).split())))

    def text(self):
        return [t for _, _, t in sorted(self.records) if t]


class Layout:
    """Flows a document over sheets with one style (fonts, sizes, margins, column split)."""

    def __init__(self, style, rng):
        self.s = style
        self.rng = rng
        self.left, self.right = mm(style["margin_left"]), PAGE_W - mm(style["margin_right"])
        self.top, self.bottom = mm(style["margin_top"]), PAGE_H - mm(style["margin_bottom"])
        self.width = self.right - self.left
        self.split = self.left + int(self.width * style["column_split"])
        self.sheets = []
        self.new_sheet()

    # pages -------------------------------------------------------------------
    def new_sheet(self):
        self.sheets.append(Sheet())
        self.y = self.top
        n = len(self.sheets)
        if n > 1:
            label = self.s["page_number"].format(n=n)
            self.put(label, (self.left + self.right) // 2, self.top - mm(6), self.f("r", 13), PAGE_NUMBER, anchor="ms")
            self.y = self.top + pt(6)

    @property
    def sheet(self):
        return self.sheets[-1]

    def f(self, style, size):
        return font(self.s["family"], style, size)

    def pitch(self, size, factor=None):
        return int(pt(size) * (factor or self.s["line_spacing"]))

    def fits(self, height):
        return self.y + height <= self.bottom

    # primitives ----------------------------------------------------------------
    def put(self, text, x, baseline, f, section, anchor="ls", underline=False):
        text = nfc(text)
        self.sheet.draw.text((x, baseline), text, font=f, fill=0, anchor=anchor)
        width = f.getlength(text)
        x0 = {"l": x, "m": x - width / 2, "r": x - width}[anchor[0]]
        if underline:
            self.sheet.draw.line([(x0, baseline + pt(2)), (x0 + width, baseline + pt(2))], fill=0, width=max(2, pt(0.6)))
        self.sheet.record(text, section)
        return x0, x0 + width

    def rule(self, cx, y, width):
        self.sheet.draw.line([(cx - width // 2, y), (cx + width // 2, y)], fill=0, width=max(2, pt(0.6)))

    @staticmethod
    def wrap(text, f, width):
        lines, current = [], []
        for word in nfc(text).split():
            if current and f.getlength(" ".join(current + [word])) > width:
                lines.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines

    def fitted(self, style, size, text, width):
        """The largest size up to `size` at which the text fits the width."""
        while size > 9 and self.f(style, size).getlength(text) > width:
            size -= 0.5
        return self.f(style, size)

    def paragraph(self, text, style="r", size=None, align="justify", indent=None, after=None, section=BODY):
        size = size or self.s["body_size"]
        text = " ".join(nfc(text).split())
        f = self.f(style, size)
        indent = mm(self.s["indent"]) if indent is None else indent
        first = self.wrap(text, f, self.width - indent)[:1]
        rest = self.wrap(text[len(first[0]):].strip(), f, self.width) if first and align != "center" else []
        lines = self.wrap(text, f, self.width) if align == "center" else first + rest
        step = self.pitch(size)
        for i, line in enumerate(lines):
            if not self.fits(step):
                self.new_sheet()
            self.y += step
            if align == "center":
                self.put(line, (self.left + self.right) // 2, self.y, f, section, anchor="ms")
                continue
            x = self.left + (indent if i == 0 else 0)
            words = line.split()
            if align == "justify" and i < len(lines) - 1 and len(words) > 1:
                gap = (self.right - x - sum(f.getlength(w) for w in words)) / (len(words) - 1)
                for w in words:
                    self.sheet.draw.text((x, self.y), w, font=f, fill=0, anchor="ls")
                    x += f.getlength(w) + gap
                self.sheet.record(line, section)
            else:
                self.put(line, x, self.y, f, section)
        self.y += pt(self.s["paragraph_gap"]) if after is None else after

    def box(self, x0, x1, baseline, f, double=False):
        ascent, descent = f.getmetrics()
        pad = pt(3)
        rect = [x0 - pad, baseline - ascent + pt(1), x1 + pad, baseline + descent - pt(1)]
        self.sheet.draw.rectangle(rect, outline=0, width=max(2, pt(0.7)))
        if double:
            self.sheet.draw.rectangle([rect[0] - pt(2), rect[1] - pt(2), rect[2] + pt(2), rect[3] + pt(2)], outline=0, width=2)

    def scribble(self, cx, cy, room):
        """A handwritten signature: a few looping strokes (graphics, not text) in `room` px height."""
        rng = self.rng
        w, h = mm(rng.uniform(28, 45)), min(mm(rng.uniform(7, 13)), room * 0.45)
        for stroke in range(rng.randint(1, 3)):
            turns, phase = rng.uniform(2.5, 6), rng.uniform(0, math.tau)
            start, end = rng.uniform(0, 0.3), rng.uniform(0.6, 1)
            points = []
            for i in range(120):
                t = start + (end - start) * i / 119
                a = math.tau * turns * t + phase
                points.append((cx - w / 2 + t * w + 0.07 * w * math.cos(a),
                               cy + h / 2 * math.sin(a) * (1 - 0.5 * t) + stroke * pt(4)))
            self.sheet.draw.line(points, fill=0, width=pt(rng.uniform(0.8, 1.5)), joint="curve")

    def seal(self, cx, cy, red_for=None):
        """A round office seal printed over the left part of the signature: in grey, or, with
        `red_for` (the body's name), left for the colour page to get in red (generate.py)."""
        if red_for:
            self.sheet.red_seals.append((cx, cy, red_for))
            return
        r = mm(17)
        d = self.sheet.draw
        for radius, width in ((r, pt(1.6)), (r - mm(4), pt(0.8))):
            d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=150, width=width)
        star = [(cx + mm(5) * math.cos(math.pi / 2 + k * 4 * math.pi / 5), cy - mm(5) * math.sin(math.pi / 2 + k * 4 * math.pi / 5))
                for k in range(5)]
        d.polygon(star, fill=165)
