/// The deadlines as an iCalendar file (`lich.ics`, RFC 5545): an all-day event per task with a
/// due date, on its last allowed day, so that a calendar program reminds a unit in time. Made
/// only when some task has a due date: a calendar must hold at least one event.
///
/// Nothing in it comes from the clock, so two builds are byte-identical: an event's UID is the
/// task's global id at the site's host, and every DTSTAMP is the as-of date of the latest
/// progress file — or, on a site without progress, the latest due date of its tasks.
struct CommitmentCalendar {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func files() -> [OutputFile] {
        let dated = catalog.commitments.filter { $0.deadline != nil }
        guard let stamp = catalog.asOf ?? dated.compactMap(\.deadline?.date).max() else { return [] }
        let words = CommitmentWords(units: data.units, strings: strings)
        let base = config.baseURL.map { $0 + config.languagePrefix }
        let host = config.baseURL.map(Self.host) ?? "minhbach"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MinhBach//Commitments//" + strings.language.uppercased(),
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escaped(strings["commitments_calendar_name"] + " – " + config.title),
        ]
        for task in dated {
            let deadline = task.deadline!
            let last = deadline.lastAllowedDay
            var summary = task.title(in: strings.language)
            if !task.lead.isEmpty { summary += " – " + words.unitNames(task.lead) }
            var description = [strings["task_type"] + ": " + strings[task.type.stringKey]]
            if !task.lead.isEmpty { description.append(strings["task_lead"] + ": " + words.unitNames(task.lead, short: false)) }
            if !task.recipients.isEmpty { description.append(strings["task_to"] + ": " + words.unitNames(task.recipients, short: false)) }
            description.append(strings["task_deadline"] + ": " + words.deadline(deadline))
            if let repeats = task.recurrence { description.append(strings["task_repeat"] + ": " + strings[repeats.stringKey]) }
            if task.illustrative { description.append(strings["illustrative"]) }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + task.id.replacingOccurrences(of: "/", with: "-") + "@" + host,
                "DTSTAMP:" + ICalendarText.date(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + ICalendarText.date(last),
                "DTEND;VALUE=DATE:" + ICalendarText.date(last.adding(days: 1)),
                "SUMMARY:" + ICalendarText.escaped(summary),
                "DESCRIPTION:" + ICalendarText.escaped(description.joined(separator: "\n")),
            ]
            if let base { lines.append("URL:" + base + catalog.taskPath(task.id)) }
            if let rule = task.recurrence.flatMap(Self.rule) { lines.append("RRULE:" + rule) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return [OutputFile(path: catalog.icsPath, text: lines.map(ICalendarText.folded).joined())]
    }

    /// The recurrence rule of a period; none for continuous work or a period the text does not give.
    static func rule(_ recurrence: Commitment.Recurrence) -> String? {
        switch recurrence {
        case .annual: "FREQ=YEARLY"
        case .semiannual: "FREQ=MONTHLY;INTERVAL=6"
        case .quarterly: "FREQ=MONTHLY;INTERVAL=3"
        case .monthly: "FREQ=MONTHLY"
        case .continuous, .periodic: nil
        }
    }

    /// `minhbach.example.gov.vn` of `https://minhbach.example.gov.vn/`: an address already
    /// checked by `SiteAddress`, so it has a scheme and a host.
    static func host(_ address: String) -> String {
        let afterScheme = address.range(of: "://").map { address[$0.upperBound...] } ?? address[...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(authority.split(separator: "@").last ?? authority)
    }
}
