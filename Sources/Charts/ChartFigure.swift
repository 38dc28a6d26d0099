import Formatting
import Markup

/// A chart as it sits on a page: the drawing, then its caption, the sentence that says what it
/// shows, its data as a table in a `<details>`, and links to the chart as files. Everything the
/// SVG says in pictures is also there in words and numbers.
public enum ChartFigure {
    public struct Download: Sendable {
        public var label: String
        public var href: String
        public init(label: String, href: String) {
            self.label = label
            self.href = href
        }
    }

    public static func html(_ chart: DrawnChart, caption: String?, words: ChartWords, downloads: [Download] = [],
                            notice: HTML = .empty) -> HTML {
        var content = HTML.element("figcaption", [("class", "chart-title"), ("id", chart.id + "-caption")],
                                   HTML.element("strong", [], .text(chart.title))
                                   + (caption.map { HTML.element("span", [("class", "chart-caption")], .text($0)) } ?? .empty))
        // On a screen narrower than the drawing, the drawing scrolls sideways in this box rather
        // than shrinking its text (style.css): a keyboard must be able to focus it to scroll it.
        content += HTML.element("div", [("class", "chart-drawing"), ("tabindex", "0"), ("role", "group"),
                                        ("aria-labelledby", chart.id + "-caption")], .raw(chart.svg))
        content += HTML.element("p", [("class", "chart-summary")], .text(chart.summary))
        content += notice
        content += HTML.element("details", [("class", "chart-data")],
                                HTML.element("summary", [], .text(words.dataTable)) + table(chart.table, caption: chart.title))
        if !downloads.isEmpty {
            content += HTML.element("p", [("class", "chart-downloads")], HTML.joined(downloads.map { download in
                HTML.element("a", [("href", download.href), ("download", "")], .text(download.label))
            }, separator: " · "))
        }
        return HTML.element("figure", [("class", "chart chart--\(chart.kind.rawValue)"), ("id", chart.id)], content)
    }

    /// A sparkline inline: the drawing alone, its title and summary being its accessible name.
    public static func inline(_ chart: DrawnChart) -> HTML {
        HTML.element("span", [("class", "chart-inline")], .raw(chart.svg))
    }

    public static func table(_ table: ChartTable, caption: String) -> HTML {
        let head = HTML.element("thead", [], HTML.element("tr", [], HTML.joined(table.header.enumerated().map { index, name in
            HTML.element("th", [("scope", "col"), ("class", index == 0 ? nil : "num")], .text(name))
        })))
        let body = HTML.element("tbody", [], HTML.joined(table.rows.map { row in
            HTML.element("tr", [], HTML.joined(row.enumerated().map { index, cell in
                index == 0 ? HTML.element("th", [("scope", "row")], .text(cell.text))
                    : HTML.element("td", [("class", "num")], .text(cell.text))
            }))
        }))
        // The wrapper scrolls a wide table sideways (style.css): a labelled region a keyboard can
        // focus, so it can be scrolled without a mouse.
        return HTML.element("div", [("class", "table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", caption)],
                            HTML.element("table", [("class", "data-table")], HTML.element("caption", [], .text(caption)) + head + body))
    }

    /// The data as CSV text (RFC 4180, CRLF), safe to open in a spreadsheet; numbers plain
    /// (`30.58`), so that a spreadsheet reads them as numbers.
    public static func csv(_ table: ChartTable) -> String {
        var text = table.header.map(CSVField.safe).joined(separator: ",") + "\r\n"
        for row in table.rows {
            text += row.enumerated().map { index, value in
                if index > 0, let number = value.number { return NumberFormat.plain(number) }
                return CSVField.safe(value.text == "–" ? "" : value.text)
            }.joined(separator: ",") + "\r\n"
        }
        return text
    }
}
