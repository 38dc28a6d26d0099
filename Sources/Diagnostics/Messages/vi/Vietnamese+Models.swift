extension Vietnamese {
    /// Các mô hình "Dân vận khéo": trang mô hình và danh mục lĩnh vực.
    static let models: [String: String] = [
        "models.no-fields-file": "các mô hình cần có danh mục lĩnh vực, {file}",
        "models.no-fields-file-hint": "một tệp CSV với các cột code,name, mỗi lĩnh vực một hàng",
        "models.replicated-by-builder": "mô hình được các đơn vị khác nhân rộng, không phải đơn vị đã xây dựng nó",
        "models.unknown-field": "không có lĩnh vực '{field}'",
        "models.fields-hint": "các lĩnh vực: {fields}",
        "models.image-not-found": "không tìm thấy tệp ảnh '{image}' trong content/",
        "models.image-not-found-hint": "ghi tên một tệp PNG, JPEG hoặc GIF, tính từ thư mục của trang này",
        "models.bad-field-code": "'{code}' không phải là mã lĩnh vực (chữ thường, chữ số và dấu gạch ngang)",
        "models.field-defined-twice": "lĩnh vực '{code}' đã được khai báo",
        "models.field-without-name": "lĩnh vực '{code}' không có tên",
        "models.needs-unit": "mô hình cần có 'unit': mã của đơn vị đã xây dựng mô hình",
        "models.needs-field": "mô hình cần có 'field': mã lĩnh vực của mô hình",
        "models.needs-year": "mô hình cần có 'year': năm được công nhận (hoặc bắt đầu)",
        "models.implausible-year": "{year} không phải là một năm hợp lý",
        "models.replicated-by-needs-status": "'replicated_by' chỉ dùng cho mô hình có trạng thái 'nhan-rong'",
        "models.image-needs-alt": "ảnh cần có 'image_alt': mô tả nội dung ảnh cho người đọc không nhìn thấy ảnh",
        "models.image-needs-alt-hint": "thêm một dòng image_alt: \"…\" mô tả bức ảnh",
        "models.results-not-a-list": "'results' phải là danh sách các mục '- label: …'",
        "models.result-needs-value": "kết quả cần có 'value': một con số",
    ]
}
