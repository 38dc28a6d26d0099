extension Vietnamese {
    /// Các điểm cần xem lại (`minhbach check --review`, trang nội bộ "Kiểm tra dữ liệu") và các
    /// khóa kiểm tra trong phần khai báo đầu trang của chỉ tiêu.
    static let review: [String: String] = [
        "review.finding": "{message} [{kind}]",
        "review.no-template": "giao diện (theme) không có mẫu giao diện (template) templates/{template}.mustache mà trang kiểm tra dữ liệu cần",
        "review.bad-jump": "mức biến động là tỷ lệ phần trăm so với giá trị trước: từ 0 trở lên (0 để tắt việc kiểm tra)",
        "review.part-of-own-total": "chỉ tiêu '{id}' không thể là một phần của tổng của chính nó",

        // Các phần của một điểm cần xem lại (`DataReview`).
        "review.list-more": "{items} và {count} mục khác",
        "review.join-comma": "{first}, {next}",
        "review.join-plus": "{first} + {next}",
        "review.join-and-as": "{first}; và là {next}",
        "review.count-value": "{count} giá trị",
        "review.count-values": "{count} giá trị",
        "review.count-indicator": "{count} chỉ tiêu",
        "review.count-indicators": "{count} chỉ tiêu",
        "review.count-target": "{count} mục tiêu",
        "review.count-targets": "{count} mục tiêu",
        "review.count-unit": "{count} đơn vị",
        "review.count-units": "{count} đơn vị",

        // Giá trị không phải số đo thực.
        "review.illustrative-model-counts": "'{indicator}' đếm các trang mô hình viết cho bản trình diễn ('illustrative: true'): {values} của chỉ tiêu là minh họa",
        "review.illustrative-model-counts-hint": "các giá trị sẽ là số đếm thật khi các trang mô hình mô tả mô hình thật",
        "review.illustrative-value": "{values} của {indicators} trong {file} là minh họa: tạo ra cho bản trình diễn, không phải số đo thực ({list})",
        "review.illustrative-values": "{values} của {indicators} trong {file} là minh họa: tạo ra cho bản trình diễn, không phải số đo thực ({list})",
        "review.illustrative-values-hint": "thay bằng giá trị đo thực trước khi công bố, hoặc giữ 'illustrative: true' để mọi trang đều ghi rõ điều đó",
        "review.derived-change": "mức thay đổi của '{from}' so với kỳ trước",
        "review.derived-same": "các giá trị của '{from}'",
        "review.derived-indicator-one": "'{id}' được suy ra, không phải số báo cáo: {values} của chỉ tiêu là {how}",
        "review.derived-indicator": "'{id}' được suy ra, không phải số báo cáo: {values} của chỉ tiêu là {how}",
        "review.derived-indicator-hint": "kiểm tra xem quy tắc tính có đúng với ý của văn bản gốc không, và trang có nói rõ cách tính các giá trị không",
        "review.derived-value": "{values} của '{indicator}' trong {file} được suy ra từ các số liệu khác (trạng thái 'derived')",
        "review.derived-values": "{values} của '{indicator}' trong {file} được suy ra từ các số liệu khác (trạng thái 'derived')",
        "review.derived-values-hint": "kiểm tra phép tính với nguồn, và xem ghi chú có nói rõ cách tính từng giá trị không",

        // Mục tiêu.
        "review.target-without-number": "'{id}' trích một mục tiêu của '{document}' nhưng không ghi con số: không thể đánh giá tình trạng",
        "review.target-without-number-hint": "thêm 'targets:' với kỳ và giá trị mà câu văn đặt ra, hoặc nói rõ trên trang vì sao không có",
        "review.target-without-data-one": "'{id}' có {targets} nhưng không có giá trị nào để đánh giá",
        "review.target-without-data": "'{id}' có {targets} nhưng không có giá trị nào để đánh giá",
        "review.target-without-data-hint": "thêm giá trị của chỉ tiêu vào một tệp số liệu trong thư mục số liệu, hoặc bỏ mục tiêu cho đến khi có số liệu",
        "review.rate-target-without-start": "mục tiêu theo tốc độ của '{id}' cho kỳ {period} không có giá trị để bắt đầu: không có giá trị cho kỳ gốc {baseline}",
        "review.rate-target-without-baseline": "mục tiêu theo tốc độ của '{id}' cho kỳ {period} không có giá trị để bắt đầu: không có giá trị cho kỳ gốc",
        "review.rate-target-without-start-hint": "ghi giá trị kỳ gốc ('baseline_value') hoặc số liệu của kỳ gốc",
        "review.unquoted-target": "một mục tiêu của '{document}' mục '{section}' chưa được chỉ tiêu nào trích: “{sentence}”",
        "review.unquoted-target-hint": "thêm một chỉ tiêu có 'target_text' trích những chữ này, hoặc mở rộng đoạn trích của chỉ tiêu theo dõi câu đó",

        // Chuỗi số liệu.
        "review.basis-step-first": "{units} vào kỳ {period}",
        "review.basis-step": "{units} từ kỳ {period}",
        "review.basis-steps": " ({steps})",
        "review.basis-change-one": "tổng của '{id}' được tạo từ các đơn vị khác nhau qua các kỳ{made}: {units} bắt đầu hoặc kết thúc trong chuỗi số liệu",
        "review.basis-change": "tổng của '{id}' được tạo từ các đơn vị khác nhau qua các kỳ{made}: {units} bắt đầu hoặc kết thúc trong chuỗi số liệu",
        "review.basis-change-hint": "ghi rõ bên cạnh các giá trị mỗi kỳ gồm những đơn vị nào, hoặc chỉ so sánh các kỳ có cùng các đơn vị",
        "review.stale-value": "'{id}' so sánh các đơn vị ở kỳ {latest}, nhưng giá trị mới nhất của 1 đơn vị thuộc kỳ cũ hơn: {units}",
        "review.stale-values": "'{id}' so sánh các đơn vị ở kỳ {latest}, nhưng giá trị mới nhất của {count} đơn vị thuộc kỳ cũ hơn: {units}",
        "review.stale-values-hint": "thêm giá trị của các đơn vị này cho kỳ {latest}, hoặc bảo đảm các trang hiển thị chúng là giá trị cũ, không xếp hạng cùng các giá trị mới",
        "review.the-whole": "toàn bộ",
        "review.jump": "{unit} {from} → {to}: {before} → {after} ({sign}{percent}%)",
        "review.series-jump": "'{id}' thay đổi hơn {limit}% giữa hai giá trị liên tiếp một lần: {jumps}",
        "review.series-jumps": "'{id}' thay đổi hơn {limit}% giữa hai giá trị liên tiếp {count} lần: {jumps}",
        "review.series-jump-hint": "đối chiếu các giá trị này với nguồn; nếu thay đổi là thật, đặt 'review_jump' trong phần khai báo đầu trang (front matter) của chỉ tiêu",

        // Tổng.
        "review.part-term": "{part} {value}",
        "review.parts-total": "các phần của '{id}' cho {unit}, kỳ {period} cộng lại bằng {sum}, không bằng tổng {total}: {terms}",
        "review.parts-over-total": "các phần đã có của '{id}' cho {unit}, kỳ {period} cộng lại đã bằng {sum}, lớn hơn tổng {total}: {terms}",
        "review.parts-total-hint": "đối chiếu tổng và các phần với nguồn; 'total_of' trong {file} cho biết những chỉ tiêu nào là phần của tổng",

        // Trích dẫn văn bản.
        "review.cited-date": "ngày {cited}, nhưng trang của văn bản ghi {own}",
        "review.cited-date-elsewhere": "ngày {cited}, nhưng {location} trích là {other}",
        "review.cited-issuer": "do {issuer} ban hành, nhưng trang của văn bản ghi {own}",
        "review.citation-conflict": "chỗ này trích {number} là {conflicts}",
        "review.citation-conflict-hint": "kiểm tra văn bản gốc rồi sửa trang của văn bản ({file}) hoặc chỗ trích này",
        "review.citation-conflict-hint-others": "kiểm tra văn bản gốc rồi sửa trang của văn bản ({file}) hoặc chỗ trích này; các chỗ trích khác: {others}",

        // Ngày chỉ biết đến tháng.
        "review.month-only-date": "{subject} chỉ ghi {date}, nên không biết có đúng hạn {deadline} hay không",
        "review.month-only-date-hint": "ghi ngày cụ thể (YYYY-MM-DD)",
        "review.task-of-unit": "việc thực hiện nhiệm vụ '{task}' của đơn vị '{unit}'",
        "review.periodic-task": "nhiệm vụ '{task}' thực hiện định kỳ nhưng văn bản không nêu kỳ hạn: không lập được lịch thời hạn",
        "review.periodic-task-hint": "nếu văn bản nêu bao lâu một lần, ghi 'repeat' là annual, semiannual, quarterly hoặc monthly",
    ]
}
