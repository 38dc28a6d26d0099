extension Vietnamese {
    /// Cảnh báo cho trang mới: chỉ tiêu không tính được giá trị chung, mục không ai tới được.
    static let newcomer: [String: String] = [
        "newcomer.no-whole-value": "chỉ tiêu '{indicator}' có số liệu theo đơn vị nhưng không có cách tính giá trị chung ('{whole}'): giá trị chung sẽ hiện là chưa có số liệu",
        "newcomer.no-whole-value-hint": "ghi cách tính giá trị chung từ các đơn vị bằng khóa 'aggregate:' trong phần khai báo đầu trang này: sum (cộng), mean (trung bình), weighted-mean (trung bình có trọng số, kèm 'weight_by'), share hoặc count (tỷ lệ hoặc số đơn vị đạt ngưỡng, kèm 'threshold'); hoặc ghi giá trị của đơn vị '{whole}' trong các hàng số liệu",
    ]
}
