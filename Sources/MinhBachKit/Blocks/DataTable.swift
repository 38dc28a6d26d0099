import Markup

/// The HTML of a table directive: a captioned table in a scrollable, labelled region.
struct DataTable {
    var caption: HTML?
    var header: [[HTML]]
    var rows: [[HTML]]
    var numericColumns: Set<Int> = []
    var id: String?
    var extraClass: String?

    func render(captionID: String) -> HTML {
        var table = HTML.empty
        if let caption { table += HTML.element("caption", [("id", captionID)], caption) + .raw("\n") }
        if !header.isEmpty {
            table += .raw("<thead>\n")
            for row in header {
                table += HTML.element("tr", [], HTML.joined(row.map { HTML.element("th", [("scope", "col")], $0) })) + .raw("\n")
            }
            table += .raw("</thead>\n")
        }
        table += .raw("<tbody>\n")
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                HTML.element("td", [("class", numericColumns.contains(column) ? "num" : nil)], cell)
            }
            table += HTML.element("tr", [], HTML.joined(cells)) + .raw("\n")
        }
        table += .raw("</tbody>\n")
        let classes = ["data-table", extraClass].compactMap { $0 }.joined(separator: " ")
        return HTML.element("div", [
            ("class", "table-wrap"), ("id", id), ("role", "region"), ("tabindex", "0"),
            ("aria-labelledby", caption == nil ? nil : captionID),
        ], .raw("\n") + HTML.element("table", [("class", classes)], .raw("\n") + table) + .raw("\n"))
    }

    /// A cell that reads as a number the Vietnamese way (`41.977`, `30,58%`, `-4,32`).
    static func isNumeric(_ text: String) -> Bool {
        // `[-+−]?(d{1,3}(.ddd)*|d+)(,d+)?%?`, by hand: the regular expression was compiled
        // again (and looked up in a cache) for every cell, 90 % of a 100,000-row table's build.
        var scalars = Substring(text.trimmingCharacters(in: .whitespaces)).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" || sign == "−" { scalars = scalars.dropFirst() }
        if scalars.last == "%" { scalars = scalars.dropLast() }
        func isDigits(_ part: Substring.UnicodeScalarView.SubSequence) -> Bool {
            !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) || $0.properties.numericType == .decimal }
        }
        var integer = scalars
        if let comma = scalars.firstIndex(of: ",") {
            guard isDigits(scalars[scalars.index(after: comma)...]) else { return false }
            integer = scalars[..<comma]
        }
        if isDigits(integer) { return true }
        let groups = integer.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, isDigits(groups[0]), groups[0].count <= 3 else { return false }
        return groups.dropFirst().allSatisfy { isDigits($0) && $0.count == 3 }
    }
}
