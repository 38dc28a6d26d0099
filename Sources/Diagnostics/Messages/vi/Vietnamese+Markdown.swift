extension Vietnamese {
    /// Bộ phân tích Markdown.
    static let markdown: [String: String] = [
        "markdown.directive-too-deep": "khối lệnh lồng nhau quá {limit} cấp",
        "markdown.directive-too-deep-hint": "một khối không bao giờ được đóng sẽ chứa mọi thứ bên dưới; kiểm tra rằng mỗi ``` đều có ``` đóng",
        "markdown.footnote-too-deep": "chú thích lồng nhau quá {limit} cấp",
        "markdown.too-deep": "lồng nhau {depth} cấp; chỉ cho phép tối đa {limit} cấp",
        "markdown.too-deep-hint": "trích dẫn, danh sách, chữ nhấn mạnh, liên kết, ảnh và khối lệnh lồng trong nhau, mỗi lớp tính là một cấp",
    ]
}
