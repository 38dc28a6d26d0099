extension Vietnamese {
    /// Bản dựng dành cho ai, ai được xem một mục, và những gì bản dựng bỏ ra.
    static let audience: [String: String] = [
        "audience.values": "'public' (mặc định) hoặc 'internal'",
        "audience.visibility-hint": "ghi 'public' hoặc 'internal' (công khai, nội bộ)",
        "audience.bad-visibility": "'{value}' không phải là 'public' hay 'internal'",
        "audience.unknown-visibility": "không rõ phạm vi hiển thị '{value}'",
        "audience.withheld-internal": "{kind} nội bộ, không có trong bản dựng công khai",
        "audience.withheld-draft": "{kind} dự thảo, không có khi dựng trang không kèm --drafts",
        "audience.withheld-internal-hint": "trang công khai vẫn đúng khi thiếu mục này; dựng trang với --audience internal để đưa vào, hoặc bỏ tham chiếu",
        "audience.withheld-draft-hint": "dựng trang với --drafts để đưa vào, hoặc bỏ tham chiếu",
    ]
}
