extension Vietnamese {
    /// Cảnh báo cho trang mới: chỉ tiêu không tính được giá trị chung, mục không ai tới được.
    static let newcomer: [String: String] = [
        "newcomer.no-whole-value": "chỉ tiêu '{indicator}' có số liệu theo đơn vị nhưng không có cách tính giá trị chung ('{whole}'): giá trị chung sẽ hiện là chưa có số liệu",
        "newcomer.no-whole-value-hint": "ghi cách tính giá trị chung từ các đơn vị bằng khóa 'aggregate:' trong phần khai báo đầu trang này: sum (cộng), mean (trung bình), weighted-mean (trung bình có trọng số, kèm 'weight_by'), share hoặc count (tỷ lệ hoặc số đơn vị đạt ngưỡng, kèm 'threshold'); hoặc ghi giá trị của đơn vị '{whole}' trong các hàng số liệu",
        "newcomer.unreachable-section": "không có mục trình đơn (menu) hay trang nào dẫn tới {section} ({path}): người đọc không thể tới được",
        "newcomer.unreachable-hidden-hint": "bỏ 'menu: false' ở đây, hoặc đặt liên kết tới '{link}' từ một trang khác",
        "newcomer.unreachable-section-hint": "giữ trình đơn trong bố cục của giao diện (theme), hoặc đặt liên kết tới '{link}' từ một trang khác",
        "newcomer.unreachable-menu-hint": "giữ trình đơn trong bố cục của giao diện (theme): trình đơn có mục dẫn tới {section}",
    ]
}
