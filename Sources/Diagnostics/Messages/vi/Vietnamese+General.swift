extension Vietnamese {
    /// Những từ mọi thông báo dùng chung: mức độ, tiền tố gợi ý, dòng tóm tắt khi quá giới hạn.
    static let general: [String: String] = [
        "severity.error": "lỗi",
        "severity.warning": "cảnh báo",
        "severity.help": "gợi ý",
        "diagnostics.more-in-file": "… và {count} vấn đề tương tự nữa trong tệp này",
        "diagnostics.more": "… và {count} vấn đề tương tự nữa",
        "suggestion.did-you-mean": "có phải ý bạn là '{word}'?",
    ]
}
