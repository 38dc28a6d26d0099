import Formatting
import Spreadsheets
import Parallel

/// Every file of the downloads, in a fixed order: per indicator its CSV, workbook and JSON; the
/// units registry and the data package; the workbook and the zip of the whole; the data files
/// the values cite.
extension DataDownloads {
    /// Indicators whose files are made at once, on every core, before they go to `emit`: the
    /// files of every indicator at once were a fifth of a 10,000-page build's memory.
    static let indicatorsPerBatch = 8

    /// Hands the files to `emit` a few at a time, keeping only what the zip of the whole holds.
    func files(sourceFiles: ContentFiles, emit: ([OutputFile]) -> Void) {
        let results = data.indicators.compactMap { data.result($0.id) }
        var archived: [OutputFile] = []
        func made(_ files: [OutputFile]) {
            archived += files.filter(isArchived)
            emit(files)
        }
        for start in stride(from: 0, to: results.count, by: Self.indicatorsPerBatch) {
            made(Array(results[start..<min(start + Self.indicatorsPerBatch, results.count)])
                .parallelMap { [csv($0), workbook($0), json($0)] }.flatMap { $0 })
        }
        made(package())
        made([wholeWorkbook(results)])
        let sources = publishedSources(sourceFiles)
        emit([archive(archived, sources: sources)] + sources)
    }

    /// The data files the values cite (`so-lieu/x.csv`, row 3) at the same path in the output,
    /// so that "file, row" on a page is a link that opens. Their text is the file's, with a UTF-8
    /// BOM first (Excel then reads Vietnamese letters right) and CRLF line ends (RFC 4180; and the
    /// same file saved with LF, CRLF or CR gives the same bytes, as every other output does): the
    /// rows keep their numbers. A file this build leaves out in part (internal rows, rows of an
    /// indicator left out) is not published at all: removing rows would renumber the rest, and
    /// its public values are in the indicator's CSV anyway.
    func publishedSources(_ sourceFiles: ContentFiles) -> [OutputFile] {
        data.sourceFiles.sorted().compactMap { path in
            sourceFiles[path].map { .csv(path, LineEndings.crlf($0.text ?? "")) }
        }
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

extension DataCatalog {
    /// The whole data set as one workbook and as one zip, beside the data package.
    public var workbookPath: String { indicatorsFolder + "/du-lieu.xlsx" }
    public var archivePath: String { indicatorsFolder + "/du-lieu.zip" }
    public var unitsDownloadPath: String { indicatorsFolder + "/don-vi.csv" }
}

extension OutputFile {
    /// A CSV file of the site: a UTF-8 byte order mark first, so that Excel reads it as UTF-8
    /// (without it Vietnamese letters come out garbled); Frictionless and pandas skip it.
    static func csv(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, bytes: DataDownloads.byteOrderMark + Array(text.utf8))
    }
}
