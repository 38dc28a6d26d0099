extension Vietnamese {
    /// Máy chủ xem trước: các dòng trên màn hình và trang báo lỗi.
    static let serve: [String: String] = [
        "serve.choose-another-port": "chọn cổng khác bằng --port, hoặc 0 để lấy cổng trống bất kỳ",
        "serve.worker-stopped-idle": "tiến trình dựng trang dừng bất ngờ ({exit}) khi đang rảnh; lần thay đổi sau sẽ dựng lại toàn bộ trang",
        "serve.stopped": "Đã dừng.",
        "serve.while-building": "dựng trang",
        "serve.while-rebuilding": "dựng lại sau khi thay đổi {paths}",
        "serve.build-stopped": "việc dựng trang dừng bất ngờ ({exit}) khi đang {activity}",
        "serve.still-serving": "{problem}; vẫn phục vụ trang trước",
        "serve.serving": "Đang phục vụ {output} tại {url} (Ctrl-C để dừng)",
        "serve.listening-openly": "đang nghe trên {host}: các máy khác trong mạng đọc được trang.",
        "serve.rebuilt": "Đã dựng lại trong {ms} ms (thay đổi: {paths})",
        "serve.rebuild-failed": "Dựng lại không thành công trong {ms} ms: {errors} (thay đổi: {paths}); vẫn phục vụ trang trước, trình duyệt hiện các lỗi.",
        "serve.paths-and-more": "{paths} và {count} tệp khác",
        "serve.rebuilt-only": "Chỉ dựng lại {pages}, ghi {count} tệp.",
        "serve.keeps-last-site": "thư mục kết quả giữ trang dựng thành công gần nhất; lần thay đổi sau sẽ dựng lại toàn bộ trang",
        "serve.exit.signal": "tín hiệu {number}",
        "serve.exit.status": "mã thoát {code}",
        "serve.exit.unreadable-reply": "trả lời không đọc được",
        "serve.exit.cannot-start": "không khởi động được: {reason}",
        "serve.page.title": "Dựng trang không thành công – MinhBạch",
        "serve.page.heading": "Dựng trang không thành công: {errors}",
        "serve.page.explanation": "Trang trước không được hiển thị khi nội dung còn lỗi. Trang này tự tải lại khi các lỗi đã được sửa.",
        "serve.cannot-listen": "không nghe được trên {address}: {reason}",
    ]
}
