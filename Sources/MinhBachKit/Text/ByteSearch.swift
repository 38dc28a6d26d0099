import Glibc

extension ArraySlice<UInt8> {
    /// Where `needle` first occurs, as an index of the slice's base array; nil if it does not.
    /// Candidates are found by libc's `memchr`, which scans many bytes at a time: page text asks
    /// this for every tag.
    func firstIndex(ofBytes needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        return withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!
                let lastStart = haystack.count - needle.count
                var offset = 0
                while offset <= lastStart {
                    guard let found = memchr(base + offset, Int32(needle[0]), lastStart - offset + 1) else { return nil }
                    offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return startIndex + offset }
                    offset += 1
                }
                return nil
            }
        }
    }
}
