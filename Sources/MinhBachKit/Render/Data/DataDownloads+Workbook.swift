import Spreadsheets

/// The data as workbooks for office users: per indicator one (its values, then the definitions),
/// and one for the whole (a sheet per indicator, the units registry, the definitions). The sheets
/// hold the CSV's rows cell for cell, numbers stored as numbers.
extension DataDownloads {
    func workbook(_ result: IndicatorResult) -> OutputFile {
        let sheets = [Sheet(name: result.indicator.id, rows: table(result)), definitions([result])]
        return OutputFile(path: data.downloadPath(result.indicator.id, "xlsx"), bytes: Workbook(sheets: sheets).bytes())
    }

    /// Written a sheet at a time: the rows of every indicator at once were the largest thing a
    /// 10,000-page build held.
    func wholeWorkbook(_ results: [IndicatorResult]) -> OutputFile {
        let units = data.unitsFile
        let definitions = definitions(results)
        let workbook = Workbook.Writer(sheetNames: results.map(\.indicator.id) + (units == nil ? [] : ["don-vi"]) + [definitions.name])
        for result in results { workbook.add(Sheet(name: result.indicator.id, rows: table(result))) }
        if let units {
            workbook.add(Sheet(name: "don-vi", rows: CSVReader().read(units.text ?? "").table.rows.map { $0.map(SheetCell.text) }))
        }
        workbook.add(definitions)
        return OutputFile(path: data.workbookPath, bytes: workbook.bytes())
    }

    /// What each column means and what each indicator is, in Vietnamese and English: the same
    /// words as the README of the zip.
    func definitions(_ results: [IndicatorResult]) -> Sheet {
        var rows: [[SheetCell]] = [["Cột / chỉ tiêu", "Kiểu", "Mô tả", "Description"].map(SheetCell.text)]
        for (field, (vietnamese, english)) in zip(Self.csvFields, Self.fieldDescriptions) {
            rows.append([.text(field.name), .text(field.type), .text(vietnamese), .text(english)])
        }
        rows.append([])
        rows.append(["Chỉ tiêu / indicator", "Đo bằng / measure", "Tên", "Mô tả / description"].map(SheetCell.text))
        for result in results {
            let indicator = result.indicator
            rows.append([.text(indicator.id), .text(indicator.definition.measure.rawValue), .text(indicator.title),
                         .text(result.illustrative ? illustrativeDescription : indicator.page.description ?? "")])
        }
        return Sheet(name: language == "en" ? "Definitions" : "Định nghĩa", rows: rows)
    }

    /// The columns of `csvFields`, in order.
    static let fieldDescriptions: [(String, String)] = [
        ("Mã chỉ tiêu (tên trang của chỉ tiêu)", "Indicator code (the name of its page)"),
        ("Mã đơn vị; trống hoặc mã của toàn tỉnh cho giá trị chung", "Unit code; the whole's code or empty for the whole's value"),
        ("Tên đơn vị", "Unit name"),
        ("Kỳ báo cáo: 2024, 2024-H1, 2024-Q2, 2024-05", "Reporting period: 2024, 2024-H1, 2024-Q2, 2024-05"),
        ("Giá trị, dấu chấm thập phân; trống với chỉ tiêu xếp loại", "Value, decimal point; empty for a graded indicator"),
        ("Nguồn gốc giá trị: official, estimate, derived, illustrative", "What the value is: official, estimate, derived, illustrative"),
        ("true: dữ liệu minh họa, không phải số đo thật", "true: illustrative data, not measured"),
        ("Nguồn số liệu", "Source of the value"),
        ("Văn bản trích dẫn (mã trên trang)", "Document cited (its id on the site)"),
        ("Ghi chú", "Note"),
        ("Tệp số liệu gốc (so-lieu/…csv), công bố tại cùng đường dẫn", "Source data file (so-lieu/…csv), published at the same path"),
        ("Dòng trong tệp số liệu gốc", "Row in the source data file"),
        ("Mã mức xếp loại", "Grade code"),
        ("Tên mức xếp loại", "Grade name"),
    ]
}
