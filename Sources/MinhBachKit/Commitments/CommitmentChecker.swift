import Diagnostics

/// The checks of commitments against the rest of the site: the document and the sentence a task
/// comes from, the units it names, and the reports against the units that owe them.
struct CommitmentChecker {
    let units: UnitRegistry
    let documents: DocumentCatalog?
    let pages: [ParsedPage]
    /// Each section's words, made once however many tasks quote it: a section can be megabytes.
    private let sectionTexts = SectionTexts()

    private final class SectionTexts {
        var byKey: [String: String] = [:]
    }

    /// The normalised words of a document's section (of the whole document for no section).
    func quotedText(_ entry: DocumentCatalog.Entry, _ section: HeadingEntry?) -> String {
        let key = entry.id + "#" + (section?.id ?? "")
        if let known = sectionTexts.byKey[key] { return known }
        let page = pages.first { $0.id == entry.page.id }
        let text = DataChecker.normalised(page.map { page in section.map { DataChecker.sectionText(of: $0, in: page) } ?? page.text ?? "" } ?? "")
        sectionTexts.byKey[key] = text
        return text
    }

    /// A tasks file's `document:` names a document of the site.
    func checkDocument(_ reference: LocatedText, diagnostics: inout Diagnostics) -> Bool {
        guard let documents else { return false }
        guard documents.entry(reference: reference.text) != nil else {
            diagnostics.error(at: reference.location, Message("indicators.no-document", ["document": .text(reference.text)]),
                              hint: Suggestion.message(for: reference.text, among: documents.entries.map(\.id)))
            return false
        }
        return true
    }

    /// A task's section is one of its document's, its quote is in that section, and every unit or
    /// kind it names exists.
    func check(_ commitment: Commitment, cells: [String: SourceLocation], diagnostics: inout Diagnostics) -> Bool {
        var ok = true
        if let entry = documents?.entry(reference: commitment.document) {
            var section: HeadingEntry?
            if let id = commitment.section {
                section = entry.page.headings.first(id: id)
                if section == nil {
                    diagnostics.error(at: cells["section"], Message("indicators.no-section", ["document": .text(entry.id), "section": .text(id)]),
                                      hint: Suggestion.message(for: id, among: entry.page.headings.ids))
                    ok = false
                }
            }
            if ok, let quote = commitment.quote, !quotedText(entry, section).contains(DataChecker.normalised(quote)) {
                let problem = commitment.section.map { Message("indicators.quote-not-in-section", ["section": .text($0), "document": .text(entry.id)]) }
                    ?? Message("indicators.quote-not-in-document", ["document": .text(entry.id)])
                diagnostics.error(at: cells["quote"], problem, hint: Message("indicators.quote-hint"))
                ok = false
            }
        }
        for (column, references) in [("lead", commitment.lead), ("support", commitment.support), ("to", commitment.recipients)] {
            for reference in references {
                switch reference {
                case let .unit(code) where units.unit(code) == nil:
                    diagnostics.error(at: cells[column], Message("commitments.unknown-unit", ["code": .text(code)]),
                                      hint: Suggestion.message(for: code, among: units.codes))
                    ok = false
                case let .selector(kind, parent):
                    if !units.kinds.contains(where: { $0.code == kind }) {
                        let codes = units.kinds.map(\.code)
                        diagnostics.error(at: cells[column], Message("units.unknown-kind", ["kind": .text(kind)]),
                                          hint: Suggestion.message(for: kind, among: codes)
                                              ?? Message("units.declared-kinds", ["kinds": .text(codes.joined(separator: ", "))]))
                        ok = false
                    } else if units.unit(parent) == nil {
                        diagnostics.error(at: cells[column], Message("commitments.unknown-unit", ["code": .text(parent)]),
                                          hint: Suggestion.message(for: parent, among: units.codes))
                        ok = false
                    } else if members(kind: kind, under: parent, on: nil).isEmpty {
                        diagnostics.append(.warning(at: cells[column], Message("commitments.selector-empty", ["selector": .text(reference.description)])))
                    }
                default: break
                }
            }
        }
        return ok
    }

    /// The units of `kind` below `parent` that exist on `day` (every one that ever does, for no day).
    func members(kind: String, under parent: String, on day: CalendarDate?) -> [OrganisationUnit] {
        units.units.filter { unit in
            unit.kind.code == kind && (day.map(unit.isValid(on:)) ?? true) && units.isBelow(unit.code, parent)
        }
    }

    /// The units that must do the task: those it names and those its selectors find on the due
    /// date. A named unit that ended before then owes nothing (`not-applicable`); with
    /// `transfer: successors` its successors owe it instead.
    func assignments(of commitment: Commitment, asOf: CalendarDate?, cells: [String: SourceLocation],
                     diagnostics: inout Diagnostics) -> [Assignment] {
        let day = commitment.deadline?.date ?? asOf
        var result: [Assignment] = []
        var seen: Set<String> = []
        func add(_ code: String, from: String? = nil, compliance: Compliance? = nil) {
            guard seen.insert(code).inserted else { return }
            result.append(Assignment(task: commitment.id, unit: code, transferredFrom: from, compliance: compliance))
        }
        // Units already passed through: successors that name each other must not hand over for ever.
        var handedOver: Set<String> = []
        func handOver(_ unit: OrganisationUnit, original: String) {
            guard handedOver.insert(unit.code).inserted else { return }
            for code in unit.successors {
                guard let successor = units.unit(code) else { continue }
                if let day, let end = successor.validTo, end < day {
                    handOver(successor, original: original)
                } else {
                    add(code, from: original)
                }
            }
        }
        for reference in commitment.lead {
            switch reference {
            case let .unit(code):
                guard let unit = units.unit(code) else { continue }
                if let due = commitment.deadline?.date, let start = unit.validFrom, due < start {
                    diagnostics.error(at: cells["lead"], Message("commitments.unit-not-yet", ["code": .text(code), "date": .text(due.description),
                                                                                             "start": .text(start.description)]),
                                      hint: units.predecessors(of: code).first.map { Message("commitments.use-predecessor", ["code": .text($0.code)]) })
                    continue
                }
                if let due = commitment.deadline?.date, let end = unit.validTo, end < due {
                    add(code, compliance: .notApplicable)
                    if commitment.transfersToSuccessors { handOver(unit, original: code) }
                } else {
                    add(code)
                }
            case let .selector(kind, parent):
                for unit in members(kind: kind, under: parent, on: day ?? nil) where day != nil || unit.validTo == nil {
                    add(unit.code)
                }
            }
        }
        return result
    }

    /// A report names a task and a unit that owes it, and evidence the site has.
    func check(_ entry: ProgressEntry, cells: [String: SourceLocation], commitment: Commitment?, among ids: [String],
               assigned: [Assignment], diagnostics: inout Diagnostics) -> Bool {
        guard let commitment else {
            diagnostics.error(at: cells["task"], Message("commitments.unknown-task", ["task": .text(entry.task)]),
                              hint: Suggestion.message(for: entry.task, among: ids) ?? Message("commitments.task-id-hint"))
            return false
        }
        guard let unit = units.unit(entry.unit) else {
            diagnostics.error(at: cells["unit"], Message("commitments.unknown-unit", ["code": .text(entry.unit)]),
                              hint: Suggestion.message(for: entry.unit, among: assigned.map(\.unit)) ?? Suggestion.message(for: entry.unit, among: units.codes))
            return false
        }
        let assignment = assigned.first { $0.unit == unit.code }
        if assignment?.compliance == .notApplicable, let due = commitment.deadline?.date {
            let successors = assigned.filter { $0.transferredFrom == unit.code }.map(\.unit)
            diagnostics.error(at: cells["unit"], Message("commitments.unit-ended", ["code": .text(unit.code), "date": .text(due.description),
                                                                                   "end": .text(unit.validTo?.description ?? "")]),
                              hint: (successors.isEmpty ? unit.successors : successors).first.map {
                                  Message("commitments.report-under-successor", ["code": .text($0)]) })
            return false
        }
        guard assignment != nil else {
            let supports = commitment.support.contains(.unit(unit.code))
            let leads = assigned.filter { $0.compliance != .notApplicable }.map(\.unit)
            diagnostics.error(at: cells["unit"], Message("commitments.not-assigned", ["code": .text(unit.code), "task": .text(commitment.id)]),
                              hint: supports ? Message("commitments.only-lead-reports")
                                  : Message("commitments.assigned-units", ["units": .text(Self.shortList(leads))]))
            return false
        }
        if let evidence = entry.evidence, let documents {
            let parts = evidence.split(separator: "#", maxSplits: 1).map(String.init)
            if let document = documents.entry(reference: parts[0]) {
                if parts.count == 2, !document.page.headings.contains(id: parts[1]) {
                    diagnostics.error(at: cells["evidence"], Message("indicators.no-section", ["document": .text(document.id), "section": .text(parts[1])]),
                                      hint: Suggestion.message(for: parts[1], among: document.page.headings.ids))
                    return false
                }
            } else {
                diagnostics.error(at: cells["evidence"], Message("indicators.no-document", ["document": .text(parts[0])]),
                                  hint: Suggestion.message(for: parts[0], among: documents.entries.map(\.id)))
                return false
            }
        }
        return true
    }

    /// The first few of a list, and how many more.
    static func shortList(_ items: [String]) -> String {
        items.count <= 6 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + ", … (+\(items.count - 5))"
    }
}
