/// `content/mo-hinh/`: the gallery's introduction, the vocabulary of fields and one model
/// with its picture.
enum ModelFiles {
    static func index(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Lời giới thiệu trang mô hình. MinhBạch tự lập danh sách, bộ lọc theo lĩnh vực, đơn vị, năm từ các tệp trong thư mục này.
        title: Mô hình “Dân vận khéo”
        description: Các cách làm hay của các đơn vị trong công tác dân vận chính quyền.
        menu: true
        weight: 20
        ---

        Các cách làm hay của các đơn vị trong công tác dân vận chính quyền, để học tập và nhân rộng.

        """ : """
        ---
        # The introduction of the models gallery. MinhBạch lists the files of this folder, with filters by field, unit and year.
        title: “Dân vận khéo” models
        description: Good practices of the units in the mass mobilisation work of the authorities.
        menu: true
        weight: 20
        ---

        Good practices of the units in the mass mobilisation work of the authorities, to learn from and to copy.

        """
    }

    /// The fields (lĩnh vực) a model may be in: `code,name`.
    static func fields(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        code,name
        cai-cach-hanh-chinh,Cải cách hành chính
        tiep-cong-dan,Tiếp công dân

        """ : """
        code,name
        cai-cach-hanh-chinh,Administrative reform
        tiep-cong-dan,Receiving citizens

        """
    }

    static func model(_ w: StarterWords) -> String {
        w.isVietnamese ? """
        ---
        # Một mô hình "Dân vận khéo". Các mã (unit, field) phải có trong don-vi.csv và mo-hinh/linh-vuc.csv.
        title: Mô hình “Một cửa thân thiện” ở xã A
        unit: xa-a                     # đơn vị xây dựng mô hình (mã trong don-vi.csv)
        field: cai-cach-hanh-chinh     # lĩnh vực (mã trong linh-vuc.csv)
        level: tinh                    # cấp công nhận: tinh, huyen hoặc xa
        year: 2024                     # năm được công nhận
        status: duoc-cong-nhan         # dang-xay-dung, duoc-cong-nhan hoặc nhan-rong
        people: "Cán bộ bộ phận một cửa xã A"
        results:                       # kết quả nổi bật, mỗi kết quả một số
          - label: Hồ sơ giải quyết đúng hạn
            value: 96.8
            unit: "%"
        image: anh/\(StarterWords.modelID).png      # ảnh PNG, JPEG hoặc GIF, đường dẫn tính từ tệp này
        image_alt: "Hình minh họa: trụ sở xã có mái đỏ dưới nắng"   # mô tả ảnh cho người không xem được ảnh (bắt buộc)
        summary: "Cán bộ một cửa hướng dẫn tận tình, hẹn đúng ngày trả kết quả."
        illustrative: true             # mô hình viết để minh họa; xóa dòng này khi là mô hình thật
        ---

        ## Cách làm

        Bộ phận một cửa niêm yết đầy đủ thủ tục, có người hướng dẫn người dân điền hồ sơ và hẹn ngày trả kết quả rõ ràng.

        ## Kết quả

        Số hồ sơ giải quyết đúng hạn tăng đều qua các năm; người dân không phải đi lại nhiều lần.

        """ : """
        ---
        # One "Dân vận khéo" model. Its codes (unit, field) must be in don-vi.csv and mo-hinh/linh-vuc.csv.
        title: The “Friendly one-stop desk” of Commune A
        unit: xa-a                     # the unit that built it (a code of don-vi.csv)
        field: cai-cach-hanh-chinh     # its field (a code of linh-vuc.csv)
        level: tinh                    # who recognised it: tinh, huyen or xa
        year: 2024                     # the year it was recognised
        status: duoc-cong-nhan         # dang-xay-dung, duoc-cong-nhan or nhan-rong
        people: "The one-stop desk staff of Commune A"
        results:                       # key results, each a number
          - label: Files settled on time
            value: 96.8
            unit: "%"
        image: anh/\(StarterWords.modelID).png      # a PNG, JPEG or GIF picture, relative to this file
        image_alt: "Illustration: a red-roofed commune office in the sun"   # what the picture shows (required)
        summary: "The one-stop desk staff guide people patiently and give a firm date for the result."
        illustrative: true             # written as an example; remove this line for a real model
        ---

        ## How it works

        The one-stop desk displays every procedure; someone helps people fill in their files and gives a clear date for the result.

        ## Results

        More files are settled on time every year, and people no longer need to come back again and again.

        """
    }
}
