extension Words {
    /// English: the site's English edition.
    public static let english = Words(
        code: "en",
        languageName: "English",
        numberScale: ["thousand", "million", "billion", "trillion", "quadrillion"],
        // `7 Dec 2021`; a date known only to its month: `Jun 2021`.
        shortDate: { year, month, day in
            [day.map(String.init), String(englishMonths[month - 1].prefix(3)), String(year)].compactMap { $0 }.joined(separator: " ")
        },
        // `7 December 2021`.
        longDate: { year, month, day in
            [day.map(String.init), month.map { englishMonths[$0 - 1] }, String(year)].compactMap { $0 }.joined(separator: " ")
        },
        // `2024`, `the first half of 2021`, `Q3 2024`, `May 2024`, `2020–2022`, `from 2021`.
        period: englishPeriod,
        // "34.90% in 2021": English needs a preposition before the period (`in 2024`, `in the
        // first half of 2021`, `in Q3 2024`, `in May 2024`, `in 2020–2022`), except `from 2021`.
        periodAdverbial: { period in
            if case .since = period { return englishPeriod(period) }
            return "in " + englishPeriod(period)
        },
        // As a table column or an axis writes it: `2024`, `H1 2024`, `Q3 2024`, `May 2024`.
        shortPeriod: { period in
            switch period {
            case let .year(year): String(year)
            case let .half(half, year): "H\(half) \(year)"
            case let .quarter(quarter, year): "Q\(quarter) \(year)"
            case let .month(month, year): "\(englishMonths[month - 1].prefix(3)) \(year)"
            case let .years(first, last): "\(first)-\(last)"
            case let .since(year): "\(year)-"
            }
        },
        // `40 million dong`. English writes the unit after the number like every other unit of the
        // site ("99 visits", "30.58%"), so one suffix serves tables, sentences and chart labels;
        // "dong" is the currency's English name, as the State Bank's English pages write it.
        moneyUnits: ["đồng": "dong", "nghìn đồng": "thousand dong", "triệu đồng": "million dong", "tỷ đồng": "billion dong"],
        documentKinds: [
            "de-an": "Scheme", "ke-hoach": "Plan", "chi-thi": "Directive", "bao-cao": "Report",
            "nghi-quyet": "Resolution", "quyet-dinh": "Decision", "cong-van": "Official letter", "ket-luan": "Conclusion",
            "quy-dinh": "Regulation", "chuong-trinh": "Programme", "thong-bao": "Notice", "huong-dan": "Guidance",
            "to-trinh": "Submission", "quy-che": "Rules", "luat": "Law", "nghi-dinh": "Decree", "thong-tu": "Circular",
        ],
        // The English feed has always cited a number with the Vietnamese word, as the document
        // itself prints it; an English word here would change the feed.
        documentNumber: { number in " số \(number)" },
        chart: ChartSentences(
            noData: "No data",
            target: "Target",
            pathToTarget: "Path to the target",
            period: "Period",
            total: "Total",
            value: "Value",
            name: "Name",
            missing: "no data",
            notApplicable: "not applicable",
            dataTable: "Data table",
            kinds: [
                "line": "Line chart", "bar": "Bar chart", "hbar": "Horizontal bar chart", "grouped": "Grouped bar chart",
                "stacked": "Stacked bar chart", "bullet": "Bullet chart", "progress": "Progress bar",
                "sparkline": "Sparkline", "heatgrid": "Heat grid", "map": "Map",
            ],
            // "Poverty rate fell from 34.90% in 2021 to 30.58% in 2022".
            stayed: { subject, value, from, to in "\(subject) stayed at \(value) from \(from) to \(to)" },
            rose: { subject, a, p1, b, p2 in "\(subject) rose from \(a) \(p1) to \(b) \(p2)" },
            fell: { subject, a, p1, b, p2 in "\(subject) fell from \(a) \(p1) to \(b) \(p2)" },
            // A rank that grows is a fall in the table.
            rankWorsened: { subject, a, p1, b, p2 in "\(subject) fell from rank \(a) \(p1) to rank \(b) \(p2)" },
            rankImproved: { subject, a, p1, b, p2 in "\(subject) rose from rank \(a) \(p1) to rank \(b) \(p2)" },
            // "… was 5 visits in 2021".
            single: { subject, value, when in "\(subject) was \(value) \(when)" },
            // "the target for 2025 is 27.21%".
            targetIs: { value in "the target is \(value)" },
            targetForIs: { phrase, value in "the target for \(phrase) is \(value)" },
            // "No data for 2022, 2023".
            gaps: { list in "No data for \(list)" },
            missingCount: { count in "\(count) without data" },
            moreSeries: { count in "and \(count) more series" },
            items: { count in "\(count) items" },
            extremes: { highest, highestValue, lowest, lowestValue in
                "the highest is \(highest) (\(highestValue)), the lowest \(lowest) (\(lowestValue))"
            },
            position: { name, value, rank, count in "\(name) is \(value), ranked \(rank) of \(count)" },
            meetingTarget: { met, count, target in "\(met) of \(count) items meet the target of \(target)" },
            largestPart: { category, total, series, value in
                "Largest total: \(category) (\(total)), of which \(series) is the largest part (\(value))"
            },
            shareWithTarget: { subject, value, target in "\(subject): \(value); target \(target)" },
            ofTarget: { percent in "\(percent) of the target" },
            cellCounts: { rows, columns, list in "\(rows) rows × \(columns) columns; \(list)" },
            // "Not named on the map: Mường Lay (5.2%)".
            unnamedAreas: { list in "Not named on the map: \(list)" },
            moreNames: { count in " and \(count) more (see the data table)" },
            unlabelledBars: { list in "Not named under the bars: \(list)" },
            regions: { count, withData in "\(count) areas, \(withData) with data" }
        )
    )

    private static let englishPeriod: @Sendable (PeriodName) -> String = { period in
        switch period {
        case let .year(year): String(year)
        case let .half(half, year): half == 1 ? "the first half of \(year)" : "the second half of \(year)"
        case let .quarter(quarter, year): "Q\(quarter) \(year)"
        case let .month(month, year): "\(englishMonths[month - 1]) \(year)"
        case let .years(first, last): "\(first)–\(last)"
        case let .since(year): "from \(year)"
        }
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]
}
