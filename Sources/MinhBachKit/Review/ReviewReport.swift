import Diagnostics
import Search

/// The findings of a review as `check --review` prints them: located warnings (errors with
/// `--strict`) in the form of every other problem, or JSON for other programs.
public struct ReviewReport: Sendable, Equatable {
    public var findings: [ReviewFinding]

    public init(_ findings: [ReviewFinding]) { self.findings = findings.sorted(by: ReviewFinding.ordered) }

    public var isEmpty: Bool { findings.isEmpty }

    /// One `path:line:col: warning: message [kind]` and its `help:` line per finding, in
    /// `language`.
    public func text(strict: Bool = false, language: MessageLanguage = .en) -> String {
        findings.map { $0.diagnostic(strict: strict).rendered(in: language) + "\n" }.joined()
    }

    /// The findings in English as JSON (`json(language:)`).
    public var json: String { json(language: .en) }

    /// An array of objects whose keys come in the order file, line, column, kind, key, message,
    /// hint, page (hint and page may be null), sorted as the text is. `message` and `hint` are
    /// in `language`; `key` is the message's catalogue key, the same in every language, so that
    /// a program can tell findings apart without reading their words (docs/review.md).
    public func json(language: MessageLanguage) -> String {
        var out: [UInt8] = Array("[".utf8)
        for (index, finding) in findings.enumerated() {
            out += Array((index == 0 ? "\n" : ",\n").utf8)
            let fields: [(String, Any?)] = [
                ("file", finding.location.path), ("line", finding.location.line), ("column", finding.location.column),
                ("kind", finding.kind.rawValue), ("key", finding.text.key), ("message", finding.text.text(in: language)),
                ("hint", finding.hintText?.text(in: language)), ("page", finding.page),
            ]
            out += Array("  {".utf8)
            for (position, (key, value)) in fields.enumerated() {
                out += Array((position == 0 ? "" : ", ").utf8)
                JSONText.append(Array(key.utf8), to: &out)
                out += Array(": ".utf8)
                switch value {
                case let text as String: JSONText.append(Array(text.utf8), to: &out)
                case let number as Int: out += Array(String(number).utf8)
                default: out += Array("null".utf8)
                }
            }
            out += Array("}".utf8)
        }
        out += Array((findings.isEmpty ? "]\n" : "\n]\n").utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// How many findings of each kind, in the kinds' order: `3 illustrative-value, 1 parts-total`.
    public var summary: String {
        ReviewFinding.Kind.allCases.compactMap { kind in
            let count = findings.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }.joined(separator: ", ")
    }
}
