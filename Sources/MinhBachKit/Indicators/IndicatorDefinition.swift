import Diagnostics

/// What an indicator page's front matter says: what is measured, which way is better, how unit
/// values make the whole, the targets, and the sentence of the scheme that sets them.
public struct IndicatorDefinition: Sendable {
    public enum Measure: String, Sendable, CaseIterable {
        case percent, count, money, rank, index
        case yesNo = "yes-no"
        /// A classification (xếp loại) on the scale the indicator declares in `grades`.
        case grade
    }
    /// How the whole is made from its units when it is not reported itself.
    public enum Aggregation: String, Sendable, CaseIterable {
        case none, sum, mean
        case weightedMean = "weighted-mean"
        /// Percentage of the units in scope that meet the threshold.
        case share
        /// Number of units in scope that meet the threshold.
        case count
    }
    public enum Derivation: String, Sendable, CaseIterable {
        /// The unit values of `from`, as they are.
        case same
        /// The change of `from` since the period before.
        case change
    }

    public struct Target: Sendable, Equatable {
        public var period: ReportingPeriod
        /// The value to reach; nil when the target is a rate. A yes-no target is 1 (done) or 0;
        /// a grade target is the value of the lowest grade that meets it.
        public var value: Double?
        /// A rate: the baseline value plus this much a year.
        public var changePerYear: Double?
        /// For one unit, or for each unit of a kind; neither: for the whole.
        public var unit: String?
        public var unitKind: OrganisationUnit.Kind?
        public var location: SourceLocation
    }

    /// Where the scheme sets the target: a document, a section of it, and its words.
    public struct TargetText: Sendable, Equatable {
        public var document: LocatedText
        public var section: LocatedText?
        public var quote: LocatedText?
    }

    public var measure: Measure = .count
    public var shortTitle: String?
    public var unitLabel: String?
    public var moneyUnit: String?
    public var rankOf: Int?
    public var direction: Direction = .higher
    public var decimals = 0
    public var baseline: ReportingPeriod?
    public var baselineValue: LocatedValue?
    public var aggregate: Aggregation = .none
    /// Where `aggregate:` is written, if it is: what a warning about the whole points at.
    public var aggregateLocation: SourceLocation?
    public var weight: LocatedText?
    public var threshold: Double?
    /// `on_time_tasks`: tasks (global ids, or a tasks file's name for all its tasks) whose
    /// compliance makes the values: per unit and year of the due date, yes when it did every one
    /// of them due that year on time (`TaskCounts`).
    public var onTimeTasks: [LocatedText] = []
    public var unitKinds: [OrganisationUnit.Kind] = []
    public var from: LocatedText?
    public var derive: Derivation = .same
    public var targets: [Target] = []
    /// The grades of a `grade` measure, best first.
    public var grades: GradeScale?
    public var targetText: TargetText?
    public var source: String?
    /// Its unit values are the numbers of recognised models of each unit, counted from the
    /// model pages (cumulative, by year), not read from data files.
    public var countsModels = false
    /// The unit whose value is the whole (default: the first unit of the registry).
    public var unit: LocatedText?
    /// Where the front matter starts, for problems of the whole definition.
    public var location: SourceLocation
    /// What the reviewer reads: `review_jump`, `total_of` (Review/IndicatorReview.swift).
    public var review = IndicatorReview()

    public struct LocatedValue: Sendable, Equatable {
        public var value: Double
        public var location: SourceLocation
    }

    static let keys = ["short_title", "measure", "unit_label", "money_unit", "rank_of", "direction", "decimals",
                       "baseline", "baseline_value", "aggregate", "weight_by", "threshold", "unit_kinds", "from", "derive",
                       "targets", "target_text", "source", "unit", "count_models", "on_time_tasks", "grades"]

    /// Whether the unit `kind` is covered: a kind `unit_kinds:` names, or without it every kind
    /// measured by default (not the Party's bodies, mass organisations, public-service units).
    public func covers(_ kind: OrganisationUnit.Kind) -> Bool {
        unitKinds.isEmpty ? kind.isMeasuredByDefault : unitKinds.contains(kind)
    }
    /// The kinds it covers among the site's `kinds`, for messages.
    public func coveredKinds(among kinds: [OrganisationUnit.Kind]) -> [OrganisationUnit.Kind] {
        unitKinds.isEmpty ? kinds.filter(covers) : unitKinds
    }

    /// `unitKinds`: the site's kinds, that `unit_kinds` and a target's `unit_kind` may name.
    static func decode(_ fields: inout YAMLFields, unitKinds siteKinds: [UnitKind] = UnitKind.defaults) -> IndicatorDefinition {
        var definition = IndicatorDefinition(location: fields.location)
        definition.measure = fields.choice("measure", Measure.self, required: true) ?? .count
        definition.shortTitle = fields.string("short_title")
        definition.unitLabel = fields.string("unit_label")
        if let unit = fields.string("money_unit") {
            if ["triệu đồng", "tỷ đồng", "nghìn đồng", "đồng"].contains(unit) {
                definition.moneyUnit = unit
            } else {
                fields.reportInvalid("money_unit", Message("indicators.bad-money-unit", ["value": .text(unit)]))
            }
        }
        if definition.measure == .money, definition.moneyUnit == nil, !fields.has("money_unit") {
            fields.diagnostics.error(at: fields.location, Message("indicators.money-needs-unit"))
        }
        definition.rankOf = fields.int("rank_of")
        if definition.measure == .rank, definition.rankOf == nil, !fields.has("rank_of") {
            fields.diagnostics.error(at: fields.location, Message("indicators.rank-needs-rank-of"))
        }
        definition.direction = fields.choice("direction", Direction.self)
            ?? (definition.measure == .rank ? .lower : .higher)
        definition.decimals = fields.int("decimals") ?? (definition.measure == .percent ? 2 : 0)
        if !(0...6).contains(definition.decimals) {
            fields.reportInvalid("decimals", Message("indicators.bad-decimals"))
            definition.decimals = 0
        }
        if let text = fields.string("baseline") {
            if let period = ReportingPeriod(text) { definition.baseline = period } else {
                fields.reportInvalid("baseline", Message("indicators.not-a-period", ["value": .text(text)]), hint: ReportingPeriod.hintMessage)
            }
        }
        if fields.has("baseline_value") {
            let location = fields.node("baseline_value").map(fields.nodeLocation) ?? fields.location
            if let value = fields.number("baseline_value") {
                definition.baselineValue = LocatedValue(value: value, location: location)
            }
        }
        definition.aggregate = fields.choice("aggregate", Aggregation.self) ?? .none
        if fields.has("aggregate") { definition.aggregateLocation = fields.keyLocation("aggregate") }
        definition.weight = fields.located("weight_by")
        definition.threshold = fields.number("threshold")
        for kind in fields.textList("unit_kinds") {
            if let value = siteKinds.kind(kind.text, at: kind.location, diagnostics: &fields.diagnostics) { definition.unitKinds.append(value) }
        }
        definition.from = fields.located("from")
        definition.derive = fields.choice("derive", Derivation.self) ?? .same
        definition.source = fields.string("source")
        definition.countsModels = fields.bool("count_models") ?? false
        definition.onTimeTasks = fields.textList("on_time_tasks")
        definition.unit = fields.located("unit")
        definition.grades = GradeScale.decode(&fields)
        if definition.measure == .grade {
            if definition.grades == nil, !fields.has("grades") {
                fields.diagnostics.error(at: fields.location, Message("indicators.grade-needs-grades"),
                                         hint: Message("indicators.grade-needs-grades-hint"))
            }
            if definition.direction == .lower {
                fields.reportInvalid("direction", Message("indicators.grade-direction"))
                definition.direction = .higher
            }
        } else if fields.has("grades") {
            fields.diagnostics.error(at: fields.keyLocation("grades"), Message("indicators.grades-only-for-grade"))
        }
        definition.targets = decodeTargets(&fields, measure: definition.measure, grades: definition.grades, unitKinds: siteKinds)
        definition.targetText = decodeTargetText(&fields)
        definition.review = IndicatorReview.decode(&fields)
        definition.checkCombinations(&fields)
        return definition
    }

    private func checkCombinations(_ fields: inout YAMLFields) {
        switch aggregate {
        case .weightedMean where weight == nil:
            fields.diagnostics.error(at: fields.keyLocation("aggregate"), Message("indicators.weighted-mean-needs-weight"))
        case .share, .count:
            if threshold == nil {
                fields.diagnostics.error(at: fields.keyLocation("aggregate"), Message("indicators.needs-threshold", ["aggregate": .text(aggregate.rawValue)]))
            }
        default: break
        }
        if aggregate == .share, measure != .percent {
            fields.diagnostics.error(at: fields.keyLocation("measure"), Message("indicators.share-is-percent"))
        }
        if derive != .same, from == nil {
            fields.diagnostics.error(at: fields.keyLocation("derive"), Message("indicators.derive-needs-from"))
        }
        if weight != nil, aggregate != .weightedMean {
            fields.diagnostics.error(at: fields.keyLocation("weight_by"), Message("indicators.weight-only-for-weighted-mean"))
        }
    }

    private static func decodeTargets(_ fields: inout YAMLFields, measure: Measure, grades: GradeScale?, unitKinds: [UnitKind]) -> [Target] {
        guard let node = fields.node("targets") else { return [] }
        guard let items = node.list else {
            fields.diagnostics.error(at: fields.nodeLocation(node), Message("indicators.targets-not-a-list"))
            return []
        }
        var targets: [Target] = []
        for item in items {
            var entry = YAMLFields(mapping: item, within: fields)
            let periodText = entry.string("period", required: true)
            let period = periodText.flatMap(ReportingPeriod.init)
            if let periodText, period == nil {
                entry.reportInvalid("period", Message("indicators.not-a-period", ["value": .text(periodText)]), hint: ReportingPeriod.hintMessage)
            }
            let value = targetValue(&entry, measure: measure, grades: grades), rate = entry.number("change_per_year")
            if rate != nil, measure == .grade || measure == .yesNo {
                entry.diagnostics.error(at: entry.keyLocation("change_per_year"), Message("indicators.target-not-a-rate", ["measure": .text(measure.rawValue)]))
            }
            if value != nil, rate != nil {
                entry.diagnostics.error(at: entry.keyLocation("change_per_year"), Message("indicators.target-value-and-rate"))
            } else if !entry.has("value"), !entry.has("change_per_year") {
                entry.diagnostics.error(at: entry.location, Message("indicators.target-needs-value"))
            }
            let unit = entry.string("unit")
            var kind: OrganisationUnit.Kind?
            if let text = entry.string("unit_kind") {
                let location = entry.node("unit_kind").map(entry.nodeLocation) ?? entry.location
                kind = unitKinds.kind(text, at: location, diagnostics: &entry.diagnostics)
            }
            if unit != nil, entry.has("unit_kind") {
                entry.diagnostics.error(at: entry.keyLocation("unit_kind"), Message("indicators.target-unit-and-kind"))
            }
            entry.reportUnknownKeys(known: ["period", "value", "change_per_year", "unit", "unit_kind"])
            fields.diagnostics.append(contentsOf: entry.diagnostics)
            if let period, value != nil || rate != nil {
                targets.append(Target(period: period, value: value, changePerYear: rate, unit: unit, unitKind: kind,
                                      location: entry.location))
            }
        }
        return targets
    }

    /// A target's `value`: a number; for a yes-no measure yes or no (có, không, 1, 0); for a
    /// grade the lowest grade that meets it ("từ Khá trở lên": `value: kha`).
    private static func targetValue(_ entry: inout YAMLFields, measure: Measure, grades: GradeScale?) -> Double? {
        switch measure {
        case .yesNo:
            guard let text = entry.string("value") else { return nil }
            switch Slug.make(text) {
            case "yes", "co", "1", "true": return 1
            case "no", "khong", "0", "false": return 0
            default:
                entry.reportInvalid("value", Message("indicators.bad-yes-no-target", ["value": .text(text)]))
                return nil
            }
        case .grade:
            guard let text = entry.string("value") else { return nil }
            guard let grades else { return nil }
            guard let grade = grades.grade(named: text) else {
                entry.reportInvalid("value", Message("indicators.target-not-a-grade", ["value": .text(text)]),
                                    hint: Message("indicators.target-grade-hint", ["grades": .text(grades.names)]))
                return nil
            }
            return grades.value(of: grade)
        default:
            return entry.number("value")
        }
    }

    private static func decodeTargetText(_ fields: inout YAMLFields) -> TargetText? {
        guard let node = fields.node("target_text") else { return nil }
        var entry = YAMLFields(mapping: node, within: fields)
        let document = entry.located("document")
        if document == nil, !entry.has("document") {
            entry.diagnostics.error(at: entry.location, Message("indicators.target-text-needs-document"))
        }
        let section = entry.located("section"), quote = entry.located("quote")
        entry.reportUnknownKeys(known: ["document", "section", "quote"])
        fields.diagnostics.append(contentsOf: entry.diagnostics)
        return document.map { TargetText(document: $0, section: section, quote: quote) }
    }
}

extension ReportingPeriod {
    /// How periods are written, for the hint of every mistake in one.
    static let hintMessage = Message("indicators.period-hint")
}
