import Glibc

extension ArraySlice<UInt8> {
    /// Where `needle` first occurs, as an index of the slice's base array; nil if it does not.
    public func firstIndex(ofBytes needle: [UInt8]) -> Int? {
        withUnsafeBufferPointer { $0.firstOffset(ofBytes: needle) }.map { startIndex + $0 }
    }
}

extension Slice<UnsafeBufferPointer<UInt8>> {
    /// Where `needle` first occurs, as an index of the base buffer; nil if it does not.
    public func firstIndex(ofBytes needle: [UInt8]) -> Int? {
        UnsafeBufferPointer(rebasing: self).firstOffset(ofBytes: needle).map { startIndex + $0 }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle` first occurs, counted from the start; nil if it does not. Candidates are
    /// found by libc's `memchr`, which scans many bytes at a time: page text asks this for every
    /// tag.
    public func firstOffset(ofBytes needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count, let base = baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { needle in
            let lastStart = count - needle.count
            var offset = 0
            while offset <= lastStart {
                guard let found = memchr(base + offset, Int32(needle[0]), lastStart - offset + 1) else { return nil }
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
                offset += 1
            }
            return nil
        }
    }
}
