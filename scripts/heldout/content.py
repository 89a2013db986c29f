"""What the held-out documents say: issuing bodies, types, subjects, signers, recipients.

Written from ../shared/DOMAIN.md (HD 36-HD/VPTW for Party documents, Decree 30/2020/NĐ-CP
for State ones), independently of samples/documents.py: other bodies (communes, wards,
Party cells, departments, ministries, people's councils, joint issuers), other types and
topics. Every body, place and person is invented or generic; nothing here is a real document.
"""

# --------------------------------------------------------------------------- people

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trương", "Lương", "Phùng", "Tạ", "Kiều", "Quách", "Nông", "Lò",
            "Hà", "Mai", "Đoàn", "Triệu", "Thân", "Lục", "Huỳnh", "Cao", "Tô", "Châu", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Thu", "Kim", "Bảo",
          "Thế", "Đình", "Công", "Hồng", "Mạnh", "Thúy", "Tiến", "Phương"]
GIVEN = ["Hùng", "Lan", "Tuấn", "Dũng", "Hường", "Quyết", "Thắng", "Nghĩa", "Phượng", "Khánh",
         "Toàn", "Yến", "Lộc", "Hiếu", "Trinh", "Thảo", "Nhân", "Sơn", "Vĩnh", "Tâm", "Quế", "Ánh",
         "Hạnh", "Luyến", "Thuận", "Tưởng", "Khuê", "Điệp", "Huệ", "Oanh", "Bích", "Cường", "Giang",
         "Phúc", "Hoài", "Trọng", "Duyên", "Kiên", "Mỹ", "Nhung"]


def person(rng):
    """A Vietnamese full name of 2 to 5 words."""
    length = rng.choice([2, 3, 3, 3, 4, 4, 5])
    surname = rng.choice(SURNAMES)
    if length == 2:
        return "%s %s" % (surname, rng.choice(GIVEN))
    if length == 5:
        return "%s %s %s %s" % (rng.choice(["Tôn Nữ", "Hoàng Phủ", "Nguyễn Phước"]), rng.choice(["Thị", "Minh"]),
                                rng.choice(MIDDLE[3:]), rng.choice(GIVEN))
    middles = [rng.choice(MIDDLE[:2])] + rng.sample(MIDDLE[2:], length - 3) if length == 4 else [rng.choice(MIDDLE)]
    return " ".join([surname] + middles + [rng.choice(GIVEN)])


# --------------------------------------------------------------------------- issuing bodies
# Each body: system, header lines (parent drawn regular, issuer drawn bold, one entry per
# drawn line), symbol issuer code, place of issue, and signer blocks (authority, position),
# authority None when the head signs in own name, position None for an acting "Q." head.

PROVINCES = [  # (name in caps, place written in dates)
    ("NGHỆ AN", "Nghệ An"), ("LÂM ĐỒNG", "Đà Lạt"), ("QUẢNG NINH", "Hạ Long"), ("THANH HÓA", "Thanh Hóa"),
    ("ĐỒNG NAI", "Biên Hòa"), ("GIA LAI", "Pleiku"), ("AN GIANG", "Long Xuyên"), ("TÂY NINH", "Tây Ninh"),
    ("HƯNG YÊN", "Hưng Yên"), ("PHÚ THỌ", "Việt Trì"), ("KHÁNH HÒA", "Nha Trang"), ("QUẢNG TRỊ", "Đông Hà"),
    ("LÀO CAI", "Lào Cai"), ("SƠN LA", "Sơn La"), ("CÀ MAU", "Cà Mau"), ("HÀ TĨNH", "Hà Tĩnh"),
]
CITIES = [("HẢI PHÒNG", "Hải Phòng"), ("ĐÀ NẴNG", "Đà Nẵng"), ("CẦN THƠ", "Cần Thơ"), ("HUẾ", "Huế")]
DISTRICTS = [  # (kind, name, province, party code)
    ("HUYỆN", "ĐỨC TRỌNG", "LÂM ĐỒNG", "HU"), ("HUYỆN", "NGHĨA ĐÀN", "NGHỆ AN", "HU"),
    ("HUYỆN", "ĐÔNG SƠN", "THANH HÓA", "HU"), ("HUYỆN", "THOẠI SƠN", "AN GIANG", "HU"),
    ("THỊ XÃ", "PHÚ MỸ", "BÀ RỊA - VŨNG TÀU", "TXU"), ("QUẬN", "HẢI CHÂU", "THÀNH PHỐ ĐÀ NẴNG", "QU"),
    ("QUẬN", "NINH KIỀU", "THÀNH PHỐ CẦN THƠ", "QU"), ("HUYỆN", "CỦ CHI", "THÀNH PHỐ HỒ CHÍ MINH", "HU"),
]
COMMUNES = [  # (kind, name, district line)
    ("XÃ", "TÂN PHÚ TRUNG", "HUYỆN CỦ CHI"), ("XÃ", "NGHĨA LỘC", "HUYỆN NGHĨA ĐÀN"),
    ("XÃ", "ĐÔNG THỊNH", "HUYỆN ĐÔNG SƠN"), ("PHƯỜNG", "HÒA CƯỜNG BẮC", "QUẬN HẢI CHÂU"),
    ("PHƯỜNG", "AN KHÁNH", "QUẬN NINH KIỀU"), ("XÃ", "VỌNG THÊ", "HUYỆN THOẠI SƠN"),
    ("XÃ", "HIỆP THẠNH", "HUYỆN ĐỨC TRỌNG"), ("PHƯỜNG", "MỸ XUÂN", "THỊ XÃ PHÚ MỸ"),
]
CELLS = ["CHI BỘ ẤP BÀU TRÂM", "CHI BỘ THÔN ĐÔNG HẢI", "CHI BỘ KHU PHỐ 4", "CHI BỘ TRƯỜNG THCS LÊ LỢI",
         "CHI BỘ ẤP 3", "CHI BỘ TRẠM Y TẾ XÃ"]


def title_place(caps):
    """'HÒA CƯỜNG BẮC' → 'Hòa Cường Bắc' (place names are written in title case)."""
    return " ".join(w[:1] + w[1:].lower() for w in caps.split())


def party_body(rng, kind):
    if kind == "province":
        name, place = rng.choice(PROVINCES + CITIES)
        committee = "THÀNH ỦY" if (name, place) in CITIES else "TỈNH ỦY"
        short = committee.split()[0].title() + " ủy"
        return dict(system="party", parent=None, issuer_lines=["%s %s" % (committee, name)], code="TU",
                    place=place, level="province", committee_word=short,
                    signers=[("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), ("K/T BÍ THƯ", "PHÓ BÍ THƯ"),
                             ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"), ("T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG"),
                             ("T/M %s" % committee, "BÍ THƯ")])
    if kind == "department":
        name, place = rng.choice(PROVINCES)
        lines, code, signers = rng.choice([
            (["BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BTGDVTU", [(None, "TRƯỞNG BAN"), ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]),
            (["ỦY BAN KIỂM TRA"], "UBKTTU", [("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM"), ("K/T CHỦ NHIỆM", "PHÓ CHỦ NHIỆM")]),
            (["VĂN PHÒNG"], "VPTU", [(None, "CHÁNH VĂN PHÒNG"), ("K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")]),
            (["BAN NỘI CHÍNH"], "BNCTU", [(None, "TRƯỞNG BAN"), ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]),
            (["BAN TỔ CHỨC"], "BTCTU", [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]),
        ])
        return dict(system="party", parent="TỈNH ỦY %s" % name, issuer_lines=lines, code=code, place=place,
                    level="department", committee_word="Tỉnh ủy", signers=signers)
    if kind == "district":
        level, name, province, code = rng.choice(DISTRICTS)
        committee = {"HUYỆN": "HUYỆN ỦY", "THỊ XÃ": "THỊ ỦY", "QUẬN": "QUẬN ỦY"}[level]
        parent = "ĐẢNG BỘ " + (province if province.startswith("THÀNH PHỐ") else "TỈNH " + province)
        return dict(system="party", parent=parent, issuer_lines=["%s %s" % (committee, name)], code=code,
                    place=title_place(name), level="district", committee_word=committee.split()[0].title() + " ủy",
                    signers=[("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), ("K/T BÍ THƯ", "PHÓ BÍ THƯ"), ("T/M %s" % committee, "BÍ THƯ")])
    if kind == "commune":
        level, name, district = rng.choice(COMMUNES)
        return dict(system="party", parent="ĐẢNG BỘ " + district, issuer_lines=["ĐẢNG ỦY %s %s" % (level, name)],
                    code="ĐU", place=title_place(name), level="commune", committee_word="Đảng ủy",
                    signers=[("T/M ĐẢNG ỦY", "BÍ THƯ"), ("K/T BÍ THƯ", "PHÓ BÍ THƯ"), ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")])
    if kind == "cell":
        level, name, district = rng.choice(COMMUNES)
        return dict(system="party", parent="ĐẢNG BỘ %s %s" % (level, name), issuer_lines=[rng.choice(CELLS)],
                    code="CB", place=title_place(name), level="cell", committee_word="Chi bộ",
                    signers=[("T/M CHI BỘ", "BÍ THƯ"), ("T/M CHI BỘ", "PHÓ BÍ THƯ")])
    if kind == "bloc":
        name, place = rng.choice(PROVINCES)
        return dict(system="party", parent="ĐẢNG BỘ TỈNH %s" % name,
                    issuer_lines=["ĐẢNG ỦY KHỐI", "CÁC CƠ QUAN TỈNH"], code="ĐUK", place=place, level="bloc",
                    committee_word="Đảng ủy Khối", signers=[("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), ("K/T BÍ THƯ", "PHÓ BÍ THƯ")])
    if kind == "central":
        return dict(system="party", parent=None, issuer_lines=["BAN CHẤP HÀNH TRUNG ƯƠNG"], code="TW",
                    place="Hà Nội", level="central", committee_word="Ban Chấp hành Trung ương",
                    signers=[("T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ"), ("T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ")])
    if kind == "joint":
        name, place = rng.choice(PROVINCES)
        return dict(system="party", parent="TỈNH ỦY %s" % name, issuer_lines=["BAN TỔ CHỨC - BAN DÂN VẬN"],
                    code="BTCTU-BDVTU", place=place, level="joint", committee_word="Tỉnh ủy",
                    signers=[("K/T TRƯỞNG BAN TỔ CHỨC", "PHÓ TRƯỞNG BAN")],
                    co_signer=("K/T TRƯỞNG BAN DÂN VẬN", "PHÓ TRƯỞNG BAN"))
    raise ValueError(kind)


MINISTRIES = [("BỘ NỘI VỤ", "BNV"), ("BỘ TÀI CHÍNH", "BTC"), ("BỘ Y TẾ", "BYT")]
DEPARTMENTS = [("SỞ NỘI VỤ", "SNV"), ("SỞ TÀI CHÍNH", "STC"), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"), ("SỞ Y TẾ", "SYT")]


def state_body(rng, kind):
    if kind == "province":
        name, place = rng.choice(PROVINCES)
        return dict(system="state", parent=None, issuer_lines=["ỦY BAN NHÂN DÂN", "TỈNH %s" % name], code="UBND",
                    place=place, level="province", council=False,
                    signers=[("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                             ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), ("Q. CHỦ TỊCH", None)])
    if kind == "city":
        name, place = rng.choice(CITIES)
        return dict(system="state", parent=None, issuer_lines=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ %s" % name], code="UBND",
                    place=place, level="province", council=False,
                    signers=[("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")])
    if kind == "commune":
        level, name, district = rng.choice(COMMUNES)
        return dict(system="state", parent=rng.choice([None, "UBND " + district]),
                    issuer_lines=["ỦY BAN NHÂN DÂN", "%s %s" % (level, name)], code="UBND", place=title_place(name),
                    level="commune", council=False,
                    signers=[("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")])
    if kind == "department":
        name, place = rng.choice(PROVINCES)
        issuer, code = rng.choice(DEPARTMENTS)
        return dict(system="state", parent="UBND TỈNH %s" % name, issuer_lines=[issuer], code=code, place=place,
                    level="department", council=False,
                    signers=[(None, "GIÁM ĐỐC"), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), ("Q. GIÁM ĐỐC", None)])
    if kind == "ministry":
        issuer, code = rng.choice(MINISTRIES)
        return dict(system="state", parent=None, issuer_lines=[issuer], code=code, place="Hà Nội", level="ministry",
                    council=False,
                    signers=[(None, "BỘ TRƯỞNG"), ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), ("TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG")])
    if kind == "council":
        name, place = rng.choice(PROVINCES)
        return dict(system="state", parent=None, issuer_lines=["HỘI ĐỒNG NHÂN DÂN", "TỈNH %s" % name], code="HĐND",
                    place=place, level="province", council=True,
                    signers=[(None, "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")])
    if kind == "joint":
        name, place = rng.choice(PROVINCES)
        return dict(system="state", parent="UBND TỈNH %s" % name, issuer_lines=["SỞ NỘI VỤ - SỞ TÀI CHÍNH"],
                    code="SNV-STC", place=place, level="joint", council=False,
                    signers=[("KT. GIÁM ĐỐC SỞ NỘI VỤ", "PHÓ GIÁM ĐỐC")],
                    co_signer=("KT. GIÁM ĐỐC SỞ TÀI CHÍNH", "PHÓ GIÁM ĐỐC"))
    raise ValueError(kind)


# --------------------------------------------------------------------------- topics and types

TOPICS = [
    "công tác phòng, chống thiên tai và tìm kiếm cứu nạn", "xây dựng nông thôn mới nâng cao",
    "công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "cải cách thủ tục hành chính và nâng cao chỉ số hài lòng của người dân",
    "phòng cháy, chữa cháy tại các khu dân cư", "quản lý, sử dụng đất đai trên địa bàn",
    "tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027", "tiếp công dân, giải quyết khiếu nại, tố cáo",
    "giảm nghèo bền vững giai đoạn 2021 - 2025", "bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán",
    "phòng, chống tham nhũng, lãng phí, tiêu cực", "công tác dân vận của hệ thống chính trị",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "quản lý đảng viên đi làm ăn xa",
    "thu, nộp, quản lý và sử dụng đảng phí", "kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    "bồi dưỡng lý luận chính trị cho đảng viên mới", "tuyển chọn và gọi công dân nhập ngũ năm 2025",
    "hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo", "sắp xếp đơn vị hành chính cấp xã",
    "thực hiện dân chủ ở cơ sở", "bảo vệ chính trị nội bộ",
    "đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2024",
    "phòng, chống dịch bệnh trên gia súc, gia cầm", "bảo vệ môi trường làng nghề",
    "quản lý hoạt động khai thác khoáng sản", "chỉnh lý, số hóa hồ sơ, tài liệu lưu trữ",
    "thực hành tiết kiệm, chống lãng phí trong chi thường xuyên", "chăm lo gia đình chính sách, người có công",
    "nâng cao chất lượng sinh hoạt chi bộ", "xây dựng đội ngũ cán bộ cấp cơ sở",
]

# (native name, TT 05 code, Party abbreviation, State abbreviation)
TYPES = {
    "NQ": ("Nghị quyết", "01", "NQ", "NQ"), "QĐ": ("Quyết định", "02", "QĐ", "QĐ"),
    "CT": ("Chỉ thị", "03", "CT", "CT"), "QC": ("Quy chế", "04", "QC", "QC"),
    "QĐi": ("Quy định", "05", "QĐi", None), "TB": ("Thông báo", "07", "TB", "TB"),
    "HD": ("Hướng dẫn", "08", "HD", "HD"), "CTr": ("Chương trình", "09", "CTr", "CTr"),
    "KH": ("Kế hoạch", "10", "KH", "KH"), "ĐA": ("Đề án", "12", "ĐA", "ĐA"),
    "BC": ("Báo cáo", "14", "BC", "BC"), "TTr": ("Tờ trình", "15", "TTr", "TTr"),
    "BB": ("Biên bản", "20", "BB", "BB"), "CV": ("Công văn", "22", "CV", None),
    "KL": ("Kết luận", "32", "KL", None), "TT": ("Thông tri", "32", "TT", None),
}


def subject(rng, kind, body, year):
    """The trích yếu as one string (wrapped when drawn)."""
    topic = rng.choice(TOPICS)
    who = body.get("committee_word", "Ủy ban nhân dân")
    if kind in ("NQ", "CT", "TT", "QĐi", "QC", "ĐA"):
        return rng.choice(["về ", "về tăng cường ", "về đẩy mạnh "]) + topic
    if kind == "KL":
        return "của Ban Thường vụ %s về %s" % (who, topic)
    if kind == "QĐ":
        return rng.choice(["Về việc thành lập Ban Chỉ đạo ", "Về việc kiện toàn Tổ công tác ",
                           "về việc thành lập Đoàn kiểm tra "]) + topic
    if kind == "TB":
        return rng.choice(["Kết luận của Thường trực %s về " % who, "Ý kiến chỉ đạo về ", "về việc triển khai "]) + topic
    if kind == "HD":
        return rng.choice(["Thực hiện ", "về ", "Triển khai "]) + topic
    if kind == "CTr":
        return "Công tác kiểm tra, giám sát năm %d" % year if rng.random() < 0.5 else "hành động thực hiện " + topic
    if kind == "KH":
        return rng.choice(["Triển khai ", "Tổ chức thực hiện ", "Kiểm tra "]) + topic + rng.choice(["", " năm %d" % year])
    if kind == "BC":
        return rng.choice(["Kết quả ", "Tình hình thực hiện ", "Sơ kết 6 tháng đầu năm %d về " % year]) + topic
    if kind == "TTr":
        return rng.choice(["Về việc đề nghị phê duyệt Đề án ", "Về việc đề nghị bổ sung kinh phí ", "về dự thảo Nghị quyết "]) + topic
    if kind == "BB":
        return rng.choice(["Hội nghị ", "Họp Ban Thường vụ về ", "Kiểm tra "]) + topic
    if kind == "CV":
        return rng.choice(["đề nghị báo cáo ", "triển khai ", "góp ý dự thảo kế hoạch ", "tăng cường "]) + topic
    raise ValueError(kind)


BODY = [
    "Thực hiện chủ trương của cấp trên về {topic}, trong thời gian qua các cơ quan, đơn vị đã tích cực triển khai, "
    "đạt được một số kết quả bước đầu; tuy nhiên vẫn còn những hạn chế cần sớm được khắc phục.",
    "Nhằm nâng cao hiệu quả công tác lãnh đạo, chỉ đạo, bảo đảm sự thống nhất trong tổ chức thực hiện, yêu cầu "
    "các cấp ủy, tổ chức đảng, chính quyền và đoàn thể quán triệt, triển khai nghiêm các nội dung sau đây.",
    "Các cơ quan, đơn vị chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành; "
    "định kỳ hằng quý báo cáo kết quả thực hiện về cơ quan thường trực để tổng hợp.",
    "Công tác tuyên truyền được quan tâm thực hiện với nhiều hình thức phong phú; nhận thức của cán bộ, đảng viên "
    "và nhân dân về {topic} từng bước được nâng lên.",
    "Một số địa phương chưa quan tâm đúng mức, việc triển khai còn chậm, chất lượng chưa đồng đều; công tác phối "
    "hợp giữa các ngành có lúc chưa chặt chẽ, thông tin báo cáo chưa kịp thời.",
    "Bố trí đủ kinh phí, nhân lực và phương tiện bảo đảm cho việc thực hiện nhiệm vụ; tăng cường kiểm tra, giám "
    "sát, kịp thời biểu dương những tập thể, cá nhân có thành tích tiêu biểu.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Văn phòng để "
    "tổng hợp, báo cáo cấp có thẩm quyền xem xét, giải quyết.",
    "Giao cơ quan chuyên môn chủ trì, phối hợp với các đơn vị liên quan theo dõi, đôn đốc, hướng dẫn việc thực "
    "hiện; sơ kết, rút kinh nghiệm vào cuối năm {year}.",
    "Kết quả cụ thể: đã tổ chức {n1} hội nghị quán triệt với hơn {n2} lượt cán bộ, đảng viên tham dự; kiểm tra "
    "{n3} tổ chức đảng và {n4} đảng viên; hoàn thành {n5}% chỉ tiêu được giao.",
]
HEADINGS = [["TÌNH HÌNH CHUNG", "MỤC ĐÍCH, YÊU CẦU", "KẾT QUẢ THỰC HIỆN"],
            ["NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", "HẠN CHẾ, NGUYÊN NHÂN"],
            ["TỔ CHỨC THỰC HIỆN", "PHƯƠNG HƯỚNG THỜI GIAN TỚI", "KIẾN NGHỊ, ĐỀ XUẤT"]]


def body(rng, kind, topic_hint, year, paragraphs):
    """Body paragraphs: (kind, text) with kind 'p' (paragraph), 'h' (heading), 'c' (centred bold)."""
    out = []
    heads = ["%s. %s" % (numeral, rng.choice(group)) for numeral, group in zip(["I", "II", "III"], HEADINGS)]
    fill = dict(topic=topic_hint, year=year, n1=rng.randint(3, 40), n2=rng.randint(200, 9000),
                n3=rng.randint(5, 60), n4=rng.randint(10, 300), n5=rng.randint(80, 100))
    if kind == "QĐ":
        out.append(("p", "Căn cứ Điều lệ, quy chế làm việc và quy định hiện hành về {topic};".format(**fill)))
        out.append(("p", "Xét đề nghị của cơ quan chuyên môn,"))
        out.append(("c", "QUYẾT ĐỊNH:"))
        for n in range(1, min(paragraphs, 4) + 1):
            out.append(("p", "Điều %d. " % n + rng.choice(BODY).format(**fill)))
        return out
    for n in range(paragraphs):
        if kind in ("KH", "BC", "HD", "NQ", "CTr", "ĐA") and n % 3 == 0 and heads:
            out.append(("h", heads.pop(0)))
        out.append(("p", rng.choice(BODY).format(**fill)))
    return out


PARTY_RECIPIENTS = ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Thường trực Huyện ủy (báo cáo)", "Các ban xây dựng Đảng",
                    "Các đảng ủy trực thuộc", "Các chi bộ trực thuộc", "Ủy ban Kiểm tra", "Các đồng chí Ủy viên Ban Chấp hành",
                    "Mặt trận Tổ quốc và các đoàn thể", "Như trên"]
STATE_RECIPIENTS = ["Như Điều 3", "Bộ Nội vụ (để báo cáo)", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                    "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố",
                    "Cổng thông tin điện tử tỉnh", "Như trên", "Các phòng, ban chuyên môn"]
ARCHIVE_LINES = ["Lưu VT", "Lưu: VT, TH", "Lưu Văn phòng", "Lưu: VT, NV"]


def recipients(rng, system):
    pool = PARTY_RECIPIENTS if system == "party" else STATE_RECIPIENTS
    items = rng.sample(pool, rng.randint(2, 5))
    return items + [rng.choice(ARCHIVE_LINES[:1] + ARCHIVE_LINES[2:] if system == "party" else ARCHIVE_LINES)]
