import Diagnostics
import Formatting
import Foundation
import Parallel

/// Checks what the data files and indicator pages refer to, and turns value cells into
/// observations: every problem at its cell, with a hint.
struct DataChecker: Sendable {
    let units: UnitRegistry
    let indicators: [Indicator]
    let documents: DocumentCatalog
    let pages: [ParsedPage]
    /// Each indicator's place in `indicators`: every data cell looks its indicator up.
    private let positions: [String: Int]

    init(units: UnitRegistry, indicators: [Indicator], documents: DocumentCatalog, pages: [ParsedPage]) {
        self.units = units
        self.indicators = indicators
        self.documents = documents
        self.pages = pages
        positions = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func indicator(_ id: String) -> Indicator? { positions[id].map { indicators[$0] } }

    /// Checks each definition's references; returns the indicators with every indicator after
    /// those it is derived from (or weighed by). An indicator in a cycle is left out.
    func checkDefinitions(diagnostics: inout Diagnostics) -> [Indicator] {
        let ids = indicators.map(\.id)
        for indicator in indicators {
            let definition = indicator.definition
            for reference in [definition.from, definition.weight].compactMap({ $0 }) where self.indicator(reference.text) == nil {
                diagnostics.error(at: reference.location, Message("indicators.no-indicator", ["id": .text(reference.text)]),
                                  hint: Suggestion.message(for: reference.text, among: ids))
            }
            if let unit = definition.unit, units.unit(unit.text) == nil {
                diagnostics.error(at: unit.location, Message("indicators.unit-not-in-registry", ["unit": .text(unit.text)]),
                                  hint: Suggestion.message(for: unit.text, among: units.codes))
            }
            for target in definition.targets {
                if let code = target.unit, units.unit(code) == nil {
                    diagnostics.error(at: target.location, Message("indicators.target-unit-not-in-registry", ["unit": .text(code)]),
                                      hint: Suggestion.message(for: code, among: units.codes))
                }
                if target.changePerYear != nil, definition.baseline == nil {
                    diagnostics.error(at: target.location, Message("indicators.rate-target-needs-baseline"))
                }
            }
            if let text = definition.targetText { checkTargetText(text, diagnostics: &diagnostics) }
        }
        // Dependency order; a cycle is an error at the `from` that closes it.
        var ordered: [Indicator] = []
        var state: [String: Int] = [:]   // 1 visiting, 2 done
        func visit(_ indicator: Indicator) {
            if state[indicator.id] == 2 { return }
            if state[indicator.id] == 1 {
                let at = indicator.definition.from?.location ?? indicator.definition.location
                diagnostics.error(at: at, Message("indicators.derived-from-itself", ["id": .text(indicator.id)]))
                return
            }
            state[indicator.id] = 1
            for reference in [indicator.definition.from, indicator.definition.weight].compactMap({ $0 }) {
                if let dependency = self.indicator(reference.text) { visit(dependency) }
            }
            if state[indicator.id] == 1 { state[indicator.id] = 2; ordered.append(indicator) }
        }
        indicators.forEach(visit)
        return ordered
    }

    /// The target sentence: a document of the site, a section it has, words that section says.
    private func checkTargetText(_ text: IndicatorDefinition.TargetText, diagnostics: inout Diagnostics) {
        guard let entry = documents.entry(reference: text.document.text) else {
            diagnostics.error(at: text.document.location, Message("indicators.no-document", ["document": .text(text.document.text)]),
                              hint: Suggestion.message(for: text.document.text, among: documents.entries.map(\.id)))
            return
        }
        // The catalog keeps no document's text: the quote is checked against the page's.
        guard let page = pages.first(where: { $0.id == entry.page.id }) else { return }
        var sectionText = page.text ?? ""
        if let section = text.section {
            guard let heading = entry.page.headings.first(id: section.text) else {
                diagnostics.error(at: section.location, Message("indicators.no-section", ["document": .text(entry.id), "section": .text(section.text)]),
                                  hint: Suggestion.message(for: section.text, among: entry.page.headings.ids))
                return
            }
            sectionText = Self.sectionText(of: heading, in: page)
        }
        if let quote = text.quote, !Self.normalised(sectionText).contains(Self.normalised(quote.text)) {
            let problem = text.section.map { Message("indicators.quote-not-in-section", ["section": .text($0.text), "document": .text(entry.id)]) }
                ?? Message("indicators.quote-not-in-document", ["document": .text(entry.id)])
            diagnostics.error(at: quote.location, problem, hint: Message("indicators.quote-hint"))
        }
    }

    /// The source lines from a heading to the next heading at its level or above; from a
    /// numbered paragraph to the next one numbered at its level or the next heading
    /// (`HeadingEntry.sectionEnd(among:)`).
    /// Lines are cut on the UTF-8 bytes: a page may be megabytes on one line, and cutting by
    /// characters cost seconds per quote.
    static func sectionText(of heading: HeadingEntry, in page: ParsedPage) -> String {
        let text = LineEndings.normalized(page.text ?? "")
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let next = heading.sectionEnd(among: page.headings)
        let end = min(lines.count, (next?.location.line ?? lines.count + 1) - 1)
        guard heading.location.line <= end else { return "" }
        let first = lines[heading.location.line - 1].startIndex, last = lines[end - 1].endIndex
        return String(text[first..<last])
    }

    /// The words of `text` with every run of white space made one space, none at the ends. By
    /// Unicode scalars, ASCII first: a quote is looked for in a section that may be megabytes.
    static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                space = !result.isEmpty
                continue
            }
            if space { result.append(" "); space = false }
            result.append(scalar)
        }
        return String(result)
    }

    /// The cells that are right, as observations; a problem for every cell that is not.
    /// `cells`: file by file, as `ObservationReader` reads them; `counts`: values the site
    /// counts itself (models, tasks), put after them.
    func observations(from cells: [[ObservationReader.Cell]], followedBy counts: [Observation] = [],
                      diagnostics: inout Diagnostics) -> [Observation] {
        // Each cell is checked on its own, on every core; duplicates are found after, in file
        // and row order, so the problems come out as one pass over the cells would give them.
        // A batch at a time: every cell checked at once, beside the cells and the observations,
        // was the largest thing a 10,000-page build held.
        var seen: [String: SourceLocation] = [:]
        var observations: [Observation] = []
        observations.reserveCapacity(cells.reduce(counts.count) { $0 + $1.count })
        var notation = NotationProblems()
        defer { notation.report(into: &diagnostics) }
        for file in cells {
            for start in stride(from: 0, to: file.count, by: Self.cellsPerBatch) {
                let checked = Array(file[start..<min(start + Self.cellsPerBatch, file.count)]).parallelMap(check)
                collect(checked, seen: &seen, notation: &notation, into: &observations, diagnostics: &diagnostics)
            }
        }
        // In the room reserved for them: `+` would copy every observation.
        observations.append(contentsOf: counts)
        return observations
    }

    static let cellsPerBatch = 4096

    /// Checked cells in file and row order into `observations`: each value once per indicator,
    /// unit and period.
    private func collect(_ checked: [CheckedCell], seen: inout [String: SourceLocation], notation: inout NotationProblems,
                         into observations: inout [Observation], diagnostics: inout Diagnostics) {
        for cell in checked {
            diagnostics.append(contentsOf: notation.setAside(cell.problems))
            guard let observation = cell.observation else { continue }
            let key = "\(observation.indicator)|\(observation.unit)|\(observation.period)"
            if let first = seen[key] {
                diagnostics.error(at: observation.location,
                                  Message("indicators.second-value", ["indicator": .text(observation.indicator), "unit": .text(observation.unit),
                                                                      "period": .text(observation.period.description)]),
                                  hint: Message("indicators.second-value-hint", ["location": .text("\(first.path):\(first.line):\(first.column)")]))
                continue
            }
            seen[key] = observation.location
            diagnostics.append(contentsOf: cell.documentProblems)
            if cell.documentProblems.hasErrors { continue }
            observations.append(observation)
        }
    }

    /// One cell checked against its indicator and unit: an observation unless it has problems;
    /// what its document reference has, apart (a second value of the same cell is reported
    /// instead).
    private struct CheckedCell: Sendable {
        var problems = Diagnostics()
        var observation: Observation?
        var documentProblems = Diagnostics()
    }

    private func check(_ cell: ObservationReader.Cell) -> CheckedCell {
        var checked = CheckedCell()
        // By position: a copy of the indicator would copy its whole page, for every cell.
        guard let position = positions[cell.indicator] else {
            checked.problems.error(at: cell.indicatorLocation, Message("indicators.unknown-indicator", ["id": .text(cell.indicator)]),
                                   hint: Suggestion.message(for: cell.indicator, among: indicators.map(\.id))
                                    ?? Message("indicators.unknown-indicator-hint"))
            return checked
        }
        let definition = indicators[position].definition
        let id = indicators[position].id
        if definition.countsModels {
            checked.problems.error(at: cell.indicatorLocation, Message("indicators.counts-models-not-data", ["id": .text(id)]))
            return checked
        }
        if let from = definition.from {
            checked.problems.error(at: cell.indicatorLocation, Message("indicators.derived-not-data", ["id": .text(id), "from": .text(from.text)]))
            return checked
        }
        guard let unit = units.unit(cell.unit) else {
            checked.problems.error(at: cell.unitLocation, Message("indicators.unknown-unit", ["unit": .text(cell.unit)]),
                                   hint: Suggestion.message(for: cell.unit, among: units.codes) ?? Message("indicators.unknown-unit-hint"))
            return checked
        }
        guard unit.exists(in: cell.period) else {
            let ended = unit.validTo.map { $0 < cell.period.lastDay } ?? false
            let problem = ended
                ? Message("indicators.unit-ended", ["unit": .text(unit.code), "date": .text("\(unit.validTo!)"), "period": .text(cell.period.description)])
                : Message("indicators.unit-starts", ["unit": .text(unit.code), "date": .text("\(unit.validFrom!)"), "period": .text(cell.period.description)])
            checked.problems.error(at: cell.periodLocation, problem,
                                   hint: ended && !unit.successors.isEmpty
                                    ? Message("indicators.unit-successor-hint", ["successors": .text(unit.successors.joined(separator: ", "))]) : nil)
            return checked
        }
        if !definition.covers(unit.kind), unit.code != units.wholeUnit(of: definition)?.code {
            checked.problems.error(at: cell.unitLocation, Message("indicators.unit-of-other-kind", [
                "indicator": .text(id), "kinds": .text(definition.coveredKinds(among: units.kinds).map(\.rawValue).joined(separator: ", ")),
                "kind": .text(unit.kind.rawValue),
            ]), hint: definition.unitKinds.isEmpty ? Message("bodies.unmeasured-kind-hint", ["kind": .text(unit.kind.rawValue)]) : nil)
            return checked
        }
        guard let value = parse(cell, definition, diagnostics: &checked.problems) else { return checked }
        if let document = cell.document { _ = checkDocument(document, diagnostics: &checked.documentProblems) }
        checked.observation = Observation(
            indicator: id, unit: unit.code, period: cell.period, value: value, note: cell.note,
            source: cell.source, document: cell.document, status: cell.status, illustrative: cell.illustrative,
            location: cell.valueLocation, file: cell.file)
        return checked
    }

    /// A `document` cell: a document of the site by id or number, and the section it names.
    private func checkDocument(_ reference: LocatedText, diagnostics: inout Diagnostics) -> Bool {
        let target = RoleTarget(reference.text)
        guard let entry = documents.entry(reference: target.name) else {
            diagnostics.error(at: reference.location, Message("indicators.no-document", ["document": .text(target.name)]),
                              hint: Suggestion.message(for: target.name, among: documents.entries.map(\.id)))
            return false
        }
        if let anchor = target.anchor, !entry.page.headings.contains(id: anchor) {
            diagnostics.error(at: reference.location, Message("indicators.no-section", ["document": .text(entry.id), "section": .text(anchor)]),
                              hint: Suggestion.message(for: anchor, among: entry.page.headings.ids))
            return false
        }
        return true
    }

    /// The cell's value as the indicator measures it, within the range the measure allows.
    private func parse(_ cell: ObservationReader.Cell, _ definition: IndicatorDefinition, diagnostics: inout Diagnostics) -> Double? {
        if definition.measure == .grade, let grades = definition.grades {
            if let grade = grades.grade(named: cell.value) { return grades.value(of: grade) }
            // A score, where the scale says which scores make which grade.
            if grades.hasScores, case .success(let score) = cell.notation.parse(cell.value) {
                if let grade = grades.grade(forScore: score) { return grades.value(of: grade) }
                let ranges = grades.grades.map { grade in
                    Message("indicators.grade-range", [
                        "name": .text(grade.name),
                        "from": grade.min.map { .message(Message("indicators.grade-from", ["value": MessageParts.number($0, decimals: 0)])) } ?? "",
                        "below": grade.max.map { .message(Message("indicators.grade-below", ["value": MessageParts.number($0, decimals: 0)])) } ?? "",
                    ])
                }
                diagnostics.error(at: cell.valueLocation, Message("indicators.score-outside-grades", ["value": .text(cell.value)]),
                                  hint: Message("indicators.grades-hint", ["grades": MessageParts.joined(ranges)]))
                return nil
            }
            diagnostics.error(at: cell.valueLocation, Message("indicators.not-a-grade", ["value": .text(cell.value), "indicator": .text(cell.indicator)]),
                              hint: Message("indicators.not-a-grade-hint", ["grades": .text(grades.names)]))
            return nil
        }
        let value: Double
        switch cell.notation.parse(cell.value) {
        case .success(let parsed): value = parsed
        case .failure(let problem):
            diagnostics.error(at: cell.valueLocation, problem.text, hint: problem.hintText)
            return nil
        }
        switch definition.measure {
        case .percent where value < 0 || value > 100:
            diagnostics.error(at: cell.valueLocation, Message("indicators.percent-out-of-range", ["value": .text(cell.value)]),
                              hint: Message("indicators.percent-hint"))
            return nil
        case .rank where value < 1 || value.rounded() != value || value > Double(definition.rankOf ?? Int.max):
            diagnostics.error(at: cell.valueLocation, Message("indicators.rank-out-of-range", ["value": .text(cell.value), "max": .count(definition.rankOf ?? 0)]))
            return nil
        case .yesNo where value != 0 && value != 1:
            diagnostics.error(at: cell.valueLocation, Message("indicators.yes-no-value", ["value": .text(cell.value)]))
            return nil
        case .count where value < 0:
            diagnostics.error(at: cell.valueLocation, Message("indicators.negative-count"))
            return nil
        default: return value
        }
    }
}
