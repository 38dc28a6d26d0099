import Markup

/// The commitments on pages of other sections: a unit's tasks, a document's tasks, and the
/// links from a document's section down to the tasks and indicators that quote it.
extension CommitmentBlocks {
    /// "Nhiệm vụ" on a unit's page: its counts by judgement, the tasks it leads, the reports it
    /// owes, the tasks it supports. Nothing for a unit with none.
    func unitSection(_ unit: OrganisationUnit) -> HTML {
        let mine = catalog.assignments(ofUnit: unit.code)
        let supported = catalog.commitments.filter { commitment in
            commitment.support.contains { reference in
                switch reference {
                case let .unit(code): code == unit.code
                case let .selector(kind, parent): unit.kind.code == kind && blocks.data.units.isBelow(unit.code, parent)
                }
            }
        }
        guard !mine.isEmpty || !supported.isEmpty else { return .empty }
        let isReport = { (assignment: Assignment) in self.catalog.commitment(assignment.task)?.type == .report }
        var html = asOf() + counts(mine)
        let led = mine.filter { !isReport($0) }, reports = mine.filter(isReport)
        if !led.isEmpty {
            html += heading("nhiem-vu-chu-tri", strings["tasks_led"])
                + assignmentTable(led, caption: strings["tasks_led"] + " – " + unit.name(in: strings.language), id: "bang-nhiem-vu-chu-tri", showUnit: false)
        }
        if !reports.isEmpty {
            html += heading("bao-cao-phai-gui", strings["reports_owed"])
                + assignmentTable(reports, caption: strings["reports_owed"] + " – " + unit.name(in: strings.language), id: "bang-bao-cao", showUnit: false)
        }
        if !supported.isEmpty {
            html += heading("nhiem-vu-phoi-hop", strings["tasks_supported"])
                + taskTable(supported, caption: strings["tasks_supported"] + " – " + unit.name(in: strings.language), id: "bang-phoi-hop")
        }
        return HTML.element("section", [("aria-labelledby", "nhiem-vu")],
                            .raw("\n") + HTML.element("h2", [("id", "nhiem-vu")], .text(strings["unit_tasks"])) + .raw("\n") + html) + .raw("\n")
    }

    func heading(_ id: String, _ title: String) -> HTML {
        HTML.element("h3", [("id", id)], .text(title)) + .raw("\n")
    }

    /// "Nhiệm vụ và thời hạn" on a document's page: every task it sets. Nothing when it sets none.
    func documentSection(_ documentID: String) -> HTML {
        let tasks = catalog.commitments(setBy: documentID)
        guard !tasks.isEmpty else { return .empty }
        let content = asOf() + taskTable(tasks, caption: strings["document_tasks"], id: "bang-nhiem-vu-van-ban", showSentence: true)
            + HTML.element("p", [], HTML.element("a", [("href", link(catalog.overviewPath))], .text(strings["commitments_title"])))
        return HTML.element("section", [("class", "document-tasks"), ("aria-labelledby", "nhiem-vu-va-thoi-han")],
                            .raw("\n") + HTML.element("h2", [("id", "nhiem-vu-va-thoi-han")], .text(strings["document_tasks"])) + .raw("\n") + content)
            + .raw("\n")
    }

    /// Per section anchor of the document: a note linking down to the tasks set there and the
    /// indicators whose target quotes it ("so the đề án's #phan-3-ii-2-1 lists the indicators
    /// that quote it").
    func sectionNotes(_ documentID: String) -> [String: HTML] {
        var tasks: [String: [Commitment]] = [:]
        for commitment in catalog.commitments(setBy: documentID) {
            if let section = commitment.section { tasks[section, default: []].append(commitment) }
        }
        var indicators: [String: [Indicator]] = [:]
        for indicator in blocks.data.indicators {
            guard let text = indicator.definition.targetText, let section = text.section,
                  blocks.data.documents.entry(reference: text.document.text)?.id == documentID else { continue }
            indicators[section.text, default: []].append(indicator)
        }
        var notes: [String: HTML] = [:]
        for section in Set(tasks.keys).union(indicators.keys) {
            var parts: [HTML] = []
            if let list = indicators[section] {
                parts.append(.text(strings["section_indicators"] + ": ") + HTML.joined(list.map { indicator in
                    HTML.element("a", [("href", link(indicator.page.outputPath))], .text(indicator.page.title))
                }, separator: "; "))
            }
            if let list = tasks[section] {
                parts.append(.text(strings["section_tasks"] + ": ") + HTML.joined(list.map { taskLink($0) + .text(" (") + due($0) + .text(")") },
                                                                                    separator: "; "))
            }
            notes[section] = HTML.element("p", [("class", "section-links")], HTML.joined(parts, separator: ". "))
        }
        return notes
    }
}
