import Diagnostics

/// What an indicator's front matter tells the reviewer (`minhbach check --review`): how large a
/// change between two values of a series is worth a second look, which indicators are its parts,
/// and where the keys the findings point at are written.
public struct IndicatorReview: Sendable, Equatable {
    /// `review_jump: 50`: a change of more than this percentage of the earlier value is queried;
    /// `review_jump: 0` queries none.
    public var jumpPercent: Double?
    /// `total_of: [a, b, c]`: this indicator's values are the totals of these indicators' values.
    public var parts: [LocatedText] = []
    /// Where the front matter writes the keys a finding may point at (`aggregate`, `targets`,
    /// `target_text`, `from`, `review_jump`, `total_of`); the front matter's start otherwise.
    public var keyLocations: [String: SourceLocation] = [:]

    /// What is queried when the indicator does not say: a change of more than half.
    public static let defaultJumpPercent = 50.0

    public init() {}

    static let keys = ["review_jump", "total_of"]
    /// The keys whose place a finding names.
    private static let locatedKeys = ["aggregate", "targets", "target_text", "from", "review_jump", "total_of"]

    /// Reads `review_jump` and `total_of`; the other keys are only located, not read.
    static func decode(_ fields: inout YAMLFields) -> IndicatorReview {
        var review = IndicatorReview()
        for key in locatedKeys where fields.has(key) { review.keyLocations[key] = fields.keyLocation(key) }
        if let jump = fields.number("review_jump") {
            if jump < 0 {
                fields.reportInvalid("review_jump", Message("review.bad-jump"))
            } else {
                review.jumpPercent = jump
            }
        }
        review.parts = fields.textList("total_of")
        return review
    }

    /// Where a finding about `key` is put: the key, or the front matter's start.
    func location(_ key: String, or fallback: SourceLocation) -> SourceLocation { keyLocations[key] ?? fallback }

    /// `total_of` names indicators of the site, other than the indicator itself: a mistake there
    /// is an error of every build, not only of a review.
    static func referenceProblems(_ indicators: [Indicator]) -> Diagnostics {
        var diagnostics = Diagnostics()
        let ids = indicators.map(\.id)
        for indicator in indicators {
            for part in indicator.definition.review.parts {
                if part.text == indicator.id {
                    diagnostics.error(at: part.location, Message("review.part-of-own-total", ["id": .text(indicator.id)]))
                } else if !ids.contains(part.text) {
                    diagnostics.error(at: part.location, Message("indicators.no-indicator", ["id": .text(part.text)]),
                                      hint: Suggestion.message(for: part.text, among: ids))
                }
            }
        }
        return diagnostics
    }
}
