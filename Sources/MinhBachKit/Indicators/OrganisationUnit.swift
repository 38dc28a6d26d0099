import Diagnostics

/// A unit that reports and is assessed: the province, a district, a commune, a department.
public struct OrganisationUnit: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case tinh, huyen, xa
        case soNganh = "so-nganh"
        case coQuan = "co-quan"

        /// Local governments (chính quyền) as against agencies (cơ quan hành chính).
        public var isLocalGovernment: Bool { self == .tinh || self == .huyen || self == .xa }
        public var stringKey: String { "unit_kind_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    public var code: String
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

    /// Valid on that day (both ends inclusive).
    public func isValid(on day: CalendarDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }

    /// Counts in a period when valid on its last day.
    public func exists(in period: ReportingPeriod) -> Bool { isValid(on: period.lastDay) }
}
