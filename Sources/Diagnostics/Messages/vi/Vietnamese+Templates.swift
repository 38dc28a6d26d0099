extension Vietnamese {
    /// Mẫu giao diện (template) được kiểm tra khi bắt đầu dựng trang, và các chuỗi giao diện.
    static let templates: [String: String] = [
        "templates.unknown-name": "không có tên '{name}' (không có trong {views})",
        "templates.no-names-inside": "'{name}': không đọc được '{part}' bên trong một giá trị không có tên nào",
        "templates.ui-string-missing": "thiếu chuỗi giao diện '{key}' cho ngôn ngữ '{language}' (thêm vào {file})",
    ]
}
