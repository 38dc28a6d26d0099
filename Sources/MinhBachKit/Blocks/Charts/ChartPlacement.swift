import Charts
import Markup

/// A chart put on a page: the figure in the page, and beside it the chart as a standalone
/// `.svg` (to paste into a report) and its data as `.csv`, under `bieu-do/<page>/<id>.…`.
struct ChartPlacement {
    static let folder = "bieu-do"

    let pagePath: String
    let strings: UIStrings
    /// A site path made relative to the page.
    let link: (String) -> String

    func filePath(_ chart: DrawnChart, _ ext: String) -> String {
        let page = pagePath.hasSuffix(".html") ? String(pagePath.dropLast(5)) : pagePath
        return "\(Self.folder)/\(page)/\(chart.id).\(ext)"
    }

    /// `standalone`: the chart as drawn for its own file, when its links differ from the page's.
    func place(_ chart: DrawnChart, caption: String? = nil, illustrative: Bool, map: LoadedMap? = nil,
               standalone: DrawnChart? = nil) -> (html: HTML, files: [OutputFile]) {
        var notes: [HTML] = []
        if illustrative { notes.append(.text(strings["chart_illustrative"])) }
        if let map {
            var source = [strings["chart_map_source"], map.source, map.license.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            if map.illustrative { source = strings["chart_map_illustrative"] + " " + source }
            notes.append(.text(source))
        }
        let notice = notes.isEmpty ? HTML.empty : HTML.joined(notes.map { HTML.element("p", [("class", "chart-note")], $0) })
        guard chart.kind != .sparkline else {
            return (ChartFigure.html(chart, caption: caption, words: strings.chartWords, notice: notice), [])
        }
        let svg = filePath(chart, "svg"), csv = filePath(chart, "csv")
        let downloads = [ChartFigure.Download(label: strings["chart_download_svg"], href: link(svg)),
                         ChartFigure.Download(label: strings["chart_download_csv"], href: link(csv))]
        let html = ChartFigure.html(chart, caption: caption, words: strings.chartWords, downloads: downloads, notice: notice)
        return (html, [OutputFile(path: svg, text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + (standalone ?? chart).svg),
                       .csv(csv, ChartFigure.csv(chart.table))])
    }
}
