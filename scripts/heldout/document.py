"""Draws a planned document (see plan.py) with a Layout: header columns, type line and
subject, body, and the foot (recipients and signature blocks)."""

from render import (BODY, FOOT_BELOW, FOOT_LEFT, FOOT_RIGHT, LEFT_HEAD, RIGHT_HEAD, Layout, mm, pt)

PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def draw(d, style, rng):
    layout = Layout(style, rng)
    header(layout, d)
    title(layout, d)
    paragraphs = d["body"]
    for n, (kind, text) in enumerate(paragraphs):
        if n == len(paragraphs) - 1 and not layout.fits(paragraph_height(layout, text) + foot_height(layout, d)):
            layout.new_sheet()          # never leave the foot alone on a page
        if kind == "h":
            layout.paragraph(text, style="b", align="left")
        elif kind == "c":
            layout.paragraph(text, style="b", align="center")
        else:
            layout.paragraph(text)
    if not layout.fits(foot_height(layout, d)):
        layout.new_sheet()
    foot(layout, d)
    return layout.sheets


def header(L, d):
    s, size = L.s, L.s["header_size"]
    left_cx, left_w = (L.left + L.split) // 2, L.split - L.left - mm(4)
    right_cx, right_w = (L.split + L.right) // 2, L.right - L.split
    y = L.top
    if d["parent"]:
        y += L.pitch(size, 1.2)
        L.put(d["parent"], left_cx, y, L.fitted("r", size, d["parent"], left_w), LEFT_HEAD, anchor="ms")
    span = (left_cx, left_cx)
    for line in d["issuer_lines"]:
        y += L.pitch(size, 1.2)
        span = L.put(line, left_cx, y, L.fitted("b", size, line, left_w), LEFT_HEAD, anchor="ms")
    if d["system"] == "party":
        y += L.pitch(size, 1.1)
        L.put("*", left_cx, y, L.f("r", size), LEFT_HEAD, anchor="ms")
    else:
        y += pt(5)
        L.rule(left_cx, y, int((span[1] - span[0]) * s["issuer_rule"]))
        y += pt(4)
    y += L.pitch(size, 1.3)
    number_baseline = y
    number_right = L.put(d["number_line"], left_cx, y, L.f("r", size), LEFT_HEAD, anchor="ms")[1]
    if d.get("vv"):
        f = L.f("r", size - 1)
        for line in L.wrap("V/v " + d["vv"], f, left_w - mm(6)):
            y += L.pitch(size - 1, 1.15)
            L.put(line, left_cx, y, f, LEFT_HEAD, anchor="ms")
    for text, boxed in d["marks"]:
        y += L.pitch(size, s["mark_spacing"])
        f = L.f("b", size + s["mark_size_delta"])
        x0, x1 = L.put(text, left_cx, y, f, LEFT_HEAD, anchor="ms")
        if boxed:
            L.box(x0, x1, y, f, double=boxed == "double")
    left_bottom = y

    r = L.top
    if d["system"] == "party":
        r += L.pitch(size + 1, 1.2)
        L.put(PARTY_MOTTO, right_cx, r, L.fitted("b", size + 1, PARTY_MOTTO, right_w), RIGHT_HEAD, anchor="ms", underline=True)
    else:
        r += L.pitch(size, 1.2)
        L.put(STATE_MOTTO[0], right_cx, r, L.fitted("b", size, STATE_MOTTO[0], right_w), RIGHT_HEAD, anchor="ms")
        r += L.pitch(size + 1, 1.2)
        x0, x1 = L.put(STATE_MOTTO[1], right_cx, r, L.fitted("b", size + 1, STATE_MOTTO[1], right_w), RIGHT_HEAD, anchor="ms")
        r += pt(5)
        L.rule(right_cx, r, int(x1 - x0))
    date_font = L.fitted("i", s["date_size"], d["place_date"], right_w)
    baseline = max(number_baseline, r + L.pitch(size, 1.5))
    if s["date_align"] == "center" and date_font.getlength(d["place_date"]) <= right_w:
        L.put(d["place_date"], right_cx, baseline, date_font, RIGHT_HEAD, anchor="ms")
    else:
        date_font = L.f("i", s["date_size"])
        if L.right - date_font.getlength(d["place_date"]) < number_right + mm(5):
            baseline = left_bottom + L.pitch(size, 1.5)      # too long: below the left column
        L.put(d["place_date"], L.right, baseline, date_font, RIGHT_HEAD, anchor="rs")
    L.y = max(left_bottom, baseline) + pt(s["header_gap"])


def title(L, d):
    s = L.s
    cx = (L.left + L.right) // 2
    if d.get("type_line"):
        L.y += L.pitch(s["type_size"], 1.2)
        L.put(d["type_line"], cx, L.y, L.f("b", s["type_size"]), BODY, anchor="ms")
    if d.get("subject") and not d.get("vv"):
        f = L.f("b", s["subject_size"])
        for line in L.wrap(d["subject"], f, int(L.width * s["subject_width"])):
            L.y += L.pitch(s["subject_size"], 1.2)
            L.put(line, cx, L.y, f, BODY, anchor="ms")
        if s["subject_rule"]:
            L.y += pt(9)
            L.rule(cx, L.y, mm(s["subject_rule"]))
    if d.get("authority_line"):
        L.y += pt(16) + L.pitch(s["subject_size"], 1.2)
        L.put(d["authority_line"], cx, L.y, L.fitted("b", s["subject_size"], d["authority_line"], L.width), BODY, anchor="ms")
    if d.get("kinh_gui"):
        L.y += pt(10)
        first, *items = d["kinh_gui"]
        if not items:
            L.paragraph("Kính gửi: " + first, align="center", after=0)
        else:
            L.y += L.pitch(s["body_size"])
            L.put("Kính gửi:", L.left + mm(30), L.y, L.f("r", s["body_size"]), BODY)
            for item in [first] + items:
                L.put(item, L.left + mm(58), L.y, L.f("r", s["body_size"]), BODY)
                L.y += L.pitch(s["body_size"])
            L.y -= L.pitch(s["body_size"])
    L.y += pt(12)


def paragraph_height(L, text):
    lines = len(L.wrap(text, L.f("r", L.s["body_size"]), L.width - mm(L.s["indent"]))) + 1
    return lines * L.pitch(L.s["body_size"]) + pt(L.s["paragraph_gap"])


def signature_lines(block):
    authority, position, _ = block
    return [line for line in (authority, position) if line]


def foot_height(L, d):
    size = L.s["signature_size"]
    signature = (len(signature_lines(d["signer"])) + 1) * L.pitch(size, 1.25) + mm(L.s["signature_gap"]) + pt(12)
    recipients = (len(d["recipients_drawn"]) + 1) * L.pitch(11, 1.2) if d["recipients_drawn"] else 0
    return signature + recipients + pt(12) if d.get("co_signer") else max(signature, recipients) + pt(12)


def sealed(d):
    """The document's seal: none, grey on bilevel scans, red (with its body's name) on the others."""
    if not d["seal"]:
        return False
    return True if d["format"] == "tiff" else " ".join(d["issuer_lines"]) + " * "


def signature(L, block, cx, top, section, seal=None):
    """The signature block; `seal`: False, True (grey) or the body's name (a red seal on a colour scan)."""
    size = L.s["signature_size"]
    f = L.f("b", size)
    y = top
    for line in signature_lines(block):
        y += L.pitch(size, 1.25)
        L.put(line, cx, y, L.fitted("b", size, line, (L.right - L.split) + mm(10)), section, anchor="ms")
    gap = mm(L.s["signature_gap"])
    L.scribble(cx + mm(L.rng.uniform(-8, 8)), y + gap * 0.45, gap)
    if seal:
        L.seal(cx - mm(14), y + gap * 0.45, red_for=seal if isinstance(seal, str) else None)
    y += gap
    L.put(block[2], cx, y, f, section, anchor="ms")
    return y


def recipients(L, items, top, party, section=FOOT_LEFT):
    y = top + L.pitch(12, 1.2)
    L.put("Nơi nhận:", L.left, y, L.f(L.s["recipients_label"], 12), section, underline=party)
    f = L.f("r", 11)
    for item in items:
        for n, line in enumerate(L.wrap(item, f, L.split - L.left - mm(6))):
            y += L.pitch(11, 1.2)
            L.put(line if n == 0 else "  " + line, L.left, y, f, section)
    return y


def foot(L, d):
    top = L.y + pt(6)
    sig_cx = (L.split + L.right) // 2 + mm(L.s["signature_shift"])
    left_cx = (L.left + L.split) // 2
    if d.get("co_signer"):
        bottom = max(signature(L, d["co_signer"], left_cx, top, FOOT_LEFT),
                     signature(L, d["signer"], sig_cx, top, FOOT_RIGHT, seal=sealed(d)))
        if d["recipients_drawn"]:
            bottom = recipients(L, d["recipients_drawn"], bottom + pt(14), d["system"] == "party", FOOT_BELOW)
        L.y = bottom + pt(12)
        return
    bottom = top
    if d["recipients_drawn"]:
        bottom = recipients(L, d["recipients_drawn"], top, d["system"] == "party")
    L.y = max(bottom, signature(L, d["signer"], sig_cx, top, FOOT_RIGHT, seal=sealed(d))) + pt(12)
