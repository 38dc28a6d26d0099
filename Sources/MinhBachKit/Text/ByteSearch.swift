extension ArraySlice<UInt8> {
    /// Where `needle` first occurs, as an index of the slice's base array; nil if it does not.
    func firstIndex(ofBytes needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var index = startIndex
        while index + needle.count <= endIndex {
            if self[index] == needle[0], self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
