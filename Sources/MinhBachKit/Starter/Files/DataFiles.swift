/// `content/so-lieu/`: a CSV of a few units and years and its declaration, every value
/// declared illustrative so that each page showing it says so.
enum DataFiles {
    static let rows: [(unit: String, values: [String])] = [
        ("xa-a", ["91.5", "94.2", "96.8"]),
        ("xa-b", ["88.0", "90.5", "93.1"]),
        ("phuong-c", ["95.2", "96.0", "97.4"]),
    ]
    static let years = ["2022", "2023", "2024"]

    static func csv(_ w: StarterWords) -> String {
        var lines = ["indicator,unit,period,value"]
        for row in rows {
            for (year, value) in zip(years, row.values) {
                // Vietnamese values are written the Vietnamese way, "91,5", quoted because of the comma.
                let cell = w.isVietnamese ? "\"" + value.replacingOccurrences(of: ".", with: ",") + "\"" : value
                lines.append("\(StarterWords.indicatorID),\(row.unit),\(year),\(cell)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func declaration(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        # Tệp khai báo của \(StarterWords.dataName).csv: cách viết số trong tệp đó (MinhBạch không đoán).
        # Mỗi hàng của tệp .csv là một giá trị: indicator (mã chỉ tiêu), unit (mã đơn vị trong don-vi.csv),
        # period (kỳ: 2024, 2024-H1, 2024-Q3, 2024-05), value (giá trị, không ghi %).
        # Thêm một năm: thêm các hàng như  \(StarterWords.indicatorID),xa-a,2025,"97,9"
        # Giá trị có dấu phẩy thập phân phải đặt trong dấu ngoặc kép.
        delimiter: ","          # dấu ngăn cách các cột
        decimal: ","            # dấu thập phân: 96,8
        thousands: "."          # dấu ngăn cách hàng nghìn: 41.977
        layout: tidy            # mỗi hàng một giá trị
        # Số liệu do máy tạo để minh họa: mọi trang dùng đến đều ghi "dữ liệu minh họa".
        # Khi thay bằng số liệu thật, sửa thành false và sửa dòng source.
        illustrative: true
        source: "Dữ liệu minh họa do lệnh minhbach new tạo"
        """ + "\n" : """
        # The declaration of \(StarterWords.dataName).csv: how its numbers are written (MinhBạch never guesses).
        # Each row of the .csv file is one value: indicator (the indicator's id), unit (a code of don-vi.csv),
        # period (2024, 2024-H1, 2024-Q3, 2024-05), value (a number, without %).
        # To add a year, add rows such as  \(StarterWords.indicatorID),xa-a,2025,97.9
        delimiter: ","          # what separates the columns
        decimal: "."            # the decimal mark: 96.8
        thousands: ","          # the thousands separator: 41,977
        layout: tidy            # one value per row
        # Figures made up for the example: every page that shows them says "illustrative".
        # When you put in real figures, set this to false and change the source line.
        illustrative: true
        source: "Illustrative data made by minhbach new"
        """ + "\n"
    }
}
