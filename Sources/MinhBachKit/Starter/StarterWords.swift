/// The words that change with the kind of document and the language, shared by the starter's
/// files so that the home page, the document and the indicator quote each other exactly (the
/// indicator's target quotes the document's sentence, and the build checks it word for word).
struct StarterWords: Sendable {
    let kind: StarterKind
    let language: StarterLanguage

    static let indicatorID = "ho-so-dung-han"
    static let dataName = "ho-so-dung-han"
    static let modelID = "mot-cua-than-thien"

    var isVietnamese: Bool { language == .vi }

    /// The Vietnamese text or the English one.
    func pick(_ vi: String, _ en: String) -> String { isVietnamese ? vi : en }

    /// The document's file name, which is also its id (`{doc}`, `target_text: document:`).
    var documentID: String { kind.rawValue + "-01" }

    /// "Số" as printed: the kind's abbreviation in the official numbering.
    var number: String {
        switch kind {
        case .deAn: "01/ĐA-UBND"
        case .keHoach: "01/KH-UBND"
        case .baoCao: "01/BC-UBND"
        case .chiThi: "01/CT-UBND"
        }
    }

    /// The kind as a word in a sentence: "đề án", "plan".
    var kindWord: String {
        switch kind {
        case .deAn: pick("đề án", "scheme")
        case .keHoach: pick("kế hoạch", "plan")
        case .baoCao: pick("báo cáo", "report")
        case .chiThi: pick("chỉ thị", "directive")
        }
    }

    /// The kind as printed at the head of the document, for `kind:`.
    var kindName: String {
        switch kind {
        case .deAn: "Đề án"
        case .keHoach: "Kế hoạch"
        case .baoCao: "Báo cáo"
        case .chiThi: "Chỉ thị"
        }
    }

    /// Trích yếu: what the document is about.
    var subject: String {
        switch kind {
        case .deAn: pick("nâng cao chất lượng giải quyết thủ tục hành chính giai đoạn 2023 - 2025",
                         "on improving the handling of administrative procedures, 2023 - 2025")
        case .keHoach: pick("thực hiện cải cách thủ tục hành chính giai đoạn 2023 - 2025",
                            "for carrying out the reform of administrative procedures, 2023 - 2025")
        case .baoCao: pick("kết quả giải quyết thủ tục hành chính năm 2024, phương hướng, nhiệm vụ năm 2025",
                           "on the results of handling administrative procedures in 2024 and the tasks for 2025")
        case .chiThi: pick("về tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính",
                           "on stricter discipline in handling administrative procedures")
        }
    }

    var date: String { kind == .baoCao ? "2024-12-20" : "2023-03-15" }

    /// The period the document covers, or nil (a directive stays in force until replaced).
    var period: String? {
        switch kind {
        case .deAn, .keHoach: "2023-2025"
        case .baoCao: "2024"
        case .chiThi: nil
        }
    }

    var issuer: String { pick("Ủy ban nhân dân tỉnh A", "People's Committee of Province A") }

    /// The two sections' headings, numbered as printed (their anchors are `#i` and `#ii`).
    var sectionHeadings: (String, String) {
        switch kind {
        case .deAn: (pick("I. MỤC TIÊU", "I. OBJECTIVES"), pick("II. NHIỆM VỤ VÀ GIẢI PHÁP", "II. TASKS AND MEASURES"))
        case .keHoach: (pick("I. MỤC ĐÍCH, YÊU CẦU", "I. PURPOSE AND REQUIREMENTS"), pick("II. TỔ CHỨC THỰC HIỆN", "II. IMPLEMENTATION"))
        case .baoCao: (pick("I. KẾT QUẢ THỰC HIỆN NĂM 2024", "I. RESULTS IN 2024"),
                       pick("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "II. TASKS FOR 2025"))
        case .chiThi: (pick("I. YÊU CẦU", "I. REQUIREMENTS"), pick("II. TỔ CHỨC THỰC HIỆN", "II. IMPLEMENTATION"))
        }
    }

    /// The anchor of the section that sets the target: a report sets it among next year's tasks.
    var targetSection: String { kind == .baoCao ? "ii" : "i" }

    /// The words of the target in the document, which the indicator quotes.
    var targetQuote: String {
        pick("phấn đấu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn",
             "at least 98% of the files of administrative procedures are to be settled on time")
    }

    /// The target's whole sentence in the document.
    var targetSentence: String {
        pick("Đến năm 2025, \(targetQuote).", "By 2025, \(targetQuote).")
    }

    /// The site's title: what it makes public.
    var siteTitle: String {
        switch kind {
        case .baoCao: pick("Công khai kết quả giải quyết thủ tục hành chính", "Results of handling administrative procedures")
        default: pick("Công khai tiến độ thực hiện \(kindWord)", "Progress of the \(kindWord), made public")
        }
    }

    /// The document named in a sentence: "Đề án số 01/ĐA-UBND", "Scheme No. 01/ĐA-UBND".
    var documentPhrase: String {
        pick("\(kindName) số \(number)", "\(englishKindName) No. \(number)")
    }

    var englishKindName: String {
        switch kind {
        case .deAn: "Scheme"
        case .keHoach: "Plan"
        case .baoCao: "Report"
        case .chiThi: "Directive"
        }
    }

    /// What the home page says the site follows, in one sentence.
    var homeLead: String {
        switch kind {
        case .baoCao:
            pick("Trang này công khai kết quả và mục tiêu năm 2025 nêu trong \(documentPhrase) của \(issuer): số liệu theo năm, theo đơn vị và mức độ hoàn thành.",
                 "This site makes public the results and the 2025 target set out in \(documentPhrase) of the \(issuer): the figures by year and by unit, and how far the target is met.")
        default:
            pick("Trang này công khai tiến độ thực hiện \(documentPhrase) của \(issuer): mục tiêu, số liệu theo năm, theo đơn vị và mức độ hoàn thành.",
                 "This site makes public the progress of \(documentPhrase) of the \(issuer): its target, the figures by year and by unit, and how far the target is met.")
        }
    }
}
