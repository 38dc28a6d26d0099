/// `content/van-ban/`: the documents index's introduction and one official document of the
/// chosen kind, with two numbered sections, one of which sets the indicator's target.
enum DocumentFiles {
    static func index(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Lời giới thiệu trang danh mục văn bản. Danh mục do MinhBạch tự lập từ các tệp trong thư mục này.
        # "menu: true" đưa danh mục vào thanh điều hướng.
        title: Văn bản
        description: Toàn văn các văn bản đặt ra mục tiêu và nhiệm vụ được công khai trên trang này.
        menu: true
        weight: 30
        ---

        Toàn văn các văn bản đặt ra mục tiêu và nhiệm vụ được công khai trên trang này.

        """ : """
        ---
        # The introduction of the documents index. MinhBạch lists the files of this folder by itself.
        # "menu: true" puts the index in the navigation.
        title: Documents
        description: The full texts of the documents that set the targets and tasks made public on this site.
        menu: true
        weight: 30
        ---

        The full texts of the documents that set the targets and tasks made public on this site.

        """
    }

    static func document(_ w: StarterWords) -> String {
        let (first, second) = w.sectionHeadings
        let period = w.period.map { "\nperiod: \"\($0)\"" } ?? ""
        let (firstBody, secondBody) = bodies(w)
        return w.isVietnamese ? """
        ---
        # Một văn bản. Tên tệp (\(w.documentID)) là mã của văn bản, dùng khi trích dẫn.
        # Phần khai báo ghi những gì in ở đầu và cuối văn bản; trang web trình bày theo thể thức văn bản.
        # Không chép lại vào phần nội dung: quốc hiệu, số, ngày, trích yếu, nơi nhận, chữ ký.
        # Nội dung bên dưới: đề mục giữ nguyên số thứ tự như in (I., II., 1., a)…);
        # mã liên kết của mục lấy từ số đó (#i, #ii), nên sửa chữ của đề mục không làm hỏng liên kết.
        kind: \(w.kind.rawValue)                  # loại văn bản: de-an, ke-hoach, bao-cao, chi-thi, nghi-quyet…
        number: "\(w.number)"          # số, ký hiệu như in trên văn bản
        issuer: "\(w.issuer)"   # cơ quan ban hành
        issuer_unit: tinh-a           # mã của cơ quan ban hành trong don-vi.csv: trang đơn vị liệt kê văn bản này
        place: "Tỉnh A"               # địa danh
        date: \(w.date)              # ngày ban hành, năm-tháng-ngày
        subject: "\(w.subject)"\(period)
        status: in-force              # draft (dự thảo), in-force (còn hiệu lực), expired, superseded
        on_behalf: "TM. ỦY BAN NHÂN DÂN"
        signer_title: "CHỦ TỊCH"
        signer: "Nguyễn Văn A"
        recipients:                   # nơi nhận, mỗi dòng như in
          - "Các sở, ban, ngành tỉnh;"
          - "UBND các xã, phường;"
          - "Lưu: VT."
        ---

        ## \(first)

        \(firstBody)

        ## \(second)

        \(secondBody)

        """ : """
        ---
        # One official document. The file name (\(w.documentID)) is the document's id, used to cite it.
        # The front matter holds what is printed at the head and foot of the document; the page lays it out.
        # Do not repeat in the text: the national heading, number, date, subject, recipients, signature.
        # In the text below, keep each heading's numbering as printed (I., II., 1., a)…);
        # a section's link comes from it (#i, #ii), so rewording a heading breaks no link.
        kind: \(w.kind.rawValue)                  # kind of document: de-an, ke-hoach, bao-cao, chi-thi, nghi-quyet…
        number: "\(w.number)"          # number and symbol as printed
        issuer: "\(w.issuer)"   # the issuing body
        issuer_unit: tinh-a           # the issuing body's code in don-vi.csv: the unit's page lists this document
        place: "Province A"           # place name
        date: \(w.date)              # date of issue, year-month-day
        subject: "\(w.subject)"\(period)
        status: in-force              # draft, in-force, expired, superseded
        on_behalf: "ON BEHALF OF THE PEOPLE'S COMMITTEE"
        signer_title: "CHAIR"
        signer: "Nguyen Van A"
        recipients:                   # recipients, each line as printed
          - "Provincial departments;"
          - "People's Committees of the communes and wards;"
          - "Archive."
        ---

        ## \(first)

        \(firstBody)

        ## \(second)

        \(secondBody)

        """
    }

    /// The two sections' texts; the target sentence goes into the section `targetSection` names.
    static func bodies(_ w: StarterWords) -> (String, String) {
        let target = w.targetSentence
        switch (w.kind, w.language) {
        case (.baoCao, .vi):
            return ("Năm 2024, các xã, phường đã công khai đầy đủ thủ tục hành chính tại bộ phận một cửa; tỷ lệ hồ sơ giải quyết đúng hạn của từng đơn vị được công khai trên trang này.",
                    "\(target)\n\nCác xã, phường báo cáo số liệu hồ sơ giải quyết đúng hạn về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.")
        case (.baoCao, .en):
            return ("In 2024 the communes and wards published every administrative procedure at their one-stop desks; the share of files each unit settled on time is published on this site.",
                    "\(target)\n\nThe communes and wards report the files settled on time to the Provincial People's Committee by 15 December every year.")
        case (_, .vi):
            return ("Nâng cao chất lượng phục vụ người dân và doanh nghiệp; công khai, minh bạch tiến độ giải quyết thủ tục hành chính.\n\n\(target)",
                    "- Các xã, phường công khai đầy đủ thủ tục hành chính tại bộ phận một cửa.\n- Hằng năm, các đơn vị báo cáo số liệu hồ sơ giải quyết đúng hạn về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.")
        case (_, .en):
            return ("To serve people and businesses better, and to make the handling of administrative procedures open and transparent.\n\n\(target)",
                    "- The communes and wards publish every administrative procedure at their one-stop desks.\n- Every year, the units report the files settled on time to the Provincial People's Committee by 15 December.")
        }
    }
}
