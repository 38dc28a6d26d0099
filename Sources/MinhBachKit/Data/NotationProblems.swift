import Diagnostics

/// A wrong notation declaration (`decimal: ","` for a file written `30.58`) makes every value
/// of the file wrong the same way: one error per cause and file — at its first row, with how many
/// more rows have it — says it once, instead of the same error on every row.
struct NotationProblems {
    private struct Group {
        var first: Diagnostic
        var lines: [Int]
    }

    private var groups: [Group] = []
    private var index: [String: Int] = [:]
    /// How many more rows' lines the hint lists.
    static let linesShown = 5

    /// The problems that are not about notation; those that are are kept to be reported once.
    mutating func setAside(_ problems: Diagnostics) -> Diagnostics {
        var others = Diagnostics()
        for problem in problems.all {
            guard problem.text.key.hasPrefix("notation."), let location = problem.location else {
                others.append(problem)
                continue
            }
            // The cause: what the hint says to do (the same for every row), else the message's kind.
            let cause = "\(location.path)|\(problem.hintTexts.first?.key ?? problem.text.key)"
            if let position = index[cause] {
                groups[position].lines.append(location.line)
            } else {
                index[cause] = groups.count
                groups.append(Group(first: problem, lines: []))
            }
        }
        return others
    }

    /// Each cause once, at its first row, with "the same in N more rows (lines …)".
    func report(into diagnostics: inout Diagnostics) {
        for group in groups {
            var diagnostic = group.first
            if !group.lines.isEmpty {
                var lines = group.lines.prefix(Self.linesShown).map(String.init).joined(separator: ", ")
                if group.lines.count > Self.linesShown { lines += ", …" }
                diagnostic.hintTexts.append(group.lines.count == 1
                    ? Message("notation.one-more-row", ["lines": .text(lines)])
                    : Message("notation.more-rows", ["count": .count(group.lines.count), "lines": .text(lines)]))
            }
            diagnostics.append(diagnostic)
        }
    }
}
