/// The date of issue as printed, which may leave the day or the month blank
/// ("ngày   tháng 6 năm 2021"): written `2021-06-07`, `2021-06` or `2021`.
public struct IssueDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Six bytes, not three whole numbers and two flags: every document keeps its date. A month
    /// or day of 0 is left blank.
    private let storedYear: Int32
    private var storedMonth: UInt8 = 0
    private var storedDay: UInt8 = 0

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int32(parts[0]), year > 0 else { return nil }
        storedYear = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = UInt8(parts[1]), (1...12).contains(month) else { return nil }
            storedMonth = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = UInt8(parts[2]), CalendarDate(year: Int(year), month: Int(storedMonth), day: Int(day)) != nil
            else { return nil }
            storedDay = day
        }
    }

    /// A page's date (whose year has four digits, as a document's).
    public init(_ date: CalendarDate) {
        (storedYear, storedMonth, storedDay) = (Int32(clamping: date.year), UInt8(date.month), UInt8(date.day))
    }

    /// As written in the front matter.
    public var description: String {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// The first day the date can stand for, for feeds and sorting.
    public var earliestDay: CalendarDate { CalendarDate(year: year, month: month ?? 1, day: day ?? 1)! }

    /// `07/6/2021`, `…/6/2021`, or the year alone.
    public var vietnameseShort: String {
        guard let month else { return String(year) }
        let day = self.day.map { $0 < 10 ? "0\($0)" : String($0) } ?? "…"
        return "\(day)/\(month)/\(year)"
    }

    public static func < (a: IssueDate, b: IssueDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}
