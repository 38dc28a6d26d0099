extension Vietnamese {
    /// `minhbach new`: thư mục bị từ chối, các tệp đã tạo, việc làm tiếp theo.
    static let starter: [String: String] = [
        "starter.folder-not-empty": "không tạo trang mới trong '{folder}': thư mục này không trống",
        "starter.not-a-folder": "không tạo trang mới trong '{folder}': đây là một tệp, không phải thư mục",
        "starter.folder-not-empty-hint": "hãy ghi tên một thư mục mới (sẽ được tạo) hoặc một thư mục trống; chưa có tệp nào được ghi",
        "starter.created": "Đã tạo trang mới ({kind}, {language}) trong {folder}: {count} tệp.",
        "starter.next": "Tiếp theo:",
        "starter.next-open": "rồi mở http://127.0.0.1:1313/ bằng trình duyệt; sửa các tệp trong content/, trang tự tải lại.",
        "starter.language-vi": "tiếng Việt",
        "starter.language-en": "tiếng Anh",
    ]
}
