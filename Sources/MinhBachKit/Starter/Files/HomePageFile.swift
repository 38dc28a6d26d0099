/// `content/index.md`: the home page, with the dashboard's first screen (`{overview}`).
enum HomePageFile {
    static func text(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Trang chủ. Phần giữa hai dòng --- là phần khai báo đầu trang; dòng bắt đầu bằng # là ghi chú.
        # Bên dưới dòng --- thứ hai là nội dung, viết bằng Markdown: ## là đề mục, **chữ** là chữ đậm.
        title: \(w.siteTitle)
        description: "\(w.homeLead)"
        ---

        \(w.homeLead)

        ## Tiến độ các chỉ tiêu

        ```{overview}
        ```

        Xem bảng, số liệu từng đơn vị và bộ lọc ở trang {ref}`Tiến độ thực hiện chỉ tiêu <chi-tieu/index>`.

        ## Trang web này có gì

        - **Chỉ tiêu**: mục tiêu trích từ văn bản, số liệu theo năm và theo đơn vị, đánh giá đạt, đúng hướng hay chậm tiến độ.
        - **Văn bản**: toàn văn \(w.documentPhrase).
        - **Mô hình "Dân vận khéo"**: cách làm hay của các đơn vị, để học tập và nhân rộng.

        Xem thêm {ref}`Giới thiệu <gioi-thieu>`.

        """ : """
        ---
        # The home page. Between the two --- lines is the front matter; a line beginning with # is a comment.
        # Below the second --- line is the text, in Markdown: ## starts a heading, **words** are bold.
        title: \(w.siteTitle)
        description: "\(w.homeLead)"
        ---

        \(w.homeLead)

        ## Progress of the indicators

        ```{overview}
        ```

        The table, each unit's figures and the filters are on the page {ref}`Progress against the targets <chi-tieu/index>`.

        ## What this site holds

        - **Indicators**: the target quoted from the document, the figures by year and by unit, and whether each target is achieved, on track or behind.
        - **Documents**: the full text of \(w.documentPhrase).
        - **"Dân vận khéo" models**: good practices of the units, to learn from and to copy.

        See also {ref}`About this site <gioi-thieu>`.

        """
    }
}
