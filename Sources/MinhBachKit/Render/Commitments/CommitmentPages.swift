import Formatting
import Markup
import Search

/// The pages of the commitments section: the overview (the folder's index), a page per task,
/// a page per judgement (the filter that works without JavaScript) and the calendar of
/// deadlines by month. A unit's own page lists its tasks (`CommitmentBlocks.unitSection`).
struct CommitmentPages {
    let site: SiteIndex
    let layout: SiteRenderer
    let introPage: ResolvedPage?
    var catalog: CommitmentCatalog { site.data.commitments }
    var strings: UIStrings { layout.strings }
    var title: String { introPage?.page.meta.title ?? strings["commitments_title"] }

    static func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer) -> [OutputFile] {
        CommitmentPages(site: site, layout: layout, introPage: introPage).files()
    }

    func blocks(at path: String) -> CommitmentBlocks { CommitmentBlocks(blocks: layout.dataPages(site.data, at: path).blocks) }

    func section(_ id: String, _ title: String, _ content: HTML) -> HTML {
        HTML.element("section", [("aria-labelledby", id)],
                     .raw("\n") + HTML.element("h2", [("id", id)], .text(title)) + .raw("\n") + content + .raw("\n")) + .raw("\n")
    }

    func page(_ path: String, title: String, content: HTML, crumbs: [(title: String, path: String?)], search: SearchKind? = nil,
              description: String? = nil) -> OutputFile {
        layout.generatedPage(path, title: title, kind: "commitments", content: HTMLBytes(content.rendered), crumbs: crumbs,
                             description: description, currentID: path == catalog.overviewPath ? introPage?.page.id : nil, search: search)
    }

    func files() -> [OutputFile] {
        var files = [overview()]
        files += catalog.commitments.map(taskPage)
        files += Compliance.allCases.filter { compliance in catalog.assignments.contains { $0.compliance == compliance } }.map(compliancePage)
        files.append(calendarPage())
        return files
    }

    // MARK: The overview

    func overview() -> OutputFile {
        let path = catalog.overviewPath
        let blocks = blocks(at: path)
        var html = HTML.raw(introPage?.bodyHTML ?? "") + blocks.asOf()
        html += section("tong-hop", strings["commitments_summary"], summary(blocks))
        let overdue = catalog.assignments.filter { $0.compliance == .overdue }.sorted { ($0.days ?? 0, $1.task) > ($1.days ?? 0, $0.task) }
        if !overdue.isEmpty {
            html += section("qua-han", strings["overdue_list"],
                            blocks.assignmentTable(overdue, caption: strings["overdue_list_caption"], id: "bang-qua-han"))
        }
        html += section("theo-don-vi", strings["rollup_by_unit"], rollUp(blocks))
        html += section("luoi", strings["units_by_tasks"], grids(blocks))
        html += section("tai-xuong", strings["downloads"], downloads(blocks))
        return page(path, title: title, content: html, crumbs: [(title, nil)], search: .task, description: introPage?.page.description)
    }

    func summary(_ blocks: CommitmentBlocks) -> HTML {
        let total = catalog.assignments.count
        let text = strings["commitments_totals"]
            .replacing(every: "{tasks}", with: blocks.count(catalog.commitments.count))
            .replacing(every: "{assignments}", with: blocks.count(total))
        return HTML.element("p", [], .text(text)) + blocks.counts(catalog.assignments)
            + HTML.element("p", [], HTML.element("a", [("href", blocks.link(catalog.calendarPath))], .text(strings["deadline_calendar"])))
    }

    /// Per unit: how many of its tasks stand at each judgement; the unit links to its page,
    /// which lists them (the static filter by body).
    func rollUp(_ blocks: CommitmentBlocks) -> HTML {
        let shown = Compliance.allCases.filter { compliance in catalog.assignments.contains { $0.compliance == compliance } }
        let units = site.data.units.units.filter { !catalog.assignments(ofUnit: $0.code).isEmpty }
        let rows = units.map { unit -> [HTML] in
            let mine = catalog.assignments(ofUnit: unit.code)
            return [HTML.element("a", [("href", blocks.link(site.data.unitPath(unit.code)) + "#nhiem-vu")], .text(unit.name(in: strings.language))),
                    .text(blocks.count(mine.count))]
                + shown.map { compliance in .text(blocks.count(mine.filter { $0.compliance == compliance }.count)) }
        }
        let header = [HTML.text(strings["unit"]), .text(strings["tasks_total"])] + shown.map { blocks.judgement($0) }
        return DataTable(caption: .text(strings["rollup_by_unit_caption"]), header: [header], rows: rows,
                         numericColumns: Set(1...(shown.count + 1)), extraClass: "rollup").render(captionID: "bang-theo-don-vi")
    }

    /// Per document: its units down, its dated tasks across, a symbol in each cell with its
    /// words for screen readers, and the legend above.
    func grids(_ blocks: CommitmentBlocks) -> HTML {
        var html = legend(blocks)
        for document in orderedDocuments() {
            let tasks = catalog.commitments(setBy: document).filter { $0.deadline != nil }
            guard !tasks.isEmpty else { continue }
            // In the registry's order, so a unit keeps its row whatever task names it first.
            let named = Set(tasks.flatMap { catalog.assignments(of: $0.id).map(\.unit) })
            let units = site.data.units.codes.filter(named.contains)
            let header = [HTML.text(strings["unit"])] + tasks.map { blocks.taskLink($0) }
            let rows = units.map { code -> [HTML] in
                [blocks.blocks.unitLink(code, short: false)] + tasks.map { task in
                    guard let assignment = catalog.assignments(of: task.id).first(where: { $0.unit == code }) else { return .empty }
                    guard let compliance = assignment.compliance else { return .text("") }
                    return HTML.element("span", [("class", "compliance compliance--\(compliance.rawValue)"), ("title", strings[compliance.stringKey])],
                                        HTML.element("span", [("aria-hidden", "true")], .text(compliance.symbol))
                                            + HTML.element("span", [("class", "visually-hidden")], .text(strings[compliance.stringKey])))
                }
            }
            let title = site.documents.entry(reference: document)?.page.title ?? document
            html += DataTable(caption: .text(title), header: [header], rows: rows, extraClass: "task-grid")
                .render(captionID: "luoi-" + Slug.make(document))
        }
        return html
    }

    func legend(_ blocks: CommitmentBlocks) -> HTML {
        HTML.element("ul", [("class", "compliance-legend"), ("aria-label", strings["legend"])],
                     HTML.joined(Compliance.allCases.map { HTML.element("li", [], blocks.judgement($0)) })) + .raw("\n")
    }

    /// The documents that set tasks, in the order of their tasks files.
    func orderedDocuments() -> [String] {
        var seen: [String] = []
        for commitment in catalog.commitments where !seen.contains(commitment.document) { seen.append(commitment.document) }
        return seen
    }

    func downloads(_ blocks: CommitmentBlocks) -> HTML {
        var links: [(String, String)] = [
            (catalog.tasksCSVPath, strings["download_tasks_csv"]), (catalog.assignmentsCSVPath, strings["download_assignments_csv"]),
            (catalog.tasksJSONPath, strings["download_tasks_json"]), (catalog.assignmentsJSONPath, strings["download_assignments_json"]),
            (catalog.packagePath, strings["download_package_json"]),
        ]
        // The calendar needs a dated task; the feed, the site's address and a progress file.
        if catalog.commitments.contains(where: { $0.deadline != nil }) { links.append((catalog.icsPath, strings["download_calendar"])) }
        if layout.config.baseURL != nil, !catalog.progressFiles.isEmpty { links.append((catalog.feedPath, strings["commitments_feed"])) }
        return HTML.element("ul", [("class", "downloads")], HTML.joined(links.map { path, label in
            HTML.element("li", [], HTML.element("a", [("href", blocks.link(path))], .text(label)))
        }))
    }

    // MARK: A task

    func taskPage(_ commitment: Commitment) -> OutputFile {
        let path = catalog.taskPath(commitment.id)
        let blocks = blocks(at: path)
        var rows: [(String, HTML)] = [(strings["task_source"], blocks.sourceLink(commitment)),
                                      (strings["task_type"], .text(strings[commitment.type.stringKey])),
                                      (strings["task_lead"], blocks.units(commitment.lead))]
        if !commitment.support.isEmpty { rows.append((strings["support_units"], blocks.units(commitment.support))) }
        if !commitment.recipients.isEmpty { rows.append((strings["report_to"], blocks.units(commitment.recipients))) }
        rows.append((strings["task_deadline"], blocks.due(commitment)))
        if let note = commitment.note { rows.append((strings["note"], .text(note))) }
        var html = HTML.empty
        if let quote = commitment.quote {
            html += HTML.element("blockquote", [("class", "task-quote")], HTML.element("p", [], .text(quote))) + .raw("\n")
        }
        html += HTML.element("dl", [("class", "facts")], HTML.joined(rows.map { HTML.element("dt", [], .text($0.0)) + HTML.element("dd", [], $0.1) }))
        html += blocks.asOf()
        let assignments = catalog.assignments(of: commitment.id)
        html += section("thuc-hien", strings["task_units"], blocks.counts(assignments)
            + blocks.assignmentTable(assignments, caption: strings["task_units_caption"], id: "bang-thuc-hien", showTask: false))
        let name = commitment.title(in: strings.language)
        return page(path, title: name, content: html, crumbs: [(title, catalog.overviewPath), (name, nil)], search: .task,
                    description: commitment.quote)
    }

    // MARK: A judgement

    func compliancePage(_ compliance: Compliance) -> OutputFile {
        let path = catalog.compliancePath(compliance)
        let blocks = blocks(at: path)
        let name = strings[compliance.stringKey]
        let others = Compliance.allCases.filter { other in other != compliance && catalog.assignments.contains { $0.compliance == other } }
        var html = blocks.asOf()
        html += HTML.element("nav", [("class", "filter-links"), ("aria-label", strings["filter_tasks"])],
                             HTML.element("ul", [], HTML.joined([HTML.element("li", [], HTML.element("a", [("href", blocks.link(catalog.overviewPath))], .text(strings["all_tasks"])))]
                                 + others.map { HTML.element("li", [], HTML.element("a", [("href", blocks.link(catalog.compliancePath($0)))], blocks.judgement($0))) }))) + .raw("\n")
        let chosen = catalog.assignments.filter { $0.compliance == compliance }
        html += blocks.assignmentTable(chosen, caption: name, id: "bang-tinh-trang")
        return page(path, title: name, content: html, crumbs: [(title, catalog.overviewPath), (name, nil)])
    }

    // MARK: The calendar

    func calendarPage() -> OutputFile {
        let path = catalog.calendarPath
        let blocks = blocks(at: path)
        var html = blocks.asOf()
        let dated = catalog.commitments.filter { $0.deadline != nil }.sorted { ($0.deadline!.date, $0.id) < ($1.deadline!.date, $1.id) }
        if !dated.isEmpty {
            html += HTML.element("p", [], HTML.element("a", [("href", blocks.link(catalog.icsPath))], .text(strings["download_calendar"]))) + .raw("\n")
        }
        var months: [(year: Int, month: Int, tasks: [Commitment])] = []
        for task in dated {
            let date = task.deadline!.date
            if let last = months.last, last.year == date.year, last.month == date.month { months[months.count - 1].tasks.append(task) } else {
                months.append((date.year, date.month, [task]))
            }
        }
        for month in months {
            let id = "thang-\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
            let name = strings.format.period(.month(month.month, year: month.year))
            html += section(id, name.prefix(1).uppercased() + name.dropFirst(),
                            blocks.taskTable(month.tasks, caption: name, id: "bang-" + id, showSource: true))
        }
        let undated = catalog.commitments.filter { $0.deadline == nil }
        if !undated.isEmpty {
            html += section("khong-thoi-han", strings["no_due_date"],
                            blocks.taskTable(undated, caption: strings["no_due_date"], id: "bang-khong-thoi-han", showSource: true))
        }
        let name = strings["deadline_calendar"]
        return page(path, title: name, content: html, crumbs: [(title, catalog.overviewPath), (name, nil)])
    }
}
