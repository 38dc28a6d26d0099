/// Names a spreadsheet accepts for its sheets: at most 31 characters, none of `[ ] : * ? / \`,
/// not empty, not starting or ending with an apostrophe, not the reserved "History", and
/// unique without regard to case. A name is changed only as much as it must be.
public enum SheetNames {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The names in order, each made valid and distinct from the ones before it (`x`, `x (2)`).
    public static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.map { name in
            let base = valid(name)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(base.prefix(maxLength - suffix.count)) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// One name made valid: forbidden characters and control characters become `-`, leading and
    /// trailing apostrophes go, and it is cut to 31 characters (Excel counts UTF-16 units).
    public static func valid(_ name: String) -> String {
        var text = String(name.map { forbidden.contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } ? "-" : $0 })
        while text.hasPrefix("'") { text.removeFirst() }
        while text.hasSuffix("'") { text.removeLast() }
        var cut = ""
        for character in text {
            guard cut.utf16.count + character.utf16.count <= maxLength else { break }
            cut.append(character)
        }
        while cut.hasSuffix("'") { cut.removeLast() }
        if cut.isEmpty || cut.lowercased() == "history" { return cut.isEmpty ? "Sheet" : cut + "-" }
        return cut
    }
}
