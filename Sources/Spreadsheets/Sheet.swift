/// One worksheet: its name as given (made safe by `SheetNames`) and its rows, the first one the
/// header, shown bold and kept in view while scrolling.
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var rows: [[SheetCell]]

    public init(name: String, rows: [[SheetCell]]) {
        self.name = name
        self.rows = rows
    }
}
