@testable import MinhBachKit
import Testing

/// The JSON listings are written record by record (`JSONWriter.bytes(key:count:element:)`) so that
/// ten thousand records are never held as values at once; the bytes must be the ones the whole
/// value gives.
struct JSONWriterTests {
    @Test(arguments: [0, 1, 3])
    func aListWrittenRecordByRecordIsTheWholeValue(count: Int) {
        let records = (0..<count).map { number -> [String: Any] in
            let citedBy: [Any] = number == 1 ? ["a", "b"] : []
            var record: [String: Any] = ["id": "van-ban/\(number)", "cited_by": citedBy, "relations": [String: Any]()]
            record["number"] = Double(number) + 0.5
            record["title"] = "Kế hoạch \"số \(number)\"\n"
            record["draft"] = number == 2
            return record
        }
        let whole = JSONWriter.bytes(["documents": records as [Any]])
        let streamed = JSONWriter.bytes(key: "documents", count: count) { records[$0] }
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }
}
