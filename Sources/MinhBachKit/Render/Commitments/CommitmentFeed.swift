import Markup

/// An Atom feed of the changes of judgement from one progress file to the next, newest first:
/// an entry per as-of date ("Tình hình đến ngày 31/12/2023: 9 thay đổi") listing each task and
/// unit whose judgement changed, before → after. Like the other feeds it needs the site's
/// address, so it is made only when that is known, and only when there is progress to follow.
/// An entry's id is the feed's address and its date: stable from build to build.
struct CommitmentFeed {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func atom() -> OutputFile? {
        guard let address = config.baseURL, !catalog.progressFiles.isEmpty else { return nil }
        let base = address + config.languagePrefix
        let words = CommitmentWords(units: data.units, strings: strings)
        let page = base + (config.prettyURLs ? catalog.folder + "/" : catalog.overviewPath)
        var byDate: [CalendarDate: [StatusChange]] = [:]
        for change in catalog.changes { byDate[change.asOf, default: []].append(change) }
        let dates = Set(catalog.progressFiles.map(\.asOf)).sorted(by: >)
        let entries = dates.map { date -> AtomFeed.Entry in
            let changes = byDate[date] ?? []
            let illustrative = catalog.progressFiles.contains { $0.asOf == date && $0.illustrative }
            var title = strings[changes.count == 1 ? "commitments_feed_entry_one" : "commitments_feed_entry"]
                .replacing(every: "{date}", with: strings.format.date(date))
                .replacing(every: "{n}", with: String(changes.count))
            if illustrative { title += " (" + strings["illustrative"] + ")" }
            let lines = changes.map { change -> String in
                let task = catalog.commitment(change.task)?.title(in: strings.language) ?? change.task
                return task + " – " + words.unitName(change.unit) + ": " + words.compliance(change.before) + " → " + words.compliance(change.after)
            }
            var content = illustrative ? "<p><strong>" + Escape.html(strings["illustrative"]) + "</strong></p>" : ""
            if !lines.isEmpty { content += "<ul>" + lines.map { "<li>" + Escape.html($0) + "</li>" }.joined() + "</ul>" }
            return AtomFeed.Entry(title: title, url: page, updated: "\(date)T00:00:00Z", author: config.title,
                                  summary: (illustrative ? strings["illustrative"] + ". " : "") + lines.joined(separator: "; "),
                                  id: base + catalog.feedPath + "#" + date.description, content: content.isEmpty ? nil : content)
        }
        return AtomFeed(language: config.language, title: strings["commitments_feed_title"] + " – " + config.title,
                        selfURL: base + catalog.feedPath, pageURL: page, entries: entries).file(at: catalog.feedPath)
    }
}
