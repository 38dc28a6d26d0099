import Formatting
import Diagnostics

/// The units of `don-vi.csv`, by code, with their hierarchy checked.
public struct UnitRegistry: Sendable {
    public private(set) var units: [OrganisationUnit] = []
    private var byCode: [String: Int] = [:]
    public let path: String?

    public init(units: [OrganisationUnit] = [], path: String? = nil) {
        self.path = path
        for unit in units where byCode[unit.code] == nil {
            byCode[unit.code] = self.units.count
            self.units.append(unit)
        }
    }

    public func unit(_ code: String) -> OrganisationUnit? { byCode[code].map { units[$0] } }

    /// The unit whose value is an indicator's whole: the one it names, else the registry's first.
    func wholeUnit(of definition: IndicatorDefinition) -> OrganisationUnit? {
        definition.unit.map { unit($0.text) } ?? units.first
    }
    public var codes: [String] { units.map(\.code) }

    /// In Vietnamese alphabetical order of their short names.
    public func children(of code: String) -> [OrganisationUnit] {
        VietnameseCollation.sorted(units.filter { $0.parent == code }) { $0.shortName }
    }
    /// Units without a parent in the registry, in file order.
    public var roots: [OrganisationUnit] {
        VietnameseCollation.sorted(units.filter { $0.parent.map { byCode[$0] == nil } ?? true }) { $0.shortName }
    }
    /// Units whose successors include `code`.
    public func predecessors(of code: String) -> [OrganisationUnit] { units.filter { $0.successors.contains(code) } }

    static let columns = ["code", "name", "short_name", "kind", "parent", "valid_from", "valid_to", "successors", "note",
                          "name_en", "short_name_en"]
    static let requiredColumns = ["code", "name", "kind"]

    /// Reads and checks the registry: every problem at its row and column.
    /// In English (`language` `en`), names come from `name_en` and `short_name_en` where given.
    public static func read(_ file: SourceFile, language: String = "vi", diagnostics: inout Diagnostics) -> UnitRegistry {
        guard let table = CSVFile.read(file, delimiter: ",", columns: columns, required: requiredColumns,
                                       diagnostics: &diagnostics) else { return UnitRegistry(path: file.displayPath) }
        var units: [OrganisationUnit] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let code = row["code"] ?? ""
            guard Slug.make(code) == code, !code.isEmpty else {
                diagnostics.error(at: row.location("code"), "'\(code)' is not a unit code (lowercase letters, digits and hyphens)",
                                  hint: code.isEmpty ? nil : "write '\(Slug.make(code))'")
                continue
            }
            if let line = seen[code] {
                diagnostics.error(at: row.location("code"), "unit '\(code)' is already defined on line \(line)")
                continue
            }
            seen[code] = row.line
            let kindText = row["kind"] ?? ""
            guard let kind = OrganisationUnit.Kind(rawValue: kindText) else {
                let kinds = OrganisationUnit.Kind.allCases.map(\.rawValue)
                diagnostics.error(at: row.location("kind"), "unknown kind of unit '\(kindText)'",
                                  hint: Suggestion.hint(for: kindText, among: kinds) ?? "kinds: \(kinds.joined(separator: ", "))")
                continue
            }
            let name = row["name"] ?? ""
            if name.isEmpty { diagnostics.error(at: row.location("name"), "unit '\(code)' has no name") }
            func date(_ column: String) -> CalendarDate? {
                guard let text = row[column], !text.isEmpty else { return nil }
                guard let date = CalendarDate(text) else {
                    diagnostics.error(at: row.location(column), "'\(text)' is not a date written YYYY-MM-DD")
                    return nil
                }
                return date
            }
            let from = date("valid_from"), to = date("valid_to")
            if let from, let to, to < from {
                diagnostics.error(at: row.location("valid_to"), "unit '\(code)' ends (\(to)) before it starts (\(from))")
            }
            let successors = (row["successors"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            var shortName = row["short_name"].flatMap { $0.isEmpty ? nil : $0 } ?? name
            var displayName = name
            if language == "en", let english = row["name_en"], !english.isEmpty {
                displayName = english
                shortName = row["short_name_en"].flatMap { $0.isEmpty ? nil : $0 } ?? english
            }
            units.append(OrganisationUnit(
                code: code, name: displayName, shortName: shortName, kind: kind,
                parent: row["parent"].flatMap { $0.isEmpty ? nil : $0 }, validFrom: from, validTo: to,
                successors: successors, note: row["note"].flatMap { $0.isEmpty ? nil : $0 }, location: row.location("code")))
        }
        let registry = UnitRegistry(units: units, path: file.displayPath)
        registry.check(rows: table.rows, diagnostics: &diagnostics)
        return registry
    }

    /// Parents and successors that exist, no unit its own ancestor, an ended unit with successors.
    private func check(rows: [CSVFile.Row], diagnostics: inout Diagnostics) {
        let rowOf = Dictionary(rows.map { ($0["code"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for unit in units {
            guard let row = rowOf[unit.code] else { continue }
            if let parent = unit.parent {
                if self.unit(parent) == nil {
                    diagnostics.error(at: row.location("parent"), "unknown parent unit '\(parent)'",
                                      hint: Suggestion.hint(for: parent, among: codes))
                } else {
                    var seen: Set<String> = [unit.code]
                    var next = self.unit(parent)
                    while let current = next {
                        if !seen.insert(current.code).inserted {
                            diagnostics.error(at: row.location("parent"), "unit '\(unit.code)' is its own ancestor")
                            break
                        }
                        next = current.parent.flatMap { self.unit($0) }
                    }
                }
            }
            for successor in unit.successors where self.unit(successor) == nil || successor == unit.code {
                diagnostics.error(at: row.location("successors"),
                                  successor == unit.code ? "unit '\(unit.code)' cannot succeed itself" : "unknown successor unit '\(successor)'",
                                  hint: Suggestion.hint(for: successor, among: codes))
            }
            if unit.validTo != nil, unit.successors.isEmpty {
                diagnostics.append(.warning(at: row.location("successors"),
                                            "unit '\(unit.code)' ends on \(unit.validTo!) but names no successors",
                                            hint: "name the units that took over its tasks, separated by ';'"))
            }
            if unit.validTo == nil, !unit.successors.isEmpty {
                diagnostics.error(at: row.location("valid_to"), "unit '\(unit.code)' has successors but no 'valid_to' date")
            }
        }
    }
}
