/// Where the dashboard's filter pages go: the targets of one status, of one kind of unit. They
/// are the dashboard's filters for a reader without JavaScript, and addresses to share.
extension DataCatalog {
    static let statusFolder = "trang-thai"
    static let unitKindFolder = "loai-don-vi"

    func statusPagePath(_ status: ProgressStatus) -> String {
        indicatorsFolder + "/" + Self.statusFolder + "/" + status.rawValue + ".html"
    }

    func unitKindPagePath(_ kind: OrganisationUnit.Kind) -> String {
        indicatorsFolder + "/" + Self.unitKindFolder + "/" + kind.rawValue + ".html"
    }

    /// The statuses the targets have, most behind first: one page each.
    var targetStatuses: [ProgressStatus] {
        let shown = Set(targetResults.map(\.assessment.status))
        return IndicatorBlocks.urgency.filter(shown.contains)
    }

    /// The kinds of unit some target has values for: one page each.
    var targetUnitKinds: [OrganisationUnit.Kind] {
        let kinds = Set(targetResults.flatMap { result in result.units.filter { $0.latest != nil }.compactMap { units.unit($0.code)?.kind } })
        return units.kinds.filter(kinds.contains)
    }
}
