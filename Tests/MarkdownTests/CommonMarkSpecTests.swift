import Foundation
import Markdown
import Testing
import TestSupport

/// Our renderer must give libcmark's HTML, byte for byte, for every CommonMark 0.30 example that
/// has no directive, role or footnote syntax (ours has no heading ids without a site).
struct CommonMarkSpecTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        let markdown: String
        let example: Int
        let section: String
        var testDescription: String { "example \(example) (\(section))" }
    }

    static let examples: [Example] = {
        let data = try! Data(contentsOf: Fixtures.url("CommonMark/spec-0.30.json"))
        return try! JSONDecoder().decode([Example].self, from: data)
    }()

    static func hasExtensionSyntax(_ markdown: String) -> Bool {
        markdown.contains("[^") || markdown.range(of: #"\{[A-Za-z][\w-]*\}"#, options: .regularExpression) != nil
    }

    static let plainExamples = examples.filter { !hasExtensionSyntax($0.markdown) }

    @Test func almostEveryExampleIsCovered() {
        #expect(Self.examples.count == 652)
        #expect(Self.plainExamples.count >= 640)
    }

    @Test(arguments: [false, true])
    func rendersLikeLibcmark(unsafe: Bool) {
        var failures: [String] = []
        for example in Self.plainExamples {
            let document = MarkdownParser().parse(example.markdown, path: "spec.md")
            var renderer = HTMLRenderer(delegate: PlainRenderDelegate(), allowsRawHTML: unsafe)
            let ours = renderer.render(document.blocks)
            let reference = CommonMark.referenceHTML(example.markdown, unsafe: unsafe)
            if ours != reference {
                failures.append("example \(example.example): expected \(reference.debugDescription), got \(ours.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) examples differ:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
