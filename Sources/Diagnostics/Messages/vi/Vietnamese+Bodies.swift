extension Vietnamese {
    /// Các cơ quan trong danh mục đơn vị (cơ quan Đảng, mặt trận, đoàn thể, đơn vị sự nghiệp) và
    /// văn bản do các cơ quan đó ban hành (`issuer_unit:`).
    static let bodies: [String: String] = [
        "bodies.unmeasured-kind-hint": "chỉ tiêu chỉ tính các đơn vị loại '{kind}' khi ghi loại này trong 'unit_kinds:'; hoặc khai báo loại này với 'measured: true' trong khóa 'unit_kinds:' của site.yml",
        "bodies.unknown-issuer-unit": "'issuer_unit' ghi '{unit}', không phải đơn vị nào trong danh mục đơn vị",
        "bodies.issuer-unit-hint": "ghi mã của một đơn vị trong {file} (cột 'code')",
    ]
}
