/// Problems gathered during one stage, so that a run reports all of them at once.
public struct Diagnostics: Sendable, Equatable {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) { self.all = all }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errorCount: Int { all.count { $0.severity == .error } }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }
    public mutating func append(contentsOf list: [Diagnostic]) { all.append(contentsOf: list) }

    /// Each problem once: a site built in two languages checks what they share twice.
    public mutating func removeDuplicates() {
        var seen: Set<String> = []
        all = all.filter { seen.insert($0.description).inserted }
    }

    public mutating func error(at location: SourceLocation?, _ message: String, hint: String? = nil) {
        all.append(.error(at: location, message, hint: hint))
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
}
