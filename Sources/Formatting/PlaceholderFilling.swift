extension String {
    /// The text with every `placeholder` replaced by `value`, left to right, compared byte for
    /// byte: an interface string's `{kind}` or `{period}`. Foundation's
    /// `replacingOccurrences(of:with:)` goes through `NSString` at every call, which added up
    /// to a few percent of a data-heavy build (every chart's title and summary fills some).
    public func replacing(every placeholder: String, with value: String) -> String {
        let needle = Array(placeholder.utf8)
        guard !needle.isEmpty else { return self }
        var text = self
        return text.withUTF8 { bytes -> String in
            guard var found = bytes.firstOffset(ofBytes: needle) else { return self }
            let replacement = Array(value.utf8)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + replacement.count)
            var start = 0
            while true {
                result += bytes[start..<(start + found)]
                result += replacement
                start += found + needle.count
                guard let next = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(ofBytes: needle) else { break }
                found = next
            }
            result += bytes[start...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
