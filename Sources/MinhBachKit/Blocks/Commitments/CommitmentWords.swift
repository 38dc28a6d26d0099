/// How the calendar and the feed say a task's parts in the edition's language: units by name,
/// a deadline as its rule reads ("trước ngày 10/05/2023"), a judgement in the words of the
/// government's task system. Every word comes from the theme's interface strings.
struct CommitmentWords {
    let units: UnitRegistry
    let strings: UIStrings

    /// Units by short name, a selector as its kind and parent ("Sở, ban, ngành (Thử)"); a code
    /// the registry lacks as written.
    func unitNames(_ references: [UnitReference], short: Bool = true) -> String {
        references.map { reference in
            switch reference {
            case let .unit(code):
                return units.unit(code).map { short ? $0.shortName(in: strings.language) : $0.name(in: strings.language) } ?? code
            case let .selector(kind, parent):
                let kindName = strings.table[UnitKind(code: kind).stringKey] ?? kind
                return kindName + " (" + (units.unit(parent)?.shortName(in: strings.language) ?? parent) + ")"
            }
        }.joined(separator: ", ")
    }

    func unitName(_ code: String) -> String { units.unit(code)?.name(in: strings.language) ?? code }

    /// The due date as its rule reads: strictly before that day, or on it at the latest.
    func deadline(_ deadline: Deadline) -> String {
        strings[deadline.rule == .before ? "task_due_before" : "task_due_by"]
            .replacing(every: "{date}", with: strings.format.date(deadline.date))
    }

    func compliance(_ compliance: Compliance) -> String { strings[compliance.stringKey] }
}
