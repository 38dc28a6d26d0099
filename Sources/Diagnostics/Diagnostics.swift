import Formatting

/// Problems gathered during one stage, so that a run reports all of them at once.
///
/// A file can hold the same mistake a million times (a CSV header of a million commas): after
/// `shownPerKind` problems of one kind in one file, the rest are only counted, and one line
/// "… and 999,990 more like this in this file" stands for them. The cap is applied here, as
/// problems arrive, so that it holds for every stage and memory stays bounded.
public struct Diagnostics: Sendable, Equatable {
    /// How many problems of one kind in one file are kept and shown.
    public static let shownPerKind = 10

    /// The problems kept, in the order they came.
    private var kept: [Diagnostic] = []
    /// How many of each kind are kept.
    private var keptCounts: [DiagnosticKind: Int] = [:]
    /// The problems of each kind beyond the cap: only counted.
    private var overflow: [DiagnosticKind: Overflow] = [:]
    /// Errors and warnings counted, including those beyond the cap.
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0

    /// What is known of the problems left out of one kind: how many, the first one (where the
    /// summary line is put) and a fingerprint of their texts, so that the same problems found
    /// twice (a site in two languages checks its data twice) are recognised as such.
    struct Overflow: Sendable, Equatable {
        var count: Int
        var first: Diagnostic
        var fingerprint: Int
    }

    public init(_ all: [Diagnostic] = []) {
        for diagnostic in all { append(diagnostic) }
    }

    /// Every problem kept, then one summary line per kind that went over the cap.
    public var all: [Diagnostic] { kept + summaries }

    public var hasErrors: Bool { errorCount > 0 }
    /// No problem at all, kept or counted.
    public var isEmpty: Bool { errorCount == 0 && warningCount == 0 }

    /// Whether a problem like `diagnostic` (its kind, in its file) would now only be counted:
    /// what is worked out only to be shown with it, a "did you mean", need not be. (Working it
    /// out for each of thousands of broken references in one page took time quadratic in the page.)
    public func onlyCounts(_ diagnostic: Diagnostic) -> Bool {
        keptCounts[DiagnosticKind(diagnostic), default: 0] >= Self.shownPerKind
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        let kind = DiagnosticKind(diagnostic)
        let count = keptCounts[kind, default: 0]
        if count < Self.shownPerKind {
            keptCounts[kind] = count + 1
            kept.append(diagnostic)
        } else if var more = overflow[kind] {
            more.count += 1
            more.fingerprint &+= diagnostic.description.hashValue
            overflow[kind] = more
        } else {
            overflow[kind] = Overflow(count: 1, first: diagnostic, fingerprint: diagnostic.description.hashValue)
        }
    }

    /// Adds another stage's or thread's problems, the cap applying to the whole. A kind that
    /// went over the cap in both, with the same problems kept and the same left out, is the same
    /// file checked twice: it is counted once.
    public mutating func append(contentsOf other: Diagnostics) {
        let repeated = Set(other.overflow.keys.filter { kind in
            overflow[kind] == other.overflow[kind]
                && kept.filter { DiagnosticKind($0) == kind } == other.kept.filter { DiagnosticKind($0) == kind }
        })
        for diagnostic in other.kept where repeated.isEmpty || !repeated.contains(DiagnosticKind(diagnostic)) {
            append(diagnostic)
        }
        for (kind, more) in other.overflow.sorted(by: { $0.value.first.description < $1.value.first.description })
        where !repeated.contains(kind) {
            switch more.first.severity {
            case .error: errorCount += more.count
            case .warning: warningCount += more.count
            }
            if var mine = overflow[kind] {
                mine.count += more.count
                mine.fingerprint &+= more.fingerprint
                overflow[kind] = mine
            } else {
                overflow[kind] = more
            }
        }
    }

    public mutating func append(contentsOf list: [Diagnostic]) {
        for diagnostic in list { append(diagnostic) }
    }

    /// Each problem once: a site built in two languages checks what they share twice.
    public mutating func removeDuplicates() {
        var seen: Set<String> = []
        var removed: [Diagnostic] = []
        kept = kept.filter { diagnostic in
            if seen.insert(diagnostic.description).inserted { return true }
            removed.append(diagnostic)
            return false
        }
        for diagnostic in removed {
            let kind = DiagnosticKind(diagnostic)
            keptCounts[kind, default: 1] -= 1
            switch diagnostic.severity {
            case .error: errorCount -= 1
            case .warning: warningCount -= 1
            }
        }
    }

    public mutating func error(at location: SourceLocation?, _ message: Message, hint: Message? = nil) {
        append(.error(at: location, message, hint: hint))
    }

    /// One line for each kind over the cap, where its first left-out problem is.
    var summaries: [Diagnostic] {
        overflow.values.map { more in
            let key = more.first.location == nil ? "diagnostics.more" : "diagnostics.more-in-file"
            return Diagnostic(more.first.severity, at: more.first.location, Message(key, ["count": .count(more.count)]))
        }.sorted { ($0.location?.description ?? "", $0.message) < ($1.location?.description ?? "", $1.message) }
    }

    /// Sorted by file and position so that the report reads in order and stays stable
    /// whichever thread found each problem.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    public static func == (lhs: Diagnostics, rhs: Diagnostics) -> Bool {
        lhs.kept == rhs.kept && lhs.overflow == rhs.overflow
    }
}
