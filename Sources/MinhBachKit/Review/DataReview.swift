import Diagnostics

/// The reviewer: reads the site's checked data, documents and indicator definitions and lists
/// what a careful reader would query before the figures are published. It changes nothing and
/// fails nothing: each finding is a warning (an error with `--strict`).
///
/// Each kind of finding has its own file (`DataReview+Values.swift` …); the rules and an example
/// of each are in `docs/review.md`.
public struct DataReview: Sendable {
    let site: SiteIndex
    var data: DataCatalog { site.data }

    public init(site: SiteIndex) { self.site = site }

    /// Every finding, in the order of file, line, column and kind.
    public var findings: [ReviewFinding] {
        var all: [ReviewFinding] = []
        all += illustrativeValues()
        all += derivedValues()
        all += targetGaps()
        all += unquotedTargets()
        all += basisChanges()
        all += staleValues()
        all += seriesJumps()
        all += partsAgainstTotals()
        all += citationConflicts()
        all += MonthOnlyDates.findings(dayDeadlineComparisons)
        all += periodicTasks()
        return Array(Set(all)).sorted(by: ReviewFinding.ordered)
    }

    /// The page of an indicator, at one of its sections (`so-lieu`, `don-vi`, `dinh-nghia` …).
    func page(_ indicator: Indicator, _ section: String? = nil) -> String {
        indicator.page.outputPath + (section.map { "#" + $0 } ?? "")
    }

    /// The results of the site's indicators, in the dashboard's order.
    var results: [IndicatorResult] { data.indicators.compactMap { data.result($0.id) } }

    /// "a, b and 3 more": at most `shown` names, so that a line stays a line.
    static func list(_ items: [String], shown: Int = 3) -> Message.Value {
        list(items.map { .text($0) }, shown: shown)
    }

    /// "a, b and 3 more" of messages.
    static func list(_ items: [Message.Value], shown: Int = 3) -> Message.Value {
        let named = joined(Array(items.prefix(shown)), key: .comma)
        guard items.count > shown else { return named }
        return .message(Message("review.list-more", ["items": named, "count": .count(items.count - shown)]))
    }

    /// How the parts of a message are joined: `a, b`, `a + b`, `a; and as b`.
    enum Joint { case comma, plus, andAs }

    static func joined(_ items: [Message.Value], key joint: Joint) -> Message.Value {
        guard var all = items.first else { return .text("") }
        for next in items.dropFirst() {
            let parts: [String: Message.Value] = ["first": all, "next": next]
            all = switch joint {
            case .comma: .message(Message("review.join-comma", parts))
            case .plus: .message(Message("review.join-plus", parts))
            case .andAs: .message(Message("review.join-and-as", parts))
            }
        }
        return all
    }

    /// What `count` counts.
    enum Noun { case value, indicator, target, unit }

    /// "1 value", "3 values".
    static func count(_ n: Int, _ noun: Noun) -> Message.Value {
        let one = n == 1, count: [String: Message.Value] = ["count": .count(n)]
        let message = switch noun {
        case .value: one ? Message("review.count-value", count) : Message("review.count-values", count)
        case .indicator: one ? Message("review.count-indicator", count) : Message("review.count-indicators", count)
        case .target: one ? Message("review.count-target", count) : Message("review.count-targets", count)
        case .unit: one ? Message("review.count-unit", count) : Message("review.count-units", count)
        }
        return .message(message)
    }
}
