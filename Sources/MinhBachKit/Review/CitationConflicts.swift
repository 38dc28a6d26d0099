import Diagnostics
import Formatting
import Foundation

/// Documents cited in running text with a date or issuer other than their own page gives.
///
/// A citation is a document number of the site written in a page's text and followed, within a
/// comma and spaces, by `ngày 14/7/2015` (or `ngày 14 tháng 7 năm 2015`) and optionally
/// `của <issuer>`, as Vietnamese documents cite one another. Its date is compared with the
/// document's `date` (as far as that is known: a year alone compares the year); its issuer,
/// when written, must contain the document's `issuer` or be contained in it (letters alone:
/// case, tone marks, spaces and punctuation aside).
/// Where the document has no date, citations that disagree with the first one are findings.
extension DataReview {
    struct Citation {
        var entry: DocumentCatalog.Entry
        var page: ParsedPage
        var location: SourceLocation
        var date: IssueDate
        var issuer: String?
    }

    func citationConflicts() -> [ReviewFinding] {
        let scanner = site.documents.scanner
        var citations: [Citation] = []
        for page in site.pages {
            let lines = LineEndings.normalized(page.text ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            var number = 0
            var inFrontMatter = lines.first.map { $0.trimmingLeadingBOM == "---" } ?? false
            for line in lines {
                number += 1
                if inFrontMatter {
                    if number > 1, line == "---" || line == "..." { inFrontMatter = false }
                    continue
                }
                let text = String(line)
                for match in scanner.matches(in: text) {
                    guard let entry = site.documents.entry(number: match.number), entry.page.sourcePath != page.source.relativePath,
                          let cited = Self.citedDate(in: text, after: match.range.upperBound) else { continue }
                    let column = text.distance(from: text.startIndex, to: match.range.lowerBound) + 1
                    citations.append(Citation(entry: entry, page: page,
                                              location: SourceLocation(path: page.source.displayPath, line: number, column: column),
                                              date: cited.date, issuer: cited.issuer))
                }
            }
        }
        var found: [ReviewFinding] = []
        let byDocument = Dictionary(grouping: citations, by: \.entry.id)
        for id in byDocument.keys.sorted() {
            let all = byDocument[id]!.sorted { $0.location < $1.location }
            let meta = all[0].entry.meta
            for citation in all {
                var conflicts: [Message.Value] = []
                let cited: Message.Value = .text(citation.date.vietnameseShort)
                if let own = meta.date {
                    if !Self.agrees(citation.date, own) {
                        conflicts.append(.message(Message("review.cited-date", ["cited": cited, "own": .text(own.vietnameseShort)])))
                    }
                } else if citation.location != all[0].location, !Self.agrees(citation.date, all[0].date) {
                    conflicts.append(.message(Message("review.cited-date-elsewhere", [
                        "cited": cited, "location": .text(all[0].location.description), "other": .text(all[0].date.vietnameseShort),
                    ])))
                }
                if let issuer = citation.issuer, !Self.sameIssuer(issuer, meta.issuer) {
                    conflicts.append(.message(Message("review.cited-issuer", ["issuer": .text(issuer), "own": .text(meta.issuer)])))
                }
                guard !conflicts.isEmpty else { continue }
                let others = all.filter { $0.location != citation.location }.map { "\($0.location) (\($0.date.vietnameseShort))" }
                let file: Message.Value = .text(citation.entry.page.displayPath)
                found.append(ReviewFinding(
                    .citationConflict, at: citation.location,
                    Message("review.citation-conflict", ["number": .text(meta.number ?? id), "conflicts": Self.joined(conflicts, key: .andAs)]),
                    hint: others.isEmpty
                        ? Message("review.citation-conflict-hint", ["file": file])
                        : Message("review.citation-conflict-hint-others", ["file": file, "others": Self.list(others)]),
                    page: citation.page.outputPath))
            }
        }
        return found
    }

    /// The date (and issuer) written after a document number: `, ngày 14/7/2015 của Ban Bí thư`.
    static func citedDate(in text: String, after index: String.Index) -> (date: IssueDate, issuer: String?)? {
        var rest = text[index...]
        rest = rest.drop { $0 == "," || $0 == " " }
        guard rest.lowercased().hasPrefix("ngày ") else { return nil }
        rest = rest.dropFirst(5).drop { $0 == " " }
        let numbers = rest.prefix { $0.isNumber || $0 == "/" || $0 == " " || "thángnăm".contains($0) }
        let parts = numbers.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard parts.count >= 3, let date = IssueDate(isoDate(parts[2], parts[1], parts[0])) else { return nil }
        rest = rest.dropFirst(numbers.count).drop { $0 == " " || $0 == "," }
        var issuer: String?
        if rest.hasPrefix("của ") {
            let words = rest.dropFirst(4)
            let stops = [" về ", ";", ",", "(", ":", "."]
            var end = words.endIndex
            for stop in stops { if let range = words.range(of: stop), range.lowerBound < end { end = range.lowerBound } }
            let name = words[..<end].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { issuer = name }
        }
        return (date, issuer)
    }

    /// `2015-07-14` from year, month, day; nil for an impossible date.
    private static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The same date as far as the document's own date is known.
    static func agrees(_ cited: IssueDate, _ own: IssueDate) -> Bool {
        guard cited.year == own.year else { return false }
        if let month = own.month, cited.month != month { return false }
        if let day = own.day, cited.day != day { return false }
        return true
    }

    static func sameIssuer(_ cited: String, _ own: String) -> Bool {
        // Letters alone, without tone marks: "khóa XI" and "(khoá XI)" are the same words.
        let a = Slug.make(cited).filter { $0 != "-" }, b = Slug.make(own).filter { $0 != "-" }
        return a.contains(b) || b.contains(a)
    }
}

private extension Substring {
    var trimmingLeadingBOM: Substring { first == "\u{FEFF}" ? dropFirst() : self }
}
