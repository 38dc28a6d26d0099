extension Vietnamese {
    /// Văn bản: phần khai báo đầu trang, số và ký hiệu, quan hệ giữa các văn bản, số thứ tự các mục.
    static let documents: [String: String] = [
        "documents.number-twice": "hai văn bản có cùng số '{number}': văn bản này và {other}",
        "documents.number-twice-hint": "mỗi số chỉ ứng với một văn bản; hãy sửa một trong hai",
        "documents.unknown-relation-target": "'{relation}' ghi '{target}', nhưng đây không phải là văn bản của trang",
        "documents.unknown-relation-target-hint": "ghi văn bản theo tên tệp (không có .md) hoặc theo số, hoặc thêm bản ghi văn bản đó vào {folder}/",
        "documents.related-to-itself": "văn bản không thể có quan hệ với chính nó",
        "documents.unknown-kind": "không rõ loại văn bản '{kind}'",
        "documents.kinds-hint": "các loại đã biết: {kinds}",
        "documents.number-with-spaces": "số và ký hiệu không có dấu cách, ví dụ '27-KH/BDVTU-BCSD'",
        "documents.bad-system": "'{system}' không phải là 'state' hay 'party'",
        "documents.bad-system-hint": "văn bản của Đảng mang tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM; văn bản nhà nước mang Quốc hiệu",
        "documents.not-a-date": "'{date}' không phải là ngày",
        "documents.date-hint": "ghi YYYY-MM-DD, hoặc YYYY-MM / YYYY khi để trống ngày hoặc tháng",
        "documents.unknown-status": "không rõ trạng thái '{status}'",
        "documents.statuses-hint": "một trong: {statuses}",
        "documents.not-a-period": "'{period}' không phải là một kỳ",
        "documents.period-hint": "ghi 2023, 2023-2025, 2023- (chưa có năm kết thúc), 2021-H1 hoặc 2024-Q3",
        "documents.numbering-skips": "mục '{section}' đứng sau '{previous}': số thứ tự bị nhảy hoặc lặp lại",
        "documents.numbering-skips-at-start": "mục '{section}' đứng đầu phần của nó: số thứ tự bị nhảy hoặc lặp lại",
        "documents.numbering-skips-hint": "kiểm tra xem có đề mục nào bị mất không, hoặc đề mục này có được đánh số như bản in không",
    ]
}
