import Diagnostics

/// A unit that reports and is assessed: the province, a district, a commune, a department.
public struct OrganisationUnit: Sendable, Equatable {
    /// Declared in `site.yml` (`unit_kinds:`), the eight built-in ones by default.
    public typealias Kind = UnitKind

    public var code: String
    /// The names of `don-vi.csv`'s `name` and `short_name` columns, in the site's language.
    public var name: String
    public var shortName: String
    public var kind: Kind
    public var parent: String?
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var successors: [String]
    public var note: String?
    /// Row of `don-vi.csv`, for diagnostics.
    public var location: SourceLocation
    /// `name_en` and `short_name_en` (else `name_en`), for English pages; nil when not given.
    /// Both languages' names are kept so that one catalog serves every edition of the site.
    public var englishName: String? = nil
    public var englishShortName: String? = nil

    /// The unit's name on a page in `language`: its English name on an English page, if it has one.
    public func name(in language: String) -> String {
        language == "en" ? englishName ?? name : name
    }
    /// The unit's short name on a page in `language`.
    public func shortName(in language: String) -> String {
        language == "en" ? englishShortName ?? shortName : shortName
    }

    /// Valid on that day (both ends inclusive).
    public func isValid(on day: CalendarDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }

    /// Counts in a period when valid on its last day.
    public func exists(in period: ReportingPeriod) -> Bool { isValid(on: period.lastDay) }
}
