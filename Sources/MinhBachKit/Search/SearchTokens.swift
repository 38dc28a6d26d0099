import Formatting

/// The syllables of a block of text as search keys: each in the form it is written (NFC, lower
/// case) and folded, and whether it follows the one before with only whitespace between them.
struct SearchTokens {
    struct Token {
        var exact: String
        var folded: String
        /// Only whitespace separates it from the previous token: the two form a phrase.
        var joinsPrevious: Bool
    }

    static func of(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var exact = String.UnicodeScalarView()
        var folded = String.UnicodeScalarView()
        var broken = true
        func finish() {
            guard !exact.isEmpty else { return }
            tokens.append(Token(exact: String(exact), folded: String(folded), joinsPrevious: !broken))
            exact = String.UnicodeScalarView()
            folded = String.UnicodeScalarView()
            broken = false
        }
        for scalar in TextFolding.normalized(text).unicodeScalars {
            if TextFolding.isWordCharacter(scalar) {
                exact.append(scalar)
                folded.append(TextFolding.fold(scalar))
            } else {
                finish()
                if !scalar.properties.isWhitespace { broken = true }
            }
        }
        finish()
        return tokens
    }
}
