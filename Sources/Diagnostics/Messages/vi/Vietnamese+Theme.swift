extension Vietnamese {
    /// Việc đọc thư mục nội dung và thư mục giao diện (theme), và giao diện có sẵn (`minhbach theme export`).
    static let theme: [String: String] = [
        "load.content-folder-missing": "không có thư mục nội dung '{path}'",
        "load.content-folder-missing-hint": "chỉ ra thư mục khác bằng --content",
        "load.theme-folder-missing": "không có thư mục giao diện (theme) '{path}'",
        "load.theme-folder-missing-hint": "chỉ ra thư mục khác bằng --theme",
        "load.broken-link": "đây là liên kết tượng trưng (symbolic link) tới một tệp không tồn tại",
        "load.broken-link-to": "đây là liên kết tượng trưng (symbolic link) tới một tệp không tồn tại ('{target}')",
        "load.broken-link-hint": "khôi phục tệp mà liên kết trỏ tới, hoặc xóa liên kết",
        "load.link-outside-content": "liên kết này trỏ ra ngoài thư mục nội dung nên không được đọc",
        "load.link-outside-theme": "liên kết này trỏ ra ngoài thư mục giao diện (theme) nên không được đọc",
        "load.cannot-read": "không đọc được tệp này",
        "load.changed-while-building": "tệp này đã thay đổi trong khi đang tạo trang",
        "load.changed-while-building-hint": "hãy tạo lại sau khi lưu xong tệp; trang cũ vẫn được giữ nguyên",
        "theme.export-not-empty": "thư mục '{path}' không trống; giao diện (theme) chỉ được ghi vào thư mục mới hoặc thư mục trống",
        "theme.export-not-empty-hint": "chỉ ra một thư mục chưa có, ví dụ 'minhbach theme export giao-dien'",
        "theme.export-not-folder": "'{path}' là một tệp, không phải thư mục",
        "theme.exported": "Đã ghi giao diện (theme) có sẵn ({count} tệp) vào {path}.",
        "theme.exported-use": "Thư mục tên 'theme' đặt cạnh 'content' được dùng tự động; thư mục khác thì dùng --theme {path}. Mỗi tệp trong đó thay cho tệp cùng tên của giao diện có sẵn; tệp nào bị xóa thì lại lấy từ giao diện có sẵn.",
    ]
}
