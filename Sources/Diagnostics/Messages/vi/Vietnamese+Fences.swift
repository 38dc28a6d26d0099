extension Vietnamese {
    /// Rào của khối lệnh: khối mở bằng ```{tên} mà không đóng.
    static let fences: [String: String] = [
        "fence.unclosed": "khối lệnh mở ở đây không được đóng: {fence}",
        "fence.unclosed-hint": "kết thúc khối bằng một dòng {close} sau dòng cuối của nó; nếu không, mọi nội dung bên dưới đều thuộc khối này (khối nằm trong khối khác cần rào ngắn hơn rào của khối bao ngoài)",
    ]
}
