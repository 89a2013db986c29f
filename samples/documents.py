# -*- coding: utf-8 -*-
"""Content of the sample documents (used by generate.py). All names are fictional.

Vietnamese entries: "issuer_lines" are drawn in bold in the header (joined with a space
they give the issuer field); "parent" is drawn above them in regular weight. Body items
are (kind, text): p = justified paragraph, i = italic paragraph, h = bold heading,
c = bold centred line.
"""

DOCUMENTS = [
    # ------------------------------------------------------------------ box-01 (Party)
    {
        "id": "box-01/nq-15-tu",
        "language": "vi", "system": "party",
        "format": "tiff", "dpi": 300, "degrade": {},
        "parent": None,
        "issuer_lines": ["THÀNH ỦY TP. HỒ CHÍ MINH"],
        "symbol": "15-NQ/TU",
        "place": "Thành phố Hồ Chí Minh", "date": "2024-03-12",
        "type_name": "Nghị quyết", "type_code": "01", "type_line": "NGHỊ QUYẾT",
        "subject_lines": ["về đẩy mạnh chuyển đổi số trong các cơ quan Đảng",
                          "của Thành phố đến năm 2028"],
        "body": [
            ("p", "Ngày 05 tháng 3 năm 2024, Ban Thường vụ Thành ủy đã họp, thảo luận và "
                  "thống nhất ban hành Nghị quyết về đẩy mạnh chuyển đổi số trong các cơ "
                  "quan Đảng của Thành phố với những nội dung chủ yếu sau đây:"),
            ("h", "I. TÌNH HÌNH VÀ NGUYÊN NHÂN"),
            ("p", "Thời gian qua, các cấp ủy, tổ chức đảng trong Đảng bộ Thành phố đã quan "
                  "tâm lãnh đạo, chỉ đạo ứng dụng công nghệ thông tin trong hoạt động của "
                  "các cơ quan Đảng. Hệ thống mạng thông tin diện rộng của Đảng được đầu tư "
                  "nâng cấp, kết nối đến tất cả các đảng ủy trực thuộc; phần mềm quản lý văn "
                  "bản và hồ sơ công việc được triển khai đồng bộ; việc gửi, nhận văn bản "
                  "điện tử giữa các cơ quan Đảng từng bước đi vào nền nếp."),
            ("p", "Tuy nhiên, công tác chuyển đổi số trong các cơ quan Đảng vẫn còn những "
                  "hạn chế. Nhận thức của một số cấp ủy, người đứng đầu về vai trò của chuyển "
                  "đổi số chưa đầy đủ; hạ tầng kỹ thuật ở một số địa phương chưa đồng bộ; cơ "
                  "sở dữ liệu đảng viên, tài liệu lưu trữ chưa được số hóa đầy đủ; đội ngũ "
                  "cán bộ chuyên trách công nghệ thông tin còn thiếu và chưa được đào tạo "
                  "chuyên sâu. Nguyên nhân chủ yếu là việc đầu tư còn dàn trải, chưa có lộ "
                  "trình cụ thể và cơ chế phối hợp giữa các cơ quan chưa chặt chẽ."),
            ("h", "II. QUAN ĐIỂM VÀ MỤC TIÊU"),
            ("p", "1. Chuyển đổi số trong các cơ quan Đảng là nhiệm vụ chính trị quan trọng, "
                  "thường xuyên, lâu dài, gắn với đổi mới phương thức lãnh đạo của Đảng; "
                  "người đứng đầu cấp ủy trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về "
                  "kết quả thực hiện tại cơ quan, đơn vị, địa phương mình."),
            ("p", "2. Phấn đấu đến năm 2028, 100% văn bản không có nội dung mật của các cơ "
                  "quan Đảng được ký số và xử lý trên môi trường điện tử; 100% tài liệu lưu "
                  "trữ có giá trị bảo quản vĩnh viễn được số hóa và quản lý trong cơ sở dữ "
                  "liệu tài liệu lưu trữ điện tử; cán bộ, đảng viên có thể khai thác thông "
                  "tin mọi lúc, mọi nơi trên thiết bị di động."),
            ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
            ("p", "1. Tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức của cán bộ, đảng "
                  "viên về chuyển đổi số. Các cấp ủy đưa nội dung chuyển đổi số vào chương "
                  "trình công tác toàn khóa và hằng năm; định kỳ đánh giá kết quả thực hiện, "
                  "kịp thời biểu dương những cách làm hay, sáng tạo."),
            ("p", "2. Hoàn thiện hạ tầng kỹ thuật, bảo đảm an toàn, an ninh thông tin. Đầu "
                  "tư đồng bộ trang thiết bị cho các đảng ủy trực thuộc; triển khai chữ ký số "
                  "chuyên dùng cho 100% cán bộ lãnh đạo, quản lý; thực hiện nghiêm các quy "
                  "định về bảo vệ bí mật nhà nước trên môi trường mạng."),
            ("p", "3. Đẩy mạnh số hóa tài liệu lưu trữ. Văn phòng Thành ủy chủ trì xây dựng "
                  "kế hoạch số hóa tài liệu lưu trữ của các cơ quan Đảng Thành phố, ưu tiên "
                  "tài liệu có giá trị bảo quản vĩnh viễn và tài liệu thường xuyên được khai "
                  "thác; bảo đảm bản số hóa có giá trị pháp lý và được quản lý thống nhất."),
            ("p", "4. Phát triển nguồn nhân lực. Hằng năm tổ chức bồi dưỡng kỹ năng số cho "
                  "đội ngũ cán bộ, công chức cơ quan Đảng; có chính sách thu hút chuyên gia "
                  "công nghệ thông tin về công tác tại các cơ quan Đảng của Thành phố."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy tổ chức quán triệt, "
                  "xây dựng kế hoạch thực hiện Nghị quyết phù hợp với tình hình thực tế của "
                  "địa phương, đơn vị, hoàn thành trước ngày 30 tháng 4 năm 2024."),
            ("p", "2. Văn phòng Thành ủy chủ trì, phối hợp với Ban Tổ chức Thành ủy và các "
                  "cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ hằng "
                  "năm báo cáo Ban Thường vụ Thành ủy."),
            ("p", "Nghị quyết này được phổ biến đến chi bộ và có hiệu lực kể từ ngày ký."),
        ],
        "signer_authority": "T/M BAN THƯỜNG VỤ", "signer_position": "BÍ THƯ",
        "signer_name": "Trần Minh Đức",
        "recipients_drawn": ["Ban Bí thư Trung ương Đảng (để báo cáo),",
                             "Văn phòng Trung ương Đảng,",
                             "Các đồng chí Thành ủy viên,",
                             "Các quận ủy, huyện ủy, đảng ủy trực thuộc,",
                             "Lưu VT."],
    },
    {
        "id": "box-01/kl-45-hu",
        "language": "vi", "system": "party",
        "format": "png", "dpi": 200, "degrade": {"skew": 1.5},
        "parent": "ĐẢNG BỘ TỈNH BÌNH DƯƠNG",
        "issuer_lines": ["HUYỆN UỶ DẦU TIẾNG"],      # old-style tone mark, as in many Party texts
        "symbol": "45-KL/HU",
        "place": "Dầu Tiếng", "date": "2019-08-20",
        "type_name": "Kết luận", "type_code": "32", "type_line": "KẾT LUẬN",
        "subject_lines": ["của Ban Thường vụ Huyện ủy về công tác văn thư, lưu trữ",
                          "của các cơ quan Đảng trên địa bàn huyện"],
        "body": [
            ("p", "Ngày 15 tháng 8 năm 2019, Ban Thường vụ Huyện ủy đã nghe Văn phòng Huyện "
                  "ủy báo cáo kết quả kiểm tra công tác văn thư, lưu trữ tại các tổ chức cơ "
                  "sở đảng năm 2019. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận như "
                  "sau:"),
            ("p", "1. Thời gian qua, các chi bộ, đảng bộ cơ sở đã quan tâm hơn đến công tác "
                  "văn thư, lưu trữ; việc lập hồ sơ công việc và giao nộp hồ sơ, tài liệu vào "
                  "lưu trữ cơ quan có chuyển biến tích cực. Tuy nhiên, tại một số địa phương "
                  "tài liệu còn để tồn đọng, chưa được chỉnh lý; kho lưu trữ chưa bảo đảm "
                  "điều kiện bảo quản."),
            ("p", "2. Đề nghị các đồng chí bí thư chi bộ, đảng bộ cơ sở trực tiếp chỉ đạo "
                  "việc lập hồ sơ và giao nộp tài liệu đúng thời hạn; bố trí cán bộ phụ trách "
                  "văn thư, lưu trữ có đủ năng lực; hoàn thành chỉnh lý tài liệu tồn đọng "
                  "trước ngày 31 tháng 12 năm 2019."),
            ("p", "3. Giao Văn phòng Huyện ủy hướng dẫn nghiệp vụ, theo dõi, đôn đốc việc "
                  "thực hiện Kết luận này và định kỳ báo cáo Ban Thường vụ Huyện ủy."),
        ],
        "signer_authority": "K/T BÍ THƯ", "signer_position": "PHÓ BÍ THƯ",
        "signer_name": "Nguyễn Thị Hồng Đào",
        "recipients_drawn": ["Ban Thường vụ Tỉnh ủy (báo cáo),",
                             "Văn phòng Tỉnh ủy,",
                             "Các đồng chí Huyện ủy viên,",
                             "Các tổ chức cơ sở đảng,",
                             "Lưu VT."],
    },
    {
        "id": "box-01/kh-08-btctu",
        "language": "vi", "system": "party",
        "format": "jpeg", "dpi": 200, "degrade": {"yellowed": True, "noise": 10},
        "parent": "TỈNH ỦY BÌNH DƯƠNG",
        "issuer_lines": ["BAN TỔ CHỨC"],
        "symbol": "08-KH/BTCTU",
        "confidentiality": "Mật",
        "place": "Thủ Dầu Một", "date": "2025-05-14",
        "type_name": "Kế hoạch", "type_code": "10", "type_line": "KẾ HOẠCH",
        "subject_lines": ["sắp xếp, hợp nhất tổ chức bộ máy và bàn giao",
                          "hồ sơ, tài liệu của các đảng bộ huyện"],
        "body": [
            ("p", "Thực hiện chủ trương của Trung ương về sắp xếp, tinh gọn tổ chức bộ máy "
                  "của hệ thống chính trị, kết thúc hoạt động của cấp huyện và hợp nhất các "
                  "đảng bộ, Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"),
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("p", "1. Bảo đảm việc sắp xếp, hợp nhất tổ chức bộ máy được thực hiện đúng chủ "
                  "trương, đúng quy trình, không để gián đoạn hoạt động lãnh đạo của cấp ủy "
                  "và không làm ảnh hưởng đến đời sống của nhân dân tại địa phương."),
            ("p", "2. Toàn bộ hồ sơ, tài liệu của các đảng bộ huyện, các cơ quan tham mưu, "
                  "giúp việc huyện ủy phải được thống kê, phân loại, chỉnh lý và bàn giao đầy "
                  "đủ cho cơ quan tiếp nhận; không để thất lạc, hư hỏng tài liệu; tài liệu mật "
                  "được quản lý theo đúng quy định về bảo vệ bí mật nhà nước."),
            ("h", "II. NỘI DUNG THỰC HIỆN"),
            ("p", "1. Rà soát, thống kê hồ sơ, tài liệu. Văn phòng các huyện ủy chủ trì rà "
                  "soát toàn bộ hồ sơ, tài liệu hình thành trong nhiệm kỳ, lập mục lục hồ sơ, "
                  "tài liệu nộp lưu theo mẫu thống nhất; xác định rõ số lượng tài liệu có giá "
                  "trị bảo quản vĩnh viễn, tài liệu hết giá trị cần loại hủy."),
            ("p", "2. Chỉnh lý và số hóa tài liệu. Tài liệu có giá trị bảo quản vĩnh viễn và "
                  "tài liệu thường xuyên được khai thác phải được số hóa trước khi bàn giao; "
                  "bản số hóa được ký số của cơ quan lưu trữ và quản lý trong cơ sở dữ liệu "
                  "chung, phục vụ chuyển đổi số trong các cơ quan Đảng của Tỉnh."),
            ("p", "3. Bàn giao, tiếp nhận. Việc bàn giao hồ sơ, tài liệu được lập thành biên "
                  "bản giao nhận, kèm theo mục lục hồ sơ; phông lưu trữ của các đảng bộ huyện "
                  "được khóa sổ tại thời điểm có quyết định kết thúc hoạt động, không phân "
                  "chia phông lưu trữ."),
            ("p", "4. Công tác cán bộ. Rà soát đội ngũ cán bộ, công chức của các cơ quan đảng "
                  "cấp huyện; đề xuất phương án bố trí, sắp xếp cán bộ phù hợp với năng lực, "
                  "sở trường và yêu cầu nhiệm vụ của tổ chức mới; thực hiện đầy đủ chế độ, "
                  "chính sách đối với các đồng chí nghỉ công tác."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy triển khai Kế hoạch "
                  "này, hoàn thành việc bàn giao hồ sơ, tài liệu trước ngày 30 tháng 6 năm "
                  "2025."),
            ("p", "2. Văn phòng Tỉnh ủy hướng dẫn nghiệp vụ lưu trữ, tiếp nhận tài liệu và bố "
                  "trí kho bảo quản; Phòng Tổ chức đảng, đảng viên theo dõi, tổng hợp kết quả, "
                  "báo cáo Ban Thường vụ Tỉnh ủy."),
            ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các địa phương, đơn "
                  "vị kịp thời phản ánh về Ban Tổ chức Tỉnh ủy để được hướng dẫn."),
        ],
        "signer_authority": "K/T TRƯỞNG BAN", "signer_position": "PHÓ TRƯỞNG BAN",
        "signer_name": "Lê Quang Đông",
        "recipients_drawn": ["Thường trực Tỉnh ủy (báo cáo),",
                             "Văn phòng Tỉnh ủy,",
                             "Các huyện ủy, thị ủy, thành ủy,",
                             "Lãnh đạo Ban,",
                             "Lưu VT."],
    },
    {
        "id": "box-01/cv-112-tu",
        "language": "vi", "system": "party",
        "format": "tiff", "dpi": 300, "degrade": {"skew": -2.0, "speckle": 1500},
        "parent": None,
        "issuer_lines": ["TỈNH ỦY BÌNH DƯƠNG"],
        "symbol": "112-CV/TU",
        "urgency": "Khẩn",
        "vv": "đẩy nhanh tiến độ số hóa tài liệu lưu trữ",
        "place": "Thủ Dầu Một", "date": "2025-06-02",
        "type_name": "Công văn", "type_code": "22", "type_line": None,
        "subject_lines": None,
        "kinh_gui": "Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.",
        "body": [
            ("p", "Thực hiện Kế hoạch số 08-KH/BTCTU ngày 14 tháng 5 năm 2025 của Ban Tổ "
                  "chức Tỉnh ủy về sắp xếp, hợp nhất tổ chức bộ máy và bàn giao hồ sơ, tài "
                  "liệu, qua theo dõi cho thấy tiến độ số hóa tài liệu lưu trữ tại nhiều địa "
                  "phương còn chậm, chưa đáp ứng yêu cầu."),
            ("p", "Để bảo đảm hoàn thành nhiệm vụ đúng thời hạn, Ban Thường vụ Tỉnh ủy yêu "
                  "cầu các đồng chí bí thư cấp ủy trực thuộc tập trung chỉ đạo thực hiện tốt "
                  "một số nội dung sau:"),
            ("p", "1. Khẩn trương hoàn thành việc chỉnh lý, lập mục lục và số hóa tài liệu có "
                  "giá trị bảo quản vĩnh viễn; bản số hóa phải bảo đảm rõ nét, đầy đủ trang và "
                  "được kiểm tra đối chiếu với bản gốc trước khi ký số."),
            ("p", "2. Tăng cường bảo đảm an toàn thông tin trong quá trình chuyển đổi số; "
                  "không số hóa tài liệu có độ mật Tuyệt mật; tài liệu Mật, Tối mật chỉ được "
                  "số hóa khi có ý kiến của cấp có thẩm quyền."),
            ("p", "3. Báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh "
                  "ủy) trước ngày 20 tháng 6 năm 2025."),
        ],
        "signer_authority": "T/L BAN THƯỜNG VỤ", "signer_position": "CHÁNH VĂN PHÒNG",
        "signer_name": "Phạm Văn Đạt",
        "recipients_drawn": ["Như trên,",
                             "Thường trực Tỉnh ủy (báo cáo),",
                             "Ban Tổ chức Tỉnh ủy,",
                             "Lưu VT."],
    },
    # ------------------------------------------------------------------ box-02 (State, mixed)
    {
        "id": "box-02/qd-45-ubnd",
        "language": "vi", "system": "state",
        "format": "tiff", "dpi": 300, "degrade": {},
        "parent": None,
        "issuer_lines": ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG"],
        "symbol": "45/QĐ-UBND",
        "place": "Bình Dương", "date": "2018-04-03",
        "type_name": "Quyết định", "type_code": "02", "type_line": "QUYẾT ĐỊNH",
        "subject_lines": ["Về việc ban hành Kế hoạch cải cách hành chính",
                          "và ứng dụng công nghệ thông tin trong hoạt động",
                          "của cơ quan nhà nước tỉnh Bình Dương năm 2018"],
        "spacing": 1.4,
        "body": [
            ("c", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"),
            ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
            ("i", "Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;"),
            ("i", "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban "
                  "hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - "
                  "2020;"),
            ("i", "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 20 "
                  "tháng 3 năm 2018,"),
            ("c", "QUYẾT ĐỊNH:"),
            ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính và "
                  "ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Bình "
                  "Dương năm 2018."),
            ("p", "Điều 2. Mục tiêu của Kế hoạch là tiếp tục đẩy mạnh cải cách thủ tục hành "
                  "chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; xây dựng chính "
                  "quyền điện tử, từng bước thực hiện chuyển đổi số trong hoạt động quản lý nhà "
                  "nước tại địa phương; bảo đảm 100% văn bản đi, đến của các sở, ban, ngành "
                  "được quản lý trên phần mềm quản lý văn bản và điều hành."),
            ("p", "Điều 3. Nhiệm vụ trọng tâm năm 2018 gồm:"),
            ("p", "a) Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của "
                  "các cơ quan, đơn vị; công khai đầy đủ, kịp thời thủ tục hành chính trên Cổng "
                  "thông tin điện tử của Tỉnh; thực hiện nghiêm việc tiếp nhận, trả kết quả "
                  "qua bộ phận một cửa và dịch vụ bưu chính công ích;"),
            ("p", "b) Đổi mới phương thức làm việc, tăng cường gửi, nhận văn bản điện tử có ký "
                  "số giữa các cơ quan hành chính nhà nước; hạn chế tối đa việc sử dụng văn bản "
                  "giấy trong nội bộ; tổ chức các cuộc họp trực tuyến giữa Ủy ban nhân dân Tỉnh "
                  "với các huyện, thị xã, thành phố;"),
            ("p", "c) Đẩy mạnh công tác văn thư, lưu trữ: hướng dẫn lập hồ sơ điện tử, thu "
                  "thập hồ sơ, tài liệu vào Lưu trữ lịch sử của Tỉnh; triển khai số hóa tài "
                  "liệu lưu trữ có giá trị bảo quản vĩnh viễn, ưu tiên tài liệu về đất đai, "
                  "địa giới hành chính và công tác cán bộ;"),
            ("p", "d) Nâng cấp hạ tầng đường truyền số liệu chuyên dùng đến các huyện, thị xã, "
                  "thành phố; bảo đảm an toàn, an ninh thông tin cho các hệ thống thông tin "
                  "dùng chung của Tỉnh;"),
            ("p", "đ) Kiện toàn đội ngũ công chức đầu mối cải cách hành chính; tổ chức bồi "
                  "dưỡng kỹ năng ứng dụng công nghệ thông tin cho cán bộ, công chức, viên chức;"),
            ("p", "e) Tăng cường kỷ luật, kỷ cương hành chính; đẩy mạnh thanh tra công vụ, "
                  "kiểm tra việc thực hiện quy tắc ứng xử của cán bộ, công chức; xử lý nghiêm "
                  "các trường hợp nhũng nhiễu, gây phiền hà cho người dân và doanh nghiệp."),
            ("p", "Điều 4. Tổ chức thực hiện"),
            ("p", "1. Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra "
                  "việc thực hiện Kế hoạch; định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân "
                  "Tỉnh; tham mưu đánh giá, xếp hạng chỉ số cải cách hành chính của các sở, "
                  "ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố."),
            ("p", "2. Sở Thông tin và Truyền thông chủ trì triển khai các nhiệm vụ ứng dụng "
                  "công nghệ thông tin, xây dựng chính quyền điện tử; hướng dẫn các cơ quan, "
                  "đơn vị bảo đảm an toàn thông tin và kết nối liên thông phần mềm quản lý văn "
                  "bản với các bộ, ngành Trung ương."),
            ("p", "3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách "
                  "năm 2018 của các cơ quan, đơn vị theo quy định; hướng dẫn việc thanh toán, "
                  "quyết toán kinh phí số hóa tài liệu lưu trữ."),
            ("p", "4. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị "
                  "xã, thành phố xây dựng kế hoạch cụ thể của cơ quan, địa phương mình; người "
                  "đứng đầu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân Tỉnh về kết quả cải "
                  "cách hành chính tại đơn vị."),
            ("p", "Điều 5. Quyết định này có hiệu lực kể từ ngày ký."),
            ("p", "Chánh Văn phòng Ủy ban nhân dân Tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Thông "
                  "tin và Truyền thông, Giám đốc Sở Tài chính, Thủ trưởng các sở, ban, ngành, "
                  "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá "
                  "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        ],
        "signer_authority": "TM. ỦY BAN NHÂN DÂN", "signer_position": "CHỦ TỊCH",
        "signer_name": "Đặng Văn Hùng",
        "recipients_drawn": ["Như Điều 5;",
                             "Bộ Nội vụ;",
                             "Thường trực Tỉnh ủy;",
                             "Thường trực HĐND Tỉnh;",
                             "Chủ tịch, các PCT UBND Tỉnh;",
                             "Lưu VT."],
    },
    {
        "id": "box-02/bc-27-ubnd",
        "language": "vi", "system": "state",
        "format": "png", "dpi": 300, "degrade": {"blur": 1.3},
        "parent": None,
        "issuer_lines": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỦ DẦU MỘT"],
        "symbol": "27/BC-UBND",
        "place": "Thủ Dầu Một", "date": "2021-12-15",
        "type_name": "Báo cáo", "type_code": "14", "type_line": "BÁO CÁO",
        "subject_lines": ["Kết quả thực hiện công tác cải cách hành chính",
                          "và chuyển đổi số năm 2021"],
        "body_size": 13,
        "spacing": 1.25,
        "body": [
            ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Bình Dương, Ủy ban nhân dân "
                  "thành phố Thủ Dầu Một báo cáo kết quả thực hiện công tác cải cách hành "
                  "chính và chuyển đổi số năm 2021 như sau:"),
            ("h", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
            ("p", "1. Công tác chỉ đạo, điều hành được thực hiện quyết liệt; Ủy ban nhân dân "
                  "Thành phố đã ban hành kế hoạch cải cách hành chính năm 2021 và kế hoạch "
                  "chuyển đổi số giai đoạn 2021 - 2025, phân công rõ trách nhiệm của từng "
                  "phòng, ban và Ủy ban nhân dân các phường."),
            ("p", "2. Trong năm, Thành phố tiếp nhận 48.615 hồ sơ thủ tục hành chính, trong đó "
                  "31.204 hồ sơ được nộp trực tuyến; tỷ lệ hồ sơ giải quyết đúng hạn đạt "
                  "98,7%. Việc gửi, nhận văn bản điện tử có ký số giữa các cơ quan đạt 96%."),
            ("h", "II. TỒN TẠI, HẠN CHẾ"),
            ("p", "Một số thủ tục hành chính còn chậm giải quyết do phải lấy ý kiến nhiều cơ "
                  "quan; hạ tầng công nghệ thông tin tại một số phường chưa đáp ứng yêu cầu; "
                  "việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm."),
            ("h", "III. PHƯƠNG HƯỚNG NĂM 2022"),
            ("p", "Tiếp tục đẩy mạnh đổi mới lề lối làm việc, tăng cường kỷ luật, kỷ cương "
                  "hành chính; hoàn thành số hóa hồ sơ thủ tục hành chính còn hiệu lực; đưa "
                  "100% thủ tục đủ điều kiện lên dịch vụ công trực tuyến mức độ 4."),
        ],
        "signer_authority": "KT. CHỦ TỊCH", "signer_position": "PHÓ CHỦ TỊCH",
        "signer_name": "Huỳnh Thị Thu Hà",
        "recipients_drawn": ["UBND tỉnh Bình Dương;",
                             "Sở Nội vụ;",
                             "TT. Thành ủy, TT. HĐND Thành phố;",
                             "Lưu VT."],
    },
    {
        "id": "box-02/ct-05-ubnd",
        "language": "vi", "system": "state",
        "format": "jpeg", "dpi": 200, "degrade": {"yellowed": True, "skew": 1.0, "noise": 6},
        "parent": None,
        "issuer_lines": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
        "symbol": "05/CT-UBND",
        "place": "Thành phố Hồ Chí Minh", "date": "2020-06-18",
        "type_name": "Chỉ thị", "type_code": "03", "type_line": "CHỈ THỊ",
        "subject_lines": ["Về tăng cường công tác văn thư, lưu trữ",
                          "trên địa bàn Thành phố"],
        "body": [
            ("p", "Thời gian qua, công tác văn thư, lưu trữ trên địa bàn Thành phố đã có nhiều "
                  "chuyển biến; hồ sơ, tài liệu của các cơ quan, tổ chức từng bước được thu "
                  "thập, chỉnh lý và bảo quản an toàn. Tuy nhiên, tình trạng tài liệu tích "
                  "đống, chưa được lập hồ sơ vẫn còn ở nhiều cơ quan; việc lập hồ sơ điện tử "
                  "chưa được quan tâm đúng mức."),
            ("p", "Để khắc phục những hạn chế nêu trên, Chủ tịch Ủy ban nhân dân Thành phố chỉ "
                  "thị:"),
            ("p", "1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân quận, huyện chịu "
                  "trách nhiệm trực tiếp về công tác văn thư, lưu trữ tại cơ quan, địa phương; "
                  "chỉ đạo giải quyết dứt điểm tài liệu tồn đọng trước năm 2022."),
            ("p", "2. Sở Nội vụ hướng dẫn, kiểm tra nghiệp vụ; phối hợp với Thanh tra Thành "
                  "phố kiểm tra việc quản lý hồ sơ, tài liệu trong các lĩnh vực dễ phát sinh "
                  "tham nhũng như đất đai, đầu tư, xây dựng."),
            ("p", "3. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật cho việc quản lý "
                  "tài liệu điện tử và số hóa tài liệu lưu trữ."),
            ("p", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này."),
        ],
        "signer_authority": "KT. CHỦ TỊCH", "signer_position": "PHÓ CHỦ TỊCH",
        "signer_name": "Lâm Quốc Đạt",
        "recipients_drawn": ["Thường trực Thành ủy;",
                             "Thường trực HĐND Thành phố;",
                             "Các sở, ban, ngành Thành phố;",
                             "UBND các quận, huyện;",
                             "Lưu VT."],
    },
    {
        "id": "box-02/tb-230-tu",
        "language": "vi", "system": "party",
        "format": "tiff", "dpi": 300, "degrade": {"speckle": 800},
        "parent": None,
        "issuer_lines": ["TỈNH ỦY BÀ RỊA - VŨNG TÀU"],
        "symbol": "230-TB/TU",
        "place": "Bà Rịa", "date": "2023-09-25",
        "type_name": "Thông báo", "type_code": "07", "type_line": "THÔNG BÁO",
        "subject_lines": ["kết luận của Ban Thường vụ Tỉnh ủy về công tác",
                          "xây dựng Đảng và phòng, chống tham nhũng, tiêu cực"],
        "body": [
            ("p", "Ngày 20 tháng 9 năm 2023, Ban Thường vụ Tỉnh ủy đã họp nghe báo cáo kết "
                  "quả công tác xây dựng Đảng và phòng, chống tham nhũng, tiêu cực 9 tháng đầu "
                  "năm 2023. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:"),
            ("p", "1. Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo thực hiện Nghị quyết "
                  "Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng; công tác kiểm tra, giám "
                  "sát được tăng cường; nhiều vụ việc tham nhũng, tiêu cực được phát hiện và xử "
                  "lý nghiêm, góp phần củng cố niềm tin của nhân dân đối với Đảng."),
            ("p", "2. Tuy nhiên, việc kê khai, kiểm soát tài sản, thu nhập ở một số đơn vị còn "
                  "hình thức; công tác phát triển đảng viên tại một số địa phương chưa đạt chỉ "
                  "tiêu; sinh hoạt chi bộ ở một số nơi còn đơn điệu."),
            ("p", "3. Thời gian tới, đề nghị các cấp ủy tiếp tục đổi mới nội dung, phương thức "
                  "lãnh đạo; đẩy mạnh chuyển đổi số trong công tác quản lý đảng viên; thực hiện "
                  "nghiêm quy định về nêu gương của cán bộ, đảng viên, trước hết là người đứng "
                  "đầu; kiên quyết xử lý các tổ chức đảng, đảng viên vi phạm."),
            ("p", "4. Giao Ủy ban Kiểm tra Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ban Nội chính Tỉnh ủy "
                  "theo chức năng, nhiệm vụ theo dõi, đôn đốc việc thực hiện Thông báo này."),
        ],
        "signer_authority": "T/M BAN THƯỜNG VỤ", "signer_position": "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "signer_name": "Đinh Văn Đông",
        "recipients_drawn": ["Ban Thường vụ Tỉnh ủy,",
                             "Các ban, đảng đoàn, ban cán sự đảng,",
                             "Các huyện ủy, thành ủy, đảng ủy trực thuộc,",
                             "Lưu VT."],
    },
    # ------------------------------------------------------------------ English
    {
        "id": "box-02/memo-handover-2025",
        "language": "en", "system": None, "kind": "memo",
        "format": "png", "dpi": 200, "degrade": {},
        "letterhead": [("BINH DUONG PROVINCIAL ARCHIVES", "b", 14),
                       ("Digitization Project Office", "i", 12),
                       ("1 Le Loi Street, Thu Dau Mot City, Binh Duong Province", "r", 11)],
        "memo_fields": [("To:", "Ms. Nguyen Thi Lan, Director, Archives Department"),
                        ("From:", "Tran Quoc Bao, Project Coordinator"),
                        ("Date:", "June 10, 2025"),
                        ("Subject:", "Handover of district committee records (Boxes 01 and 02)")],
        "paras": [
            "This memo summarises the status of the records received from the dissolved "
            "district Party committees and the next steps for their digitization and "
            "handover.",
            "1. Two boxes were received on June 6, 2025 together with the handover inventory "
            "(muc luc ho so). Box 01 contains records of the Party committees; Box 02 contains "
            "records of the People's Committees and correspondence in English.",
            "2. A first check against the inventory found one document present in the boxes "
            "but not listed, and one listed document that could not be found. Both "
            "discrepancies will be recorded in the handover minutes and reported to the "
            "transferring office before signature.",
            "3. All documents will be scanned at a minimum of 200 dpi, processed with "
            "Vietnamese OCR and stored as PDF/A with an invisible text layer. Each digitized "
            "copy will carry the archive's digital signature and a visible mark on the first "
            "page.",
            "4. Confidential documents will be digitized only after written approval and "
            "will be stored with restricted access.",
            "Please let me know by June 13 whether the schedule above is acceptable, so that "
            "the team can begin scanning on Monday.",
        ],
        "closing": None,
        "signer_name": "Tran Quoc Bao",
        "signer_position": "Project Coordinator",
        "after": ["cc: Office of the Provincial Party Committee; File."],
        "fields": {
            "type_name": "Memorandum", "type_code": "32", "number": None, "symbol": None,
            "issuer": "BINH DUONG PROVINCIAL ARCHIVES", "parent_issuer": None,
            "place": None, "date": "2025-06-10",
            "subject": "Handover of district committee records (Boxes 01 and 02)",
            "signer_authority": None, "signer_position": "Project Coordinator",
            "signer_name": "Tran Quoc Bao", "confidentiality": None, "urgency": None,
            "recipients": ["Ms. Nguyen Thi Lan, Director, Archives Department",
                           "Office of the Provincial Party Committee", "File"],
        },
    },
    {
        "id": "box-02/letter-digitization-2024",
        "language": "en", "system": None, "kind": "letter",
        "format": "jpeg", "dpi": 200, "degrade": {"skew": 0.8},
        "letterhead": [("SOUTHERN ARCHIVES CONSULTING CO., LTD.", "b", 15),
                       ("45 Nguyen Hue Boulevard, District 1, Ho Chi Minh City, Viet Nam",
                        "r", 11),
                       ("Tel: (028) 3822 4567", "r", 11)],
        "date_line": "14 October 2024",
        "address": ["Ms. Nguyen Thi Lan",
                    "Director, Archives Department",
                    "Office of the Binh Duong Provincial Party Committee",
                    "Thu Dau Mot City, Binh Duong Province"],
        "re_line": "Re: Proposal for the digitization of archival records, 2024-2026",
        "salutation": "Dear Ms. Nguyen,",
        "paras": [
            "Thank you for meeting our team on 2 October 2024 and for the opportunity to visit "
            "the records storage rooms of the Provincial Party Committee Office. Following that "
            "visit, we are pleased to submit this proposal for the digitization of the "
            "permanent and long-term records held by your department.",
            "Scope. Based on the inventories you shared, the collection comprises approximately "
            "1,850 archival boxes, of which about 60 percent are classified as permanent "
            "records. The majority are typed documents on A4 paper produced between 1976 and "
            "2020; a smaller part consists of handwritten minutes, maps and photographs that "
            "will require special handling.",
            "Method. Each file will be checked against the handover inventory before scanning. "
            "Documents will be scanned in grayscale at 300 dpi, or in colour where stamps and "
            "signatures carry evidential value, and converted to PDF/A with an invisible text "
            "layer produced by optical character recognition trained for Vietnamese. Metadata "
            "will be captured according to Circular 05/2025/TT-BNV, including the document "
            "number and symbol, date, issuing body, subject and number of pages.",
            "Quality control. Ten percent of all images will be reviewed by a second operator. "
            "Pages that are skewed, blurred or incomplete will be rescanned on the same day. "
            "Headers that the recognition engine cannot read with sufficient confidence will be "
            "sent to your archivists for review rather than corrected automatically.",
            "Security. All work will be carried out on your premises, on computers that are not "
            "connected to the Internet. Confidential records will be handled only by staff with "
            "the appropriate clearance, and no copies will leave the building. Digital "
            "signatures will be applied by your department using its own certificate.",
            "Schedule and cost. We propose a pilot of 50 boxes in November 2024, followed by "
            "the main phase from January 2025 to June 2026. A detailed cost estimate is "
            "enclosed with this letter; it covers equipment, staff, training and the final "
            "handover of the digital collection.",
            "We believe that this project will make the records of the Provincial Party "
            "Committee easier to preserve and to use, while protecting the originals from "
            "further handling. We would welcome the opportunity to discuss the proposal with "
            "you at your convenience.",
        ],
        "closing": "Yours sincerely,",
        "signer_name": "David Harlow",
        "signer_position": "Project Director",
        "after": ["Enclosure: Cost estimate (3 pages)"],
        "fields": {
            "type_name": "Letter", "type_code": "29", "number": None, "symbol": None,
            "issuer": "SOUTHERN ARCHIVES CONSULTING CO., LTD.", "parent_issuer": None,
            "place": None, "date": "2024-10-14",
            "subject": "Proposal for the digitization of archival records, 2024-2026",
            "signer_authority": None, "signer_position": "Project Director",
            "signer_name": "David Harlow", "confidentiality": None, "urgency": None,
            "recipients": ["Ms. Nguyen Thi Lan, Director, Archives Department, Office of the "
                           "Binh Duong Provincial Party Committee"],
        },
    },
]

# Present in box-02 but deliberately left out of the handover inventory.
UNLISTED_ID = "box-02/tb-230-tu"

# Listed in the inventory but not present in either box.
MISSING_INVENTORY_ROW = ["19-BC/HU", "05/11/2019",
                         "Báo cáo kết quả chỉnh lý tài liệu lưu trữ năm 2019", "3", ""]
