import Formatting
import Diagnostics

/// The units of `don-vi.csv`, by code, with their hierarchy checked.
public struct UnitRegistry: Sendable {
    public private(set) var units: [OrganisationUnit] = []
    private var byCode: [String: Int] = [:]
    public let path: String?
    /// The kinds of unit the site declares (`unit_kinds:` in `site.yml`), the built-in ones
    /// first: the order in which pages group units by kind.
    public let kinds: [OrganisationUnit.Kind]

    public init(units: [OrganisationUnit] = [], path: String? = nil, kinds: [OrganisationUnit.Kind] = UnitKind.defaults) {
        self.path = path
        self.kinds = kinds
        for unit in units where byCode[unit.code] == nil {
            byCode[unit.code] = self.units.count
            self.units.append(unit)
        }
    }

    public func unit(_ code: String) -> OrganisationUnit? { byCode[code].map { units[$0] } }

    /// The unit whose value is an indicator's whole: the one it names, else the registry's first
    /// of a kind indicators measure (a tỉnh ủy listed first is not the province's whole).
    func wholeUnit(of definition: IndicatorDefinition) -> OrganisationUnit? {
        definition.unit.map { unit($0.text) } ?? units.first(where: \.kind.isMeasuredByDefault) ?? units.first
    }
    public var codes: [String] { units.map(\.code) }

    /// In Vietnamese alphabetical order of their short names in `language`.
    public func children(of code: String, language: String) -> [OrganisationUnit] {
        VietnameseCollation.sorted(units.filter { $0.parent == code }) { $0.shortName(in: language) }
    }
    /// Units without a parent in the registry, in alphabetical order of their short names in `language`.
    public func roots(language: String) -> [OrganisationUnit] {
        VietnameseCollation.sorted(units.filter { $0.parent.map { byCode[$0] == nil } ?? true }) { $0.shortName(in: language) }
    }
    /// Whether the unit `code` lies under `ancestor` in the hierarchy (not the unit itself).
    public func isBelow(_ code: String, _ ancestor: String) -> Bool {
        var next = unit(code)?.parent
        var steps = 0
        while let current = next, steps <= units.count {
            if current == ancestor { return true }
            next = unit(current)?.parent
            steps += 1
        }
        return false
    }

    /// Units whose successors include `code`.
    public func predecessors(of code: String) -> [OrganisationUnit] { units.filter { $0.successors.contains(code) } }

    static let columns = ["code", "name", "short_name", "kind", "parent", "valid_from", "valid_to", "successors", "note",
                          "name_en", "short_name_en"]
    static let requiredColumns = ["code", "name", "kind"]

    /// Reads and checks the registry: every problem at its row and column. Each unit keeps its
    /// names in both languages (`name_en`, `short_name_en`); a page chooses by its language.
    /// `kinds` are the site's kinds of unit: a row of another kind is one error at its cell.
    public static func read(_ file: SourceFile, kinds: [OrganisationUnit.Kind] = UnitKind.defaults,
                            diagnostics: inout Diagnostics) -> UnitRegistry {
        guard let table = CSVFile.read(file, delimiter: ",", columns: columns, required: requiredColumns,
                                       diagnostics: &diagnostics) else { return UnitRegistry(path: file.displayPath, kinds: kinds) }
        var units: [OrganisationUnit] = []
        var seen: [String: Int] = [:]
        // Units left out for a mistake in their own row: the units that name them (as parent
        // or successor) are not wrong, and saying so would bury the one real mistake.
        var rejected: Set<String> = []
        for row in table.rows {
            let code = row["code"] ?? ""
            guard Slug.make(code) == code, !code.isEmpty else {
                diagnostics.error(at: row.location("code"), Message("units.bad-code", ["code": .text(code)]),
                                  hint: code.isEmpty ? nil : Message("units.bad-code-hint", ["code": .text(Slug.make(code))]))
                if !code.isEmpty { rejected.insert(code) }
                continue
            }
            if let line = seen[code] {
                diagnostics.error(at: row.location("code"), Message("units.duplicate", ["code": .text(code), "line": .text(String(line))]))
                continue
            }
            seen[code] = row.line
            let kindText = row["kind"] ?? ""
            guard let kind = kinds.first(where: { $0.code == kindText }) else {
                let codes = kinds.map(\.code)
                let list = Message("units.declared-kinds", ["kinds": .text(codes.joined(separator: ", "))])
                diagnostics.append(Diagnostic(.error, at: row.location("kind"), Message("units.unknown-kind", ["kind": .text(kindText)]),
                                              hints: [Suggestion.message(for: kindText, among: codes), list].compactMap { $0 }))
                rejected.insert(code)
                continue
            }
            let name = row["name"] ?? ""
            if name.isEmpty { diagnostics.error(at: row.location("name"), Message("units.no-name", ["code": .text(code)])) }
            func date(_ column: String) -> CalendarDate? {
                guard let text = row[column], !text.isEmpty else { return nil }
                guard let date = CalendarDate(text) else {
                    diagnostics.error(at: row.location(column), Message("units.bad-date", ["text": .text(text)]))
                    return nil
                }
                return date
            }
            let from = date("valid_from"), to = date("valid_to")
            if let from, let to, to < from {
                diagnostics.error(at: row.location("valid_to"), Message("units.ends-before-start", ["code": .text(code), "to": .text("\(to)"), "from": .text("\(from)")]))
            }
            let successors = (row["successors"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let shortName = row["short_name"].flatMap { $0.isEmpty ? nil : $0 } ?? name
            let englishName = row["name_en"].flatMap { $0.isEmpty ? nil : $0 }
            units.append(OrganisationUnit(
                code: code, name: name, shortName: shortName, kind: kind,
                parent: row["parent"].flatMap { $0.isEmpty ? nil : $0 }, validFrom: from, validTo: to,
                successors: successors, note: row["note"].flatMap { $0.isEmpty ? nil : $0 }, location: row.location("code"),
                englishName: englishName,
                englishShortName: englishName.map { row["short_name_en"].flatMap { $0.isEmpty ? nil : $0 } ?? $0 }))
        }
        let registry = UnitRegistry(units: units, path: file.displayPath, kinds: kinds)
        registry.check(rows: table.rows, rejected: rejected, diagnostics: &diagnostics)
        return registry
    }

    /// Parents and successors that exist, no unit its own ancestor, an ended unit with successors.
    /// `rejected` units were reported in their own rows: naming one is not another mistake.
    private func check(rows: [CSVFile.Row], rejected: Set<String>, diagnostics: inout Diagnostics) {
        let rowOf = Dictionary(rows.map { ($0["code"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for unit in units {
            guard let row = rowOf[unit.code] else { continue }
            if let parent = unit.parent {
                if rejected.contains(parent) {
                    // Reported at the parent's own row.
                } else if self.unit(parent) == nil {
                    diagnostics.error(at: row.location("parent"), Message("units.unknown-parent", ["code": .text(parent)]),
                                      hint: Suggestion.message(for: parent, among: codes))
                } else {
                    var seen: Set<String> = [unit.code]
                    var next = self.unit(parent)
                    while let current = next {
                        if !seen.insert(current.code).inserted {
                            diagnostics.error(at: row.location("parent"), Message("units.own-ancestor", ["code": .text(unit.code)]))
                            break
                        }
                        next = current.parent.flatMap { self.unit($0) }
                    }
                }
            }
            for successor in unit.successors where !rejected.contains(successor) && (self.unit(successor) == nil || successor == unit.code) {
                diagnostics.error(at: row.location("successors"),
                                  successor == unit.code ? Message("units.succeeds-itself", ["code": .text(unit.code)])
                                      : Message("units.unknown-successor", ["code": .text(successor)]),
                                  hint: Suggestion.message(for: successor, among: codes))
            }
            if unit.validTo != nil, unit.successors.isEmpty {
                diagnostics.append(.warning(at: row.location("successors"),
                                            Message("units.ended-without-successors", ["code": .text(unit.code), "date": .text("\(unit.validTo!)")]),
                                            hint: Message("units.ended-without-successors-hint")))
            }
            if unit.validTo == nil, !unit.successors.isEmpty {
                diagnostics.error(at: row.location("valid_to"), Message("units.successors-without-end", ["code": .text(unit.code)]))
            }
        }
    }
}
