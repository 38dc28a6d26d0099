/// Days between dates, counted on the proleptic Gregorian calendar: how late a report came,
/// how long a task is overdue.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before), by the days-from-civil algorithm, so that no
    /// time zone or clock takes part.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = CalendarDate(year: year, month: month, day: day)!
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `later` (negative when `later` is earlier).
    public func days(to later: CalendarDate) -> Int { later.dayNumber - dayNumber }

    /// The last day of the date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: Self.daysIn(month: month, year: year))!
    }
}
