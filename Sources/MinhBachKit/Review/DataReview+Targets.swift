import Diagnostics

/// Targets that cannot be judged, and target sentences of the scheme that no indicator follows.
extension DataReview {
    /// A target sentence without a number to judge against, a number without data to judge,
    /// and a rate target with no value to start from.
    func targetGaps() -> [ReviewFinding] {
        var found: [ReviewFinding] = []
        for result in results {
            let indicator = result.indicator, definition = indicator.definition
            let review = definition.review
            if let text = definition.targetText, definition.targets.isEmpty {
                found.append(ReviewFinding(
                    .targetWithoutNumber, at: review.location("target_text", or: text.document.location),
                    "'\(indicator.id)' quotes a target of '\(text.document.text)' but gives it no number: no status can be judged",
                    hint: "add 'targets:' with the period and value the sentence sets, or say on the page why it has none",
                    page: page(indicator, "dinh-nghia")))
            }
            guard let first = definition.targets.first else { continue }
            let at = review.location("targets", or: first.location)
            let measured = result.whole.contains { if case .baseline = $0.origin { false } else { true } }
                || result.units.contains { !$0.series.isEmpty }
            if !measured {
                found.append(ReviewFinding(
                    .targetWithoutData, at: at,
                    "'\(indicator.id)' has \(Self.count(definition.targets.count, "target")) but no value to judge \(definition.targets.count == 1 ? "it" : "them") on",
                    hint: "add its values to a data file of the data folder, or remove the target until there are some",
                    page: page(indicator, "dinh-nghia")))
                continue
            }
            let forWhole = definition.targets.filter { $0.unit == nil && $0.unitKind == nil }
            for target in forWhole where target.changePerYear != nil
                && !result.targets.contains(where: { $0.period == target.period && $0.changePerYear == target.changePerYear }) {
                found.append(ReviewFinding(
                    .targetWithoutNumber, at: target.location,
                    "the rate target of '\(indicator.id)' for \(target.period) has no value to start from: no value for the baseline \(result.baseline.map(String.init(describing:)) ?? "period")",
                    hint: "give the baseline value ('baseline_value') or the data for the baseline period",
                    page: page(indicator, "dinh-nghia")))
            }
        }
        return found
    }

    /// The sentences of a document section that an indicator quotes (`target_text` with a
    /// `section`) which state a figure, when no indicator quotes them: the scheme sets a target
    /// the site does not follow. See `TargetSentences` for what a sentence and a figure are.
    func unquotedTargets() -> [ReviewFinding] {
        // Document id and section → the words indicators quote from it.
        var quoted: [String: (entry: DocumentCatalog.Entry, section: String, quotes: [String])] = [:]
        var order: [String] = []
        for indicator in data.indicators {
            guard let text = indicator.definition.targetText, let section = text.section,
                  let entry = site.documents.entry(reference: text.document.text) else { continue }
            let key = entry.id + "#" + section.text
            if quoted[key] == nil { order.append(key); quoted[key] = (entry, section.text, []) }
            if let quote = text.quote { quoted[key]!.quotes.append(quote.text) }
        }
        var found: [ReviewFinding] = []
        for key in order {
            let (entry, section, quotes) = quoted[key]!
            guard let heading = entry.page.headings.first(where: { $0.id == section }) else { continue }
            for sentence in TargetSentences.unquoted(in: entry.page, under: heading, quotes: quotes) {
                found.append(ReviewFinding(
                    .unquotedTarget, at: sentence.location,
                    "a target of '\(entry.id)' section '\(section)' that no indicator quotes: “\(TargetSentences.shortened(sentence.text))”",
                    hint: "add an indicator whose 'target_text' quotes these words, or extend the quote of the indicator that follows them",
                    page: entry.page.outputPath + "#" + section))
            }
        }
        return found
    }
}
