extension Vietnamese {
    /// Chỉ tiêu, định nghĩa và mục tiêu của chỉ tiêu, tệp số liệu và giá trị trong đó.
    static let indicators: [String: String] = [
        "indicators.unit-of-other-kind": "chỉ tiêu '{indicator}' áp dụng cho đơn vị loại {kinds}, không áp dụng cho loại '{kind}'",
        // Số và danh sách trong thông báo (`MessageParts`).
        "indicators.number-decimal": "{sign}{whole},{fraction}",
        "indicators.number-signed": "{sign}{whole}",
        "indicators.join-semicolon": "{first}; {next}",
        "indicators.period-hint": "kỳ được viết là 2024, 2024-H1, 2024-Q3, 2024-05 hoặc 2020-2022",
        "indicators.not-a-period": "'{value}' không phải là một kỳ",

        // Toàn bộ số liệu (`DataCatalog`).
        "indicators.no-units-registry": "trang có chỉ tiêu hoặc số liệu nhưng không có danh mục đơn vị '{file}'",
        "indicators.no-units-registry-hint": "thêm tệp content/{file} với các cột code,name,kind",

        // Những gì định nghĩa và ô số liệu tham chiếu tới (`DataChecker`).
        "indicators.no-indicator": "không có chỉ tiêu '{id}'",
        "indicators.unit-not-in-registry": "không có đơn vị '{unit}' trong danh mục đơn vị",
        "indicators.target-unit-not-in-registry": "mục tiêu này dành cho đơn vị '{unit}', nhưng đơn vị này không có trong danh mục đơn vị",
        "indicators.rate-target-needs-baseline": "mục tiêu theo tốc độ ('change_per_year') cần kỳ gốc 'baseline' của chỉ tiêu",
        "indicators.derived-from-itself": "chỉ tiêu '{id}' được suy ra từ chính nó qua các chỉ tiêu khác",
        "indicators.no-document": "trang không có văn bản '{document}'",
        "indicators.no-section": "văn bản '{document}' không có mục '{section}'",
        "indicators.quote-not-in-document": "những chữ này không có trong '{document}'",
        "indicators.quote-not-in-section": "những chữ này không có trong mục '{section}' của '{document}'",
        "indicators.quote-hint": "chép câu đúng nguyên văn như văn bản viết",
        "indicators.second-value": "giá trị thứ hai cho '{indicator}', đơn vị '{unit}', kỳ {period}",
        "indicators.second-value-hint": "giá trị thứ nhất ở {location}",
        "indicators.unknown-indicator": "không có chỉ tiêu '{id}'",
        "indicators.unknown-indicator-hint": "mỗi chỉ tiêu là một trang chi-tieu/<id>.md",
        "indicators.counts-models-not-data": "chỉ tiêu '{id}' đếm các trang mô hình: giá trị của nó không ghi trong tệp số liệu",
        "indicators.derived-not-data": "chỉ tiêu '{id}' được suy ra từ '{from}': giá trị của nó được tính, không ghi trực tiếp",
        "indicators.unknown-unit": "không có đơn vị '{unit}'",
        "indicators.unknown-unit-hint": "các đơn vị được liệt kê trong danh mục đơn vị",
        "indicators.unit-ended": "đơn vị '{unit}' đã kết thúc ngày {date}: không có giá trị cho kỳ {period}",
        "indicators.unit-starts": "đơn vị '{unit}' bắt đầu từ ngày {date}: không có giá trị cho kỳ {period}",
        "indicators.unit-successor-hint": "ghi giá trị cho đơn vị kế thừa: {successors}",
        "indicators.score-outside-grades": "điểm {value} không thuộc khoảng điểm của xếp loại nào",
        "indicators.grades-hint": "các xếp loại: {grades}",
        "indicators.grade-range": "{name} {from}{below}",
        "indicators.grade-from": "từ {value}",
        "indicators.grade-below": " dưới {value}",
        "indicators.not-a-grade": "'{value}' không phải là xếp loại của chỉ tiêu '{indicator}'",
        "indicators.not-a-grade-hint": "ghi một trong các xếp loại: {grades}",
        "indicators.percent-out-of-range": "tỷ lệ phần trăm {value} nằm ngoài khoảng 0 đến 100",
        "indicators.percent-hint": "ghi tỷ lệ theo phần trăm (30,58 cho 30,58%)",
        "indicators.rank-out-of-range": "thứ hạng {value} không phải là số nguyên từ 1 đến {max}",
        "indicators.yes-no-value": "giá trị có/không là 1 (có) hoặc 0 (không), không phải {value}",
        "indicators.negative-count": "số lượng không thể là số âm",

        // Số theo cách tệp viết (`NumberNotation`).

        // Tệp khai báo của tệp số liệu (`DataFileDeclaration`).
        "indicators.bad-delimiter": "'{value}' không phải là ',' hay ';'",
        "indicators.bad-decimal-mark": "dấu thập phân là ',' hoặc '.', không phải '{value}'",
        "indicators.bad-thousands": "dấu phân cách hàng nghìn là '.', ',', ' ' hoặc 'none', không phải '{value}'",
        "indicators.thousands-same-as-decimal": "dấu phân cách hàng nghìn phải khác dấu thập phân",
        "indicators.bad-layout": "'{value}' không phải là 'tidy' hay 'wide'",

        // Tệp số liệu (`ObservationReader`).
        "indicators.data-file-without-declaration": "tệp số liệu này không có tệp khai báo '{declaration}'",
        "indicators.data-file-without-declaration-hint": "thêm tệp khai báo với 'decimal: \",\"' và 'thousands: \".\"' (hoặc theo cách tệp viết số)",
        "indicators.declaration-without-data-file": "tệp khai báo này không có tệp số liệu '{file}'",
        "indicators.column-not-a-period": "cột '{column}' không phải là một kỳ, cũng không phải một trong các cột {columns}",
        "indicators.unknown-status": "không rõ trạng thái '{status}'",
        "indicators.unknown-status-hint": "chính thức, ước tính, suy ra hoặc minh họa (official, estimate, derived, illustrative); sơ bộ (provisional) được hiểu là ước tính",
        "indicators.derived-needs-note": "giá trị suy ra cần có 'note' nói rõ cách tính",
        "indicators.derived-needs-note-hint": "ví dụ \"34,90 = 30,58 + 4,32, theo 'giảm 4,32% so với năm 2021'\"",

        // Chuỗi số liệu (`SeriesBuilder`).
        "indicators.baseline-differs": "giá trị kỳ gốc {given} khác với số liệu của kỳ {period} ({data})",
        "indicators.baseline-differs-hint": "bỏ 'baseline_value' hoặc sửa lại số liệu",

        // Phần khai báo đầu trang (front matter) của chỉ tiêu (`IndicatorDefinition`, `GradeScale`).
        "indicators.bad-money-unit": "'{value}' không phải là 'đồng', 'nghìn đồng', 'triệu đồng' hoặc 'tỷ đồng'",
        "indicators.money-needs-unit": "chỉ tiêu tiền cần có 'money_unit' (triệu đồng hoặc tỷ đồng)",
        "indicators.rank-needs-rank-of": "chỉ tiêu xếp hạng cần có 'rank_of': xếp hạng trên tổng số bao nhiêu",
        "indicators.bad-decimals": "dùng từ 0 đến 6 chữ số",
        "indicators.grade-needs-grades": "chỉ tiêu xếp loại cần có 'grades': các xếp loại, từ cao nhất",
        "indicators.grade-needs-grades-hint": "grades: [{code: tot, name: Tốt}, {code: kha, name: Khá}]",
        "indicators.grade-direction": "các xếp loại được sắp theo danh sách, cao nhất trước: bỏ 'direction'",
        "indicators.grades-only-for-grade": "'grades' chỉ dùng cho 'measure: grade'",
        "indicators.weighted-mean-needs-weight": "'weighted-mean' cần có 'weight_by': chỉ tiêu có giá trị dùng làm trọng số",
        "indicators.needs-threshold": "'{aggregate}' cần có 'threshold': giá trị một đơn vị phải đạt",
        "indicators.share-is-percent": "tỷ lệ đơn vị là một tỷ lệ phần trăm: ghi 'measure: percent'",
        "indicators.derive-needs-from": "'derive' cần có 'from': chỉ tiêu mà nó được suy ra từ đó",
        "indicators.weight-only-for-weighted-mean": "'weight_by' chỉ dùng cho 'aggregate: weighted-mean'",
        "indicators.targets-not-a-list": "'targets' phải là danh sách các mục '- period: …'",
        "indicators.target-not-a-rate": "mục tiêu loại {measure} là một 'value', không phải tốc độ",
        "indicators.target-value-and-rate": "mục tiêu có 'value' hoặc 'change_per_year', không có cả hai",
        "indicators.target-needs-value": "mục tiêu cần có 'value' hoặc 'change_per_year'",
        "indicators.target-unit-and-kind": "mục tiêu dành cho một đơn vị hoặc một loại đơn vị, không phải cả hai",
        "indicators.bad-yes-no-target": "mục tiêu có/không là 'yes' (có) hoặc 'no' (không), không phải '{value}'",
        "indicators.target-not-a-grade": "'{value}' không phải là một xếp loại của chỉ tiêu",
        "indicators.target-grade-hint": "ghi xếp loại thấp nhất đạt mục tiêu: {grades}",
        "indicators.target-text-needs-document": "'target_text' cần có 'document': id của trang đề án",
        "indicators.grades-not-a-list": "'grades' phải là danh sách các mục '- code: …', xếp loại cao nhất trước",
        "indicators.grades-list-hint": "- {code: kha, name: Khá, name_en: Fair, min: 65, max: 80}",
        "indicators.grade-max-below-min": "'max' ({max}) phải lớn hơn 'min' ({min})",
        "indicators.grade-declared-twice": "xếp loại '{code}' được khai báo hai lần",
    ]
}
