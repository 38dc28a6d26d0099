import Diagnostics

/// The values of an indicator computed from commitments (`on_time_tasks:`): per unit and year
/// of the due date, yes (1) when the unit did every one of the listed tasks due that year on
/// time, no (0) when it did one late or has one overdue. A year with a task still pending or
/// undetermined for the unit gives no value yet: a share of units that reported on time counts
/// only what is settled.
struct TaskCounts {
    let catalog: CommitmentCatalog
    let units: UnitRegistry

    func observations(for indicators: [Indicator], diagnostics: inout Diagnostics) -> [Observation] {
        var observations: [Observation] = []
        for indicator in indicators {
            var tasks: [Commitment] = []
            for reference in indicator.definition.onTimeTasks {
                let named = catalog.commitment(reference.text).map { [$0] } ?? catalog.commitments.filter { $0.file == reference.text }
                if named.isEmpty {
                    diagnostics.error(at: reference.location, Message("commitments.unknown-task", ["task": .text(reference.text)]),
                                      hint: Suggestion.message(for: reference.text, among: catalog.commitments.map(\.id))
                                          ?? Message("commitments.task-id-hint"))
                }
                tasks += named.filter { $0.deadline != nil }
            }
            // Unit → year → the judgements of its tasks due that year.
            var judged: [String: [Int: [Compliance]]] = [:]
            var illustrative: [String: [Int: Bool]] = [:]
            for task in tasks {
                for assignment in catalog.assignments(of: task.id) {
                    guard let compliance = assignment.compliance, compliance != .notApplicable, compliance != .noDeadline else { continue }
                    let year = task.deadline!.date.year
                    judged[assignment.unit, default: [:]][year, default: []].append(compliance)
                    if assignment.progress?.illustrative ?? false { illustrative[assignment.unit, default: [:]][year] = true }
                }
            }
            // The units the indicator covers, under its whole.
            let whole = units.wholeUnit(of: indicator.definition)?.code
            let counted = judged.keys.filter { code in
                guard let unit = units.unit(code), code != whole, indicator.definition.covers(unit.kind) else { return false }
                return whole.map { units.isBelow(code, $0) } ?? true
            }
            for unit in counted.sorted() {
                for (year, judgements) in judged[unit]!.sorted(by: { $0.key < $1.key }) {
                    guard !judgements.contains(where: { $0 == .pending || $0 == .undetermined }),
                          let period = ReportingPeriod(String(year)) else { continue }
                    observations.append(Observation(
                        indicator: indicator.id, unit: unit, period: period,
                        value: judgements.allSatisfy { $0 == .onTime } ? 1 : 0,
                        note: nil, source: catalog.folder + "/", document: nil, status: .official,
                        illustrative: illustrative[unit]?[year] ?? false,
                        location: SourceLocation(path: indicator.page.displayPath, line: 1, column: 1),
                        file: indicator.page.sourcePath))
                }
            }
        }
        return observations
    }
}
