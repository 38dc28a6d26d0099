extension Vietnamese {
    /// Tệp CSV đọc thành bảng (tệp số liệu, danh mục đơn vị, `{csv-table}`) và các số trong ô
    /// theo cách viết mà tệp khai báo nêu.
    static let csv: [String: String] = [
        "csv.unclosed-quote": "dấu nháy chưa đóng: ô bắt đầu ở đây không có điểm kết thúc",
        "csv.unclosed-quote-hint": "đóng ô bằng dấu \" hoặc viết dấu nháy bên trong ô thành \"\"",
        "csv.text-after-quote": "có chữ sau dấu nháy đóng của ô thứ {field}",
        "csv.text-after-quote-hint": "đặt toàn bộ nội dung ô trong dấu nháy",
        "csv.quote-in-unquoted-field": "có dấu nháy trong một ô không đặt trong dấu nháy",
        "csv.quote-hint": "đặt cả ô trong dấu nháy và viết dấu nháy bên trong thành hai dấu: \"a \"\"b\"\" c\"",
        "csv.too-many-fields": "hàng có {count} ô, hàng tiêu đề có {width}",
        "csv.too-many-fields-hint": "ô có chứa '{delimiter}' phải đặt trong dấu nháy kép",
        "csv.too-few-fields": "hàng này có {count} trong {width} ô của hàng tiêu đề: thiếu {missing}",
        "csv.too-few-fields-hint": "ô trống vẫn cần dấu '{delimiter}' của nó (viết '{example}' khi các ô cuối để trống); giá trị có xuống dòng phải đặt trong dấu nháy kép",
        "csv.wrong-delimiter": "hàng tiêu đề tách được thành {count} cột theo '{other}' nhưng chỉ 1 cột theo '{delimiter}', dấu phân cách dùng để đọc tệp này",
        "csv.wrong-delimiter-declaration-hint": "ghi dòng 'delimiter: \"{other}\"' trong tệp khai báo '{declaration}'",
        "csv.wrong-delimiter-fixed-hint": "các ô của tệp này phân cách bằng '{delimiter}': lưu lại tệp dạng CSV với dấu '{delimiter}'",
        "csv.empty-file": "tệp trống",
        "csv.empty-file-hint": "hàng đầu tiên ghi tên các cột",
        "csv.unknown-column": "không có cột '{name}'",
        "csv.columns": "các cột: {columns}",
        "csv.column-twice": "cột '{name}' được ghi hai lần",
        "csv.missing-column": "thiếu cột '{name}'",
        "csv.missing-column-hint": "hàng tiêu đề phải có các cột: {columns}",
        "notation.not-a-number": "'{text}' không phải là số",
        "notation.thousands-misplaced": "'{text}' có dấu phân cách hàng nghìn '{thousands}' đặt sai chỗ",
        "notation.thousands-misplaced-hint": "tệp này khai báo dấu thập phân '{decimal}' và dấu hàng nghìn '{thousands}'; kiểm tra lại tệp khai báo hoặc con số",
        "notation.percent-hint": "viết số không kèm '%': đơn vị đo của chỉ tiêu đã là phần trăm",
        "notation.letters-hint": "chỉ viết con số; đơn vị và lời ghi chú đặt ở cột 'note'",
        "notation.decimal-hint": "tệp này khai báo '{decimal}' là dấu thập phân; viết {number}",
        "notation.more-rows": "lỗi này còn ở {count} hàng nữa của tệp (dòng {lines})",
        "notation.one-more-row": "lỗi này còn ở 1 hàng nữa của tệp (dòng {lines})",
    ]
}
