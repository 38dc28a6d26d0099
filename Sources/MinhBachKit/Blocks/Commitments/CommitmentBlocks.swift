import Markup

/// The pieces every page about commitments is made of: a judgement in symbol and words, a
/// deadline in words, the units a task names, the tables of tasks and of who did them. The
/// overview, the task pages, a document's list of its tasks and a unit's page all use these,
/// so a task reads the same wherever it shows.
struct CommitmentBlocks {
    let blocks: IndicatorBlocks
    var catalog: CommitmentCatalog { blocks.data.commitments }
    var strings: UIStrings { blocks.strings }
    var link: (String) -> String { blocks.link }
    var words: CommitmentWords { CommitmentWords(units: blocks.data.units, strings: strings) }

    /// "✗ Chưa hoàn thành, quá hạn (51 ngày)": a symbol and words, never colour alone.
    func judgement(_ compliance: Compliance?, days: Int? = nil) -> HTML {
        guard let compliance else { return .text(strings["compliance_unknown"]) }
        var words = self.words.compliance(compliance)
        if let days { words += " (" + strings["days_count"].replacing(every: "{n}", with: count(days)) + ")" }
        return HTML.element("span", [("class", "compliance compliance--\(compliance.rawValue)")],
                            HTML.element("span", [("class", "compliance__symbol"), ("aria-hidden", "true")], .text(compliance.symbol))
                                + .text(" " + words))
    }

    /// A whole number as the language writes it: 1.234 · 1,234.
    func count(_ number: Int) -> String { strings.count(number) }

    /// "trước ngày 10/05/2023", "chậm nhất ngày 10/11/2023", with the repeat: "hằng năm".
    func due(_ commitment: Commitment) -> HTML {
        var parts: [String] = []
        if let deadline = commitment.deadline { parts.append(words.deadline(deadline)) }
        if let recurrence = commitment.recurrence { parts.append(strings[recurrence.stringKey]) }
        if parts.isEmpty { parts.append(strings["no_due_date"]) }
        return .text(parts.joined(separator: ", "))
    }

    /// The units a task names, linked; a selector in words ("các sở, ngành – Tỉnh Bình Phước").
    func units(_ references: [UnitReference]) -> HTML {
        HTML.joined(references.map { reference -> HTML in
            switch reference {
            case let .unit(code): return blocks.unitLink(code, short: false)
            case let .selector(kind, parent):
                let kindName = blocks.data.units.kinds.first { $0.code == kind }.map { strings[$0.stringKey] } ?? kind
                return .text(strings["units_of_kind"].replacing(every: "{kind}", with: kindName.lowercased()) + " – ")
                    + blocks.unitLink(parent, short: false)
            }
        }, separator: "; ")
    }

    func taskLink(_ commitment: Commitment) -> HTML {
        HTML.element("a", [("href", link(catalog.taskPath(commitment.id)))], .text(commitment.title(in: strings.language)))
    }

    /// The sentence that sets the task, in its document.
    func sourceLink(_ commitment: Commitment) -> HTML {
        guard let entry = blocks.data.documents.entry(reference: commitment.document) else { return .text(commitment.document) }
        let anchor = commitment.section.map { "#" + $0 } ?? ""
        let label = commitment.section.map(sectionNumber)
        return HTML.element("a", [("href", link(entry.page.outputPath) + anchor)],
                            .text(entry.page.title + (label.map { ", " + strings["section_label"] + " " + $0 } ?? "")))
    }

    /// A report's evidence: a document of the site, linked.
    func evidence(_ text: String?) -> HTML {
        guard let text else { return .empty }
        let parts = text.split(separator: "#", maxSplits: 1).map(String.init)
        guard let entry = blocks.data.documents.entry(reference: parts[0]) else { return .text(text) }
        return HTML.element("a", [("href", link(entry.page.outputPath) + (parts.count == 2 ? "#" + parts[1] : ""))], .text(entry.page.title))
    }

    /// "Tình hình đến ngày 31/12/2023", and the notice when the progress is invented for the demo.
    func asOf() -> HTML {
        var html = HTML.empty
        if catalog.hasIllustrativeProgress { html += blocks.illustrativeNotice(textKey: "commitments_illustrative_notice") }
        if let date = catalog.asOf {
            html += HTML.element("p", [("class", "as-of")], HTML.element("strong", [], .text(
                strings["commitments_as_of"].replacing(every: "{date}", with: strings.format.date(date)))))
        } else {
            html += HTML.element("p", [("class", "as-of")], .text(strings["commitments_no_progress"]))
        }
        return html + .raw("\n")
    }

    /// How many stand at each judgement, each linked to the page listing them.
    func counts(_ assignments: [Assignment], linked: Bool = true) -> HTML {
        let items = CommitmentCatalog.counts(assignments).map { compliance, count -> HTML in
            let label = judgement(compliance) + .text(": " + self.count(count))
            return HTML.element("li", [], linked ? HTML.element("a", [("href", link(catalog.compliancePath(compliance)))], label) : label)
        }
        guard !items.isEmpty else { return .empty }
        return HTML.element("ul", [("class", "compliance-counts")], HTML.joined(items)) + .raw("\n")
    }

    /// A row per task and unit: the task (or not, on a task's own page), the unit (or not, on a
    /// unit's page), the deadline, what was reported and the judgement.
    func assignmentTable(_ assignments: [Assignment], caption: String, id: String, showTask: Bool = true, showUnit: Bool = true) -> HTML {
        var header: [HTML] = []
        if showTask { header.append(.text(strings["task"])) }
        if showUnit { header.append(.text(strings["unit"])) }
        header += [.text(strings["task_deadline"]), .text(strings["task_status"]), .text(strings["done_on"]), .text(strings["compliance"]),
                   .text(strings["evidence"])]
        let rows = assignments.map { assignment -> [HTML] in
            let commitment = catalog.commitment(assignment.task)
            var row: [HTML] = []
            if showTask { row.append(commitment.map(taskLink) ?? .text(assignment.task)) }
            if showUnit {
                var unit = blocks.unitLink(assignment.unit, short: false)
                if let from = assignment.transferredFrom {
                    unit += .text(" (" + strings["transferred_from"] + " ") + blocks.unitLink(from, short: false) + .text(")")
                }
                row.append(unit)
            }
            row.append(commitment.map(due) ?? .empty)
            row.append(.text(assignment.status.map { strings[$0.stringKey] } ?? strings["no_report"]))
            row.append(.text(assignment.progress?.doneOn.map(reportedDate) ?? ""))
            row.append(judgement(assignment.compliance, days: assignment.days))
            row.append(evidence(assignment.progress?.evidence))
            return row
        }
        return DataTable(caption: .text(caption), header: [header], rows: rows, extraClass: "assignments").render(captionID: id)
    }

    /// A day, or "06/2021" when only the month is known.
    func reportedDate(_ date: ReportedDate) -> String {
        switch date {
        case let .day(day): strings.format.date(day)
        case let .month(year, month): strings.format.period(.month(month, year: year))
        }
    }

    /// A row per task: the task, where it is set (on a document's own page: the sentence, a link
    /// within the page), who leads, supports and receives it, the deadline, how its units stand
    /// and the evidence they gave.
    func taskTable(_ commitments: [Commitment], caption: String, id: String, showSource: Bool = false, showSentence: Bool = false) -> HTML {
        var header: [HTML] = [.text(strings["task"])]
        if showSource { header.append(.text(strings["task_source"])) }
        if showSentence { header.append(.text(strings["task_sentence"])) }
        header += [.text(strings["task_lead"]), .text(strings["support_units"]), .text(strings["report_to"]), .text(strings["task_deadline"]),
                   .text(strings["compliance"]), .text(strings["evidence"])]
        let rows = commitments.map { commitment -> [HTML] in
            var row: [HTML] = [taskLink(commitment) + .text(" (" + strings[commitment.type.stringKey].lowercased() + ")")]
            if showSource { row.append(sourceLink(commitment)) }
            if showSentence { row.append(sentenceLink(commitment)) }
            let assignments = catalog.assignments(of: commitment.id)
            var evidences: [String] = []
            for text in assignments.compactMap(\.progress?.evidence) where !evidences.contains(text) { evidences.append(text) }
            row += [units(commitment.lead), units(commitment.support), units(commitment.recipients), due(commitment),
                    counts(assignments, linked: false), HTML.joined(evidences.map(evidence), separator: "; ")]
            return row
        }
        return DataTable(caption: .text(caption), header: [header], rows: rows, extraClass: "tasks").render(captionID: id)
    }

    /// The section that sets the task, as a link within its document's page: "c)", "III.3".
    func sentenceLink(_ commitment: Commitment) -> HTML {
        guard let section = commitment.section,
              let entry = blocks.data.documents.entry(reference: commitment.document) else { return .empty }
        guard entry.page.headings.contains(id: section) else { return .text(section) }
        return HTML.element("a", [("href", "#" + section)], .text(strings["section_label"] + " " + sectionNumber(section)))
    }

    /// A section's anchor as its numbering reads: `iii-3-c` → "III.3.c", `phan-4-1` → "Phần 4.1".
    func sectionNumber(_ anchor: String) -> String {
        var parts = anchor.split(separator: "-").map(String.init)
        var prefix = ""
        if parts.count >= 2, parts[0] == "phan", Int(parts[1]) != nil {
            prefix = strings["section_part"].replacing(every: "{n}", with: parts[1])
            parts.removeFirst(2)
        }
        let rest = parts.map { $0.allSatisfy { "ivx".contains($0) } ? $0.uppercased() : $0 }.joined(separator: ".")
        return [prefix, rest].filter { !$0.isEmpty }.joined(separator: ".")
    }
}
