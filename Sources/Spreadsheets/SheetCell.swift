/// One cell of a worksheet. A number is stored as a number (`<c><v>30.58</v></c>`), so that a
/// spreadsheet sums and charts it; text is an inline string, which a spreadsheet never runs as a
/// formula.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    /// Written in `NumberFormat.plain`'s form, the CSV's: the two files hold the same digits.
    case number(Double)
    case bool(Bool)
    case empty
}
