import Diagnostics

/// The grades of a `measure: grade` indicator (xếp loại), best first, as its front matter
/// declares them: no list of grades lives in the code, since each scheme grades its own way.
public struct GradeScale: Sendable, Equatable {
    public struct Grade: Sendable, Equatable {
        /// For files and machines: `xuat-sac`.
        public var code: String
        /// As the page writes it: `Xuất sắc`; `nameEn` on the English pages.
        public var name: String
        public var nameEn: String?
        /// The scores that give this grade: from `min` (inclusive) to below `max`.
        public var min: Double?
        public var max: Double?
    }

    public var grades: [Grade]

    /// The number that stands for a grade in a series, so that "better" is "higher": of n
    /// grades the best is n and the worst 1. It is never shown or exported.
    public func value(of grade: Grade) -> Double {
        Double(grades.count - (grades.firstIndex(of: grade) ?? grades.count - 1))
    }

    /// The grade a series value stands for.
    public func grade(for value: Double) -> Grade? {
        let index = grades.count - Int(value.rounded())
        return grades.indices.contains(index) ? grades[index] : nil
    }

    /// The grade a cell or a target names: by code, or by name in either language, written
    /// with or without diacritics ("Khá", "kha", "Fair").
    public func grade(named text: String) -> Grade? {
        let slug = Slug.make(text)
        guard !slug.isEmpty else { return nil }
        return grades.first { $0.code == text || Slug.make($0.code) == slug || Slug.make($0.name) == slug
            || $0.nameEn.map(Slug.make) == slug }
    }

    /// The grade a score falls in, when the scale gives score ranges; the best grade first.
    public func grade(forScore score: Double) -> Grade? {
        grades.first { grade in
            (grade.min != nil || grade.max != nil) && grade.min.map { score >= $0 } ?? true && grade.max.map { score < $0 } ?? true
        }
    }

    public var hasScores: Bool { grades.contains { $0.min != nil || $0.max != nil } }

    /// The grade's name in `language`: its English name on an English page, if it has one.
    public func name(of grade: Grade, language: String) -> String {
        language == "en" ? grade.nameEn ?? grade.name : grade.name
    }

    /// "Xuất sắc, Tốt, Khá": the names a cell may use, for hints.
    var names: String { grades.map(\.name).joined(separator: ", ") }

    static func decode(_ fields: inout YAMLFields) -> GradeScale? {
        guard let node = fields.node("grades") else { return nil }
        guard let items = node.list, !items.isEmpty else {
            fields.diagnostics.error(at: fields.nodeLocation(node), Message("indicators.grades-not-a-list"),
                                     hint: Message("indicators.grades-list-hint"))
            return nil
        }
        var grades: [Grade] = []
        for item in items {
            var entry = YAMLFields(mapping: item, within: fields)
            let code = entry.string("code", required: true)
            let name = entry.string("name", required: true)
            let nameEn = entry.string("name_en")
            let min = entry.number("min"), max = entry.number("max")
            if let min, let max, min >= max {
                entry.diagnostics.error(at: entry.keyLocation("max"), Message("indicators.grade-max-below-min", [
                    "max": MessageParts.number(max), "min": MessageParts.number(min),
                ]))
            }
            if let code, grades.contains(where: { $0.code == code }) {
                entry.diagnostics.error(at: entry.keyLocation("code"), Message("indicators.grade-declared-twice", ["code": .text(code)]))
            }
            entry.reportUnknownKeys(known: ["code", "name", "name_en", "min", "max"])
            fields.diagnostics.append(contentsOf: entry.diagnostics)
            if let code, let name { grades.append(Grade(code: code, name: name, nameEn: nameEn, min: min, max: max)) }
        }
        return GradeScale(grades: grades)
    }
}
