import Diagnostics
import Foundation
import TestSupport
import Testing

/// The two message catalogues say the same things: the same keys, the same blanks, and every key
/// the sources use is in both.
@Suite struct MessageCatalogueTests {
    @Test func bothLanguagesHaveTheSameKeys() {
        let english = MessageCatalogue.keys(of: .en), vietnamese = MessageCatalogue.keys(of: .vi)
        #expect(english.subtracting(vietnamese).sorted() == [], "missing in Vietnamese")
        #expect(vietnamese.subtracting(english).sorted() == [], "missing in English")
    }

    @Test func eachKeyHasTheSameBlanksInBothLanguages() {
        for key in MessageCatalogue.keys(of: .en).sorted() {
            let english = Self.blanks(MessageCatalogue.template(key, in: .en) ?? "")
            let vietnamese = Self.blanks(MessageCatalogue.template(key, in: .vi) ?? "")
            #expect(english == vietnamese, "\(key)")
        }
    }

    @Test func everyKeyTheSourcesUseIsCatalogued() throws {
        let sources = Fixtures.projectRoot.appendingPathComponent("Sources")
        let known = MessageCatalogue.keys(of: .en)
        var used: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        let pattern = try Regex(#"Message\("([a-z0-9][a-z0-9.-]*)""#)
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { used[String(key)] = file.lastPathComponent }
            }
        }
        #expect(!used.isEmpty)
        for (key, file) in used.sorted(by: { $0.key < $1.key }) where key != Message.verbatimKey {
            #expect(known.contains(key), "\(file) uses '\(key)', which no catalogue has")
        }
    }

    @Test func blanksAreFilledAndCountsFollowTheLanguage() {
        let more = Message("diagnostics.more-in-file", ["count": .count(12_345)])
        #expect(more.text(in: .en) == "… and 12,345 more like this in this file")
        #expect(more.text(in: .vi) == "… và 12.345 vấn đề tương tự nữa trong tệp này")
        let problem = Diagnostic.error(at: SourceLocation(path: "content/a.md", line: 3, column: 1),
                                       .verbatim("x"), hint: Message("suggestion.did-you-mean", ["word": "note"]))
        #expect(problem.rendered(in: .vi) == "content/a.md:3:1: lỗi: x\n    gợi ý: có phải ý bạn là 'note'?")
        #expect(problem.description == "content/a.md:3:1: error: x\n    help: did you mean 'note'?")
    }

    @Test func theLanguageComesFromTheOptionThenTheLocale() {
        #expect(MessageLanguage.chosen(environment: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(MessageLanguage.chosen(environment: ["LANG": "C"]) == .en)
        #expect(MessageLanguage.chosen(environment: [:]) == .en)
        #expect(MessageLanguage.chosen(environment: ["LANG": "vi_VN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .en)
        #expect(MessageLanguage.chosen(environment: ["LC_ALL": "vi", "LC_MESSAGES": "en_US.UTF-8"]) == .vi)
        #expect(MessageLanguage.chosen(option: .en, environment: ["LC_ALL": "vi"]) == .en)
    }

    static func blanks(_ template: String) -> Set<String> {
        Set(template.matches(of: /\{([a-z][a-zA-Z0-9_]*)\}/).map { String($0.output.1) })
    }
}
