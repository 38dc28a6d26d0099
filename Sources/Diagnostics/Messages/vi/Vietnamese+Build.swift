extension Vietnamese {
    /// Các dòng tiến độ khi dựng trang.
    static let build: [String: String] = [
        "build.no-home-page": "trang web chưa có trang chủ: thư mục nội dung '{folder}' không có tệp 'index.md'",
        "build.no-home-page-hint": "hãy viết tệp '{folder}/index.md' có khóa 'title:' trong phần khai báo đầu trang, hoặc tạo một trang web mẫu bằng lệnh 'minhbach new THƯ_MỤC'",
        "build.stage": "[{number}/{total}] {name}… {ms} ms",
        "build.stage.loading": "Đọc nội dung và giao diện (theme)",
        "build.stage.parsing": "Phân tích {count} trang",
        "build.stage.resolving": "Xử lý khối lệnh, tham chiếu và liên kết",
        "build.stage.rendering": "Tạo {count} trang",
        "build.stage.writing": "Ghi {count} tệp",
        "build.stage.rendering-writing": "Tạo và ghi {count} trang",
        "build.stage.placing": "Đặt {count} tệp vào thư mục kết quả",
        "build.search-reshaped": "Chỉ mục tìm kiếm đổi cấu trúc: đã dựng lại toàn bộ trang (ghi {count} tệp).",
        "build.search-updated.one": "Đã cập nhật chỉ mục tìm kiếm trong {ms} ms (ghi 1 tệp).",
        "build.search-updated": "Đã cập nhật chỉ mục tìm kiếm trong {ms} ms (ghi {count} tệp).",
        "build.leftovers.one": "1 phần còn sót của lần dựng trang bị ngắt: {names}",
        "build.leftovers": "{count} phần còn sót của các lần dựng trang bị ngắt: {names}",
        "build.leftovers.restored": "Đã đặt lại thư mục kết quả từ {folder}, do một lần dựng trang bị ngắt để lại.",
        "build.leftovers.restored-and-removed": "Đã đặt lại thư mục kết quả từ {folder} và xóa {leftovers}.",
        "build.leftovers.removed": "Đã xóa {leftovers}.",
    ]
}
