import Charts
import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Chart gallery: every kind and edge case, pinned")
struct ChartGalleryTests {
    static let samples = ChartSamples.all

    @Test("matches its golden SVG", arguments: samples.map(\.name))
    func golden(name: String) throws {
        let chart = try #require(Self.samples.first { $0.name == name }?.chart)
        try Golden.check(chart.svg, named: "charts/\(name).svg")
    }

    @Test("is well-formed XML with an accessible name and no NaN", arguments: samples.map(\.name))
    func wellFormed(name: String) throws {
        let chart = try #require(Self.samples.first { $0.name == name }?.chart)
        let parser = XMLParser(data: Data(chart.svg.utf8))
        #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!chart.svg.contains("NaN") && !chart.svg.lowercased().contains("inf"))
        #expect(chart.svg.contains("role=\"img\""))
        #expect(chart.svg.contains("aria-labelledby=\"\(chart.id)-title \(chart.id)-desc\""))
        #expect(chart.svg.contains("<title id=\"\(chart.id)-title\">"))
        #expect(chart.svg.contains("<desc id=\"\(chart.id)-desc\">"))
        #expect(!chart.summary.isEmpty && chart.summary.hasSuffix("."))
        // Every id inside the chart starts with the chart's id, so two charts on a page never clash.
        for id in regexMatches(#" id="([^"]+)""#, in: chart.svg) { #expect(id.hasPrefix(chart.id)) }
    }

    func regexMatches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
