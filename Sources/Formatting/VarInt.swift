/// Whole numbers ≥ 0 as compact bytes (the search index's scratch files, a page's headings):
/// seven bits to a byte, low bits first, every byte but the last with its high bit set.
public enum VarInt {
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// The number at `position`, which moves past it; nil when the bytes end first.
    public static func read<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at position: inout Int) -> Int? where Bytes.Index == Int {
        var value = 0
        var shift = 0
        while position < bytes.endIndex, shift < 63 {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// The `VarInt`-long run of bytes at `position`, which moves past it; nil when the bytes
    /// end first.
    public static func readRun<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at position: inout Int) -> Range<Int>? where Bytes.Index == Int {
        guard let length = read(bytes, at: &position), length <= bytes.endIndex - position else { return nil }
        defer { position += length }
        return position..<position + length
    }
}
