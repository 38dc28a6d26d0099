extension Vietnamese {
    /// Mẫu giao diện và chuỗi giao diện của theme (`Render`).
    static let render: [String: String] = [
        "render.template-error": "lỗi mẫu giao diện (template): {message}",
        "render.missing-template": "giao diện (theme) thiếu tệp templates/{name}.mustache",
        "render.template.closes-other-section": "'{tag}' không đóng phần nào đang mở; phần đang mở là '{open}'",
        "render.template.closes-no-section": "'{tag}' không đóng phần nào đang mở",
        "render.template.comment-not-closed": "lời chú thích này không bao giờ được đóng",
        "render.template.triple-not-closed": "'{{{' phải kết thúc bằng '}}}'",
        "render.template.inheritance": "không hỗ trợ thẻ kế thừa mẫu và thẻ cấu hình",
        "render.template.section-not-closed": "'{tag}' không bao giờ được đóng",
        "render.template.section-close-hint": "thêm '{tag}'",
        "render.template.transforms": "'{name}': không hỗ trợ phép biến đổi",
        "render.template.tag-not-closed": "thẻ này không được đóng bằng '{end}'",
        "render.template.name-hint": "tên gồm chữ cái, chữ số và . - _ ?",
        "render.template.delimiters": "đổi dấu phân cách được viết '{{=<% %>=}}'",
        "render.template.with-hint": "{message} ({hint})",
        "render.ui-string-missing": "thiếu chuỗi giao diện '{key}' (có trong {file})",
        "render.ui-string-extra": "chuỗi giao diện '{key}' không có trong {file}",
    ]
}
