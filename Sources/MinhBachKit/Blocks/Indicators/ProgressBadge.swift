import Formatting
import Markup

/// A status as text with a symbol, so that colour is never the only signal.
enum ProgressBadge {
    static func symbol(_ status: ProgressStatus) -> String {
        switch status {
        case .achieved: "✔"
        case .onTrack: "▲"
        case .atRisk: "◆"
        case .pending: "◇"
        case .offTrack: "▼"
        case .insufficientData: "○"
        case .noTarget: "–"
        }
    }

    static func render(_ status: ProgressStatus, strings: UIStrings) -> HTML {
        HTML.element("span", [("class", "status status--\(status.rawValue)")],
                     HTML.element("span", [("aria-hidden", "true")], .text(symbol(status))) + .text(" " + strings[status.stringKey]))
    }

    /// Why the status is what it is, in a sentence; `format` writes a rate in the indicator's unit.
    static func reason(_ assessment: ProgressAssessment, strings: UIStrings, format: ValueFormatter? = nil) -> String {
        var text = strings["status_reason_" + assessment.reason.rawValue]
        if let ratio = assessment.ratio { text = text.replacing(every: "{r}", with: strings.format.numbers.string(ratio * 100, decimals: 0)) }
        if let growth = assessment.observedGrowth {
            text = text.replacing(every: "{g}", with: strings.format.numbers.string(growth * 100, decimals: 1))
        }
        if let rate = assessment.observedRate {
            text = text.replacing(every: "{rate}", with: format?.change(rate) ?? strings.format.numbers.string(rate, decimals: 2))
        }
        return text
    }
}
