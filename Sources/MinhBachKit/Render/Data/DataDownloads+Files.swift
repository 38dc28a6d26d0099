import Formatting
import Spreadsheets
import Parallel

/// Every file of the downloads, in a fixed order: per indicator its CSV, workbook and JSON; the
/// units registry and the data package; the workbook and the zip of the whole; the data files
/// the values cite.
extension DataDownloads {
    func files(sourceFiles: ContentFiles) -> [OutputFile] {
        let results = data.indicators.compactMap { data.result($0.id) }
        var files = results.parallelMap { [csv($0), workbook($0), json($0)] }.flatMap { $0 }
        files += package()
        files.append(wholeWorkbook(results))
        let sources = publishedSources(sourceFiles)
        files.append(archive(files, sources: sources))
        return files + sources
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
