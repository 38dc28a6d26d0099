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
                    Message("review.target-without-number", ["id": .text(indicator.id), "document": .text(text.document.text)]),
                    hint: Message("review.target-without-number-hint"),
                    page: page(indicator, "dinh-nghia")))
            }
            guard let first = definition.targets.first else { continue }
            let at = review.location("targets", or: first.location)
            let measured = result.whole.contains { if case .baseline = $0.origin { false } else { true } }
                || result.units.contains { !$0.series.isEmpty }
            if !measured {
                found.append(ReviewFinding(
                    .targetWithoutData, at: at,
                    definition.targets.count == 1
                        ? Message("review.target-without-data-one", ["id": .text(indicator.id), "targets": Self.count(1, .target)])
                        : Message("review.target-without-data", ["id": .text(indicator.id), "targets": Self.count(definition.targets.count, .target)]),
                    hint: Message("review.target-without-data-hint"),
                    page: page(indicator, "dinh-nghia")))
                continue
            }
            let forWhole = definition.targets.filter { $0.unit == nil && $0.unitKind == nil }
            for target in forWhole where target.changePerYear != nil
                && !result.targets.contains(where: { $0.period == target.period && $0.changePerYear == target.changePerYear }) {
                found.append(ReviewFinding(
                    .targetWithoutNumber, at: target.location,
                    result.baseline.map {
                        Message("review.rate-target-without-start", [
                            "id": .text(indicator.id), "period": .text(target.period.description), "baseline": .text($0.description),
                        ])
                    } ?? Message("review.rate-target-without-baseline", ["id": .text(indicator.id), "period": .text(target.period.description)]),
                    hint: Message("review.rate-target-without-start-hint"),
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
            guard let heading = entry.page.headings.first(id: section),
                  let page = site.page(id: entry.page.id) else { continue }
            for sentence in TargetSentences.unquoted(in: page, under: heading, quotes: quotes) {
                found.append(ReviewFinding(
                    .unquotedTarget, at: sentence.location,
                    Message("review.unquoted-target", [
                        "document": .text(entry.id), "section": .text(section), "sentence": .text(TargetSentences.shortened(sentence.text)),
                    ]),
                    hint: Message("review.unquoted-target-hint"),
                    page: entry.page.outputPath + "#" + section))
            }
        }
        return found
    }
}
