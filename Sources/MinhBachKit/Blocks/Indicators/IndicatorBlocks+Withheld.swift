import Foundation
import Markup

extension IndicatorBlocks {
    /// Beside a value that public rows alone make, when the public build left internal rows out:
    /// "tính từ số liệu công khai; 2 dòng nội bộ không công bố". Nothing otherwise.
    func withheldNote(_ result: IndicatorResult) -> HTML {
        guard let count = data.withheld.rows[result.indicator.id], count > 0 else { return .empty }
        return HTML.element("p", [("class", "indicator-card__withheld")],
                            .text(strings["withheld_rows_note"].replacing(every: "{n}", with: String(count))))
    }
}
