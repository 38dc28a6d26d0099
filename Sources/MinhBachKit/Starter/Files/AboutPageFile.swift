/// `content/gioi-thieu.md`: the about page, in the menu.
enum AboutPageFile {
    static func text(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Trang giới thiệu. "menu: true" đưa trang vào thanh điều hướng; "weight" là thứ tự (số nhỏ đứng trước).
        title: Giới thiệu
        description: Trang này là gì, số liệu lấy từ đâu và liên hệ với ai.
        menu: true
        weight: 40
        ---

        Trang này do \(w.issuer) lập để công khai mục tiêu và tiến độ thực hiện \(w.documentPhrase).

        ## Số liệu

        Số liệu do các đơn vị báo cáo hằng năm. Số liệu hiện có trên trang mẫu này là **dữ liệu minh họa**, không phải số liệu thật; hãy thay bằng số liệu của đơn vị.

        ## Liên hệ

        Văn phòng \(w.issuer) (sửa dòng này: địa chỉ, số điện thoại, thư điện tử).

        """ : """
        ---
        # The about page. "menu: true" puts the page in the navigation; "weight" is its place (lower first).
        title: About this site
        description: What this site is, where its figures come from and whom to contact.
        menu: true
        weight: 40
        ---

        This site is kept by the \(w.issuer) to make public the target and the progress of \(w.documentPhrase).

        ## Figures

        The units report their figures every year. The figures of this starter site are **illustrative data**, not real figures; replace them with your units' own.

        ## Contact

        The Office of the \(w.issuer) (change this line: address, telephone, e-mail).

        """
    }
}
