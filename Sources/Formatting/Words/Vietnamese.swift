extension Words {
    /// Vietnamese: the site's first language, written as a provincial office writes it.
    public static let vietnamese = Words(
        code: "vi",
        languageName: "Tiếng Việt",
        numberScale: ["nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"],
        // `07/12/2021`; a date known only to its month: `…/6/2021`.
        shortDate: { year, month, day in "\(day.map(twoDigits) ?? "…")/\(twoDigits(month))/\(year)" },
        // `ngày 07 tháng 12 năm 2021`, as the heading of an official document dates it.
        longDate: { year, month, day in "ngày \(day.map(twoDigits) ?? "…") tháng \(month.map(String.init) ?? "…") năm \(year)" },
        // `năm 2024`, `6 tháng đầu năm 2021`, `quý III/2024`, `tháng 5/2024`, `giai đoạn 2020 - 2022`.
        period: vietnamesePeriod,
        // "34,90% năm 2021": Vietnamese needs no word before the period.
        periodAdverbial: vietnamesePeriod,
        // As a table column or an axis writes it: `2024`, `6T/2024`, `Q3/2024`, `T5/2024`.
        shortPeriod: { period in
            switch period {
            case let .year(year): String(year)
            case let .half(half, year): half == 1 ? "6T/\(year)" : "6T cuối/\(year)"
            case let .quarter(quarter, year): "Q\(quarter)/\(year)"
            case let .month(month, year): "T\(month)/\(year)"
            case let .years(first, last): "\(first)-\(last)"
            case let .since(year): "\(year)-"
            }
        },
        // The front matter writes money units in Vietnamese already.
        moneyUnits: ["đồng": "đồng", "nghìn đồng": "nghìn đồng", "triệu đồng": "triệu đồng", "tỷ đồng": "tỷ đồng"],
        // The names as they are printed in a document's heading.
        documentKinds: [
            "de-an": "Đề án", "ke-hoach": "Kế hoạch", "chi-thi": "Chỉ thị", "bao-cao": "Báo cáo",
            "nghi-quyet": "Nghị quyết", "quyet-dinh": "Quyết định", "cong-van": "Công văn", "ket-luan": "Kết luận",
            "quy-dinh": "Quy định", "chuong-trinh": "Chương trình", "thong-bao": "Thông báo", "huong-dan": "Hướng dẫn",
            "to-trinh": "Tờ trình", "quy-che": "Quy chế", "luat": "Luật", "nghi-dinh": "Nghị định", "thong-tu": "Thông tư",
        ],
        documentNumber: { number in " số \(number)" },
        chart: ChartSentences(
            noData: "Chưa có số liệu",
            target: "Mục tiêu",
            pathToTarget: "Lộ trình đến mục tiêu",
            period: "Kỳ",
            total: "Tổng",
            value: "Giá trị",
            name: "Tên",
            missing: "không có số liệu",
            notApplicable: "không áp dụng",
            dataTable: "Bảng số liệu",
            kinds: [
                "line": "Biểu đồ đường", "bar": "Biểu đồ cột", "hbar": "Biểu đồ thanh ngang", "grouped": "Biểu đồ cột nhóm",
                "stacked": "Biểu đồ cột chồng", "bullet": "Biểu đồ so với mục tiêu", "progress": "Thanh tiến độ",
                "sparkline": "Biểu đồ xu hướng nhỏ", "heatgrid": "Lưới trạng thái", "map": "Bản đồ",
            ],
            // "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022".
            stayed: { subject, value, from, to in "\(subject) giữ mức \(value) từ \(from) đến \(to)" },
            rose: { subject, a, p1, b, p2 in "\(subject) tăng từ \(a) \(p1) lên \(b) \(p2)" },
            fell: { subject, a, p1, b, p2 in "\(subject) giảm từ \(a) \(p1) xuống \(b) \(p2)" },
            // A rank that grows is a fall in the table.
            rankWorsened: { subject, a, p1, b, p2 in "\(subject) tụt từ hạng \(a) \(p1) xuống hạng \(b) \(p2)" },
            rankImproved: { subject, a, p1, b, p2 in "\(subject) tăng từ hạng \(a) \(p1) lên hạng \(b) \(p2)" },
            // "… đạt 5 lượt năm 2021".
            single: { subject, value, when in "\(subject) đạt \(value) \(when)" },
            // "mục tiêu năm 2025 là 27,21%".
            targetIs: { value in "mục tiêu là \(value)" },
            targetForIs: { phrase, value in "mục tiêu \(phrase) là \(value)" },
            // "Không có số liệu năm 2022, năm 2023".
            gaps: { list in "Không có số liệu \(list)" },
            missingCount: { count in "\(count) mục không có số liệu" },
            moreSeries: { count in "và \(count) dãy số khác" },
            items: { count in "\(count) mục" },
            extremes: { highest, highestValue, lowest, lowestValue in
                "cao nhất là \(highest) (\(highestValue)), thấp nhất là \(lowest) (\(lowestValue))"
            },
            position: { name, value, rank, count in "\(name) đạt \(value), đứng thứ \(rank)/\(count)" },
            meetingTarget: { met, count, target in "\(met)/\(count) mục đạt mục tiêu \(target)" },
            largestPart: { category, total, series, value in
                "Lớn nhất là \(category) (tổng \(total)); trong đó nhiều nhất là \(series) (\(value))"
            },
            shareWithTarget: { subject, value, target in "\(subject): \(value); mục tiêu \(target)" },
            ofTarget: { percent in "bằng \(percent) mục tiêu" },
            cellCounts: { rows, columns, list in "\(rows) hàng × \(columns) cột; \(list)" },
            // "Không ghi tên trên bản đồ: Mường Lay (5,2%)".
            unnamedAreas: { list in "Không ghi tên trên bản đồ: \(list)" },
            moreNames: { count in " và \(count) tên khác (xem bảng số liệu)" },
            unlabelledBars: { list in "Không ghi tên dưới cột: \(list)" },
            regions: { count, withData in "\(count) vùng, \(withData) vùng có số liệu" }
        )
    )

    private static let vietnamesePeriod: @Sendable (PeriodName) -> String = { period in
        switch period {
        case let .year(year): "năm \(year)"
        case let .half(half, year): half == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case let .quarter(quarter, year): "quý \(romanQuarters[quarter - 1])/\(year)"
        case let .month(month, year): "tháng \(month)/\(year)"
        case let .years(first, last): "giai đoạn \(first) - \(last)"
        case let .since(year): "từ năm \(year)"
        }
    }

    private static let romanQuarters = ["I", "II", "III", "IV"]

    /// `07`: days and months as official documents write them.
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
