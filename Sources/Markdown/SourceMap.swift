import Diagnostics

/// Maps positions in a piece of Markdown text back to its file: which file line each of its
/// lines is, and how many characters were cut from the left of it (front matter above, a
/// directive fence's indent, a footnote's `[^label]:` prefix).
public struct SourceMap: Sendable, Equatable {
    public var path: String
    var fileLines: [Int]
    var columnShifts: [Int]

    /// Text that starts at `line` of `path`, every line shifted by `columnShift` characters.
    public init(path: String, firstLine: Int = 1, columnShift: Int = 0, lineCount: Int) {
        self.path = path
        fileLines = Array(firstLine..<(firstLine + max(lineCount, 1)))
        columnShifts = Array(repeating: columnShift, count: max(lineCount, 1))
    }

    init(path: String, fileLines: [Int], columnShifts: [Int]) {
        self.path = path
        self.fileLines = fileLines
        self.columnShifts = columnShifts
    }

    /// A 1-based local line and character column, as a location in the file.
    func location(line: Int, column: Int) -> SourceLocation {
        let index = min(max(line - 1, 0), fileLines.count - 1)
        return SourceLocation(path: path, line: fileLines[index], column: column + columnShifts[index])
    }

    /// The first 1-based local line that lies at or after `fileLine` of the file, by halving:
    /// local lines keep the file's order.
    func firstLocalLine(atOrAfter fileLine: Int) -> Int? {
        var low = 0
        var high = fileLines.count
        while low < high {
            let middle = (low + high) / 2
            if fileLines[middle] < fileLine { low = middle + 1 } else { high = middle }
        }
        return low < fileLines.count ? low + 1 : nil
    }
}
