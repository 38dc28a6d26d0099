extension Vietnamese {
    /// Danh mục đơn vị (`don-vi.csv`) và các loại đơn vị.
    static let units: [String: String] = [
        "units.bad-code": "'{code}' không phải mã đơn vị (chữ thường không dấu, chữ số và dấu gạch ngang)",
        "units.bad-code-hint": "viết '{code}'",
        "units.duplicate": "đơn vị '{code}' đã được khai báo ở dòng {line}",
        "units.unknown-kind": "không có loại đơn vị '{kind}'",
        "units.declared-kinds": "các loại đơn vị là: {kinds}; khai báo thêm loại khác trong khóa 'unit_kinds:' của site.yml",
        "units.no-name": "đơn vị '{code}' chưa có tên",
        "units.bad-date": "'{text}' không phải ngày viết theo dạng YYYY-MM-DD",
        "units.ends-before-start": "đơn vị '{code}' kết thúc ({to}) trước khi bắt đầu ({from})",
        "units.unknown-parent": "không có đơn vị cấp trên '{code}'",
        "units.own-ancestor": "đơn vị '{code}' lại là cấp trên của chính nó",
        "units.succeeds-itself": "đơn vị '{code}' không thể kế thừa chính nó",
        "units.unknown-successor": "không có đơn vị kế thừa '{code}'",
        "units.ended-without-successors": "đơn vị '{code}' kết thúc ngày {date} nhưng không nêu đơn vị kế thừa",
        "units.ended-without-successors-hint": "ghi các đơn vị nhận lại nhiệm vụ của nó, cách nhau bằng dấu ';'",
        "units.successors-without-end": "đơn vị '{code}' có đơn vị kế thừa nhưng thiếu ngày 'valid_to'",
    ]
}
