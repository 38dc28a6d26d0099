/// `content/site.yml`: the site's settings, each explained for the official who edits them.
enum SiteSettingsFile {
    static func text(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        # Cài đặt chung của trang web. Dòng bắt đầu bằng dấu # là ghi chú: MinhBạch bỏ qua.
        # Mỗi dòng có dạng "khóa: giá trị". Giữ nguyên khóa, chỉ sửa phần sau dấu hai chấm.

        # Tên trang, hiện ở đầu mọi trang và trên thẻ trình duyệt.
        title: \(w.siteTitle)
        # Một câu giới thiệu trang, cho máy tìm kiếm và khi chia sẻ đường dẫn.
        description: Công khai mục tiêu, số liệu và tiến độ theo \(w.documentPhrase) của \(w.issuer).
        # Ngôn ngữ của trang: vi (tiếng Việt) hoặc en (tiếng Anh).
        language: vi
        # Dòng chữ ở chân mọi trang.
        footer: Trang mẫu do lệnh minhbach new tạo; số liệu là dữ liệu minh họa.
        # Số hiệu văn bản của trang (như \(w.number)) nhắc đến trong bài tự thành đường dẫn.
        link_document_numbers: true

        # Khi đã có địa chỉ công bố, bỏ dấu # ở dòng dưới và sửa địa chỉ:
        # base_url: https://minhbach.example.gov.vn/

        # Các thư mục trong content/ (để mặc định nếu không cần đổi):
        #   van-ban/   văn bản (đề án, kế hoạch, báo cáo, chỉ thị…)
        #   chi-tieu/  chỉ tiêu, mỗi chỉ tiêu một tệp .md
        #   so-lieu/   số liệu: mỗi tệp .csv kèm một tệp khai báo .yml cùng tên
        #   mo-hinh/   mô hình "Dân vận khéo"
        #   don-vi.csv danh sách đơn vị; cột kind: tinh, huyen, xa, so-nganh, co-quan, hoặc
        #              dang (cơ quan Đảng), doan-the (mặt trận, đoàn thể), su-nghiep (đơn vị sự nghiệp):
        #              ba loại sau không được tính vào chỉ tiêu nào không ghi tên loại trong unit_kinds

        """ : """
        # The site's settings. A line beginning with # is a comment: MinhBạch ignores it.
        # Each line reads "key: value". Keep the key; change only what follows the colon.

        # The site's name, at the top of every page and in the browser's tab.
        title: \(w.siteTitle)
        # One sentence about the site, for search engines and shared links.
        description: The target, figures and progress of \(w.documentPhrase) of the \(w.issuer), made public.
        # The site's language: vi (Vietnamese) or en (English).
        language: en
        # The line at the foot of every page.
        footer: A starter site made by minhbach new; its figures are illustrative.
        # Numbers of the site's documents (such as \(w.number)) become links in the text.
        link_document_numbers: true

        # Once the site has its public address, remove the # below and change the address:
        # base_url: https://minhbach.example.gov.vn/

        # The folders in content/ (keep the defaults unless you need others):
        #   van-ban/   official documents (schemes, plans, reports, directives…)
        #   chi-tieu/  indicators, one .md file each
        #   so-lieu/   data: each .csv file with a .yml declaration of the same name
        #   mo-hinh/   "Dân vận khéo" models
        #   don-vi.csv the list of units; its kind column: tinh, huyen, xa, so-nganh, co-quan, or
        #              dang (party bodies), doan-the (mass organisations), su-nghiep (public-service
        #              units): these last three count in no indicator that does not name them in unit_kinds

        """
    }
}
