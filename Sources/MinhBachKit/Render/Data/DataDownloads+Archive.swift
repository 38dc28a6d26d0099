import Spreadsheets

/// `du-lieu.zip`: the whole data set in one file — every CSV of the data package, the package
/// itself, the workbook of the whole, the data files the values cite (under their folder) and a
/// README in Vietnamese and English saying what each file is. Unzipped, it is a Data Package that
/// validates as the site's does.
extension DataDownloads {
    /// Whether the zip holds this file of the downloads: the CSVs, the package, the workbook.
    func isArchived(_ file: OutputFile) -> Bool {
        file.path.hasPrefix(data.indicatorsFolder + "/") && (file.path.hasSuffix(".csv") || file.path == data.packagePath || file.path == data.workbookPath)
    }

    /// `archived`: the files of the downloads it holds (`isArchived`), in the order they were made.
    func archive(_ archived: [OutputFile], sources: [OutputFile]) -> OutputFile {
        let folder = data.indicatorsFolder + "/"
        var entries = [ZipArchive.Entry(path: "README.txt", bytes: Array(readme(sources: sources).utf8))]
        entries += archived.map { ZipArchive.Entry(path: String($0.path.dropFirst(folder.count)), bytes: $0.bytes) }
        entries += sources.map { ZipArchive.Entry(path: $0.path, bytes: $0.bytes) }
        return OutputFile(path: data.archivePath, bytes: ZipArchive.bytes(entries))
    }

    /// Plain text, CRLF, so that Notepad shows its lines.
    func readme(sources: [OutputFile]) -> String {
        var lines = [
            siteTitle, "",
            "Tệp này chứa toàn bộ dữ liệu của trang, mỗi tệp CSV mã hóa UTF-8 (có BOM), phân cách bằng dấu phẩy,",
            "dấu chấm thập phân. This archive holds all the site's data; every CSV file is UTF-8 (with a BOM),",
            "comma-separated, with a decimal point.", "",
            "datapackage.json",
            "    Mô tả gói dữ liệu theo chuẩn Frictionless Data Package: các tệp, các cột và kiểu của chúng.",
            "    The Frictionless Data Package descriptor: the files, their columns and types.",
            "du-lieu.xlsx",
            "    Bảng tính Excel: mỗi chỉ tiêu một trang tính, số lưu dạng số, trang định nghĩa các cột.",
            "    Excel workbook: a sheet per indicator, numbers stored as numbers, a sheet of definitions.",
        ]
        if data.unitsFile != nil {
            lines += ["don-vi.csv", "    Danh mục đơn vị: mã, tên, loại.", "    Units registry: code, name, kind."]
        }
        for indicator in data.indicators where data.result(indicator.id) != nil {
            lines += [indicator.id + ".csv", "    " + indicator.title,
                      "    Giá trị của chỉ tiêu theo đơn vị và kỳ. The indicator's values by unit and period."]
        }
        if !sources.isEmpty {
            lines += ["", "Các tệp số liệu gốc mà giá trị trích dẫn (cột file, row) — the source data files the values cite",
                      "(columns file and row), as their authors wrote them:"]
            lines += sources.map { "    " + $0.path }
        }
        lines += ["", "Các cột của tệp CSV chỉ tiêu / the columns of an indicator's CSV:"]
        for (field, (vietnamese, english)) in zip(Self.csvFields, Self.fieldDescriptions) {
            lines += ["    \(field.name) (\(field.type)): \(vietnamese). \(english)."]
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
