/// `content/chi-tieu/`: the dashboard's introduction and one indicator whose target quotes the
/// document.
enum IndicatorFiles {
    static func index(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Lời giới thiệu trang tiến độ (bảng các chỉ tiêu). Trang do MinhBạch tự lập từ các chỉ tiêu trong thư mục này.
        title: Tiến độ thực hiện chỉ tiêu
        description: Các chỉ tiêu của \(w.documentPhrase), số liệu theo năm, theo đơn vị và mức độ hoàn thành.
        menu: true
        weight: 10
        ---

        Các chỉ tiêu của \(w.documentPhrase), cùng số liệu đo được theo năm và theo đơn vị. Số liệu trên trang mẫu này là **dữ liệu minh họa**.

        """ : """
        ---
        # The introduction of the progress dashboard. MinhBạch makes the page from the indicators of this folder.
        title: Progress against the targets
        description: The indicators of \(w.documentPhrase), their figures by year and by unit, and how far each target is met.
        menu: true
        weight: 10
        ---

        The indicators of \(w.documentPhrase), with the figures measured by year and by unit. The figures of this starter site are **illustrative data**.

        """
    }

    static func indicator(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Một chỉ tiêu. Tên tệp (\(StarterWords.indicatorID)) là mã chỉ tiêu: cột "indicator" của tệp số liệu ghi mã này.
        title: Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn
        short_title: Hồ sơ đúng hạn (%)   # tên ngắn, dùng trong bảng
        measure: percent          # loại số đo: percent (tỷ lệ %), count (số đếm), money, rank, index, yes-no, grade
        direction: higher         # higher: càng cao càng tốt; lower: càng thấp càng tốt
        decimals: 1               # số chữ số sau dấu phẩy
        aggregate: mean           # số của cả tỉnh = trung bình cộng số của các đơn vị
        unit_kinds: [xa]          # chỉ tiêu này đo ở các đơn vị loại xa (xã, phường)
        targets:                  # mục tiêu: năm và giá trị cần đạt (số viết bằng dấu chấm thập phân: 98.5)
          - period: 2025
            value: 98
        target_text:              # câu đặt ra mục tiêu trong văn bản; MinhBạch kiểm tra từng chữ
          document: \(w.documentID)      # mã văn bản (tên tệp trong van-ban/)
          section: \(w.targetSection)               # mã của mục (#\(w.targetSection)), lấy từ số thứ tự của đề mục
          quote: "\(w.targetQuote)"
        source: "Báo cáo của các xã, phường (dữ liệu minh họa)"
        ---

        Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn trên tổng số hồ sơ đã giải quyết trong năm, ở mỗi xã, phường; số của cả tỉnh là trung bình cộng của các đơn vị. Số liệu trên trang mẫu này là **dữ liệu minh họa**.

        """ : """
        ---
        # One indicator. The file name (\(StarterWords.indicatorID)) is its id: the "indicator" column of the data names it.
        title: Share of administrative files settled on time
        short_title: Files on time (%)    # a short name, for tables
        measure: percent          # percent, count, money, rank, index, yes-no or grade
        direction: higher         # higher: more is better; lower: less is better
        decimals: 1               # digits after the decimal point
        aggregate: mean           # the province's figure is the mean of its units' figures
        unit_kinds: [xa]          # measured in the units of kind xa (communes and wards)
        targets:                  # the targets: the year and the value to reach (a number: 98.5)
          - period: 2025
            value: 98
        target_text:              # the sentence of the document that sets the target; checked word for word
          document: \(w.documentID)      # the document's id (its file name in van-ban/)
          section: \(w.targetSection)               # the section's anchor (#\(w.targetSection)), from the heading's numbering
          quote: "\(w.targetQuote)"
        source: "Reports of the communes and wards (illustrative data)"
        ---

        The share of the administrative files a commune or ward settled on time, of all it settled in the year; the province's figure is the mean of its units'. The figures of this starter site are **illustrative data**.

        """
    }
}
