"""Plans the held-out documents: which body issues which type, with what number, date,
marks, signer, style and degradations. Coverage is fixed by the table below; the
details are drawn from a seeded random generator."""

import datetime

import content as C

# (system, body kind, type) for every document; clean and degraded alternate.
COVERAGE = [
    ("party", "province", "NQ"), ("party", "province", "CT"), ("party", "province", "KL"),
    ("party", "province", "TB"), ("party", "province", "CV"), ("party", "department", "HD"),
    ("party", "department", "BC"), ("party", "department", "KH"), ("party", "district", "QĐ"),
    ("party", "district", "TTr"), ("party", "district", "TT"), ("party", "commune", "NQ"),
    ("party", "commune", "BB"), ("party", "commune", "BC"), ("party", "cell", "NQ"),
    ("party", "cell", "BB"), ("party", "bloc", "CTr"), ("party", "bloc", "QĐi"),
    ("party", "central", "CT"), ("party", "joint", "HD"), ("party", "commune", "CV"),
    ("party", "district", "KH"),
    ("state", "province", "QĐ"), ("state", "province", "CT"), ("state", "province", "KH"),
    ("state", "province", "CV"), ("state", "city", "TB"), ("state", "city", "BC"),
    ("state", "commune", "QĐ"), ("state", "commune", "TTr"), ("state", "commune", "CV"),
    ("state", "department", "QĐ"), ("state", "department", "HD"), ("state", "department", "CV"),
    ("state", "ministry", "QĐ"), ("state", "ministry", "CV"), ("state", "ministry", "TB"),
    ("state", "council", "NQ"), ("state", "council", "BC"), ("state", "joint", "HD"),
    ("state", "province", "BB"), ("state", "department", "KH"),
]
CONFIDENTIALITY = {3: "Mật", 7: "Tối mật", 12: "Mật", 18: "Tối mật", 24: "Mật", 29: "Tối mật", 33: "Mật", 38: "Mật", 41: "Tối mật"}
URGENCY = {4: "Khẩn", 9: "Hỏa tốc", 18: "Thượng khẩn", 21: "Khẩn", 25: "Thượng khẩn", 30: "Hỏa tốc", 35: "Khẩn", 41: "Khẩn"}
UNITS = ["VP", "KT", "NC", "VX", "TH", "TCCB", "CCVTLT", "QLĐT"]
FAMILIES = ["FreeSerif", "FreeSerif", "FreeSerif", "DejaVuSerif", "DejaVuSerifCondensed", "FreeSans", "DejaVuSans",
            "LiberationSans"]


def style(rng):
    return dict(
        family=rng.choice(FAMILIES), margin_left=rng.uniform(25, 35), margin_right=rng.uniform(14, 20),
        margin_top=rng.uniform(15, 25), margin_bottom=rng.uniform(15, 22), column_split=rng.uniform(0.40, 0.47),
        header_size=rng.choice([12, 12.5, 13]), date_size=rng.choice([13, 13.5, 14]), type_size=rng.choice([14, 15, 16]),
        subject_size=rng.choice([13, 14]), body_size=rng.choice([13, 13.5, 14]), signature_size=rng.choice([13, 14]),
        line_spacing=rng.uniform(1.2, 1.45), paragraph_gap=rng.choice([3, 6, 8]), indent=rng.uniform(8, 13),
        date_align=rng.choice(["center", "right"]), issuer_rule=rng.uniform(0.3, 0.55),
        subject_width=rng.uniform(0.55, 0.8), subject_rule=rng.choice([0, 25, 35, 45]),
        mark_spacing=rng.uniform(1.5, 2.1), mark_size_delta=rng.choice([0, 1, 2]),
        signature_gap=rng.uniform(24, 32), signature_shift=rng.uniform(-5, 10),
        recipients_label=rng.choice(["bi", "b"]), page_number=rng.choice(["{n}", "- {n} -"]),
        threshold=rng.randint(135, 185), header_gap=rng.choice([14, 20, 26]),
    )


def date_text(rng, date, place):
    day, month = date.day, date.month
    padding = rng.choice(["full", "none", "decree"])
    d = "%02d" % day if padding != "none" else str(day)
    m = "%02d" % month if padding == "full" or (padding == "decree" and month < 3) else str(month)
    return "%s, ngày %s tháng %s năm %d" % (place, d, m, date.year)


def random_date(rng, latest):
    start = datetime.date(2018, 1, 1)
    return start + datetime.timedelta(days=rng.randrange((latest - start).days))


def number_and_symbol(rng, system, kind, body, date):
    name, code, party_abbr, state_abbr = C.TYPES[kind]
    if system == "party":
        n = rng.randint(1, 420)
        number = "%02d" % n if n < 10 and rng.random() < 0.6 else str(n)
        return number, "%s-%s/%s" % (number, party_abbr, body["code"])
    number = str(rng.choice([rng.randint(1, 99), rng.randint(100, 3999)]))
    if kind == "CV":
        return number, "%s/%s-%s" % (number, body["code"], rng.choice(UNITS))
    legal = kind in ("QĐ", "CT", "NQ") and (body.get("council") or rng.random() < 0.35)
    year = "%d/" % date.year if legal else ""
    return number, "%s/%s%s-%s" % (number, year, state_abbr, body["code"])


def plan(rng):
    documents = []
    for index, (system, body_kind, kind) in enumerate(COVERAGE):
        body = C.party_body(rng, body_kind) if system == "party" else C.state_body(rng, body_kind)
        latest = datetime.date(2025, 6, 30) if body["level"] in ("district",) else datetime.date(2025, 12, 20)
        date = random_date(rng, latest)
        number, symbol = number_and_symbol(rng, system, kind, body, date)
        colon = system == "state" or rng.random() < 0.15
        type_name, type_code = C.TYPES[kind][:2]
        subject = C.subject(rng, kind, body, date.year)
        topic = rng.choice(C.TOPICS)
        if kind == "BB":
            main = (None, "CHỦ TRÌ", C.person(rng))
            co = (None, "THƯ KÝ", C.person(rng))
            drawn = None
        else:
            authority, position = rng.choice(body["signers"])
            main = (authority, position, C.person(rng))
            co = (body["co_signer"] + (C.person(rng),)) if body.get("co_signer") else None
            items = C.recipients(rng, system)
            separator = rng.choice([",", ";"])
            drawn = ["- %s%s" % (item, "." if n == len(items) - 1 else separator) for n, item in enumerate(items)]
        marks = [(text.upper(), rng.choice([True, True, "double", False]))
                 for text in (CONFIDENTIALITY.get(index), URGENCY.get(index)) if text]
        if system == "state" and kind == "QĐ":
            head = "CHỦ TỊCH ỦY BAN NHÂN DÂN" if body["code"] == "UBND" else ("BỘ TRƯỞNG" if body["level"] == "ministry" else "GIÁM ĐỐC")
            authority_line = "%s %s" % (head, body["issuer_lines"][-1] if body["code"] == "UBND" else body["issuer_lines"][0])
        else:
            authority_line = None
        kinh_gui = None
        if kind == "CV":
            kinh_gui = rng.choice([["Các đảng ủy trực thuộc."] if system == "party" else ["Các sở, ban, ngành tỉnh."],
                                   ["- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố."]])
        clean = index % 2 == 0
        d = dict(
            id="%s/%02d-%s-%s" % (system, index, kind.lower().replace("đ", "d"), number),
            system=system, parent=body["parent"], issuer_lines=body["issuer_lines"],
            number_line=("Số: " if colon else "Số ") + symbol, number=number, symbol=symbol,
            vv=subject if kind == "CV" else None, subject=None if kind == "CV" else subject, marks=marks,
            place=body["place"], date=date.isoformat(), place_date=date_text(rng, date, body["place"]),
            type_line=None if kind == "CV" else type_name.upper(), type_name=type_name, type_code=type_code,
            authority_line=authority_line, kinh_gui=kinh_gui,
            body=C.body(rng, kind, topic, date.year, rng.choice([3, 4, 5, 7, 10, 14])),
            signer=main, co_signer=co, recipients_drawn=drawn, seal=system == "state" and rng.random() < 0.5,
            confidentiality=CONFIDENTIALITY.get(index), urgency=URGENCY.get(index),
            style=style(rng), clean=clean, degradations={} if clean else degradations(rng),
        )
        d["format"] = rng.choice(["tiff", "png"]) if clean else rng.choice(["jpeg", "jpeg", "png", "tiff", "pdf"])
        documents.append(d)
    return documents


def degradations(rng):
    """Two to four of: skew, speckle, noise, blur, faded ink on grey paper, 200 dpi, JPEG."""
    chosen = {"skew": round(rng.choice([-1, 1]) * rng.uniform(0.6, 3.0), 1)}
    for name in rng.sample(["speckle", "noise", "blur", "faded", "dpi200", "jpeg"], rng.randint(1, 3)):
        chosen[name] = {"jpeg": rng.randint(30, 60), "noise": rng.randint(10, 28), "blur": round(rng.uniform(0.7, 1.3), 2)}.get(name, True)
    if rng.random() < 0.3:
        del chosen["skew"]
    return chosen
