import Diagnostics
import Foundation
@testable import MinhBachKit
import TestSupport
import Testing

/// `SimpleYAML` reads the usual front matter without libyaml; whatever it reads must be exactly
/// what Yams reads — the same texts, lists and positions — and whatever it cannot read must be
/// left to Yams.
struct FrontMatterTests {
    /// A node as text, with its position: two readers agree when their descriptions do.
    static func describe(_ node: FieldNode) -> String {
        let position = "@\(node.line):\(node.column)"
        switch node.value {
        case .text(let text): return text.debugDescription + position
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]" + position
        case .mapping(let entries): return "{" + entries.map(describe).joined(separator: ", ") + "}" + position
        }
    }

    static func describe(_ entry: FieldEntry) -> String { describe(entry.key) + ": " + describe(entry.value) }

    /// nil when SimpleYAML leaves the text to Yams; otherwise whether both read the same.
    static func agree(_ yaml: String) -> Bool? {
        guard let simple = SimpleYAML.entries(yaml) else { return nil }
        guard let node = try? YAMLFields.composed(yaml), let entries = node.mapping else { return false }
        return simple.map(describe) == entries.map(describe)
    }

    /// How many texts SimpleYAML read (each checked against Yams) and how many it left to Yams.
    struct Tally {
        var read = 0, left = 0

        mutating func check(_ yaml: String, _ name: String) {
            switch FrontMatterTests.agree(yaml) {
            case nil: left += 1
            case let agrees?:
                read += 1
                #expect(agrees, "\(name)")
            }
        }
    }

    @Test func readsTheUsualFrontMatterAsYamsDoes() throws {
        let yaml = """
            kind: bao-cao
            number: "10/BC-UBND"
            subject: "Tổng kết các chỉ thị giai đoạn 2021 - 2025"
            date: 2022-09-15
            on_behalf: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
            recipients:
              - "Cổng thông tin điện tử tỉnh;"
              - "Lưu: VT, NC."
            tags: []

            title: Giới thiệu chung
            """
        let entries = try #require(SimpleYAML.entries(yaml))
        #expect(entries.map(Self.describe) == [
            #""kind"@1:1: "bao-cao"@1:7"#,
            #""number"@2:1: "10/BC-UBND"@2:9"#,
            #""subject"@3:1: "Tổng kết các chỉ thị giai đoạn 2021 - 2025"@3:10"#,
            #""date"@4:1: "2022-09-15"@4:7"#,
            #""on_behalf"@5:1: ["TM. ỦY BAN NHÂN DÂN"@5:13, "KT. CHỦ TỊCH"@5:36]@5:12"#,
            #""recipients"@6:1: ["Cổng thông tin điện tử tỉnh;"@7:5, "Lưu: VT, NC."@8:5]@7:3"#,
            #""tags"@9:1: []@9:7"#,
            #""title"@11:1: "Giới thiệu chung"@11:8"#,
        ])
        #expect(Self.agree(yaml) == true)
    }

    /// Every front matter of the demo and of the fixture sites, valid and invalid.
    @Test func agreesWithYamsOnEveryFrontMatterOfTheRepository() throws {
        var tally = Tally()
        for folder in [Fixtures.projectRoot.appendingPathComponent("content"), Fixtures.url("Sites")] {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "md" {
                var diagnostics = Diagnostics()
                let split = FrontMatterSplit.split(try String(contentsOf: url, encoding: .utf8), path: url.path, diagnostics: &diagnostics)
                guard let yaml = split.yaml else { continue }
                tally.check(yaml, url.path)
            }
        }
        // Documents and pages are in the subset; indicators' targets and models' results, lists
        // of mappings, are not.
        #expect(tally.read > 100)
        #expect(tally.left > 50)
    }

    /// Generated front matter mixing the subset with everything it must leave to Yams: escapes,
    /// single quotes, comments, tabs, CR, empty values, nested mappings, trailing spaces,
    /// characters YAML forbids, anchors, block scalars, keys given twice.
    @Test func agreesWithYamsOnGeneratedFrontMatter() {
        let values = [
            "bao-cao", "2022-09-15", "true", "01234", "NO", "~", "-1", ".5", "Giới thiệu chung", "Don't [stop] {x}, y",
            "\"10/BC-UBND\"", "\"Ủy ban nhân dân xã Na Ư\"", "\"a # b: c\"", "\"\"", "\"trailing\"   ", "\"emoji 😀\"", "\"nbsp\u{00A0}x\"",
            "[\"TM. ỦY BAN\", \"KT. CHỦ TỊCH\"]", "[]", "[ ]", "[ \"a\" , \"b\" ]", "[\"a\",\"b\"]", "[\"a\" ,\"b\"]",
            // Plain words with what is special only at the start of a YAML scalar.
            "a  b", "a - b", "x!y", "a&b", "50%", "a?b", "a,b", "a]b", "a}b", "a|b", "a>b", "a@b", "a`b", "a*b", "a'b\"c",
            "\"a  b\"", "\"'\"", "\"#\"", "\"[x]\"",
            // Outside the subset.
            "\"a \\\"b\\\"\"", "'single'", "a # comment", "a: b", "C#", "plain   ", "\"tab\tin\"", "\"bom\u{FEFF}\"",
            "\"c1\u{0085}\"", "\"ls\u{2028}\"", "\"c1\u{0080}\"", "\"\u{FFFE}\"", "[a, b]", "[\"a\",]", "[\"a\" \"b\"]", "&anchor x", "*alias", "|", ">",
            "\"unterminated", "\"x\"y", "{a: b}", "x\r", "@at", "`tick`", "%percent", "- dash", "[[\"a\"]]", "😀 emoji",
        ]
        let keys = ["title", "kind", "date", "on_behalf", "weight", "x-y", "_z", "a1", "2024", "a_b-c"]
        let odd = ["# comment", "  continuation", "\tkey: x", "title :x", "title:value", "   ", "\"quoted key\": x", "? complex", "---", "key:   "]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var tally = Tally()
        for _ in 0..<3_000 {
            var lines: [String] = []
            for _ in 0..<(1 + next(6)) {
                let key = keys[next(keys.count)]
                switch next(12) {
                case 0:
                    // A block list, indented or not, sometimes ragged, sometimes of mappings.
                    lines.append(key + ":")
                    let indent = ["", "  ", "    "][next(3)]
                    for _ in 0..<next(4) {
                        let itemIndent = next(8) == 0 ? indent + " " : indent
                        let item = next(6) == 0 ? "label: x" : values[next(values.count)]
                        lines.append(itemIndent + "- " + item)
                    }
                case 1: lines.append(odd[next(odd.count)])
                case 2: lines.append("")
                default: lines.append(key + ":" + [" ", "  ", " "][next(3)] + values[next(values.count)])
                }
            }
            let yaml = lines.joined(separator: "\n") + (next(2) == 0 ? "\n" : "")
            tally.check(yaml, yaml.debugDescription)
        }
        #expect(tally.read > 200)
        #expect(tally.left > 1_000)
    }
}
