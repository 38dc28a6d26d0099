import Formatting

/// The period a document covers: a year (`2023`), years (`2023-2025`), an open end (`2023-`),
/// a half (`2021-H1`) or a quarter (`2024-Q3`).
public struct DocumentPeriod: Sendable, Hashable, CustomStringConvertible {
    public enum Span: Sendable, Hashable {
        case years(Int, Int?)
        case half(Int, Int)
        case quarter(Int, Int)
    }
    public var span: Span

    public init?(_ text: String) {
        let trimmed = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "–", with: "-")
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func year(_ s: String) -> Int? { s.count == 4 ? Int(s) : nil }
        guard let first = parts.first.flatMap(year) else { return nil }
        switch parts.count {
        case 1: span = .years(first, first)
        case 2 where parts[1].isEmpty: span = .years(first, nil)
        case 2 where parts[1] == "H1" || parts[1] == "H2": span = .half(first, parts[1] == "H1" ? 1 : 2)
        case 2 where parts[1].count == 2 && parts[1].hasPrefix("Q"):
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            span = .quarter(first, q)
        case 2:
            guard let last = year(parts[1]), last >= first else { return nil }
            span = .years(first, last)
        default: return nil
        }
    }

    public var description: String {
        switch span {
        case .years(let a, let b?) where a == b: String(a)
        case .years(let a, let b?): "\(a)-\(b)"
        case .years(let a, nil): "\(a)-"
        case .half(let y, let h): "\(y)-H\(h)"
        case .quarter(let y, let q): "\(y)-Q\(q)"
        }
    }

    /// The period by its parts, for `LocaleFormat`: "giai đoạn 2023 - 2025", "từ năm 2023".
    public var name: PeriodName {
        switch span {
        case .years(let a, let b?) where a == b: .year(a)
        case .years(let a, let b?): .years(a, b)
        case .years(let a, nil): .since(a)
        case .half(let y, let h): .half(h, year: y)
        case .quarter(let y, let q): .quarter(q, year: y)
        }
    }
}
