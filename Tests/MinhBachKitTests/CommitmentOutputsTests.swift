import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import MinhBachKit
import Testing
import TestSupport

/// The commitments as files for programs and calendars: the two CSV downloads (checked row by
/// row against the rules of docs/commitments.md), their JSON and data package, the iCalendar
/// file of deadlines and the Atom feed of changes, on the compliance fixture.
@Suite struct CommitmentOutputsTests {
    /// The compliance fixture in a temporary folder, its tasks' sections `iii-1-a`…`c` (anchors
    /// of numbered paragraphs) written as their heading `iii-1`, so that the outputs are tested
    /// whether or not paragraph anchors resolve; `edit` changes the copy further.
    static func site(_ name: String, edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = SiteTree.temporaryFolder("commitments-" + name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtureSite("commitments-compliance"), to: folder)
        for file in ["ke-hoach-mau.csv", "chuyen-giao.csv"] {
            let url = folder.appendingPathComponent("content/nhiem-vu/" + file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacing(/,iii-1-[abc],/, with: ",iii-1,").write(to: url, atomically: true, encoding: .utf8)
        }
        try edit(folder)
        return folder
    }

    static func build(_ name: String, baseURL: String? = nil, edit: (URL) throws -> Void = { _ in }) throws
        -> (report: BuildReport, tree: [String: [UInt8]]) {
        let built = buildTree(try site(name, edit: edit), name, baseURL: baseURL)
        #expect(built.report.diagnostics.errorCount == 0, "\(built.report.diagnostics.sorted)")
        return built
    }

    static let built = Result { try build("outputs", baseURL: "https://nhiem-vu.example.gov.vn/") }

    static func text(_ path: String, in tree: [String: [UInt8]]) -> String { String(decoding: tree[path] ?? [], as: UTF8.self) }

    /// The rows of a CSV download: the BOM and CRLF checked, then split (no cell of the fixture
    /// holds a quoted comma in these columns).
    static func rows(_ text: String) -> [[String: String]] {
        #expect(text.hasPrefix("\u{FEFF}"))
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.last == "")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().dropLast().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    // MARK: CSV

    /// Each task × unit has the judgement the rules give, worked out by hand (docs/commitments.md):
    /// `before` 10/5 allows up to 9/5, `by` 10/11 allows 10/11; as of 31/12/2023.
    @Test func eachUnitsJudgementIsTheDocumentedOne() throws {
        let tree = try Self.built.get().tree
        let text = Self.text("nhiem-vu/thuc-hien.csv", in: tree)
        let header = text.dropFirst().components(separatedBy: "\r\n")[0]
        #expect(header.hasPrefix("task,unit,due,due_rule,status,compliance,done_on,days,evidence,"))
        let found = Self.rows(text).map { [$0["task"]!, $0["unit"]!, $0["status"]!, $0["compliance"]!, $0["days"]!, $0["transferred_from"]!] }
        #expect(found == [
            // Handed over: so-d ended 30/6/2023 before the due date 15/01/2024; so-e, its successor, owes it.
            ["chuyen-giao/bao-cao-nam", "so-d", "", "not-applicable", "", ""],
            ["chuyen-giao/bao-cao-nam", "so-e", "not-started", "pending", "", "so-d"],
            // Before 10/5: done on 9/5 on time; done on 10/5 is one day late.
            ["ke-hoach-mau/bao-cao-6-thang", "so-a", "done", "on-time", "", ""],
            ["ke-hoach-mau/bao-cao-6-thang", "so-b", "done", "late", "1", ""],
            // @so-nganh/tinh-thu on 10/11/2023: so-d had ended, so-e existed.
            ["ke-hoach-mau/tu-cham-diem", "so-noi-vu", "done", "on-time", "", ""],   // October: the whole month before
            ["ke-hoach-mau/tu-cham-diem", "so-a", "done", "on-time", "", ""],        // on 10/11, by 10/11
            ["ke-hoach-mau/tu-cham-diem", "so-b", "done", "late", "5", ""],          // 15/11
            ["ke-hoach-mau/tu-cham-diem", "so-c", "in-progress", "overdue", "51", ""], // 10/11 → 31/12
            ["ke-hoach-mau/tu-cham-diem", "so-e", "done", "undetermined", "", ""],   // November straddles 10/11
            ["ke-hoach-mau/bao-cao-nam", "so-a", "in-progress", "pending", "", ""],
            ["ke-hoach-mau/bao-cao-nam", "so-d", "", "not-applicable", "", ""],      // no transfer in this file
            ["ke-hoach-mau/theo-doi", "so-noi-vu", "", "no-deadline", "", ""],
        ])
        // Without its byte order mark (checked by `rows`): reading the golden file drops its own.
        try Golden.check(String(text.dropFirst()), named: "commitments-compliance/thuc-hien.csv")
    }

    /// A row per task, the tasks file's columns as written: a selector stays a selector (made
    /// safe for a spreadsheet, as every text cell is), and the row links the task's page.
    @Test func theTasksCSVKeepsTheFileAsWritten() throws {
        let tree = try Self.built.get().tree
        let text = Self.text("nhiem-vu/nhiem-vu.csv", in: tree)
        #expect(text.hasPrefix("\u{FEFF}id,document,section,task,task_en,type,lead,support,to,due,due_rule,repeat,note,url,"))
        #expect(text.contains(#"self-assessment,'@so-nganh/tinh-thu,,so-noi-vu,2023-11-10,by,annual,,nhiem-vu/ke-hoach-mau/tu-cham-diem.html,"#))
        #expect(text.contains(#""Tự chấm điểm, xếp loại","#))
        // Without its byte order mark (checked by `rows`): reading the golden file drops its own.
        try Golden.check(String(text.dropFirst()), named: "commitments-compliance/nhiem-vu.csv")
    }

    // MARK: JSON and the data package

    @Test func theJSONFilesHoldTheSameRowsTyped() throws {
        let tree = try Self.built.get().tree
        let assignments = try #require(try JSONSerialization.jsonObject(with: Data(tree["nhiem-vu/thuc-hien.json"] ?? [])) as? [[String: Any]])
        let csv = Self.rows(Self.text("nhiem-vu/thuc-hien.csv", in: tree))
        #expect(assignments.count == csv.count)
        let overdue = try #require(assignments.first { $0["unit"] as? String == "so-c" })
        #expect(overdue["days"] as? Int == 51)
        #expect(overdue["compliance"] as? String == "overdue")
        #expect(overdue["as_of"] as? String == "2023-12-31")
        #expect(overdue["illustrative"] as? Bool == false)
        let unreported = try #require(assignments.last)
        #expect(unreported["status"] is NSNull)
        #expect(Set(unreported.keys) == Set(csv[0].keys))
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(tree["nhiem-vu/nhiem-vu.json"] ?? [])) as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == ["chuyen-giao/bao-cao-nam", "ke-hoach-mau/bao-cao-6-thang", "ke-hoach-mau/tu-cham-diem",
                                                     "ke-hoach-mau/bao-cao-nam", "ke-hoach-mau/theo-doi"])
        #expect(tasks[1]["lead"] as? [String] == ["so-a", "so-b"])
        #expect(tasks[2]["lead"] as? [String] == ["@so-nganh/tinh-thu"])
    }

    @Test func theDataPackageDescribesBothFilesWithTheirVocabularies() throws {
        let tree = try Self.built.get().tree
        let package = try #require(try JSONSerialization.jsonObject(with: Data(tree["nhiem-vu/datapackage.json"] ?? [])) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == ["nhiem-vu.csv", "thuc-hien.csv"])
        func fields(_ resource: [String: Any]) -> [[String: Any]] { (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? [] }
        // Every column of each CSV, in order, is described.
        for (resource, path) in zip(resources, ["nhiem-vu/nhiem-vu.csv", "nhiem-vu/thuc-hien.csv"]) {
            let header = Self.text(path, in: tree).dropFirst().components(separatedBy: "\r\n")[0].split(separator: ",").map(String.init)
            #expect(fields(resource).map { $0["name"] as? String } == header)
        }
        let compliance = try #require(fields(resources[1]).first { $0["name"] as? String == "compliance" })
        #expect((compliance["constraints"] as? [String: Any])?["enum"] as? [String] == Compliance.allCases.map(\.rawValue))
        #expect(fields(resources[1]).first { $0["name"] as? String == "days" }?["type"] as? String == "integer")
        let keys = try #require(((resources[1]["schema"] as? [String: Any])?["foreignKeys"] as? [[String: Any]])?.first)
        #expect((keys["reference"] as? [String: Any])?["resource"] as? String == "nhiem-vu")
    }

    // MARK: iCalendar

    /// RFC 5545's rules a calendar program is strict about, checked on the file's bytes: CRLF,
    /// no line over 75 octets, every folded piece valid UTF-8; then, unfolded, one event per task
    /// with a due date, each with a UID (unique), DTSTAMP and an all-day DTSTART.
    static func icsProblems(_ bytes: [UInt8]) -> (problems: [String], events: [[String: String]]) {
        var problems: [String] = []
        guard bytes.count >= 2, bytes.suffix(2) == [0x0D, 0x0A] else { return (["does not end with CRLF"], []) }
        var physical: [[UInt8]] = []
        var line: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                physical.append(line); line = []; index += 2; continue
            }
            if bytes[index] == 0x0A || bytes[index] == 0x0D { problems.append("a bare line break") }
            line.append(bytes[index]); index += 1
        }
        var logical: [String] = []
        for piece in physical {
            if piece.count > 75 { problems.append("\(piece.count) octets: \(String(decoding: piece, as: UTF8.self))") }
            guard let text = String(validating: piece, as: UTF8.self) else { problems.append("a line cut inside a character"); continue }
            if text.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += text.dropFirst() } else { logical.append(text) }
        }
        var events: [[String: String]] = []
        var event: [String: String]?
        for line in logical {
            if line == "BEGIN:VEVENT" { event = [:]; continue }
            if line == "END:VEVENT", let done = event { events.append(done); event = nil; continue }
            guard event != nil, let colon = line.firstIndex(of: ":") else { continue }
            event![String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        for event in events {
            for key in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"] where event[key] == nil {
                problems.append("an event without \(key)")
            }
        }
        if Set(events.compactMap { $0["UID"] }).count != events.count { problems.append("a UID used twice") }
        if logical.first != "BEGIN:VCALENDAR" || logical.last != "END:VCALENDAR" || !logical.contains("VERSION:2.0") {
            problems.append("not a VCALENDAR 2.0")
        }
        return (problems, events)
    }

    @Test func theCalendarHasAnAllDayEventOnEachLastAllowedDay() throws {
        let tree = try Self.built.get().tree
        let bytes = try #require(tree["nhiem-vu/lich.ics"])
        let (problems, events) = Self.icsProblems(bytes)
        #expect(problems == [])
        // The task without a due date has no event.
        #expect(events.map { $0["UID"] } == ["chuyen-giao-bao-cao-nam@nhiem-vu.example.gov.vn", "ke-hoach-mau-bao-cao-6-thang@nhiem-vu.example.gov.vn",
                                             "ke-hoach-mau-tu-cham-diem@nhiem-vu.example.gov.vn", "ke-hoach-mau-bao-cao-nam@nhiem-vu.example.gov.vn"])
        // "Trước ngày 10/5": the last allowed day is 9/5; "chậm nhất ngày 10/11": 10/11 itself.
        #expect(events[1]["DTSTART;VALUE=DATE"] == "20230509")
        #expect(events[1]["DTEND;VALUE=DATE"] == "20230510")
        #expect(events[1]["DESCRIPTION"]?.contains(#"trước ngày 10/05/2023"#) == true)
        #expect(events[2]["DTSTART;VALUE=DATE"] == "20231110")
        #expect(events[2]["RRULE"] == "FREQ=YEARLY")
        #expect(events[1]["RRULE"] == nil)
        #expect(events.allSatisfy { $0["DTSTAMP"] == "20231231T000000Z" })
        #expect(events[2]["SUMMARY"] == #"Tự chấm điểm\, xếp loại – Sở\, ban\, ngành (Thử)"#)
        #expect(events[2]["URL"] == "https://nhiem-vu.example.gov.vn/nhiem-vu/ke-hoach-mau/tu-cham-diem.html")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MinhBach//Commitments//VI\r\nCALSCALE:GREGORIAN\r\n"))
        try Golden.check(text, named: "commitments-compliance/lich.ics")
    }

    /// Without a progress file nothing is judged: the compliance column is empty but for units
    /// that ended before the due date, the calendar is stamped with the latest due date, and
    /// there is no feed of changes even with the site's address. Without the address the events
    /// have no URL and their UIDs end with `@minhbach`.
    @Test func withoutProgressNothingIsJudgedAndTheStampIsTheLatestDueDate() throws {
        let (_, tree) = try Self.build("no-progress") { folder in
            for file in ["tien-do.csv", "tien-do.yml"] {
                try FileManager.default.removeItem(at: folder.appendingPathComponent("content/nhiem-vu/" + file))
            }
        }
        let rows = Self.rows(Self.text("nhiem-vu/thuc-hien.csv", in: tree))
        #expect(rows.map { $0["compliance"]! } == ["not-applicable", "", "", "", "", "", "", "", "", "", "not-applicable", ""])
        #expect(rows.allSatisfy { $0["status"] == "" && $0["as_of"] == "" && $0["days"] == "" })
        let (problems, events) = Self.icsProblems(tree["nhiem-vu/lich.ics"] ?? [])
        #expect(problems == [])
        #expect(events.allSatisfy { $0["DTSTAMP"] == "20240115T000000Z" && $0["URL"] == nil && $0["UID"]!.hasSuffix("@minhbach") })
        #expect(tree["nhiem-vu/thay-doi.xml"] == nil)
    }

    // MARK: Feed

    @Test func theFeedHasAnEntryPerProgressDateWithEachChange() throws {
        let tree = try Self.built.get().tree
        let feed = Self.text("nhiem-vu/thay-doi.xml", in: tree)
        _ = try XMLDocument(xmlString: feed)
        #expect(regexCaptures("<entry>\n<title>([^<]*)</title>", in: feed) == ["Tình hình đến ngày 31/12/2023: 6 thay đổi"])
        #expect(feed.contains("<id>https://nhiem-vu.example.gov.vn/nhiem-vu/thay-doi.xml#2023-12-31</id>"))
        #expect(feed.contains("<updated>2023-12-31T00:00:00Z</updated>"))
        #expect(feed.contains("&lt;li&gt;Báo cáo kết quả 06 tháng – Sở B tỉnh Thử: Chưa hoàn thành, quá hạn → Đã hoàn thành quá hạn&lt;/li&gt;"))
        #expect(!feed.contains("Dữ liệu minh họa"))
    }

    /// A second, illustrative progress file: a second entry, newest first, marked illustrative,
    /// listing only what changed (so-c finished late, so-a's annual report is now overdue).
    @Test func aLaterProgressFileAddsAnEntryWithOnlyTheChanges() throws {
        let (_, tree) = try Self.build("two-dates", baseURL: "https://nhiem-vu.example.gov.vn/") { folder in
            let content = folder.appendingPathComponent("content/nhiem-vu")
            try "kind: progress\nas_of: 2024-02-29\nillustrative: true\n".write(to: content.appendingPathComponent("tien-do-2024.yml"), atomically: true, encoding: .utf8)
            try """
            task,unit,status,done_on,evidence,note
            ke-hoach-mau/tu-cham-diem,so-c,done,2024-01-05,,
            ke-hoach-mau/bao-cao-nam,so-a,in-progress,,,

            """.write(to: content.appendingPathComponent("tien-do-2024.csv"), atomically: true, encoding: .utf8)
        }
        let feed = Self.text("nhiem-vu/thay-doi.xml", in: tree)
        #expect(regexCaptures("<entry>\n<title>([^<]*)</title>", in: feed) == [
            "Tình hình đến ngày 29/02/2024: 3 thay đổi (Dữ liệu minh họa)", "Tình hình đến ngày 31/12/2023: 6 thay đổi",
        ])
        #expect(feed.contains("Tự chấm điểm, xếp loại – Sở C tỉnh Thử: Chưa hoàn thành, quá hạn → Đã hoàn thành quá hạn"))
        #expect(feed.contains("Báo cáo kết quả năm – Sở A tỉnh Thử: Chưa hoàn thành, trong hạn → Chưa hoàn thành, quá hạn"))
        #expect(feed.contains("<updated>2024-02-29T00:00:00Z</updated>\n<entry>"))
        let rows = Self.rows(Self.text("nhiem-vu/thuc-hien.csv", in: tree))
        let annual = try #require(rows.first { $0["task"] == "ke-hoach-mau/bao-cao-nam" && $0["unit"] == "so-a" })
        #expect(annual["compliance"] == "overdue" && annual["days"] == "45" && annual["illustrative"] == "true" && annual["as_of"] == "2024-02-29")
        // A pair no report of the latest file speaks of keeps its report, judged as of the latest date.
        let earlier = try #require(rows.first { $0["task"] == "ke-hoach-mau/bao-cao-6-thang" && $0["unit"] == "so-a" })
        #expect(earlier["illustrative"] == "false" && earlier["as_of"] == "2024-02-29")
    }

    @Test func theFeedNeedsTheSitesAddress() throws {
        let (_, tree) = try Self.build("no-address")
        #expect(tree["nhiem-vu/thay-doi.xml"] == nil)
        #expect(tree["nhiem-vu/lich.ics"] != nil && tree["nhiem-vu/thuc-hien.csv"] != nil)
    }

    // MARK: Both languages, and two builds

    /// The English edition has the same data files, byte for byte, and its own calendar and feed
    /// in English, at its own addresses.
    @Test func theEnglishEditionHasTheSameDataAndItsOwnWords() throws {
        let (_, tree) = try Self.build("english", baseURL: "https://nhiem-vu.example.gov.vn/") { folder in
            let site = folder.appendingPathComponent("content/site.yml")
            try (String(contentsOf: site, encoding: .utf8) + "languages: [en]\n").write(to: site, atomically: true, encoding: .utf8)
        }
        for file in ["nhiem-vu.csv", "thuc-hien.csv", "nhiem-vu.json", "thuc-hien.json"] {
            #expect(tree["en/nhiem-vu/" + file] != nil && tree["en/nhiem-vu/" + file] == tree["nhiem-vu/" + file], "\(file)")
        }
        let calendar = Self.text("en/nhiem-vu/lich.ics", in: tree)
        #expect(calendar.contains("PRODID:-//MinhBach//Commitments//EN\r\n"))
        let (problems, events) = Self.icsProblems(Array(calendar.utf8))
        #expect(problems == [])
        #expect(events[1]["SUMMARY"] == "Six-month report – Department A\\, Department B")
        #expect(events[1]["DESCRIPTION"]?.hasSuffix(#"\nDeadline: before 10 May 2023"#) == true)
        #expect(events[1]["URL"] == "https://nhiem-vu.example.gov.vn/en/nhiem-vu/ke-hoach-mau/bao-cao-6-thang.html")
        let feed = Self.text("en/nhiem-vu/thay-doi.xml", in: tree)
        #expect(feed.contains("<id>https://nhiem-vu.example.gov.vn/en/nhiem-vu/thay-doi.xml</id>"))
        #expect(feed.contains("Six-month report – Department B: Not done, overdue → Done late"))
        #expect(regexCaptures("<entry>\n<title>([^<]*)</title>", in: feed).first?.hasPrefix("Progress as of ") == true)
    }

    @Test func twoBuildsWriteTheSameBytes() throws {
        let first = try Self.built.get().tree
        let (_, second) = try Self.build("outputs-again", baseURL: "https://nhiem-vu.example.gov.vn/")
        for path in ["lich.ics", "thay-doi.xml", "nhiem-vu.csv", "thuc-hien.csv", "nhiem-vu.json", "thuc-hien.json", "datapackage.json"] {
            #expect(first["nhiem-vu/" + path] != nil && first["nhiem-vu/" + path] == second["nhiem-vu/" + path], "\(path)")
        }
    }
}

/// RFC 5545's text rules on their own.
@Suite struct ICalendarTextTests {
    @Test func textIsEscapedAndLineBreaksWrittenAsN() {
        #expect(ICalendarText.escaped("a\\b;c,d\ne\r\nf") == #"a\\b\;c\,d\ne\nf"#)
    }

    /// A long Vietnamese line in decomposed form (a letter, then its marks): every piece at most 75
    /// octets, valid UTF-8 on its own and never starting with a mark parted from its letter, and
    /// unfolding gives the line back.
    @Test func foldingCutsAtSeventyFiveOctetsBetweenCharacters() throws {
        let line = "SUMMARY:" + String(repeating: "Tự chấm điểm, xếp loại công tác dân vận ", count: 6).decomposedStringWithCanonicalMapping
        let bytes = Array(ICalendarText.folded(line).utf8)
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        let pieces = bytes.dropLast(2).split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        #expect(pieces.count > 4)
        var unfolded: [UInt8] = []
        for (index, piece) in pieces.enumerated() {
            let body = index < pieces.count - 1 ? Array(piece.dropLast()) : piece
            if index < pieces.count - 1 { #expect(piece.last == 0x0D) }
            #expect(body.count <= 75)
            let text = try #require(String(validating: body, as: UTF8.self))
            if index > 0 {
                #expect(body.first == 0x20)
                #expect(text.unicodeScalars.dropFirst().first.map { $0.properties.canonicalCombiningClass == .notReordered } == true)
            }
            unfolded += index > 0 ? body.dropFirst() : body[...]
        }
        #expect(unfolded == Array(line.utf8))
        #expect(ICalendarText.folded("UID:x") == "UID:x\r\n")
        // Exactly 75 octets stay on one line.
        let full = String(repeating: "a", count: 75)
        #expect(ICalendarText.folded(full) == full + "\r\n")
        #expect(ICalendarText.folded(full + "ă") == full + "\r\n ă\r\n")
    }
}
