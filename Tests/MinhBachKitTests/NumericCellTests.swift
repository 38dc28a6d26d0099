import Foundation
@testable import MinhBachKit
import Testing

/// Which table cells are numbers (right-aligned): the byte walk agrees with the regular
/// expression it replaced, on the Vietnamese forms and on near misses.
struct NumericCellTests {
    static let pattern = #"^[-+−]?\d{1,3}(\.\d{3})*(,\d+)?%?$|^[-+−]?\d+(,\d+)?%?$"#

    @Test func agreesWithTheRegularExpression() {
        var samples = ["0", "7", "41.977", "30,58%", "13.963,91", "−4,32", "+12", "1.234.567,5%", " 99 ", "1234567",
                       "", " ", "%", "-", ",5", "5,", "1.23", "1.2345", "12.345.67", "1..234", "1,2,3", "a1", "1a",
                       "--1", "1%%", "%1", "1.234,", ".123", "1234.567", "٣", "1 234", "−", "+%", "12,5%", "0,001"]
        var generator = SeededGenerator(seed: 21)
        let alphabet = Array("0123456789.,%-+− a")
        for _ in 0..<3_000 {
            samples.append(String((0..<Int.random(in: 1...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for sample in samples {
            let trimmed = sample.trimmingCharacters(in: .whitespaces)
            let expected = !trimmed.isEmpty && trimmed.range(of: Self.pattern, options: .regularExpression) != nil
            #expect(DataTable.isNumeric(sample) == expected, "\(sample)")
        }
    }
}

/// SplitMix64: the same samples on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
